// An exceljs worksheet → the SheetGrid read contract (src/workbook/host.ts), the same thing the Office.js
// host hands the reader: raw values (dates as 1900-system serials), displayed texts, formats, error flags
// and hidden rows over the used range. Merged cells other than the top-left read as empty, as in Excel.
import type ExcelJS from 'exceljs';
import type { RawValue, SheetGrid } from '../../workbook/host';
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

/** Narrows any exceljs cell value (formula, rich text, hyperlink, error, date …) to the contract's raw value. */
export function rawOf(v: unknown): CellRead {
  if (v === null || v === undefined) return { value: null, error: false };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, error: false };
  if (v instanceof Date) return { value: dateToSerial(v), error: false };
  if (isRecord(v)) {
    if (typeof v.error === 'string') return { value: v.error, error: true };
    if ('formula' in v || 'sharedFormula' in v) return rawOf(v.result);
    if (Array.isArray(v.richText)) {
      const parts = v.richText as unknown[];
      return { value: parts.map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : '')).join(''), error: false };
    }
    if ('hyperlink' in v) return rawOf(v.text);
    if ('text' in v) return rawOf(v.text);
  }
  return { value: String(v), error: false };
}

function displayed(value: RawValue, format: string, error: boolean): string {
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
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area counts to its full extent, as in Excel's used range (its value is the top-left's).
      const v: unknown = cell.isMerged ? cell.master.value : cell.value;
      if (v === null || v === undefined || v === '') return;
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
      const read = slave ? { value: null, error: false } : rawOf(cell.value);
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
