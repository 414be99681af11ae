// Finding the roster's header row and its columns (DOMAIN.md, Input sheets): the alias table in order of
// precedence, `列:` mappings over all, and a problem for every ambiguity instead of a silent guess.
import type { FieldKey, Settings } from '../../domain/settings';
import { FIELD_NAMES } from '../../domain/settingsKeys';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem } from '../problems';
import { cellAt, readText } from './values';

import { ALIASES } from './aliases';
import { chooseColumns, type FieldChoice } from './columnChoice';
import { exactField, headerKey, matchHeader } from './headerMatch';

export { ALIASES, headerKey };

export const FIELD_ORDER = Object.keys(ALIASES) as FieldKey[];

/** The field a header names by alias (DOMAIN.md's or an export name), with the alias's rank (0 = highest precedence). */
export function fieldOfHeader(header: string): { field: FieldKey; rank: number } | undefined {
  return exactField(header);
}

/** Aliases of a field, for messages: `工号、员工编号、…`. */
export function aliasList(field: FieldKey): string {
  return ALIASES[field].join('、');
}

export interface ColumnMapping {
  /** Field → grid column index. */
  columns: Partial<Record<FieldKey, number>>;
  problems: Problem[];
  /**
   * Fields whose column was chosen by the header matcher rather than a mapping: each says whether it is a
   * guess (a partial match), the columns passed over, the earlier years kept as history, and why.
   */
  choices: FieldChoice[];
}

/** Where each `列:` mapping was written, so a mapping naming a missing column points at its own cell. */
export interface MappingSource {
  sheet: string;
  cell: string;
}

function headerTexts(grid: SheetGrid, r: number): string[] {
  const width = grid.values[r]?.length ?? 0;
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = readText(cellAt(grid, r, c));
    out.push(t.kind === 'ok' ? t.value : '');
  }
  return out;
}

/** Fields a header row names, by mapping, alias or partial match (no problems: used to score candidate rows). */
function namedFields(headers: readonly string[], columnMap: Settings['columnMap']): Set<FieldKey> {
  // Two mappings may name one header (an error mapColumns reports): it counts for both here.
  const mapped = new Map<string, FieldKey[]>();
  for (const [f, h] of Object.entries(columnMap) as [FieldKey, string][]) mapped.set(headerKey(h), [...(mapped.get(headerKey(h)) ?? []), f]);
  const found = new Set<FieldKey>();
  for (const h of headers) {
    if (h === '') continue;
    const k = headerKey(h);
    const byMap = mapped.get(k);
    if (byMap) for (const f of byMap) found.add(f);
    else {
      const byName = matchHeader(h);
      if (byName && columnMap[byName.field] === undefined) found.add(byName.field);
    }
  }
  return found;
}

export interface HeaderRow {
  /** Grid row of the header (the lower row of a two-row header). */
  row: number;
  /** Header text per grid column; for a two-row header, the lower row's text, or the upper's where the lower is empty. */
  headers: string[];
  /** Fields named, by mapping or alias. */
  fields: Set<FieldKey>;
}

/**
 * The header row: the first row among the first 10 that names the ID column and at least two other fields,
 * alone or together with the row below. When the row below also names fields and its ID cell is empty or a
 * header word (a data row always has an ID), the two are one merged header, read as the lower row.
 */
export function findHeaderRow(grid: SheetGrid, columnMap: Settings['columnMap']): HeaderRow | undefined {
  const limit = Math.min(10, grid.values.length);
  for (let r = 0; r < limit; r++) {
    const upper = headerTexts(grid, r);
    const fields = namedFields(upper, columnMap);
    if (!fields.has('id')) continue;
    // The two rows are judged together: in a typical merged header the upper row holds only 工号 and 姓名
    // (merged down) and group titles, and the fields themselves are in the lower row.
    const lowerRow = r + 1;
    if (lowerRow < grid.values.length) {
      const lower = headerTexts(grid, lowerRow);
      const lowerFields = namedFields(lower, columnMap);
      const idCol = upper.findIndex((h) => namedFields([h], columnMap).has('id'));
      const idBelow = idCol >= 0 ? (lower[idCol] ?? '') : '';
      const idBelowIsHeader = idBelow === '' || namedFields([idBelow], columnMap).size > 0;
      if (lowerFields.size > 0 && idBelowIsHeader) {
        const width = Math.max(upper.length, lower.length);
        const merged: string[] = [];
        for (let c = 0; c < width; c++) merged.push((lower[c] ?? '') !== '' ? lower[c] : (upper[c] ?? ''));
        const mergedFields = namedFields(merged, columnMap);
        // A real lower header row keeps every field the upper row names (those stand merged down over it);
        // a first data row that merely holds a word like a field name would overwrite some with its values.
        const keepsUpper = [...fields].every((f) => mergedFields.has(f));
        if (mergedFields.has('id') && mergedFields.size >= 3 && keepsUpper) return { row: lowerRow, headers: merged, fields: mergedFields };
      }
    }
    if (fields.size >= 3) return { row: r, headers: upper, fields };
  }
  return undefined;
}

