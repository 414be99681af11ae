// DOMAIN.md, Printing, in Excel: what the add-in asks of Excel through the real Office.js client library
// (officeJs.ts) — the footer with the sheet's name and 「第 N 页 / 共 M 页」, 盘点结果's print area of its
// first ten columns with a page break per department, and the tabs in meeting order.
import type { FakeSheet } from './fakeExcel';
import { fakeWithRoster } from './review';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

const fake = fakeWithRoster(120);
let sheets: FakeSheet[] = [];

beforeAll(async () => {
  const { outcome } = await reviewThroughOfficeJs(fake);
  expect(outcome.ok).toBe(true);
  sheets = fake.workbook.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
}, 60_000);

const sheet = (name: string): FakeSheet => sheets.find((s) => s.name === name)!;

it('every output sheet prints its name on the left and the page of the pages on the right', () => {
  for (const s of sheets.filter((x) => x.name !== '工程师名单')) {
    expect({ sheet: s.name, left: s.page.leftFooter, right: s.page.rightFooter, centre: s.page.centerFooter }).toEqual({
      sheet: s.name,
      left: '&"Microsoft YaHei,Regular"&A',
      right: '第 &P 页 / 共 &N 页',
      centre: '内部资料 注意保密',
    });
  }
});

it('盘点结果 prints 工号 to 校准后九宫格 and breaks pages between departments; the screen keeps all columns', () => {
  const results = sheet('盘点结果');
  expect(results.page.printArea).toBe('A1:J121');
  const depts = fake.valuesOf('盘点结果').slice(1).map((r) => String(r[2] ?? ''));
  expect(depts).toHaveLength(120);
  const ends = depts.flatMap((d, i) => (i + 1 < depts.length && depts[i + 1] !== d ? [i + 2] : []));
  expect(ends.length).toBeGreaterThan(0);
  expect(results.page.rowBreaks).toEqual(ends);
  // Sorted by department: each department's rows are together.
  expect(new Set(depts).size).toBe(ends.length + 1);
});

it('sets the margins of the plan in points: 0.4 inch (28.8 pt) at the sides of the wide sheets, 0.7 elsewhere', () => {
  const wide = ['九宫格', '能力差距', '培育库', '导师结对', '人才地图', '继任规划'];
  for (const s of sheets.filter((x) => x.name !== '工程师名单')) {
    const side = wide.includes(s.name) ? 28.8 : 50.4;
    expect([s.name, s.page.margins]).toEqual([s.name, { left: side, right: side, top: 43.2, bottom: 43.2, header: 18, footer: 18 }]);
  }
});

it('the tabs run in meeting order', () => {
  const names = [...sheets].sort((a, b) => fake.workbook.sheets.indexOf(a) - fake.workbook.sheets.indexOf(b)).map((s) => s.name);
  const outputs = names.filter((n) => n !== '工程师名单');
  expect(outputs.slice(0, 3)).toEqual(['盘点总览', '九宫格', '盘点汇总']);
  expect(outputs.indexOf('盘点结果')).toBeLessThan(outputs.indexOf('数据检查'));
});
