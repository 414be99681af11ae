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

export class RangeCollector<K extends string> {
  private readonly cells = new Map<K, Map<number, Set<number>>>();
  private readonly order: K[] = [];

  /** 0-based row and column. */
  add(key: K, row: number, col: number): void {
    let cols = this.cells.get(key);
    if (!cols) {
      cols = new Map();
      this.cells.set(key, cols);
      this.order.push(key);
    }
    let rows = cols.get(col);
    if (!rows) {
      rows = new Set();
      cols.set(col, rows);
    }
    rows.add(row);
  }

  /** A rectangle, 0-based and inclusive. */
  addRect(key: K, r1: number, c1: number, r2: number, c2: number): void {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.add(key, r, c);
  }

  keys(): K[] {
    return [...this.order];
  }

  /** The ranges of one key, in column then row order. */
  ranges(key: K): string[] {
    const cols = this.cells.get(key);
    if (!cols) return [];
    const runs: Run[] = [];
    // Runs ending in the previous column, by their rows: joining is a look-up, not a scan (20,000 engineers).
    let open = new Map<string, Run>();
    let lastCol = Number.NaN;
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      const rows = [...(cols.get(col) ?? [])].sort((a, b) => a - b);
      let start = rows[0];
      let prev = rows[0];
      const colRuns: Run[] = [];
      for (let i = 1; i <= rows.length; i++) {
        const r = rows[i];
        if (r === prev + 1) {
          prev = r;
          continue;
        }
        colRuns.push({ r1: start, r2: prev, c1: col, c2: col });
        start = r;
        prev = r;
      }
      // Join a run to an equal run that ends in the previous column.
      const next = new Map<string, Run>();
      for (const run of colRuns) {
        const key = `${run.r1}:${run.r2}`;
        const left = lastCol === col - 1 ? open.get(key) : undefined;
        if (left) {
          left.c2 = col;
          next.set(key, left);
        } else {
          runs.push(run);
          next.set(key, run);
        }
      }
      open = next;
      lastCol = col;
    }
    return runs.map((r) => a1Range(r.r1, r.c1, r.r2, r.c2));
  }
}
