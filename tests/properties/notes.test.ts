// Property 4 — no typed note lost: whatever a person types into the people's cells of the output sheets
// (个人发展计划 owner, due, status, notes and sign-off; 导师结对 lifecycle; 盘点汇总 sign-off), through random
// roster edits, calibration rows added by hand and re-runs (in either language), is still there after every
// run: on the same engineer's row while that row is written, otherwise in the sheet's archive rows. And the
// calibration log only grows, its last row per engineer setting the final box.
import fc from 'fast-check';
import { params, XLSX_SHARE, scenarioArb } from './arbitraries';
import { play } from './play';

describe('no typed note is lost across edits and re-runs', () => {
  it('in one workbook that is both roster and review (as in Excel)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(4), async (scenario) => {
        await play('memory', scenario, { notes: true, reviewed: true });
      }),
      params(1),
    );
  });

  it('through .xlsx bytes: the roster file in, the review workbook saved, typed into and loaded back (as the command line)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(3, 12), async (scenario) => {
        await play('xlsx', scenario, { notes: true, reviewed: true });
      }),
      params(XLSX_SHARE),
    );
  });
});
