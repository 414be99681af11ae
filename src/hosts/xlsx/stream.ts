// Writes SheetPlans as a new .xlsx through exceljs's streaming writer (the command line): each row is
// committed and zipped as soon as it is written, so a review of 50,000 engineers (a plans sheet of ~900,000
// rows) never sits in memory as exceljs cells. The cells are written by the same code as in memory
// (sheetBody.ts); what the streaming writer lacks — Excel tables — is added here.
import ExcelJS from 'exceljs';
import type { Writable } from 'stream';
import type { SheetPlan } from '../../workbook/plan';
import { assertNoOverlap } from './rects';
import { plannedRows, sheetOptions, writeColumns } from './sheetBody';
import { tableXml } from './table';

/** Rows written between two pauses that let the zip take what was written. */
const ROWS_PER_PAUSE = 2000;

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The parts of exceljs's streaming writer its typings do not declare. */
interface StreamingSheet {
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _write(text: string): void;
  _writeLegacyData(): void;
  stream: { on(event: 'zipped', fn: () => void): void };
}

interface StreamingBook {
  _openStream(path: string): { write(text: string): void; end(): void };
  zip: { append(source: unknown, data: { name: string }): unknown };
}

function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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

/** Adds an Override per table to [Content_Types].xml as exceljs writes it. */
function declareTables(book: StreamingBook, targets: readonly string[]): void {
  const append = book.zip.append.bind(book.zip);
  book.zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string' && targets.length > 0) {
      const overrides = targets.map((t) => `<Override PartName="/xl/tables/${t}" ContentType="${TABLE_TYPE}"/>`).join('');
      return append(source.replace('</Types>', `${overrides}</Types>`), data);
    }
    return append(source, data);
  };
}

async function committed(ws: ExcelJS.Worksheet): Promise<void> {
  const zipped = new Promise<void>((resolve) => (ws as unknown as StreamingSheet).stream.on('zipped', resolve));
  ws.commit();
  await zipped;
}

/** Writes the plans, in order, as a new workbook into `out`; resolves when the last byte is written. */
export async function streamPlans(
  plans: readonly SheetPlan[],
  out: Writable,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const book = wb as unknown as StreamingBook;
  const tables: string[] = [];
  const tableNames = new Set<string>();
  declareTables(book, tables);
  for (const [i, plan] of plans.entries()) {
    assertNoOverlap(plan.merges);
    const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
    if (plan.table) {
      // Table names are unique in the whole workbook.
      let name = plan.table.name;
      for (let k = 2; tableNames.has(name.toLowerCase()); k++) name = `${plan.table.name}_${k}`;
      tableNames.add(name.toLowerCase());
      tables.push(`table${tables.length + 1}.xml`);
      addTable(book, ws, plan, tables.length, name);
    }
    writeColumns(ws, plan);
    for (const r of plannedRows(ws, plan, true)) if (r % ROWS_PER_PAUSE === 0) await pause();
    // Merges are written at the end of the sheet: exceljs's own mergeCells would compare each with all before.
    const merges = (ws as unknown as { _merges: unknown[] })._merges;
    for (const m of plan.merges) merges.push(m.toUpperCase());
    await committed(ws);
    progress?.(i + 1, plans.length);
  }
  // Excel opens on the sheet the plans ask for (the grid), else on the first visible one.
  const wanted = plans.findIndex((p) => p.activate);
  const active = wanted >= 0 ? wanted : plans.findIndex((p) => p.visibility === 'visible');
  if (active >= 0) wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  await wb.commit();
}
