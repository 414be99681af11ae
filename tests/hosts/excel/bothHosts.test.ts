// The two hosts write the same workbook for the same roster: the Excel host (through the real Office.js client
// library) and the xlsx host. At 1,200 engineers the plans sheet is split in two (Excel's 1,026 page breaks);
// when the roster shrinks, the part no longer needed goes in both — and in Excel never a person's own sheet.
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { runReview } from '../../../src/workbook/run';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';
import type { FakeExcel, FakeValue } from './fakeExcel';
import { fakeWithRoster, ROSTER } from './review';
import { rosterBook } from './rosterBook';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

const OPTIONS = { today: '2026-01-15', copyInputs: false, now: () => new Date('2026-01-15T09:00:00Z') };
const PLANS = '个人发展计划';

/** A sheet's values from A1 as rows, trailing empty cells dropped (how both hosts' sheets are compared). */
function trimmed(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
    return row.map((v) => (v === undefined ? null : v));
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function xlsxValues(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) return [];
  const g = gridFromWorksheet(ws);
  const rows: unknown[][] = Array.from({ length: g.origin.row }, () => []);
  for (const r of g.values) rows.push([...Array.from({ length: g.origin.col }, () => null), ...r]);
  return trimmed(rows);
}

function excelValues(fake: FakeExcel, name: string): unknown[][] {
  return trimmed(fake.valuesOf(name) as FakeValue[][]);
}

/** Removes the roster's rows past `engineers` in the open workbook (a person deleting them in Excel). */
function shrink(fake: FakeExcel, engineers: number): void {
  const sheet = fake.sheet(ROSTER);
  if (!sheet) throw new Error('no roster');
  for (const k of [...sheet.cells.keys()]) if (Math.floor(k / 16384) > engineers) sheet.cells.delete(k);
}

test('1,200 engineers: the same sheets with the same values in Excel and in the xlsx host; plans in two parts; shrunk to 900, one', async () => {
  const fake = fakeWithRoster(1200);
  const source = rosterBook(1200);
  const target = new ExcelJS.Workbook();
  const first = await reviewThroughOfficeJs(fake);
  await runReview(new XlsxHost(source), new XlsxHost(target), OPTIONS);
  expect(first.outcome.ok).toBe(true);

  const excelSheets = fake.workbook.sheets.map((s) => s.name).filter((n) => n !== ROSTER);
  const xlsxSheets = target.worksheets.map((s) => s.name);
  expect(excelSheets).toEqual(xlsxSheets);
  expect(excelSheets).toEqual(expect.arrayContaining([PLANS, `${PLANS}(2)`]));
  for (const name of excelSheets) {
    if (name === REGISTRY_SHEET) continue; // sheet ids differ by host
    expect({ name, values: excelValues(fake, name) }).toEqual({ name, values: xlsxValues(target, name) });
  }
  for (const name of [PLANS, `${PLANS}(2)`]) expect(fake.sheet(name)?.page.rowBreaks.length).toBeLessThanOrEqual(1026);
  // 人才卡片 (box 9 and 8 by default): its page breaks reach Excel through the real Office.js requests too.
  expect(fake.sheet('人才卡片')?.page.rowBreaks.length).toBeGreaterThan(10);

  // A person's own sheet named like a third part is theirs: never deleted.
  fake.seed({ name: `${PLANS}(3)`, rows: [['mine']] });
  shrink(fake, 900);
  const second = await reviewThroughOfficeJs(fake);
  const xlsxSecond = await runReview(new XlsxHost(rosterBook(900)), new XlsxHost(target), OPTIONS);
  expect(xlsxSecond.ok && xlsxSecond.input.engineers.length).toBe(900);
  expect(second.outcome.ok).toBe(true);
  expect(second.office.requests.filter((r) => r.error)).toEqual([]);
  expect(fake.sheet(`${PLANS}(2)`)).toBeUndefined();
  expect(target.getWorksheet(`${PLANS}(2)`)).toBeUndefined();
  expect(fake.valuesOf(`${PLANS}(3)`)).toEqual([['mine']]);
  expect(excelValues(fake, PLANS)).toEqual(xlsxValues(target, PLANS));
}, 180_000);
