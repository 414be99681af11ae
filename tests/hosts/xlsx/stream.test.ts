// The command line streams a new review workbook; the page and re-runs write one in memory. Both must
// give the person the same file: same sheets, cells, looks, merges, table, print setup and opening tab.
import { PassThrough, Writable } from 'stream';
import ExcelJS from 'exceljs';
import { applyPlans, workbookToBytes } from '../../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import { streamPlans } from '../../../src/hosts/xlsx/stream';
import { runReview } from '../../../src/workbook/run';
import { templatePlans } from '../../../src/workbook/template';
import type { SheetPlan } from '../../../src/workbook/plan';
import { conditionalOf } from '../../helpers/workbooks';

async function reviewPlans(engineers: number): Promise<SheetPlan[]> {
  const source = new XlsxHost(new ExcelJS.Workbook());
  const roster = templatePlans('zh-CN', engineers);
  await source.apply(roster);
  const third = String(roster[0].values[3][0]);
  const target = new NewWorkbookTarget();
  const outcome = await runReview(source, target, {
    today: '2026-11-26',
    copyInputs: true,
    plansFor: [third],
    meetingPack: '全部',
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return target.plans;
}

async function streamed(plans: SheetPlan[]): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await streamPlans(plans, out);
  await ended;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return wb;
}

async function inMemory(plans: SheetPlan[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, plans);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(await workbookToBytes(wb)) as unknown as ExcelJS.Buffer);
  return back;
}

/** exceljs keeps tables and frozen splits in fields its typings do not declare on every type. */
function tablesOf(ws: ExcelJS.Worksheet | undefined): Record<string, unknown> {
  return (ws as unknown as { tables?: Record<string, unknown> } | undefined)?.tables ?? {};
}

function frozenOf(ws: ExcelJS.Worksheet): [number?, number?] | undefined {
  const v = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return v?.state === 'frozen' ? [v.xSplit, v.ySplit] : undefined;
}

/** What a person sees of a sheet, cell by cell. */
function look(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { font, fill, numFmt, alignment, border } = cell.style;
      cells.push([r, c, cell.value, font?.bold ?? false, font?.size, font?.name, font?.color?.argb, fill, numFmt, alignment, border?.top?.style, cell.dataValidation?.formulae]);
    });
  });
  const heights: unknown[] = [];
  ws.eachRow((row, r) => row.height && heights.push([r, row.height]));
  return {
    state: ws.state,
    cells,
    heights,
    merges: [...ws.model.merges].sort(),
    widths: (ws.columns ?? []).map((c) => [c.width, c.hidden ?? false]),
    frozen: frozenOf(ws),
    print: [ws.pageSetup.orientation, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight, ws.pageSetup.printTitlesRow],
    header: [ws.headerFooter?.oddHeader, ws.headerFooter?.oddFooter],
    tab: ws.properties.tabColor,
    conditional: conditionalOf(ws).map((cf) => [cf.ref, cf.rules.map((r) => [r.type, (r as { formulae?: unknown }).formulae, r.style])]),
    tables: Object.values(tablesOf(ws)).map((t) => {
      const m = (t as unknown as { table: { name: string; tableRef?: string; ref?: string; columns: { name: string }[] } }).table;
      return [m.name, m.columns.map((c) => c.name)];
    }),
  };
}

