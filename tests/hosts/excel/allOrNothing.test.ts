// All or nothing, through the real Office.js client library (officeJs.ts): every request of a run fails in
// turn (refused, or done with its answer lost), then every action of the swap request (Excel keeps the actions
// before a failing one), for a first run and a re-run; the workbook must be as it was, or — when the failure
// came after the swap had deleted an old sheet — whole, never half. Calculation is always back on.
import type { RunOutcome } from '../../../src/workbook/run';
import type { FakeExcel } from './fakeExcel';
import { viaOfficeJs, type Failure } from './officeJs';
import { fakeWithRoster, ROSTER } from './review';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

/** Engineers of the workbooks failed here: small, as each case reviews twice for every request or action. */
const ENGINEERS = 12;

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
  return (await reviewThroughOfficeJs(fake, office)).outcome;
}

/** A workbook before a run: a roster only, or one reviewed once with a note typed into a plan. */
async function before(kind: 'first' | 'rerun', engineers = ENGINEERS): Promise<FakeExcel> {
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
      expect(fake.valuesOf(ROSTER).length).toBe(ENGINEERS + 1);
    }
  }, 180_000);
});

describe.each(['first', 'rerun'] as const)('a %s run whose swap fails at any one of its actions', (kind) => {
  test('leaves the workbook as it was, or completes the review — never half', async () => {
    const fake = await before(kind);
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
      const again = await before(kind);
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

