// An exceljs worksheet → the SheetGrid read contract (src/workbook/host.ts), the same thing the Office.js
// host hands the reader: raw values (dates as 1900-system serials), displayed texts, formats, error flags
// and hidden rows over the used range. Merged cells other than the top-left read as empty, as in Excel.
// One case only a file has: a formula saved without its calculated value (a tool that writes formulas
// but does not calculate them). Excel would calculate it on opening; here it is an error cell whose value
// is the formula (SheetGrid.errors), so the reader says so instead of "not given". exceljs reads a formula
// whose value is the empty string (Excel saves `<v></v>`) the same way, so a formula without a value is
// taken as uncalculated only on a sheet where no formula has one: a sheet Excel saved has values for all.
import type ExcelJS from 'exceljs';
import type { RawValue, SheetGrid, SheetInfo } from '../../workbook/host';
import { formatNumber } from './numberFormat';

interface CellRead {
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

export function gridFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  let calculated = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area counts to its full extent, as in Excel's used range (its value is the top-left's).
      const v: unknown = cell.isMerged ? cell.master.value : cell.value;
      if (v === null || v === undefined || v === '') return;
      if (!calculated && isCalculatedFormula(v)) calculated = true;
      minRow = Math.min(minRow, rowNumber);
      maxRow = Math.max(maxRow, rowNumber);
      minCol = Math.min(minCol, colNumber);
      maxCol = Math.max(maxCol, colNumber);
    });
  });
  const grid: SheetGrid = {
    name: ws.name,
    origin: { row: 0, col: 0 },
    values: [],
    texts: [],
    formats: [],
    errors: [],
    hiddenRows: [],
  };
  if (maxRow < 0) return grid;
  grid.origin = { row: minRow - 1, col: minCol - 1 };
  for (let r = minRow; r <= maxRow; r++) {
    const row = ws.getRow(r);
    if (row.hidden) grid.hiddenRows.push(r - 1);
    const values: RawValue[] = [];
    const texts: string[] = [];
    const formats: string[] = [];
    const errors: boolean[] = [];
    for (let c = minCol; c <= maxCol; c++) {
      const cell = row.getCell(c);
      const slave = cell.isMerged && cell.master !== cell;
      const read = slave ? { value: null, error: false } : rawOf(cell.value, calculated ? undefined : () => formulaOf(cell));
      const format = cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General';
      values.push(read.value);
      texts.push(displayed(read.value, format, read.error));
      formats.push(format);
      errors.push(read.error);
    }
    grid.values.push(values);
    grid.texts.push(texts);
    grid.formats.push(formats);
    grid.errors.push(errors);
  }
  return grid;
}
