// A small input table with its own headers (需求规划, 关键岗位): the header row is the first of the first ten
// rows naming every required column; headers compare as the roster's do (NFKC, spaces, case, marks ignored).
import type { SheetGrid } from '../host';
import { a1 } from '../problems';
import { headerKey } from './columns';
import { normalizeText } from '../../domain/text';
import { cellAt, isEmpty, readText } from './values';

export interface TableHeader<F extends string> {
  /** 0-based grid row of the header. */
  row: number;
  columns: Partial<Record<F, number>>;
}

export function findTableHeader<F extends string>(
  grid: SheetGrid,
  aliases: Readonly<Record<F, readonly string[]>>,
  required: readonly NoInfer<F>[],
): TableHeader<F> | undefined {
  const index = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) if (!index.has(headerKey(alias))) index.set(headerKey(alias), field);
  }
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const columns: Partial<Record<F, number>> = {};
    const width = grid.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const t = readText(cellAt(grid, r, c));
      const field = t.kind === 'ok' ? index.get(headerKey(t.value)) : undefined;
      if (field !== undefined && columns[field] === undefined) columns[field] = c;
    }
    if (required.every((f) => columns[f] !== undefined)) return { row: r, columns };
  }
  return undefined;
}

/** Grid rows below the header holding anything, with the sheet address maker. */
export function dataRows(grid: SheetGrid, header: { row: number }): number[] {
  const out: number[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    if (grid.values[r].some((_, c) => !isEmpty(cellAt(grid, r, c)))) out.push(r);
  }
  return out;
}

export function addressIn(grid: SheetGrid): (r: number, c: number) => string {
  return (r, c) => a1(grid.origin.row + r, grid.origin.col + c);
}

/** `*`, ＊ or an empty cell: the wildcard. */
export function isWildcard(text: string): boolean {
  return text === '' || text === '*' || text === '＊';
}

/** The text of a cell of an optional column, normalised; '' for an absent column or a cell without text. */
export function textAt(grid: SheetGrid, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  const t = readText(cellAt(grid, r, c));
  return t.kind === 'ok' ? normalizeText(t.value) : '';
}
