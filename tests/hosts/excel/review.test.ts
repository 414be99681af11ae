// A whole review through ExcelHost on the recording fake, as the pane runs it inside Excel.
import type { RunOutcome } from '../../../src/workbook/run';
import { sheetName } from '../../../src/workbook/write/text';
import { withSheetIds } from '../../../src/workbook/write/registry';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';
import type { FakeExcel, FakeValue, SeedCell } from './fakeExcel';
import { fakeWithRoster, reviewOnFake, ROSTER, rosterRows } from './review';

const LIMIT = 4_000_000;
const HYPERLINK = '=HYPERLINK("http://x","y")';

interface Measured {
  fake: FakeExcel;
  outcome: RunOutcome;
  rosterBefore: FakeValue[][];
}

async function measured(engineers: number, rows?: SeedCell[][]): Promise<Measured> {
  const fake = fakeWithRoster(engineers, rows);
  const rosterBefore = fake.valuesOf(ROSTER);
  const outcome = await reviewOnFake(fake);
  return { fake, outcome, rosterBefore };
}

function plansOf(m: Measured) {
  if (!m.outcome.ok) throw new Error(m.outcome.fatal.message.en);
  return m.outcome.plans;
}

const runs = new Map<number, Measured>();
beforeAll(async () => {
  // 10,000 engineers write ~65 MB through the fake: slow, so the whole file shares one run of each size
  // (tests/hosts/excel/protocol.test.ts measures the real requests of such sizes).
  // One name in the roster looks like a formula; it must arrive as text.
  const rows = rosterRows(100);
  rows[5][1] = HYPERLINK;
  runs.set(100, await measured(100, rows));
  runs.set(10000, await measured(10000));
}, 300_000);

const small = (): Measured => runs.get(100) as Measured;
const large = (): Measured => runs.get(10000) as Measured;

describe('sync budget: syncs = a constant + ⌈bytes / 4 MB⌉', () => {
  test('both reviews succeed and read every engineer', () => {
    const engineers = (m: Measured): number => (m.outcome.ok ? m.outcome.input.engineers.length : 0);
    expect(engineers(small())).toBe(100);
    expect(engineers(large())).toBe(10000);
  });

  test('no request or response reaches 4,000,000 bytes', () => {
    for (const m of [small(), large()]) {
      expect(m.fake.stats.maxRequestBytes).toBeLessThan(LIMIT);
      expect(m.fake.stats.maxResponseBytes).toBeLessThan(LIMIT);
    }
  });

  test('the 10,000 roster is read in several chunks and written in several, not row by row', () => {
    const s = large().fake.stats;
    const reads = s.perSync.filter((x) => x.responsePayload > 0).length;
    const writes = s.perSync.filter((x) => x.requestPayload > 0).length;
    expect(reads).toBeGreaterThan(1);
    expect(writes).toBeGreaterThan(1);
    expect(s.syncs).toBeLessThan(100);
  });

  test('one Excel.run writes everything, with calculation manual meanwhile and restored after', () => {
    const m = small();
    expect(m.fake.workbook.calculationModeHistory).toEqual(['Manual', 'Automatic']);
    expect(m.fake.workbook.calculationMode).toBe('Automatic');
    expect(m.fake.stats.screenSuspensions).toBeGreaterThan(0);
  });
});