/**
 * Columns of each field in a header row. A `列:` mapping wins over every alias; a mapping naming a column
 * the sheet does not have is an error at the mapping's cell (the aliases are then tried). Two columns
 * naming one field without a mapping is an error naming both; the higher-precedence alias (then the left
 * column) is used so the review can still run.
 */
export function mapColumns(
  grid: SheetGrid,
  header: HeaderRow,
  columnMap: Settings['columnMap'],
  mappingSources: Partial<Record<FieldKey, MappingSource>> = {},
): ColumnMapping {
  const problems: Problem[] = [];
  const columns: Partial<Record<FieldKey, number>> = {};
  const claimed = new Set<number>();
  const claimedBy = new Map<number, FieldKey>();
  const sheetRow = grid.origin.row + header.row;
  const cellOf = (c: number): string => a1(sheetRow, grid.origin.col + c);

  for (const field of FIELD_ORDER) {
    const want = columnMap[field];
    if (want === undefined || want === '') continue;
    const k = headerKey(want);
    const col = header.headers.findIndex((h, c) => h !== '' && headerKey(h) === k && !claimed.has(c));
    if (col >= 0) {
      columns[field] = col;
      claimed.add(col);
      claimedBy.set(col, field);
      continue;
    }
    const src = mappingSources[field];
    const name = FIELD_NAMES[field];
    // The column is there, but another mapping took it: say so, naming both mappings.
    const taken = header.headers.findIndex((h, c) => h !== '' && headerKey(h) === k && claimedBy.has(c));
    if (taken >= 0) {
      const other = claimedBy.get(taken) as FieldKey;
      const otherName = FIELD_NAMES[other];
      const otherAt = mappingSources[other]?.cell;
      const at = src?.cell;
      problems.push(
        problem(src?.sheet ?? grid.name, at ?? cellOf(taken), 'error',
          `列映射「列:${name.zh}」${at ? `（${at}）` : ''}和「列:${otherName.zh}」${otherAt ? `（${otherAt}）` : ''}都指向列「${want}」（${cellOf(taken)}）；一列只能对应一个字段，该列用作「${otherName.zh}」。请把其中一个映射改为另一列的列名`,
          `The mappings "column:${name.en}"${at ? ` (${at})` : ''} and "column:${otherName.en}"${otherAt ? ` (${otherAt})` : ''} both name the column "${want}" (${cellOf(taken)}); a column holds one field, and it is used as ${otherName.en}. Change one mapping to name another column`),
      );
      continue;
    }
    problems.push(
      problem(
        src?.sheet ?? grid.name,
        src?.cell ?? a1Range(sheetRow, grid, header),
        'error',
        `列映射「列:${name.zh}」指向的列「${want}」在工作表「${grid.name}」第 ${sheetRow + 1} 行的表头中不存在；请改为表头中的列名`,
        `The mapping "column:${name.en}" names the column "${want}", which is not in the header row ${sheetRow + 1} of sheet "${grid.name}"; use a column name from that header`,
      ),
    );
  }

  const chosen = chooseColumns(header.headers, (c) => claimed.has(c), (f) => columns[f] !== undefined, cellOf);
  const choices: FieldChoice[] = [];
  for (const field of FIELD_ORDER) {
    const choice = chosen.choices.get(field);
    if (!choice) continue;
    columns[field] = choice.col;
    choices.push(choice);
    if (choice.reason) problems.push({ sheet: grid.name, cell: cellOf(choice.col), severity: 'info', message: choice.reason });
  }
  for (const d of chosen.duplicates) {
    const name = FIELD_NAMES[d.field];
    const used = cellOf(d.used);
    const also = cellOf(d.also);
    problems.push(
      problem(
        grid.name,
        also,
        'error',
        `${used}「${header.headers[d.used]}」和 ${also}「${header.headers[d.also]}」都是「${name.zh}」列；已使用 ${used}。请删除或改名其中一列，或在「盘点设置」中加一行「列:${name.zh}」指定要用的列`,
        `${used} "${header.headers[d.used]}" and ${also} "${header.headers[d.also]}" both name the ${name.en} column; ${used} is used. Remove or rename one, or add a row "column:${name.en}" in the Settings sheet naming the column to use`,
      ),
    );
  }
  return { columns, problems, choices };
}

function a1Range(sheetRow: number, grid: SheetGrid, header: HeaderRow): string {
  const last = Math.max(0, header.headers.length - 1);
  const from = a1(sheetRow, grid.origin.col);
  const to = a1(sheetRow, grid.origin.col + last);
  return from === to ? from : `${from}:${to}`;
}

/** The header read from one sheet row (1-based, the 标题行 setting); undefined when the grid does not reach it. */
export function headerRowAt(grid: SheetGrid, sheetRow: number, columnMap: Settings['columnMap']): HeaderRow | undefined {
  const row = sheetRow - 1 - grid.origin.row;
  if (row < 0 || row >= grid.values.length) return undefined;
  const headers = headerTexts(grid, row);
  return { row, headers, fields: namedFields(headers, columnMap) };
}
