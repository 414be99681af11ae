// Property 3 — re-run idempotence: after any history of roster edits, typed notes, calibration rows and
// runs, running again with nothing edited leaves every sheet as it was, even a day later — the registry's
// written-at time and the host's ids of the sheets it made anew aside.
import fc from 'fast-check';
import { params, XLSX_SHARE, scenarioArb } from './arbitraries';
import { comparable, nowOf, type Flavour } from './harness';
import { play } from './play';

async function twice(flavour: Flavour, scenario: Parameters<typeof play>[1]): Promise<void> {
  const played = await play(flavour, scenario);
  const once = comparable(await played.bench.snapshot(), ['writtenAt', 'sheetId']);
  const again = await played.bench.run({ lang: played.lang, now: nowOf(played.runs + 1), plansFor: played.plansFor });
  // A roster whose rows share one cause (unknown rating words) stops every run with one error and writes
  // nothing (play.ts checks that no row was reviewable); running again must still change nothing.
  if (!again.ok) expect(again.fatal.message.en).toContain('so nobody can be reviewed');
  const twiceSnap = comparable(await played.bench.snapshot(), ['writtenAt', 'sheetId']);
  expect(Object.keys(twiceSnap).sort()).toEqual(Object.keys(once).sort());
  for (const name of Object.keys(once)) expect({ sheet: name, rows: twiceSnap[name] }).toEqual({ sheet: name, rows: once[name] });
}

describe('running again with no edit changes nothing', () => {
  it('in one workbook (as in Excel)', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb(3), (s) => twice('memory', s)), params(1));
  });

  it('in the review workbook saved as .xlsx and loaded back (as the command line)', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb(2, 12), (s) => twice('xlsx', s)), params(XLSX_SHARE));
  });
});
