// Charts in the files written outside Excel (chartPart.ts, charts.ts, stream.ts): the streaming writer (the
// command line) and the in-memory one (the page, re-runs, the demo) write the same chart, a package Excel opens
// without repair — every part with its content type and relationship, the sheet's <drawing> where the schema
// puts it, well-formed XML — and a chart's formulas name the sheet as Excel writes a name with quotes in it.
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import { applyPlans, workbookToBytes } from '../../../src/hosts/xlsx/apply';
import { sheetRef } from '../../../src/hosts/xlsx/chartPart';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import { streamPlans } from '../../../src/hosts/xlsx/stream';
import { zipParts } from '../../../src/hosts/xlsx/zipParts';
import { runReview } from '../../../src/workbook/run';
import type { SheetPlan } from '../../../src/workbook/plan';
import { templatePlans } from '../../../src/workbook/template';
import { partText, xlsxChartPictures, xmlDoc } from '../chartPicture';

let plans: SheetPlan[];

beforeAll(async () => {
  const source = new XlsxHost(new ExcelJS.Workbook());
  await source.apply(templatePlans('zh-CN', 20));
  const target = new NewWorkbookTarget();
  const outcome = await runReview(source, target, { today: '2026-11-26', copyInputs: true, now: () => new Date('2026-11-26T09:00:00Z') });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  // The overview and one other sheet: what the chart parts touch (the rest of a review workbook is exceljs's own).
  plans = target.plans.filter((p) => p.role === 'overview' || p.role === 'check');
}, 60_000);

async function streamedBytes(p: readonly SheetPlan[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await streamPlans(p, out);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

async function memoryBytes(p: readonly SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, p);
  return workbookToBytes(wb);
}

const overview = (): SheetPlan => plans.find((p) => p.role === 'overview') as SheetPlan;

/** Every part of the package is declared in [Content_Types].xml, and every XML part is well-formed. */
function checkPackage(bytes: Uint8Array): string[] {
  const parts = zipParts(bytes) ?? [];
  const types = xmlDoc(partText(bytes, parts, '[Content_Types].xml') ?? '');
  const defaults = new Set(Array.from(types.getElementsByTagName('Default')).map((d) => d.getAttribute('Extension')));
  const overrides = new Set(Array.from(types.getElementsByTagName('Override')).map((o) => (o.getAttribute('PartName') ?? '').slice(1)));
  const names = parts.filter((p) => !p.name.endsWith('/')).map((p) => p.name);
  for (const name of names) {
    expect({ name, declared: overrides.has(name) || defaults.has(name.slice(name.lastIndexOf('.') + 1)) }).toEqual({ name, declared: true });
    if (/\.(xml|rels)$/u.test(name) && !name.startsWith('xl/sharedStrings') && !name.startsWith('xl/styles')) xmlDoc(partText(bytes, parts, name) ?? '');
  }
  for (const o of overrides) expect({ override: o, present: names.includes(o) }).toEqual({ override: o, present: true });
  return names;
}

describe.each([
  ['streamed (the command line)', streamedBytes],
  ['in memory (the page)', memoryBytes],
])('%s', (_, write) => {
  test('one chart part and one drawing, each declared, every part well-formed', async () => {
    const names = checkPackage(await write(plans));
    expect(names.filter((n) => n.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml']);
    expect(names.filter((n) => /^xl\/drawings\/[^/]+\.xml$/u.test(n))).toEqual(['xl/drawings/chartDrawing1.xml']);
  });

  test('the chart shows the overview’s own cells: the plan’s series, categories and numbers', async () => {
    const [picture] = await xlsxChartPictures(await write(plans), overview().name);
    const [spec] = overview().charts ?? [];
    expect(picture.title).toBe(spec.title);
    expect([picture.from, picture.to]).toEqual([spec.from, spec.to]);
    expect(picture.series.map((s) => [s.name, s.color])).toEqual(spec.series.map((s) => [s.name, s.color]));
    expect(picture.series[1].values).toEqual([0.05, 0.1, 0.1, 0.1, 0.3, 0.1, 0.1, 0.1, 0.05]);
  });

  test('a sheet with a table and a chart: <drawing> after the header and footer, before <tableParts>', async () => {
    // A table over the distribution's columns B–E (their header row is text; the block's empty corner is left out).
    const [spec] = overview().charts ?? [];
    const [, head, last] = /^A(\d+):C(\d+)$/u.exec(spec.source) ?? [];
    const own: SheetPlan = { ...overview(), name: "O'Brien 的总览", table: { name: 'Distribution', range: `B${head}:E${last}`, style: 'TableStyleLight9' } };
    const bytes = await write([own]);
    checkPackage(bytes);
    const parts = zipParts(bytes) ?? [];
    const sheet = partText(bytes, parts, 'xl/worksheets/sheet1.xml') ?? '';
    const at = (tag: string): number => sheet.indexOf(`<${tag}`);
    expect(at('headerFooter')).toBeGreaterThan(0);
    expect(at('drawing')).toBeGreaterThan(at('headerFooter'));
    expect(at('tableParts')).toBeGreaterThan(at('drawing'));
    const [picture] = await xlsxChartPictures(bytes, "O'Brien 的总览");
    expect(picture.series).toHaveLength(2);
  });
});

test('the streamed and the in-memory file draw the same picture', async () => {
  const name = overview().name;
  expect(await xlsxChartPictures(await streamedBytes(plans), name)).toEqual(await xlsxChartPictures(await memoryBytes(plans), name));
});

test('a sheet written again takes its chart with it: the file has one chart, not two', async () => {
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, plans);
  applyPlans(wb, [overview()]);
  const names = (zipParts(await workbookToBytes(wb)) ?? []).map((p) => p.name);
  expect(names.filter((n) => /^xl\/charts\/.+\.xml$/u.test(n))).toHaveLength(1);
});

test('a workbook without charts is written as exceljs writes it', async () => {
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, plans.filter((p) => p.role !== 'overview'));
  const names = (zipParts(await workbookToBytes(wb)) ?? []).map((p) => p.name);
  expect(names.some((n) => n.includes('chart'))).toBe(false);
  // And exceljs's own writer is itself again after a write with charts.
  expect(Object.prototype.hasOwnProperty.call(wb.xlsx, 'addWorksheets')).toBe(false);
});

test.each([
  ['盘点总览', 'B2:B10', "'盘点总览'!$B$2:$B$10"],
  ["O'Brien", 'A1', "'O''Brien'!$A$1"],
  ['Overview', 'AA100:AB101', "'Overview'!$AA$100:$AB$101"],
])('%s %s is referred to as %s', (sheet, range, ref) => {
  expect(sheetRef(sheet, range)).toBe(ref);
});

