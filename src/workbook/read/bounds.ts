// How much of a sheet a host hands the reader (ARCHITECTURE.md, "A file read is bounded too"). A sheet's
// declared box means nothing: one stray space in A1048576 or a value in XFD1048576 would make a grid of a
// million rows or sixteen thousand columns around a table of a hundred cells. So the grid covers the table:
// the block of cells holding something, where a gap of more than ROW_GAP empty rows or COL_GAP empty
// columns ends a block, and the block with the most cells is the table. A cell outside it that holds only
// spaces is dropped (nothing a person reads); any other is left out with one warning naming it. A table
// still too sparse to be held as rows (cells spread thin over a huge box) is not read at all, and says so.
// Memory and time are then in proportion to the cells that hold something, whatever the file declares.
import { a1, a1Range, problem, type Problem } from '../problems';

/** A cell a host found holding something: 0-based sheet row and column; `blank` when it holds only spaces. */
export interface FoundCell {
  row: number;
  col: number;
  blank: boolean;
  /** The cell's text, for the warning when it is left out. */
  text: string;
}

/** A 0-based sheet rectangle, corners included. */
export interface SheetRect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Empty rows that end the table: more than this between two rows holding something. */
export const ROW_GAP = 1000;
/** Empty columns that end the table. */
export const COL_GAP = 100;
/** Cells the rows of a table may hold in all (rows holding something × its width): 4 M, some 130 MB of grid. */
export const MAX_DENSE_CELLS = 4_000_000;

export interface TableBounds {
  /** The table's rectangle; undefined when nothing is read. */
  box?: SheetRect;
  /** Indexes of the found cells inside the box. */
  inside: number[];
  /** The problem to report for cells left out, if any were. */
  note?: Problem;
}

/**
 * Of the cells, those in the run of `key` (row or column) holding the most of them (the first on a tie),
 * where a gap of more than `gap` empty positions starts a new run. One pass over the sorted positions.
 */
function busiestRun(cells: readonly FoundCell[], key: 'row' | 'col', gap: number): FoundCell[] {
  const counts = new Map<number, number>();
  for (const c of cells) counts.set(c[key], (counts.get(c[key]) ?? 0) + 1);
  const positions = [...counts.keys()].sort((a, b) => a - b);
  let best: [number, number] = [0, -1];
  let bestCount = -1;
  let from = 0;
  let n = 0;
  positions.forEach((p, i) => {
    if (i > 0 && p - positions[i - 1] - 1 > gap) {
      from = p;
      n = 0;
    } else if (i === 0) from = p;
    n += counts.get(p) ?? 0;
    if (n > bestCount) {
      best = [from, p];
      bestCount = n;
    }
  });
  const [lo, hi] = best;
  return cells.filter((c) => c[key] >= lo && c[key] <= hi);
}

function rectOf(cells: readonly FoundCell[]): SheetRect | undefined {
  if (cells.length === 0) return undefined;
  const rect = { r1: Infinity, c1: Infinity, r2: -1, c2: -1 };
  for (const c of cells) {
    rect.r1 = Math.min(rect.r1, c.row);
    rect.r2 = Math.max(rect.r2, c.row);
    rect.c1 = Math.min(rect.c1, c.col);
    rect.c2 = Math.max(rect.c2, c.col);
  }
  return rect;
}

const within = (r: SheetRect, c: FoundCell): boolean => c.row >= r.r1 && c.row <= r.r2 && c.col >= r.c1 && c.col <= r.c2;

