// Writes SheetPlans as a new .xlsx through exceljs's streaming writer (the command line): each row is
// committed and zipped as soon as it is written, so a review of 50,000 engineers (a plans sheet of ~900,000
// rows) never sits in memory as exceljs cells. The cells are written by the same code as in memory
// (sheetBody.ts); what the streaming writer lacks — Excel tables — is added here.
import ExcelJS from 'exceljs';
import type { Writable } from 'stream';
import type { SheetPlan } from '../../workbook/plan';
import { withSheetIds } from '../../workbook/write/registry';
import { assertNoOverlap } from './rects';
import { assertSheetName, plannedRows, sheetOptions, writeColumns } from './sheetBody';
import { writeConditionalFormats } from './conditional';
import { tableXml } from './table';
import { chartPartNames, chartXml, contentOverrides, DRAWING_REL, drawingElement, drawingRelsXml, drawingTarget, drawingXml, relsName } from './chartPart';

/** Rows written between two looks at how much the zip has still to take. */
export const ROWS_PER_PAUSE = 500;
/** Uncompressed bytes a sheet may have waiting for the zip before writing waits for it. */
const MAX_PENDING = 8 * 1024 * 1024;
/** exceljs's stream buffers are this large (StreamBuf bufSize in WorkbookWriter._openStream). */
const CHUNK = 65536;

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The parts of exceljs's streaming writer its typings do not declare. */
interface StreamingSheet {
  /** The sheet's part: chunks not yet taken (`buffers`), and the zip's deflate stream once it reads it (`pipes`). */
  stream: {
    on(event: 'zipped', fn: () => void): void;
    buffers?: unknown[];
    /** readable-stream's PassThrough, whose older versions have no writableLength: its states say it. */
    pipes?: { _writableState?: { length?: number }; _readableState?: { length?: number } }[];
  };
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _write(text: string): void;
  _writeLegacyData(): void;
}

interface StreamingBook {
  _openStream(path: string): { write(text: string): void; end(): void };
  zip: { append(source: unknown, data: { name: string }): unknown };
}

/** Bytes of the sheet still waiting for the zip: in exceljs's buffers and in the deflate stream's queue. */
function pending(ws: ExcelJS.Worksheet): number {
  const { stream } = ws as unknown as StreamingSheet;
  let bytes = (stream.buffers?.length ?? 0) * CHUNK;
  for (const p of stream.pipes ?? []) bytes += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  return bytes;
}

/**
 * Waits until the zip has taken most of what was written. exceljs's streaming writer hands chunks on without
 * waiting for the deflate stream, so without this the whole sheet would queue up in memory uncompressed.
 */
export async function drained(ws: ExcelJS.Worksheet, failed: () => unknown = () => undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (pending(ws) > MAX_PENDING) {
    // A zip whose output failed (a full disk) takes nothing more: waiting would never end.
    const error = failed();
    if (error !== undefined) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * A table in the streaming writer: a relationship from the sheet, a <tableParts> element after everything
 * else in the sheet (its place in the schema), the table part itself, and its content type.
 */
function addTable(book: StreamingBook, ws: ExcelJS.Worksheet, plan: SheetPlan, id: number, name: string): void {
  const sheet = ws as unknown as StreamingSheet;
  const target = `table${id}.xml`;
  const rId = sheet._sheetRelsWriter.addRelationship({ Target: `../tables/${target}`, Type: TABLE_REL });
  const before = sheet._writeLegacyData.bind(sheet);
  sheet._writeLegacyData = () => {
    before();
    sheet._write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
  };
  const part = book._openStream(`/xl/tables/${target}`);
  part.write(tableXml(plan, id, name));
  part.end();
}

/**
 * Charts in the streaming writer (chartPart.ts): a relationship from the sheet to its drawing, the <drawing>
 * element before the legacy drawing and table parts (its place in the schema), the drawing and chart parts.
 * `n` numbers the sheet among those with charts, `first` its first chart. Returns the content-type overrides.
 */
function addCharts(book: StreamingBook, ws: ExcelJS.Worksheet, plan: SheetPlan, n: number, first: number): string {
  const charts = plan.charts ?? [];
  const parts = chartPartNames(n, first, charts.length);
  const sheet = ws as unknown as StreamingSheet;
  const rId = sheet._sheetRelsWriter.addRelationship({ Target: drawingTarget(parts), Type: DRAWING_REL });
  const before = sheet._writeLegacyData.bind(sheet);
  sheet._writeLegacyData = () => {
    sheet._write(drawingElement(rId));
    before();
  };
  const write = (name: string, xml: string): void => {
    const part = book._openStream(`/${name}`);
    part.write(xml);
    part.end();
  };
  write(parts.drawing, drawingXml(charts));
  write(relsName(parts.drawing), drawingRelsXml(parts));
  charts.forEach((c, i) => write(parts.charts[i], chartXml(plan, c)));
  return contentOverrides(parts);
}

/** Adds the Overrides (tables, drawings, charts) to [Content_Types].xml as exceljs writes it, at the end. */
function declareParts(book: StreamingBook, overrides: readonly string[]): void {
  const append = book.zip.append.bind(book.zip);
  book.zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string' && overrides.length > 0) {
      return append(source.replace('</Types>', `${overrides.join('')}</Types>`), data);
    }
    return append(source, data);
  };
}

