// An exceljs worksheet → the SheetGrid read contract (src/workbook/host.ts), the same thing the Office.js
// host hands the reader: raw values (dates as 1900-system serials), displayed texts, formats, error flags
// and hidden rows over the table the sheet holds (workbook/read/bounds.ts: never the box a far stray cell or
// a huge merge declares). Merged cells other than the top-left read as empty, as in Excel; the merges come
// with the grid, so the reader can apply a merge down over data rows.
// One case only a file has: a formula saved without its calculated value (a tool that writes formulas
// but does not calculate them). Excel would calculate it on opening; here it is an error cell whose value
// is the formula (SheetGrid.errors), so the reader says so instead of "not given". exceljs reads a formula
// whose value is the empty string (Excel saves `<v></v>`) the same way, so a formula without a value is
// taken as uncalculated only on a sheet where no formula has one: a sheet Excel saved has values for all.
import type ExcelJS from 'exceljs';
import type { RawValue, SheetGrid, SheetInfo } from '../../workbook/host';
import { COL_GAP, mergedAway, mergesIn, ROW_GAP, tableBounds, type FoundCell, type SheetRect } from '../../workbook/read/bounds';
import { TEXT_NOTES } from './csv';
import { formatNumber } from './numberFormat';

export interface CellRead {
  value: RawValue;
  error: boolean;
}

/** A Date from exceljs (UTC midnight for a date) → Excel serial, 1900 system, without time-zone shift. */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / 86400000 + 25569;
  // Before 1900-03-01 Excel counts its phantom 1900-02-29 one day later.
  return serial < 61 ? serial - 1 : serial;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** exceljs's ws.id is the sheetId of workbook.xml: kept when a sheet is renamed, and through a save and a load. */
export function sheetInfoOf(ws: ExcelJS.Worksheet): SheetInfo {
  return { name: ws.name, visibility: ws.state ?? 'visible', id: String(ws.id) };
}

/**
 * Narrows any exceljs cell value (formula, rich text, hyperlink, error, date …) to the contract's raw value.
 * `uncalculated`: given when the sheet's formulas were never calculated; it names the cell's formula (a
 * shared one translated to the cell), and a formula without a value is then an error cell holding it.
 * Without it, such a formula reads as empty (the empty string Excel calculated).
 */
export function rawOf(v: unknown, uncalculated?: () => string | undefined): CellRead {
  if (v === null || v === undefined) return { value: null, error: false };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, error: false };
  if (v instanceof Date) return { value: dateToSerial(v), error: false };
  if (isRecord(v)) {
    if (typeof v.error === 'string') return { value: v.error, error: true };
    if ('formula' in v || 'sharedFormula' in v) {
      if (hasResult(v) || !uncalculated) return rawOf(v.result);
      const text = uncalculated() ?? (typeof v.formula === 'string' ? v.formula : '');
      return { value: `=${text.replace(/^=/u, '')}`, error: true };
    }
    if (Array.isArray(v.richText)) {
      const parts = v.richText as unknown[];
      return { value: parts.map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : '')).join(''), error: false };
    }
    if ('hyperlink' in v) return rawOf(v.text);
    if ('text' in v) return rawOf(v.text);
  }
  return { value: String(v), error: false };
}

function hasResult(v: Record<string, unknown>): boolean {
  return v.result !== undefined && v.result !== null;
}

/** A formula cell's value that carries a calculated result. */
function isCalculatedFormula(v: unknown): boolean {
  return isRecord(v) && ('formula' in v || 'sharedFormula' in v) && hasResult(v);
}

/** The formula of a formula cell (exceljs translates a shared formula to the cell). */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  try {
    return cell.formula || undefined;
  } catch {
    // A shared formula whose master cell is missing: exceljs cannot translate it.
    return undefined;
  }
}