describe('streaming a review workbook (the command line)', () => {
  let plans: SheetPlan[];
  let fromStream: ExcelJS.Workbook;
  let fromMemory: ExcelJS.Workbook;

  beforeAll(async () => {
    plans = await reviewPlans(60);
    fromStream = await streamed(plans);
    fromMemory = await inMemory(plans);
  }, 60_000);

  it('writes every sheet in the plans order, the registry very hidden and last, and opens on the grid', () => {
    const names = fromStream.worksheets.map((w) => w.name);
    expect(names).toEqual(plans.map((p) => p.name));
    expect(names).toEqual(fromMemory.worksheets.map((w) => w.name));
    expect(plans.some((p) => p.key?.startsWith('plan:') && names.includes(p.name))).toBe(true);
    expect(plans.some((p) => p.role === 'meetingPack' && names.includes(p.name))).toBe(true);
    expect(fromStream.worksheets[fromStream.worksheets.length - 1].state).toBe('veryHidden');
    const active = fromStream.views[0]?.activeTab ?? -1;
    expect(fromStream.worksheets[active]?.name).toBe('九宫格');
  });

  it('gives every sheet the same cells, looks, merges, widths, print setup and table as the in-memory workbook', () => {
    for (const plan of plans) {
      const a = fromStream.getWorksheet(plan.name);
      const b = fromMemory.getWorksheet(plan.name);
      if (!a || !b) throw new Error(`missing ${plan.name}`);
      expect([plan.name, look(a)]).toEqual([plan.name, look(b)]);
    }
    // The comparison is not of two empty things.
    const planSheet = look(fromStream.getWorksheet('个人发展计划') as ExcelJS.Worksheet) as { cells: unknown[]; header: unknown[]; heights: unknown[] };
    expect(planSheet.cells.length).toBeGreaterThan(1000);
    expect(planSheet.heights.length).toBeGreaterThan(100);
    expect(String(planSheet.header[0])).toMatch(/^&C/u);
  });

  it('keeps the tables that sort and filter, and text that looks like a formula stays text', () => {
    for (const [sheet, table] of [['盘点结果', 'ReviewResults'], ['能力差距', 'Gaps'], ['培育库', 'CultivationPool'], ['导师结对', 'Mentoring'], ['数据检查', 'DataCheck']]) {
      expect([sheet, Object.keys(tablesOf(fromStream.getWorksheet(sheet)))]).toEqual([sheet, [table]]);
    }
    // The gap colours are rules a person's edit re-evaluates: 5 severities × 5 gap columns, read back as written.
    const gaps = conditionalOf(fromStream.getWorksheet('能力差距'));
    expect(gaps).toHaveLength(25);
    expect(gaps[0].ref).toBe('H4:H63');
    expect(gaps[0].rules[0]).toEqual(expect.objectContaining({ type: 'expression', formulae: ['AND(ISNUMBER(H4),H4>=1.5)'] }));
    const plansSheet = fromStream.getWorksheet('个人发展计划');
    // One merge a plan (its notes cell): the plan page is laid out in plain cells.
    expect(plansSheet?.model.merges.length).toBeGreaterThanOrEqual(60);
    let formulas = 0;
    for (const ws of fromStream.worksheets) ws.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Formula && formulas++));
    expect(formulas).toBe(0);
  });

  it('refuses a plan whose merges overlap instead of writing a file Excel would repair', async () => {
    const bad: SheetPlan = { ...plans[0], name: 'x', table: undefined, merges: ['A1:B2', 'B2:C3'] };
    await expect(streamPlans([bad], new PassThrough())).rejects.toThrow(/overlaps/u);
  });
});

describe('the writers guard Excel’s limits, and a failing output ends the write (issue 14)', () => {
  const sheet = (over: Partial<SheetPlan>): SheetPlan => ({
    role: 'results', name: 'x', lang: 'zh-CN', visibility: 'visible', values: [], columnWidths: [], numberFormats: [], styles: [], merges: [], ...over,
  });

  it('rejects with the output’s error (a full disk) instead of waiting for the zip forever', async () => {
    // An output that takes 16 KB and then fails as a full disk does; the sheet is many times that.
    let taken = 0;
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        taken += chunk.length;
        done(taken > 16384 ? Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) : undefined);
      },
    });
    const rows = Array.from({ length: 6000 }, (_, i) => [`E${i}`, `工程师${i}`, i * 1.37, `${i}`.repeat(20)]);
    await expect(streamPlans([sheet({ values: rows })], out)).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('writes text cleaned and cut, and a number that is not finite as an empty cell, whatever the plan holds', async () => {
    const wb = await streamed([sheet({ values: [['a\uFFFEb', NaN, Infinity, 'x'.repeat(40000), 3]] })]);
    const row = wb.getWorksheet('x')!.getRow(1);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, String(row.getCell(4).value).length, row.getCell(5).value]).toEqual(['ab', null, null, 32767, 3]);
  });

  it('refuses a sheet name Excel refuses, two names Excel takes for one, and more page breaks than Excel allows', async () => {
    await expect(streamPlans([sheet({ name: "Manager'" })], new PassThrough())).rejects.toThrow(/Not a sheet name/u);
    await expect(streamPlans([sheet({ name: 'Plans' }), sheet({ name: 'PLANS' })], new PassThrough())).rejects.toThrow(/Two sheets named/u);
    const breaks = Array.from({ length: 1027 }, (_, i) => i + 1);
    const print = { orientation: 'portrait' as const, fitToWidth: 1 as const, header: '', footer: '', rowBreaks: breaks };
    await expect(streamPlans([sheet({ print })], new PassThrough())).rejects.toThrow(/1027 page breaks/u);
    const wb = new ExcelJS.Workbook();
    expect(() => applyPlans(wb, [sheet({ name: 'History' })])).toThrow(/Not a sheet name/u);
  });
});
