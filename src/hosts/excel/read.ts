/// <reference types="office-js" />
// Reads used ranges into the pinned SheetGrid contract: one sync learns every sheet's used range, then
// row chunks of all sheets are packed into as few syncs as the response budget allows.
import type { RawValue, SheetGrid } from '../../workbook/host';
import { gridBytes } from './bytes';
import { FIRST_READ_CELLS, READ_TARGET } from './budget';

/** Columns looked at for a visible one: a roster's fields are in its first columns. */
const MAX_PROBED_COLUMNS = 256;
/** What one row of a chunk weighs, before it is read: measured rows × this margin. */
const ESTIMATE_MARGIN = 1.05;

interface SheetRead {
  grid: SheetGrid;
  used: Excel.Range;
  rows: number;
  cols: number;
  /** Rows read so far. */
  next: number;
  /** Some rows hidden and some not: visible rows are read per chunk. */
  mixedHidden: boolean;
  /** The column whose visible view tells the visible rows: a visible one (a hidden column's view is empty). */
  probeColumn: number;
  measuredBytes: number;
  measuredRows: number;
}

interface Chunk {
  sheet: SheetRead;
  start: number;
  count: number;
  range: Excel.Range;
  visible?: Excel.RangeView;
}

export function rawValue(v: unknown, type: string): RawValue {
  if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** 1-based row of an A1 address such as `Sheet1!A7` or `'My sheet'!B12`. */
function rowOfAddress(address: unknown): number | undefined {
  const m = /(\d+)$/u.exec(String(address));
  return m ? Number(m[1]) - 1 : undefined;
}

function rowsFor(sheet: SheetRead, budget: number): number {
  const left = sheet.rows - sheet.next;
  if (sheet.measuredRows === 0) return Math.min(left, Math.max(1, Math.floor(FIRST_READ_CELLS / Math.max(1, sheet.cols))));
  const perRow = (sheet.measuredBytes / sheet.measuredRows) * ESTIMATE_MARGIN;
  return Math.min(left, Math.floor(budget / Math.max(1, perRow)));
}

function takeChunk(chunk: Chunk): void {
  const { sheet, range } = chunk;
  const values = range.values as unknown[][];
  const texts = range.text;
  const formats = range.numberFormat as unknown[][];
  const types = range.valueTypes as string[][];
  let bytes = gridBytes(values) + gridBytes(texts) + gridBytes(formats) + gridBytes(types);
  const g = sheet.grid;
  for (let r = 0; r < values.length; r++) {
    g.values.push(values[r].map((v, c) => rawValue(v, types[r][c])));
    g.texts.push(texts[r].map((t) => String(t)));
    g.formats.push(formats[r].map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
    g.errors.push(types[r].map((t) => t === 'Error'));
  }
  if (chunk.visible) {
    const addresses = chunk.visible.cellAddresses as unknown[][];
    bytes += gridBytes(addresses);
    const shown = new Set(addresses.map((row) => rowOfAddress(row[0])));
    for (let r = 0; r < chunk.count; r++) {
      const sheetRow = g.origin.row + chunk.start + r;
      if (!shown.has(sheetRow)) g.hiddenRows.push(sheetRow);
    }
  }
  sheet.measuredBytes += bytes;
  sheet.measuredRows += chunk.count;
}

/**
 * For a sheet with some rows hidden and some columns hidden too, the first visible column of its used range:
 * one sync more, only then (a hidden column's visible view is empty, so every row would read as hidden).
 */
async function findProbeColumns(context: Excel.RequestContext, reads: readonly SheetRead[]): Promise<void> {
  const probes = reads
    .filter((r) => r.mixedHidden && (r.used.columnHidden as boolean | null) !== false)
    .map((r) => ({ read: r, columns: Array.from({ length: Math.min(r.cols, MAX_PROBED_COLUMNS) }, (_, c) => r.used.getColumn(c).load('columnHidden')) }));
  if (probes.length === 0) return;
  await context.sync();
  for (const { read, columns } of probes) read.probeColumn = Math.max(0, columns.findIndex((c) => c.columnHidden === false));
}

/**
 * Reads each named sheet's used range (values only: a formatted empty cell is not content, as in the
 * exceljs host). Hidden rows: the used range's `rowHidden` says all, none or some; only for "some" are the
 * visible rows of each chunk read (getVisibleView), so a sheet without hidden rows costs nothing more.
 */
export async function readGrids(context: Excel.RequestContext, names: readonly string[]): Promise<SheetGrid[]> {
  const found = names.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'rowHidden', 'columnHidden']);
    return { ws, used };
  });
  await context.sync();

  const reads: SheetRead[] = [];
  for (const { ws, used } of found) {
    if (ws.isNullObject) continue;
    const grid: SheetGrid = { name: ws.name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], errors: [], hiddenRows: [] };
    const read: SheetRead = { grid, used, rows: 0, cols: 0, next: 0, mixedHidden: false, probeColumn: 0, measuredBytes: 0, measuredRows: 0 };
    if (!used.isNullObject) {
      grid.origin = { row: used.rowIndex, col: used.columnIndex };
      read.rows = used.rowCount;
      read.cols = used.columnCount;
      const hidden = used.rowHidden as boolean | null;
      if (hidden === true) for (let r = 0; r < read.rows; r++) grid.hiddenRows.push(grid.origin.row + r);
      read.mixedHidden = hidden === null;
    }
    reads.push(read);
  }
  await findProbeColumns(context, reads);

  for (;;) {
    const pending = reads.filter((s) => s.next < s.rows);
    if (pending.length === 0) break;
    let budget = READ_TARGET;
    const chunks: Chunk[] = [];
    const queue = (sheet: SheetRead, count: number): void => {
      const range = sheet.used.getCell(sheet.next, 0).getResizedRange(count - 1, sheet.cols - 1);
      range.load(['values', 'text', 'numberFormat', 'valueTypes']);
      const chunk: Chunk = { sheet, start: sheet.next, count, range };
      if (sheet.mixedHidden) {
        chunk.visible = range.getColumn(sheet.probeColumn).getVisibleView();
        chunk.visible.load('cellAddresses');
      }
      chunks.push(chunk);
      sheet.next += count;
    };
    for (const sheet of pending) {
      const measured = sheet.measuredRows > 0;
      const count = rowsFor(sheet, budget);
      if (count <= 0) break;
      // An unmeasured first chunk is small by cell count; it takes half of what is left as a guess.
      budget -= measured ? (count * sheet.measuredBytes * ESTIMATE_MARGIN) / sheet.measuredRows : budget / 2;
      queue(sheet, count);
    }
    // A row larger than the budget still has to be read: on its own.
    if (chunks.length === 0) queue(pending[0], 1);
    await context.sync();
    for (const chunk of chunks) takeChunk(chunk);
  }
  return reads.map((r) => r.grid);
}