/** A cell's text as Excel shows it: numbers in their number format, booleans as TRUE/FALSE, errors as written. */
export function displayed(value: RawValue, format: string, error: boolean): string {
  if (value === null) return '';
  if (error) return String(value);
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** A cell holding something, as a reader of the sheet found it (0-based sheet row and column). */
export interface GridCell extends FoundCell {
  value: RawValue;
  format: string;
  error: boolean;
}

/** The grid of one sheet's cells holding something, in row order (see workbook/read/bounds.ts). */
export function gridOfCells(name: string, found: readonly GridCell[], merges: readonly SheetRect[], hidden: readonly number[]): SheetGrid {
  const grid: SheetGrid = { name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], errors: [], hiddenRows: [] };
  const away = mergedAway(found, merges);
  const cells = away.size === 0 ? found : found.filter((_, i) => !away.has(i));
  const bounds = tableBounds(name, cells);
  if (bounds.note) grid.notes = [bounds.note];
  if (!bounds.box) return grid;
  // A merged area counts to its extent, as in Excel's used range, but never further than a gap that would
  // end the table: a merge H1:XFD1048576 adds at most COL_GAP columns and ROW_GAP rows.
  const box = { ...bounds.box };
  const t = bounds.box;
  for (const m of merges) {
    if (m.r1 < t.r1 || m.r1 > t.r2 || m.c1 < t.c1 || m.c1 > t.c2) continue;
    box.r2 = Math.max(box.r2, Math.min(m.r2, bounds.box.r2 + ROW_GAP));
    box.c2 = Math.max(box.c2, Math.min(m.c2, bounds.box.c2 + COL_GAP));
  }
  grid.origin = { row: box.r1, col: box.c1 };
  const width = box.c2 - box.c1 + 1;
  // Rows holding nothing share one empty row each (a grid is read, never written): a table with a stray
  // cell a thousand rows below costs a thousand pointers, not a thousand rows of cells.
  const empty = {
    values: Object.freeze(new Array<RawValue>(width).fill(null)) as RawValue[],
    texts: Object.freeze(new Array<string>(width).fill('')) as string[],
    formats: Object.freeze(new Array<string>(width).fill('General')) as string[],
    errors: Object.freeze(new Array<boolean>(width).fill(false)) as boolean[],
  };
  let k = 0;
  const inside = bounds.inside;
  for (let r = box.r1; r <= box.r2; r++) {
    if (k >= inside.length || cells[inside[k]].row !== r) {
      grid.values.push(empty.values);
      grid.texts.push(empty.texts);
      grid.formats.push(empty.formats);
      grid.errors.push(empty.errors);
      continue;
    }
    const values = empty.values.slice();
    const texts = empty.texts.slice();
    const formats = empty.formats.slice();
    const errors = empty.errors.slice();
    for (; k < inside.length && cells[inside[k]].row === r; k++) {
      const c = cells[inside[k]];
      const i = c.col - box.c1;
      values[i] = c.value;
      texts[i] = c.text;
      formats[i] = c.format;
      errors[i] = c.error;
    }
    grid.values.push(values);
    grid.texts.push(texts);
    grid.formats.push(formats);
    grid.errors.push(errors);
  }
  for (const r of hidden) if (r >= box.r1 && r <= box.r2) grid.hiddenRows.push(r);
  const kept = mergesIn(merges, box);
  if (kept.length > 0) grid.merges = kept;
  return grid;
}

/** A cell's read as the grid holds it, and whether it holds only spaces. */
export function gridCell(row: number, col: number, read: CellRead, format: string): GridCell {
  const text = displayed(read.value, format, read.error);
  const blank = typeof read.value === 'string' && !read.error && read.value.trim() === '';
  return { row, col, value: read.value, text, format, error: read.error, blank };
}

/** The worksheet internals the reader uses; exceljs's typings do not declare them. */
interface SheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

/** A sheet's merges as 0-based rectangles (load.ts records them without touching the cells they cover). */
export function mergesOf(ws: ExcelJS.Worksheet): SheetRect[] {
  return Object.values((ws as unknown as SheetInternals)._merges ?? {}).map((m) => ({ r1: m.top - 1, c1: m.left - 1, r2: m.bottom - 1, c2: m.right - 1 }));
}

/**
 * The SheetGrid of a worksheet: only its cells holding something are visited, never the box they span
 * (exceljs keeps rows and cells sparse), so a stray cell at XFD1048576 costs one cell.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const raw: { row: number; col: number; cell: ExcelJS.Cell }[] = [];
  let calculated = false;
  const hidden: number[] = [];
  (ws as unknown as SheetInternals)._rows.forEach((row) => {
    if (!row) return;
    if (row.hidden) hidden.push(row.number - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v: unknown = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (!calculated && isCalculatedFormula(v)) calculated = true;
      raw.push({ row: row.number - 1, col: colNumber - 1, cell });
    });
  });
  const found = raw.map(({ row, col, cell }) => {
    const read = rawOf(cell.value, calculated ? undefined : () => formulaOf(cell));
    return gridCell(row, col, read, cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General');
  });
  const grid = gridOfCells(ws.name, found, mergesOf(ws), hidden);
  const notes = TEXT_NOTES.get(ws);
  if (notes) grid.notes = [...notes, ...(grid.notes ?? [])];
  return grid;
}
