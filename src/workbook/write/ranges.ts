// Groups cells that share a style (or a number format) into as few A1 ranges as possible, so a host sets
// formats per range, never cell by cell: vertical runs in a column first, then equal runs in adjacent
// columns side by side are joined into one rectangle.
import { a1Range } from '../problems';

interface Run {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

/**
 * The row runs of one column as flat [r1, r2, r1, r2, …] pairs. Sheets are laid out top to bottom, so a
 * new run nearly always extends the last one or follows it: kept as runs, not cells, a plans sheet of
 * 50,000 engineers costs a few numbers per styled block instead of a set entry per cell.
 */
interface ColumnRuns {
  runs: number[];
  sorted: boolean;
}

export class RangeCollector<K extends string> {
  /** Per key, the runs of each column, indexed by column (a sheet has a few dozen). */
  private readonly cells = new Map<K, (ColumnRuns | undefined)[]>();
  private readonly order: K[] = [];

  /** 0-based row and column. */
  add(key: K, row: number, col: number): void {
    this.addRect(key, row, col, row, col);
  }

  /** A rectangle, 0-based and inclusive. */
  addRect(key: K, r1: number, c1: number, r2: number, c2: number): void {
    let cols = this.cells.get(key);
    if (!cols) {
      cols = [];
      this.cells.set(key, cols);
      this.order.push(key);
    }
    for (let c = c1; c <= c2; c++) {
      let col = cols[c];
      if (!col) {
        col = { runs: [], sorted: true };
        while (cols.length < c) cols.push(undefined);
        cols[c] = col;
      }
      const { runs } = col;
      const n = runs.length;
      if (n > 0 && r1 >= runs[n - 2] && r1 <= runs[n - 1] + 1) {
        if (r2 > runs[n - 1]) runs[n - 1] = r2;
        continue;
      }
      if (n > 0 && r1 < runs[n - 2]) col.sorted = false;
      runs.push(r1, r2);
    }
  }

  keys(): K[] {
    return [...this.order];
  }

  /** The ranges of one key, in column then row order. */
  ranges(key: K): string[] {
    const cols = this.cells.get(key);
    if (!cols) return [];
    const runs: Run[] = [];
    // Runs of the previous column, top to bottom: a run joins an equal one there by walking both lists
    // once (a plans sheet of 50,000 engineers has a million runs).
    let open: Run[] = [];
    let lastCol = Number.NaN;
    for (let col = 0; col < cols.length; col++) {
      const at = cols[col];
      if (!at) continue;
      const left = lastCol === col - 1 ? open : [];
      const next: Run[] = [];
      let j = 0;
      for (const run of columnRuns(at, col)) {
        while (j < left.length && left[j].r1 < run.r1) j++;
        const l = left[j];
        if (l !== undefined && l.r1 === run.r1 && l.r2 === run.r2) {
          l.c2 = col;
          next.push(l);
        } else {
          runs.push(run);
          next.push(run);
        }
      }
      open = next;
      lastCol = col;
    }
    return runs.map((r) => a1Range(r.r1, r.c1, r.r2, r.c2));
  }
}

/** The maximal runs of one column, top to bottom: overlapping and touching runs joined. */
function columnRuns(col: ColumnRuns, c: number): Run[] {
  let flat = col.runs;
  if (!col.sorted) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    flat = pairs.flat();
  }
  const out: Run[] = [];
  let last: Run | undefined;
  for (let i = 0; i < flat.length; i += 2) {
    const r1 = flat[i];
    const r2 = flat[i + 1];
    if (last && r1 <= last.r2 + 1) {
      if (r2 > last.r2) last.r2 = r2;
    } else {
      last = { r1, r2, c1: c, c2: c };
      out.push(last);
    }
  }
  return out;
}
