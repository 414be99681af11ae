// Issue 17, item 7, in Excel through the real Office.js client library (officeJs.ts): the working sheets are
// tables with a filter, the gap severities and the distribution flags are conditional formats (so an edited
// number recolours), and a second run replaces them — one table a sheet, under its own name, never a second.
import type { FakeSheet } from './fakeExcel';
import { fakeWithRoster } from './review';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

const fake = fakeWithRoster(30);
const visible = (): FakeSheet[] => fake.workbook.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
const sheet = (name: string): FakeSheet => visible().find((s) => s.name === name)!;
const TABLES: Record<string, string> = { 盘点结果: 'ReviewResults', 能力差距: 'Gaps', 培育库: 'CultivationPool', 导师结对: 'Mentoring', 数据检查: 'DataCheck' };

function tablesAndFormats(): { tables: Record<string, string[]>; formats: Record<string, number> } {
  const tables: Record<string, string[]> = {};
  const formats: Record<string, number> = {};
  for (const s of visible()) {
    if (s.tables.length > 0) tables[s.name] = s.tables.map((t) => t.name);
    if (s.conditionalFormats.length > 0) formats[s.name] = s.conditionalFormats.length;
  }
  return { tables, formats };
}

let first: ReturnType<typeof tablesAndFormats>;
beforeAll(async () => {
  const { outcome } = await reviewThroughOfficeJs(fake);
  expect(outcome.ok).toBe(true);
  first = tablesAndFormats();
}, 60_000);

it('能力差距, 培育库, 导师结对, 数据检查 and 盘点结果 are each one table, headed by their header row', () => {
  expect(first.tables).toEqual(Object.fromEntries(Object.entries(TABLES).map(([k, v]) => [k, [v]])));
  // The gaps table starts at its one header row (row 3: 工号 … ⑤差距), under the merged competency names.
  expect(sheet('能力差距').tables[0].range).toBe('A3:T33');
  expect(fake.valuesOf('能力差距')[2].slice(0, 8)).toEqual(['工号', '姓名', '部门', '工程师类别', '培育层级', '①实际', '①要求', '①差距']);
});

it('gap severities are formula rules on the gap columns; the distribution table colours a row by its flag cell', () => {
  const gaps = sheet('能力差距').conditionalFormats;
  expect(gaps).toHaveLength(25);
  expect(gaps[0]).toEqual({ range: 'H4:H33', formula: '=AND(ISNUMBER(H4),H4>=1.5)', fill: '#F4A09C', bold: true });
  expect(gaps.filter((f) => f.formula === '=ISTEXT(T4)')).toHaveLength(1);
  expect(sheet('九宫格').conditionalFormats).toEqual([{ range: 'J4:M12', formula: '=LEN($M4)>0', fill: '#FDE2E1', fontColor: '#C00000', bold: true }]);
});

it('a second run replaces the tables and formats: the same names, no second table, no doubled rules', async () => {
  const { outcome } = await reviewThroughOfficeJs(fake);
  expect(outcome.ok).toBe(true);
  expect(tablesAndFormats()).toEqual(first);
}, 60_000);