describe('what reaches the workbook', () => {
  test('the roster is never written: its cells are identical and no operation touched it', () => {
    for (const m of [small(), large()]) {
      expect(m.fake.valuesOf(ROSTER)).toEqual(m.rosterBefore);
      expect(m.fake.sheet(ROSTER)?.writes).toEqual([]);
    }
  });

  test('a name like =HYPERLINK(…) arrives as text, formatted @, never as a formula', () => {
    const ws = small().fake.sheet(sheetName('results', 'zh-CN'));
    const cells = [...(ws?.cells.values() ?? [])].filter((c) => c.value === HYPERLINK || c.formula !== undefined);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect({ value: c.value, formula: c.formula, format: c.numberFormat }).toEqual({ value: HYPERLINK, formula: undefined, format: '@' });
    const anyFormula = small().fake.workbook.sheets.some((s) => [...s.cells.values()].some((c) => c.formula !== undefined));
    expect(anyFormula).toBe(false);
  });

  test('fills are set per style group through RangeAreas, not per range: one call per group and address piece of at most 8,000 characters', () => {
    for (const m of [small(), large()]) {
      const filled = plansOf(m).flatMap((p) => p.styles.filter((g) => g.style.fill));
      const ranges = filled.reduce((n, g) => n + g.ranges.length, 0);
      const addressBytes = filled.reduce((n, g) => n + g.ranges.join(',').length, 0);
      const calls = m.fake.stats.formatCallsByProperty['fill.color'];
      expect(calls).toBeGreaterThanOrEqual(filled.length);
      expect(calls).toBeLessThanOrEqual(filled.length + Math.ceil(addressBytes / 7_000));
      if (m === large()) expect(calls * 100).toBeLessThan(ranges);
    }
    // 100 engineers: every group's addresses fit one RangeAreas, so exactly one call per group.
    const groups = plansOf(small()).reduce((n, p) => n + p.styles.filter((g) => g.style.fill).length, 0);
    expect(small().fake.stats.formatCallsByProperty['fill.color']).toBe(groups);
  });

  test('output sheets in the plans order, results as an Excel table, the grid shown, the registry very hidden', () => {
    const m = small();
    const plans = plansOf(m);
    expect(m.fake.workbook.sheets.map((s) => s.name)).toEqual([ROSTER, ...plans.map((p) => p.name)]);
    const results = plans.find((p) => p.role === 'results');
    const table = m.fake.sheet(results?.name ?? '')?.tables[0];
    expect(table).toEqual({ name: results?.table?.name, range: results?.table?.range, style: results?.table?.style });
    expect(m.fake.workbook.active).toBe(plans.find((p) => p.activate)?.name);
    expect(m.fake.sheet(REGISTRY_SHEET)?.visibility).toBe('VeryHidden');
    // The registry as planned, with the id Excel gave each sheet it records.
    const registry = plans.find((p) => p.role === 'registry');
    expect(registry).toBeDefined();
    const ids = withSheetIds(registry!, (name) => m.fake.sheet(name)?.id);
    expect(m.fake.valuesOf(REGISTRY_SHEET)).toEqual(ids.values);
    expect(new Set(m.fake.workbook.sheets.filter((s) => s.name !== ROSTER && s.name !== REGISTRY_SHEET).map((s) => s.id))).toEqual(
      new Set(ids.values.slice(1).map((r) => r[6])),
    );
  });

  test('sheet settings follow the plan: widths, freeze panes, print setup, tab colour, font', () => {
    const m = small();
    const plan = plansOf(m).find((p) => p.role === 'results');
    const ws = m.fake.sheet(plan?.name ?? '');
    expect(ws?.freeze).toEqual({ rows: plan?.freeze?.rows, cols: plan?.freeze?.cols });
    expect(ws?.columnWidths.size).toBe(plan?.columnWidths.length);
    expect(ws?.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', titleRows: '$1:$1', centerHeader: plan?.print?.header });
    expect(ws?.tabColor).toBe(plan?.tabColor);
    expect(ws?.font).toEqual({ name: plan?.font, size: 10 });
  });
});

describe('a second run', () => {
  test('replaces the output sheets in place, without duplicates, and leaves the roster alone', async () => {
    const fake = fakeWithRoster(100);
    await reviewOnFake(fake);
    const first = fake.workbook.sheets.map((s) => s.name);
    // A person's sheet after the outputs stays; replaced sheets keep their places, the registry goes last.
    fake.seed({ name: 'Notes', rows: [['mine']] });
    const outcome = await reviewOnFake(fake);
    expect(outcome.ok).toBe(true);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([...first.filter((n) => n !== REGISTRY_SHEET), 'Notes', REGISTRY_SHEET]);
    expect(new Set(first).size).toBe(first.length);
    expect(fake.sheet('Notes')?.writes).toEqual([]);
    expect(fake.sheet(ROSTER)?.writes).toEqual([]);
    expect(fake.workbook.sheets.filter((s) => s.visibility === 'VeryHidden').map((s) => s.name)).toEqual([REGISTRY_SHEET]);
  });
});
