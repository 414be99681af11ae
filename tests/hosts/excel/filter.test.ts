// 「查看全部」 of a nine-box box in Excel: the Office.js host filters the results table (盘点结果) to the box on
// its 校准后九宫格 column and shows the sheet — through the real Office.js client library (officeJs.ts), so
// every member it calls must be one Excel's protocol carries; input sheets and the log are refused.
import { ExcelHost } from '../../../src/hosts/excel/host';
import { RESULTS_FINAL_BOX, RESULTS_HEADERS } from '../../../src/workbook/write/text';
import { fakeWithRoster, ROSTER } from './review';
import { viaOfficeJs } from './officeJs';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

const RESULTS = '盘点结果';
const FINAL_BOX = RESULTS_HEADERS[RESULTS_FINAL_BOX].zh;

test('filters 盘点结果 to one box through Office.js: only that box’s rows stay shown, and the sheet is activated', async () => {
  const fake = fakeWithRoster(30);
  const office = viaOfficeJs(fake);
  const { outcome, host } = await reviewThroughOfficeJs(fake, office);
  if (!outcome.ok) throw new Error('review failed');
  expect(FINAL_BOX).toBe('校准后九宫格');
  const box = outcome.result.reviews[0].finalBox;
  const inBox = outcome.result.reviews.filter((r) => r.finalBox === box).map((r) => r.engineer.id).sort();
  expect(inBox.length).toBeLessThan(outcome.result.reviews.length);
  fake.workbook.active = ROSTER;
  const before = office.requests.length;

  await host.showFiltered(RESULTS, FINAL_BOX, [String(box)]);

  const sheet = fake.sheet(RESULTS);
  if (!sheet) throw new Error('no results sheet');
  const rows = fake.valuesOf(RESULTS);
  const shown = rows.map((r, i) => ({ id: r[0], i })).filter(({ i }) => i > 0 && !sheet.hiddenRows.has(i)).map(({ id }) => String(id)).sort();
  expect(shown).toEqual(inBox);
  expect(sheet.tables[0].filter).toEqual({ column: FINAL_BOX, values: [String(box)] });
  expect(fake.workbook.active).toBe(RESULTS);
  // Three requests of one Excel.run, none refused.
  expect(office.requests.slice(before).map((r) => r.error)).toEqual([undefined, undefined, undefined]);
  expect(new Set(office.requests.slice(before).map((r) => r.run)).size).toBe(1);

  // Another box: the filter is replaced, not added to.
  const other = outcome.result.reviews.find((r) => r.finalBox !== box);
  if (!other) throw new Error('one box only');
  await host.showFiltered(RESULTS, FINAL_BOX, [String(other.finalBox)]);
  expect(rows.filter((_, i) => i > 0 && !sheet.hiddenRows.has(i)).every((r) => r[RESULTS_FINAL_BOX] === other.finalBox)).toBe(true);
});

test('refuses the roster (an input) and a sheet that does not exist, hiding nothing', async () => {
  const fake = fakeWithRoster(8);
  const { outcome } = await reviewThroughOfficeJs(fake);
  expect(outcome.ok).toBe(true);
  const host = new ExcelHost(fake.run);
  await expect(host.showFiltered(ROSTER, '工号', ['x'])).rejects.toThrow(/output sheet of the review only/u);
  await expect(host.showFiltered('没有这张表', FINAL_BOX, ['5'])).rejects.toThrow(/output sheet of the review only/u);
  expect(fake.sheet(ROSTER)?.hiddenRows.size).toBe(0);
  expect(fake.sheet(RESULTS)?.hiddenRows.size).toBe(0);
});
