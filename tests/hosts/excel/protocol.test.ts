// The Excel host against Excel's real protocol: whole reviews through the Office.js client library
// (officeJs.ts), every request measured as Office.js serializes it, and Excel's limits asserted on what it
// sends — not on what our fake would have counted. Then all or nothing: a failure at each request in turn.
import { MAX_PAGE_BREAKS, MAX_ROW_HEIGHT } from '../../../src/hosts/excel/structure';
import { ExcelHost } from '../../../src/hosts/excel/host';
import { runReview, type RunOutcome } from '../../../src/workbook/run';
import { EXCEL_LIMITS, type FakeExcel } from './fakeExcel';
import { viaOfficeJs, type OfficeJsExcel, type Failure } from './officeJs';
import { fakeWithRoster, ROSTER } from './review';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

const MB4 = 4_000_000;

interface Measured {
  fake: FakeExcel;
  office: OfficeJsExcel;
  outcome: RunOutcome;
  host: ExcelHost;
}

const SIZES = [100, 300, 1200, 2000, 10000] as const;
const runs = new Map<number, Measured>();

beforeAll(async () => {
  for (const n of SIZES) {
    const fake = fakeWithRoster(n);
    runs.set(n, { fake, ...(await reviewThroughOfficeJs(fake)) });
  }
}, 240_000);

const run = (n: number): Measured => runs.get(n) as Measured;
const totalBytes = (m: Measured): number => m.office.requests.reduce((s, r) => s + r.bytes + r.responseBytes, 0);