/**
 * The plans with the registry recording the ids their sheets will have: the streaming writer numbers the
 * sheets of a new file 1, 2, … in the order they are written (a new review workbook and a streamed re-run).
 */
export function withStreamedSheetIds(plans: readonly SheetPlan[]): SheetPlan[] {
  const ids = new Map(plans.map((p, i) => [p.name, String(i + 1)] as const));
  return plans.map((p) => (p.role === 'registry' ? withSheetIds(p, (name) => ids.get(name)) : p));
}

async function committed(ws: ExcelJS.Worksheet, broken: Promise<never>): Promise<void> {
  const zipped = new Promise<void>((resolve) => (ws as unknown as StreamingSheet).stream.on('zipped', resolve));
  ws.commit();
  await Promise.race([zipped, broken]);
}

/**
 * Writes the plans, in order, as a new workbook into `out`; resolves when the last byte is written. Plans
 * are taken one at a time from `plans`, so a caller that hands over a consuming iterable lets each sheet's
 * plan go once it is written (the plans sheet of 50,000 engineers is a few hundred MB).
 */
export async function streamPlans(
  plans: Iterable<SheetPlan>,
  out: Writable,
  progress?: (done: number, total: number) => void,
  total = Array.isArray(plans) ? plans.length : 0,
): Promise<void> {
  // The output's failure (a full disk, a name the system refuses) ends the write with that error: exceljs
  // itself would wait for the zip forever.
  let failure: unknown;
  const broken = new Promise<never>((_, reject) =>
    out.once('error', (e) => {
      failure = e;
      reject(e);
    }),
  );
  broken.catch(() => undefined);
  const failed = (): unknown => failure;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const book = wb as unknown as StreamingBook;
  const tables: string[] = [];
  const overrides: string[] = [];
  const tableNames = new Set<string>();
  const names = new Set<string>();
  let chartSheets = 0;
  let charts = 0;
  declareParts(book, overrides);
  let written = 0;
  let activate = -1;
  let firstVisible = -1;
  for (const plan of plans) {
    assertNoOverlap(plan.merges);
    assertSheetName(plan.name, (lower) => names.has(lower));
    names.add(plan.name.toLowerCase());
    const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
    if (plan.table) {
      // Table names are unique in the whole workbook.
      let name = plan.table.name;
      for (let k = 2; tableNames.has(name.toLowerCase()); k++) name = `${plan.table.name}_${k}`;
      tableNames.add(name.toLowerCase());
      tables.push(`table${tables.length + 1}.xml`);
      overrides.push(`<Override PartName="/xl/tables/${tables[tables.length - 1]}" ContentType="${TABLE_TYPE}"/>`);
      addTable(book, ws, plan, tables.length, name);
    }
    if (plan.charts && plan.charts.length > 0) {
      overrides.push(addCharts(book, ws, plan, ++chartSheets, charts + 1));
      charts += plan.charts.length;
    }
    writeColumns(ws, plan);
    writeConditionalFormats(ws, plan);
    for (const _ of plannedRows(ws, plan, true, ROWS_PER_PAUSE)) await drained(ws, failed);
    // Merges are written at the end of the sheet: exceljs's own mergeCells would compare each with all before.
    const merges = (ws as unknown as { _merges: unknown[] })._merges;
    for (const m of plan.merges) merges.push(m.toUpperCase());
    await committed(ws, broken);
    if (plan.activate && activate < 0) activate = written;
    if (plan.visibility === 'visible' && firstVisible < 0) firstVisible = written;
    written++;
    progress?.(written, Math.max(total, written));
  }
  // Excel opens on the sheet the plans ask for (the grid), else on the first visible one.
  const active = activate >= 0 ? activate : firstVisible;
  if (active >= 0) wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  await Promise.race([wb.commit(), broken]);
}
