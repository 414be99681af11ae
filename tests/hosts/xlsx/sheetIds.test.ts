// exceljs's ws.id is the sheetId Excel keeps in workbook.xml: it survives a rename, a save and a load, so
// the registry can find a sheet a person renamed. Whether the review workbook is streamed (a new file) or
// written in memory (a re-run), its registry holds the id each sheet has in the saved file.
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import { workbookToBytes } from '../../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import { SnapshotHost } from '../../../src/hosts/xlsx/snapshot';
import { streamPlans } from '../../../src/hosts/xlsx/stream';
import { runReview } from '../../../src/workbook/run';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { readRegistry } from '../../../src/workbook/write/registry';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';

const ROSTER = [
  ['工号', '姓名', '部门', '绩效', '潜力'],
  ['E001', '张伟', '研发中心', 'A', '高'],
  ['E002', '李娜', '研发中心', 'B', '中'],
];
const OPTIONS = { today: '2026-11-26', copyInputs: true, now: () => new Date('2026-11-26T09:00:00Z') };

async function load(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function source(): XlsxHost {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工程师名单');
  ROSTER.forEach((row) => ws.addRow(row));
  return new XlsxHost(wb);
}

/** Each registry row's sheet and id, beside the id that sheet has in the workbook. */
function registryIds(wb: ExcelJS.Workbook): { sheet: string; recorded?: string; actual?: string }[] {
  const reg = wb.getWorksheet(REGISTRY_SHEET);
  if (!reg) throw new Error('no registry');
  return readRegistry(gridFromWorksheet(reg)).map((e) => {
    const ws = wb.getWorksheet(e.sheet);
    return { sheet: e.sheet, recorded: e.sheetId, actual: ws ? String(ws.id) : undefined };
  });
}

function expectIdsMatch(wb: ExcelJS.Workbook): void {
  const rows = registryIds(wb);
  expect(rows.length).toBeGreaterThan(5);
  for (const r of rows) expect(r).toEqual({ sheet: r.sheet, recorded: r.actual, actual: r.actual });
  expect(new Set(rows.map((r) => r.recorded)).size).toBe(rows.length);
}

test('exceljs keeps a sheet\'s id through save → rename → save → load', async () => {
  const wb = new ExcelJS.Workbook();
  for (const n of ['甲', '乙', '丙']) wb.addWorksheet(n);
  const first = await load(await workbookToBytes(wb));
  const before = first.getWorksheet('乙')!.id;
  first.getWorksheet('乙')!.name = '我的乙';
  const again = await load(await workbookToBytes(first));
  expect(again.getWorksheet('我的乙')?.id).toBe(before);
  expect(again.worksheets.map((w) => w.id)).toEqual(first.worksheets.map((w) => w.id));
});

test('a new review workbook (streamed): the registry records the id each sheet has in the file', async () => {
  const target = new NewWorkbookTarget();
  const outcome = await runReview(source(), target, OPTIONS);
  expect(outcome.ok).toBe(true);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await streamPlans(target.plans, out);
  await ended;
  expectIdsMatch(await load(Buffer.concat(chunks)));
});

test('a review workbook re-run in memory: the registry records the ids of the sheets as saved', async () => {
  const wb = new ExcelJS.Workbook();
  const host = new XlsxHost(wb);
  expect((await runReview(source(), host, OPTIONS)).ok).toBe(true);
  // A sheet a person added takes an id; the re-run removes and adds sheets around it.
  wb.addWorksheet('Notes');
  expect((await runReview(source(), host, OPTIONS)).ok).toBe(true);
  expectIdsMatch(await load(await workbookToBytes(wb)));
});

test('XlsxHost and the read-only snapshot list each sheet with its id', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('甲');
  wb.addWorksheet('乙');
  wb.removeWorksheet(wb.getWorksheet('甲')!.id);
  wb.addWorksheet('丙');
  const ids = wb.worksheets.map((w) => [w.name, String(w.id)]);
  expect((await new XlsxHost(wb).sheets()).map((s) => [s.name, s.id])).toEqual(ids);
  expect((await new SnapshotHost(wb).sheets()).map((s) => [s.name, s.id])).toEqual(ids);
});