describe.each(SIZES)('a review of %i engineers through Office.js', (n) => {
  test('succeeds, with no request refused', () => {
    const m = run(n);
    expect(m.outcome.ok).toBe(true);
    expect(m.office.requests.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  });

  test('every request and every response is under 4 MB as Office.js serializes it', () => {
    for (const r of run(n).office.requests) {
      expect(r.bytes).toBeLessThan(MB4);
      expect(r.responseBytes).toBeLessThan(MB4);
    }
  });

  test('no address reaches Excel’s 8,192 characters', () => {
    for (const r of run(n).office.requests) expect(r.longestAddress).toBeLessThanOrEqual(EXCEL_LIMITS.addressChars);
  });

  test('no sheet has more than 1,026 page breaks, no row is taller than 409 pt', () => {
    for (const s of run(n).fake.workbook.sheets) {
      expect(s.page.rowBreaks.length).toBeLessThanOrEqual(MAX_PAGE_BREAKS);
      for (const h of s.rowHeights.values()) expect(h).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    }
  });

  test('syncs ≤ ⌈real bytes / 4 MB⌉ + 14', () => {
    const m = run(n);
    expect(m.office.requests.length).toBeLessThanOrEqual(Math.ceil(totalBytes(m) / MB4) + 14);
  });

  test('the byte model never counts less than Office.js sends, nor much more', () => {
    const m = run(n);
    const model = m.host.ledger.lastRequests;
    // The apply is the run of most requests: what exists, the new sheets, then the data requests.
    const perRun = new Map<number, number[]>();
    for (const r of m.office.requests) perRun.set(r.run, [...(perRun.get(r.run) ?? []), r.bytes]);
    const apply = [...perRun.values()].reduce((a, b) => (b.length > a.length ? b : a));
    const real = apply.slice(2, 2 + model.length);
    expect(real).toHaveLength(model.length);
    model.forEach((estimate, i) => {
      expect(estimate).toBeGreaterThanOrEqual(real[i]);
      expect(estimate).toBeLessThanOrEqual(real[i] * 1.5 + 20_000);
    });
  });
});

test('the people’s-cell key column is hidden in Excel, as in the file hosts', () => {
  const m = run(100);
  if (!m.outcome.ok) throw new Error('review failed');
  const hiding = m.outcome.plans.filter((p) => (p.hiddenColumns ?? []).length > 0);
  expect(hiding.length).toBeGreaterThan(0);
  for (const p of hiding) expect([...(m.fake.sheet(p.name)?.hiddenColumns ?? [])].sort()).toEqual([...(p.hiddenColumns ?? [])].sort());
});

// Issue 12 aims at 2.0; measured 2.95 after untracking ranges and grouping row heights (it was 5.4). What is
// left is mostly the plans sheet's merges (about 13 operations an engineer, ~250 bytes each): see the note.
test('at 10,000 engineers the requests carry at most three times the bytes of the cell values written', () => {
  const m = run(10000);
  const sent = m.office.requests.reduce((s, r) => s + r.bytes, 0);
  const values = m.office.requests.reduce((s, r) => s + r.valueBytes, 0);
  expect(sent / values).toBeLessThanOrEqual(3.0);
});

// ---- all or nothing ----

/** Everything a person could see in the workbook: sheets in order, their cells, formats, merges, tables, settings. */
function snapshot(fake: FakeExcel): string {
  const sheets = fake.workbook.sheets.map((s) => ({
    name: s.name,
    id: s.id,
    visibility: s.visibility,
    tabColor: s.tabColor,
    cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
    merges: [...s.merges].sort(),
    widths: [...s.columnWidths.entries()],
    heights: [...s.rowHeights.entries()],
    hiddenColumns: [...s.hiddenColumns],
    freeze: s.freeze,
    validations: s.validations,
    tables: s.tables,
    page: s.page,
    font: s.font,
    styles: s.styles.length,
  }));
  return JSON.stringify({ sheets, calculationMode: fake.workbook.calculationMode, active: fake.workbook.active });
}

async function review(fake: FakeExcel, office = viaOfficeJs(fake)): Promise<RunOutcome> {
  const host = new ExcelHost(office.run);
  return runReview(host, host, { today: '2026-01-15', copyInputs: false, now: () => new Date('2026-01-15T09:00:00Z') });
}

/** A workbook before a run: a roster only, or one reviewed once with a note typed into a plan. */
async function before(kind: 'first' | 'rerun', engineers = 60): Promise<FakeExcel> {
  const fake = fakeWithRoster(engineers);
  if (kind === 'rerun') {
    await review(fake);
    const plans = fake.workbook.sheets.find((s) => s.name === '个人发展计划');
    const cell = [...(plans?.cells.values() ?? [])].find((c) => c.value === '备注');
    if (!cell) throw new Error('no notes row in the plans sheet');
    fake.seed({ name: 'Notes', rows: [['typed by a person']] });
  }
  return fake;
}

describe.each(['first', 'rerun'] as const)('a %s run that fails at any request', (kind) => {
  let requests = 0;
  let after = '';
  beforeAll(async () => {
    const fake = await before(kind);
    const office = viaOfficeJs(fake);
    expect((await review(fake, office)).ok).toBe(true);
    requests = office.requests.length;
    after = snapshot(fake);
  }, 60_000);

  test.each(['refused', 'lost'] as Failure[])('(%s) leaves the workbook exactly as it was — or, failing after the swap, whole', async (how) => {
    expect(requests).toBeGreaterThan(4);
    for (let k = 1; k <= requests; k++) {
      const fake = await before(kind);
      const was = snapshot(fake);
      const office = viaOfficeJs(fake);
      office.failRequest(k, how);
      const failed = await review(fake, office).then(
        () => false,
        () => true,
      );
      const now = snapshot(fake);
      // Excel.run ignores a failure of its own last request (releasing the ranges it kept): the run succeeds
      // and its workbook is whole. A failed run leaves the workbook as it was — unless the answer to the
      // swap itself was lost, when Excel did it all and the review is whole.
      if (!failed) expect(now === after).toBe(true);
      else if (how === 'refused') expect(now === was).toBe(true);
      else expect(now === was || now === after).toBe(true);
      expect(fake.valuesOf(ROSTER).length).toBe(61);
    }
  }, 180_000);
});

describe.each(['first', 'rerun'] as const)('a %s run whose swap fails at any one of its actions', (kind) => {
  test('leaves the workbook as it was, or completes the review — never half', async () => {
    const fake = await before(kind, 12);
    const office = viaOfficeJs(fake);
    expect((await review(fake, office)).ok).toBe(true);
    const after = snapshot(fake);
    // The swap renames every sheet it writes (sync 2 sets only font names).
    const most = Math.max(...office.requests.map((r) => r.renames));
    const swapAt = office.requests.map((r, i) => ({ r, i })).filter(({ r }) => r.renames === most).map(({ i }) => i + 1);
    expect(swapAt).toHaveLength(1);
    const actions = office.requests[swapAt[0] - 1].actions;
    if (kind === 'rerun') expect(office.requests[swapAt[0] - 1].deletes).toBeGreaterThan(0);
    for (let j = 0; j < actions; j++) {
      const again = await before(kind, 12);
      const was = snapshot(again);
      const failing = viaOfficeJs(again);
      failing.failRequest(swapAt[0], { action: j });
      await expect(review(again, failing)).rejects.toThrow();
      const now = snapshot(again);
      expect({ j, outcome: now === was ? 'as before' : now === after ? 'whole' : 'half' }).not.toEqual({ j, outcome: 'half' });
      expect(again.workbook.calculationMode).toBe('Automatic');
    }
  }, 180_000);
});

test('a defined name that is also the table’s name does not break the swap: the table takes another name', async () => {
  const fake = fakeWithRoster(30);
  fake.workbook.names.push('ReviewResults', 'ReviewResults_2');
  const office = viaOfficeJs(fake);
  const outcome = await review(fake, office);
  expect(outcome.ok).toBe(true);
  const plan = outcome.ok ? outcome.plans.find((p) => p.table) : undefined;
  expect(plan?.table?.name).toBeDefined();
  const table = fake.sheet(plan?.name ?? '')?.tables[0];
  expect(table?.name.toLowerCase()).not.toBe('reviewresults');
  expect(fake.workbook.names).not.toContain(table?.name);
});

