// Property 1 — determinism: the same roster, the same history of edits and typed notes, the same `today`
// and clock give byte-for-byte the same SheetPlans on every run, and the same cells in the review workbook
// after a round trip through .xlsx bytes.
import fc from 'fast-check';
import type { SheetPlan } from '../../src/workbook/plan';
import type { RunOutcome } from '../../src/workbook/run';
import { params, XLSX_SHARE, scenarioArb, type Scenario } from './arbitraries';
import { comparable, type Flavour } from './harness';
import { play } from './play';

/**
 * The registry plan without the host's ids of the sheets (the in-memory host numbers the sheets it makes
 * across the whole process, so two workbooks built alike get different ids; they are not input).
 */
function withoutSheetIds(plan: SheetPlan): SheetPlan {
  if (plan.role !== 'registry') return plan;
  const col = (plan.values[0] ?? []).indexOf('sheetId');
  return col < 0 ? plan : { ...plan, values: plan.values.map((r) => r.filter((_, c) => c !== col)) };
}

/** Every run's plans and problems, as JSON text. */
async function record(flavour: Flavour, scenario: Scenario): Promise<{ runs: string[]; final: string }> {
  const runs: string[] = [];
  const played = await play(flavour, scenario, {
    onRun: (out: RunOutcome) => {
      runs.push(out.ok ? JSON.stringify({ plans: out.plans.map(withoutSheetIds), problems: out.problems }) : JSON.stringify(out));
    },
  });
  const snap = await played.bench.snapshot();
  return { runs, final: JSON.stringify(comparable(snap, ['sheetId'])) };
}

describe('the same input gives the same output', () => {
  it('plans, byte for byte, run after run (in one workbook, as in Excel)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(3), async (scenario) => {
        const a = await record('memory', scenario);
        const b = await record('memory', scenario);
        expect(b.runs.length).toBe(a.runs.length);
        b.runs.forEach((run, i) => expect({ run: i, same: run === a.runs[i] }).toEqual({ run: i, same: true }));
        expect(b.final === a.final).toBe(true);
      }),
      params(1),
    );
  });

  it('plans, and every cell of the review workbook after a round trip through .xlsx (as the command line)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(1, 12), async (scenario) => {
        const a = await record('xlsx', scenario);
        const b = await record('xlsx', scenario);
        expect(b.runs).toEqual(a.runs);
        expect(b.final).toEqual(a.final);
      }),
      params(XLSX_SHARE),
    );
  });
});