/** The table of a sheet from the cells holding something (see the header). */
export function tableBounds(sheet: string, cells: readonly FoundCell[]): TableBounds {
  const solid = cells.filter((c) => !c.blank);
  const basis = solid.length > 0 ? solid : cells;
  const table = busiestRun(busiestRun(busiestRun(basis, 'row', ROW_GAP), 'col', COL_GAP), 'row', ROW_GAP);
  let box = rectOf(table);
  const span = box ? box.r2 - box.r1 + 1 : 0;
  const width = box ? box.c2 - box.c1 + 1 : 0;
  const rowsHolding = new Set(table.map((c) => c.row)).size;
  const tooSparse = box !== undefined && rowsHolding * width > MAX_DENSE_CELLS;
  if (tooSparse) box = undefined;
  const inside: number[] = [];
  const left: FoundCell[] = [];
  cells.forEach((c, i) => {
    if (box && within(box, c)) inside.push(i);
    else if (!c.blank) left.push(c);
  });
  if (left.length === 0) return { box, inside };
  const shown = left.slice(0, 3).map((c) => ({ at: a1(c.row, c.col), text: c.text.length > 20 ? `${c.text.slice(0, 20)}…` : c.text }));
  const more = left.length > 3 ? '…' : '';
  const listZh = `${shown.map((s) => `${s.at}「${s.text}」`).join('、')}${more}`;
  const listEn = `${shown.map((s) => `${s.at} "${s.text}"`).join(', ')}${more ? ', …' : ''}`;
  if (tooSparse || !box) {
    const all = rectOf(left) as SheetRect;
    const range = a1Range(all.r1, all.c1, all.r2, all.c2);
    return {
      inside,
      note: problem(sheet, shown[0].at, 'warning',
        `工作表「${sheet}」未读取：其 ${left.length} 个单元格稀疏地分布在 ${range}（${span} 行 × ${width} 列）中，无法作为表格读取（${listZh}）。请把表格放在相邻的行和列中，删除远处的单元格`,
        `Sheet "${sheet}" was not read: its ${left.length} cells are spread thinly over ${range} (${span} rows × ${width} columns) and cannot be read as a table (${listEn}). Keep the table in adjacent rows and columns and delete the cells far from it`),
    };
  }
  const range = a1Range(box.r1, box.c1, box.r2, box.c2);
  return {
    box,
    inside,
    note: problem(sheet, shown[0].at, 'warning',
      `工作表「${sheet}」中有 ${left.length} 个单元格远离表格（表格为 ${range}），未读取：${listZh}。如果它们不属于表格，请删除；否则请把它们移到表格旁边`,
      `Sheet "${sheet}": ${left.length === 1 ? '1 cell' : `${left.length} cells`} far from the table (${range}) ${left.length === 1 ? 'was' : 'were'} not read: ${listEn}. Delete ${left.length === 1 ? 'it' : 'them'} if not part of the table, or move ${left.length === 1 ? 'it' : 'them'} next to the table`),
  };
}

/**
 * Which found cells are covered by a merge without being its top-left (they read as empty, as in Excel): one
 * sweep down the rows keeping the merges still open, so a plans sheet's thousands of merges cost one pass.
 * `cells` must be in row order.
 */
export function mergedAway(cells: readonly FoundCell[], merges: readonly SheetRect[]): Set<number> {
  const away = new Set<number>();
  if (merges.length === 0) return away;
  const byTop = [...merges].sort((a, b) => a.r1 - b.r1);
  let next = 0;
  let open: SheetRect[] = [];
  let openRow = -1;
  cells.forEach((c, i) => {
    if (c.row !== openRow) {
      while (next < byTop.length && byTop[next].r1 <= c.row) open.push(byTop[next++]);
      open = open.filter((m) => m.r2 >= c.row);
      openRow = c.row;
    }
    for (const m of open) {
      if (c.col >= m.c1 && c.col <= m.c2 && (c.row !== m.r1 || c.col !== m.c1)) {
        away.add(i);
        break;
      }
    }
  });
  return away;
}

/** The merges whose top-left is in a box, their other corner cut to it (what the grid can show of them). */
export function mergesIn(merges: readonly SheetRect[], box: SheetRect): SheetRect[] {
  const out: SheetRect[] = [];
  for (const m of merges) {
    if (m.r1 < box.r1 || m.r1 > box.r2 || m.c1 < box.c1 || m.c1 > box.c2) continue;
    out.push({ r1: m.r1, c1: m.c1, r2: Math.min(m.r2, box.r2), c2: Math.min(m.c2, box.c2) });
  }
  return out;
}
