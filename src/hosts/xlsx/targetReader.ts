// Reads sheets of an existing review workbook as grids through exceljs's streaming reader: rows with their
// values and number formats, never exceljs's in-memory model of the whole workbook (at 10,000 engineers that
// model takes gigabytes). Used by the command line's re-run into its own review workbook (rerun.ts).
// What the streaming reader does not give — merged areas and hidden rows — the sheets read here (the
// registry, the sheets people type into, the calibration log) do not need: a merged cell other than the
// top-left is empty in the file, as the grid has it.
import ExcelJS from 'exceljs';
import type { RawValue, SheetGrid, SheetInfo, SheetVisibility } from '../../workbook/host';
import { displayed, rawOf } from './grid';

export interface TargetSheets {
  /** Every sheet, in tab order, with the sheetId and state of workbook.xml. */
  infos: SheetInfo[];
  /** The grids of the sheets asked for, by name. */
  grids: Map<string, SheetGrid>;
}

/** The parts of exceljs's streaming reader its typings do not declare. */
interface ReaderModel {
  model?: { sheets?: { name?: unknown; id?: unknown; state?: unknown }[] };
}

interface SheetReader {
  name: string;
  /** The sheet's part, when the reader put it aside in a temporary file (a file stream to close). */
  iterator?: { destroy?: () => void; on?: (event: 'error', fn: () => void) => void };
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

interface ReadCell {
  col: number;
  value: unknown;
  format: string;
}

function visibilityOf(state: unknown): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function isFormula(v: unknown): v is { formula?: unknown; result?: unknown } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}

/** The grid of one sheet's rows, as gridFromWorksheet gives it for the same sheet in memory. */
export async function gridFromRows(name: string, rows: AsyncIterable<ExcelJS.Row>): Promise<SheetGrid> {
  const read: { row: number; cells: ReadCell[] }[] = [];
  let calculated = false;
  let minCol = Infinity;
  let maxCol = -1;
  for await (const row of rows) {
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value: unknown = cell.value;
      if (value === null || value === undefined || value === '') return;
      if (!calculated && isFormula(value) && value.result !== undefined && value.result !== null) calculated = true;
      const format = cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General';
      cells.push({ col, value, format });
      minCol = Math.min(minCol, col);
      maxCol = Math.max(maxCol, col);
    });
    if (cells.length > 0) read.push({ row: row.number, cells });
  }
  const grid: SheetGrid = { name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], errors: [], hiddenRows: [] };
  if (read.length === 0) return grid;
  const minRow = read[0].row;
  const maxRow = read[read.length - 1].row;
  grid.origin = { row: minRow - 1, col: minCol - 1 };
  const width = maxCol - minCol + 1;
  let next = 0;
  for (let r = minRow; r <= maxRow; r++) {
    const values: RawValue[] = new Array<RawValue>(width).fill(null);
    const texts: string[] = new Array<string>(width).fill('');
    const formats: string[] = new Array<string>(width).fill('General');
    const errors: boolean[] = new Array<boolean>(width).fill(false);
    if (read[next]?.row === r) {
      for (const c of read[next].cells) {
        const v = c.value;
        const formula = isFormula(v) && typeof v.formula === 'string' && v.formula !== '' ? v.formula : undefined;
        const got = rawOf(v, calculated ? undefined : () => formula);
        const i = c.col - minCol;
        values[i] = got.value;
        texts[i] = displayed(got.value, c.format, got.error);
        formats[i] = c.format;
        errors[i] = got.error;
      }
      next++;
    }
    grid.values.push(values);
    grid.texts.push(texts);
    grid.formats.push(formats);
    grid.errors.push(errors);
  }
  return grid;
}

/**
 * Lets a sheet not wanted go unread. The reader has put it aside in a temporary file it deletes as soon as
 * the next sheet is asked for: the file stream is closed, and its failing to open the deleted file ignored.
 */
function skip(sheet: SheetReader): void {
  const it = sheet.iterator;
  if (typeof it?.on === 'function') it.on('error', () => undefined);
  if (typeof it?.destroy === 'function') it.destroy();
}

/**
 * Streams through the file once: the tab order, names, states and ids of all sheets, and the grids of the
 * sheets `wanted` names. Sheets not wanted are skipped without being parsed.
 */
export async function readTargetSheets(file: string, wanted: (name: string) => boolean): Promise<TargetSheets> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const grids = new Map<string, SheetGrid>();
  for await (const ws of reader) {
    const sheet = ws as unknown as SheetReader;
    if (wanted(sheet.name)) grids.set(sheet.name, await gridFromRows(sheet.name, sheet));
    else skip(sheet);
  }
  const sheets = (reader as unknown as ReaderModel).model?.sheets ?? [];
  const infos: SheetInfo[] = [];
  for (const s of sheets) {
    if (typeof s.name !== 'string') continue;
    const info: SheetInfo = { name: s.name, visibility: visibilityOf(s.state) };
    if (s.id !== undefined && s.id !== null) info.id = String(s.id);
    infos.push(info);
  }
  return { infos, grids };
}
