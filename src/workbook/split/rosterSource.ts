// The roster as split and merge see it: the sheet the review would read, its header row and columns, and
// each data row's ID — read as the review reads them (readReviewInput), so a split has exactly the rows a
// review has and a merge finds them again. Addresses here are 0-based sheet rows and columns.
import type { FieldKey } from '../../domain/settings';
import { idKey } from '../../domain/calibration';
import type { Lang } from '../../domain/types';
import type { RawValue, SheetGrid, WorkbookHost } from '../host';
import { a1, problem, type Problem } from '../problems';
import { readReviewInput } from '../read';
import { cellAt, isEmpty, readId, readText } from '../read/values';

export interface RosterRow {
  /** 0-based sheet row. */
  row: number;
  id: string;
}

export interface RosterSource {
  grid: SheetGrid;
  /** Standards and settings sheets the review used (copied into each department workbook). */
  auxSheets: SheetGrid[];
  headerRow: number;
  idCol: number;
  columns: Partial<Record<FieldKey, number>>;
  /** Header text by sheet column, from column A to the last column used. */
  headers: string[];
  /** Data rows with a usable, first-seen ID, in sheet order. */
  rows: RosterRow[];
  /** Rows left out (no ID, a repeated ID), as warnings. */
  problems: Problem[];
  lang: Lang;
}

export type RosterSourceRead = { ok: true; source: RosterSource } | { ok: false; fatal: Problem };

export function valueAt(grid: SheetGrid, row: number, col: number): RawValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

export function textAt(grid: SheetGrid, row: number, col: number): string {
  const t = readText(cellAt(grid, row - grid.origin.row, col - grid.origin.col));
  return t.kind === 'ok' ? t.value : '';
}

export function idAt(grid: SheetGrid, row: number, col: number): string | undefined {
  const t = readId(cellAt(grid, row - grid.origin.row, col - grid.origin.col));
  return t.kind === 'ok' ? t.value : undefined;
}

/** One past the last sheet column the grid holds. */
export function gridWidth(grid: SheetGrid): number {
  return grid.origin.col + Math.max(0, ...grid.values.map((r) => r.length));
}

export async function readRosterSource(host: WorkbookHost, today: string): Promise<RosterSourceRead> {
  const read = await readReviewInput(host, { fallbackReviewDate: today });
  if (!read.ok) return { ok: false, fatal: read.fatal };
  const { input } = read;
  const grid = input.sourceSheets.find((g) => g.name === input.rosterSheet);
  const idCol = input.columns.id;
  if (!grid || idCol === undefined) return { ok: false, fatal: problem('', '', 'error', '找不到名单', 'No roster found') };
  const width = gridWidth(grid);
  const headers = Array.from({ length: width }, (_, c) => textAt(grid, input.headerRow, c));
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const rows: RosterRow[] = [];
  const last = grid.origin.row + grid.values.length - 1;
  for (let row = input.headerRow + 1; row <= last; row++) {
    const r = row - grid.origin.row;
    if (grid.values[r].every((_, c) => isEmpty(cellAt(grid, r, c)))) continue;
    const id = idAt(grid, row, idCol);
    const at = a1(row, idCol);
    if (id === undefined) {
      problems.push(problem(grid.name, at, 'warning', '本行没有工号，未分发也不会合并', 'This row has no ID; it is neither split nor merged'));
      continue;
    }
    const first = seen.get(idKey(id));
    if (first !== undefined) {
      problems.push(
        problem(grid.name, at, 'warning',
          `工号「${id}」与 ${a1(first, idCol)} 重复；本行未分发也不会合并`,
          `The ID "${id}" repeats ${a1(first, idCol)}; this row is neither split nor merged`),
      );
      continue;
    }
    seen.set(idKey(id), row);
    rows.push({ row, id });
  }
  const auxSheets = input.sourceSheets.filter((g) => g !== grid);
  return {
    ok: true,
    source: { grid, auxSheets, headerRow: input.headerRow, idCol, columns: input.columns, headers, rows, problems, lang: input.settings.language },
  };
}
