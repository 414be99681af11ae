// 盘点总览's chart in Excel: made through the real Office.js client library (charts.add over the sheet's own
// block, then title, position, colours, legend and axis format) on the recording fake, which refuses what
// Excel refuses; and the same picture of the same numbers as the chart part the xlsx host writes.
import ExcelJS from 'exceljs';
import { applyPlans, workbookToBytes } from '../../../src/hosts/xlsx/apply';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { runReview, type RunOutcome } from '../../../src/workbook/run';
import type { SheetPlan } from '../../../src/workbook/plan';
import { fakeChartPictures, xlsxChartPictures } from '../chartPicture';
import { createFakeExcel, FakeExcelError, type FakeExcel } from './fakeExcel';
import type { OfficeJsExcel } from './officeJs';
import { fakeWithRoster, reviewOnFake, ROSTER } from './review';
import { reviewThroughOfficeJs } from './reviewOfficeJs';
import { rosterBook } from './rosterBook';

const OVERVIEW = '盘点总览';
const ENGINEERS = 40;
let fake: FakeExcel;
let office: OfficeJsExcel;
let outcome: RunOutcome;

beforeAll(async () => {
  fake = fakeWithRoster(ENGINEERS);
  ({ outcome, office } = await reviewThroughOfficeJs(fake));
}, 60_000);

function overviewPlan(o: RunOutcome): SheetPlan {
  if (!o.ok) throw new Error('the review failed');
  const plan = o.plans.find((p) => p.role === 'overview');
  if (!plan) throw new Error('no overview');
  return plan;
}

test('through Office.js: 盘点总览 is the first output sheet and has its chart, with no request refused', () => {
  expect(outcome.ok).toBe(true);
  expect(office.requests.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  expect(fake.workbook.sheets.map((s) => s.name).filter((n) => n !== ROSTER)[0]).toBe(OVERVIEW);
  expect(fake.sheet(OVERVIEW)?.charts).toHaveLength(1);
});

test('the chart is the plan’s: series named by the block’s first row, the boxes as categories, the cells’ numbers', () => {
  const plan = overviewPlan(outcome);
  const [spec] = plan.charts ?? [];
  const [picture] = fakeChartPictures(fake, OVERVIEW);
  expect(picture).toEqual(
    expect.objectContaining({ title: spec.title, from: spec.from, to: spec.to, valueFormat: '0%', legend: 'bottom', fontSize: spec.fontSize }),
  );
  expect(picture.series.map((s) => [s.name, s.color])).toEqual(spec.series.map((s) => [s.name, s.color]));
  expect(picture.series[0].categories).toEqual(['9 超级明星', '8 潜力之星', '7 待发展者', '6 绩效之星', '5 中坚力量', '4 待改进者', '3 熟练员工', '2 基本胜任', '1 需重点改进']);
  // The shares add up to the whole, the guidance to its 100%.
  expect(picture.series[0].values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  expect(picture.series[1].values).toEqual([0.05, 0.1, 0.1, 0.1, 0.3, 0.1, 0.1, 0.1, 0.05]);
  const sheet = fake.sheet(OVERVIEW);
  expect(sheet?.charts[0].titleSize).toBe(spec.fontSize + 2);
  expect(sheet?.charts[0].valueAxis.minimum).toBe(0);
});

test('the xlsx host draws the same picture of the same numbers', async () => {
  const target = new NewWorkbookTarget();
  const xlsx = await runReview(new XlsxHost(rosterBook(ENGINEERS)), target, { today: '2026-01-15', copyInputs: false, now: () => new Date('2026-01-15T09:00:00Z') });
  // The overview sheet alone, as the xlsx host writes it (the other sheets hold no chart).
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, [overviewPlan(xlsx)]);
  const pictures = await xlsxChartPictures(await workbookToBytes(wb), OVERVIEW);
  expect(pictures).toEqual(fakeChartPictures(fake, OVERVIEW));
});

test('a re-run on the pane’s host replaces the sheet and its chart: one chart, not two', async () => {
  const again = await reviewOnFake(fake);
  expect(again.ok).toBe(true);
  expect(fake.sheet(OVERVIEW)?.charts).toHaveLength(1);
  expect(fake.workbook.sheets.filter((s) => s.name.startsWith(OVERVIEW))).toHaveLength(1);
});

describe('the fake refuses what Excel refuses', () => {
  async function onSheet(batch: (ws: Excel.Worksheet) => void): Promise<unknown> {
    const f = createFakeExcel([{ name: 'S', rows: [[null, 'a', 'b'], ['x', 1, 2], ['y', 3, 4]] }]);
    try {
      await f.run(async (context) => {
        batch(context.workbook.worksheets.getItem('S'));
        await context.sync();
      });
      return f.sheet('S')?.charts;
    } catch (e) {
      return e instanceof FakeExcelError ? e.code : e;
    }
  }

  test('a block with an empty top-left cell: series named by its first row, categories from its first column', async () => {
    const charts = (await onSheet((ws) => ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns'))) as { series: { name: string }[] }[];
    expect(charts[0].series.map((s) => s.name)).toEqual(['a', 'b']);
  });

  test.each([
    ['a chart type Excel does not have', (ws: Excel.Worksheet) => ws.charts.add('ColumnCluster' as Excel.ChartType, ws.getRange('A1:C3'))],
    ['a series past the last', (ws: Excel.Worksheet) => ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).series.getItemAt(2)],
    ['a colour that is not #RRGGBB', (ws: Excel.Worksheet) => ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).series.getItemAt(0).format.fill.setSolidColor('#12345')],
    ['a position that is not a cell', (ws: Excel.Worksheet) => ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).setPosition('Z0')],
    ['a font size of 0', (ws: Excel.Worksheet) => (ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).format.font.size = 0)],
    ['a legend position Excel does not have', (ws: Excel.Worksheet) => (ws.charts.add('ColumnClustered', ws.getRange('A1:C3')).legend.position = 'Middle' as Excel.ChartLegendPosition)],
  ])('%s', async (_, batch) => {
    expect(await onSheet(batch)).toBe('InvalidArgument');
  });
});
