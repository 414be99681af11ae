// What the page does with a person's file, in Node (the browser test runs the same in Chromium): the review
// workbook to download is a new one for a roster, and the file itself for an earlier review workbook, so the
// notes people typed there are kept; it is named after the file in the pane's language.
import ExcelJS from 'exceljs';
import { emptyXlsxHost, xlsxBytes } from '../../src/hosts/xlsx/memory';
import { downloadName, openFile, reviewWorkbook, templateWorkbook } from '../../src/web/reviewFile';
import { templatePlans } from '../../src/workbook/template';
import { REGISTRY_SHEET, sheetName } from '../../src/workbook/write/text';

const TODAY = '2026-03-02';

async function rosterBytes(n: number): Promise<Uint8Array> {
  const host = emptyXlsxHost();
  await host.apply(templatePlans('zh-CN', n));
  return xlsxBytes(host);
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

test.each([
  ['名单.xlsx', 'zh-CN', '名单-盘点.xlsx'],
  ['名单.xlsx', 'en-US', '名单-review.xlsx'],
  ['hr export.v2.csv', 'en-US', 'hr export.v2-review.xlsx'],
  ['名单-盘点.xlsx', 'zh-CN', '名单-盘点.xlsx'],
  ['roster-review.xlsx', 'zh-CN', 'roster-盘点.xlsx'],
  ['.xlsx', 'en-US', 'roster-review.xlsx'],
] as const)('%s in %s downloads as %s', (file, lang, name) => {
  expect(downloadName(file, lang)).toBe(name);
});

test('a roster: the download is a new workbook of outputs and input copies; the opened copy gains nothing', async () => {
  const opened = await openFile(await rosterBytes(30), 'roster.xlsx');
  if (!opened.ok) throw new Error('should open');
  expect(opened.file.isReview).toBe(false);
  const before = opened.file.host.workbook.worksheets.map((w) => w.name);
  const review = await reviewWorkbook(opened.file, { today: TODAY, lang: 'zh-CN' });
  if (!review.ok) throw new Error('should review');
  expect(review.fileName).toBe('roster-盘点.xlsx');
  expect(opened.file.host.workbook.worksheets.map((w) => w.name)).toEqual(before);
  const wb = await read(review.bytes);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining([sheetName('results', 'zh-CN'), '工程师名单', '盘点设置', REGISTRY_SHEET]));
  expect(wb.getWorksheet('工程师名单')?.rowCount).toBe(31);
});

test('an earlier review workbook: a note typed into the plans stays with the re-run download', async () => {
  const first = await openFile(await rosterBytes(12), 'team.xlsx');
  if (!first.ok) throw new Error('should open');
  const review = await reviewWorkbook(first.file, { today: TODAY, lang: 'zh-CN' });
  if (!review.ok) throw new Error('should review');

  const typed = await read(review.bytes);
  const plans = typed.getWorksheet(sheetName('plans', 'zh-CN'));
  if (!plans) throw new Error('no plans sheet');
  let at = '';
  plans.eachRow((row, r) => {
    if (at === '' && row.getCell(2).value === '备注') at = `C${r}`;
  });
  plans.getCell(at).value = '@下季度轮岗';
  const again = await openFile(new Uint8Array(await typed.xlsx.writeBuffer()), review.fileName);
  if (!again.ok) throw new Error('should open');
  expect(again.file.isReview).toBe(true);
  const second = await reviewWorkbook(again.file, { today: '2026-09-01', lang: 'en-US' });
  if (!second.ok) throw new Error('should review');
  expect(second.fileName).toBe('team-review.xlsx');
  expect((await read(second.bytes)).getWorksheet(sheetName('plans', 'zh-CN'))?.getCell(at).value).toBe('@下季度轮岗');
});

test('a file that is no workbook is a problem with a message in both languages, not an exception', async () => {
  const opened = await openFile(new Uint8Array([1, 2, 3, 4]), 'notes.xlsx');
  expect(opened.ok).toBe(false);
  if (opened.ok) return;
  expect(opened.problem.message.zh).toContain('notes.xlsx');
  expect(opened.problem.message.en).toContain('notes.xlsx');
});

test('the template download holds the three input sheets in the chosen language', async () => {
  expect((await read(await templateWorkbook('en-US'))).worksheets.map((w) => w.name)).toEqual(['Roster', 'Standards', 'Settings', 'Demand', 'Key positions']);
});
