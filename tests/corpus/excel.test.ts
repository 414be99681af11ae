// Every grid-based corpus case through the Excel host on the recording fake, reviewed as the pane runs it
// (runReview with the open workbook as source and target), held to the same problems — sheet, cell,
// severity and message — as the xlsx host gives for the same cells. Input sheets get no write at all.
import ExcelJS from 'exceljs';
import { ExcelHost } from '../../src/hosts/excel/host';
import { loadWorkbook } from '../../src/hosts/xlsx/load';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { runReview, type RunOutcome } from '../../src/workbook/run';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { CASES, RESULTS_SHEET, type CorpusCase } from './cases';
import { seedSheets, xlsxBytes } from './build';
import { compareProblems } from './expect';

const OPTIONS = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };

async function viaXlsx(c: CorpusCase): Promise<RunOutcome> {
  const loaded = await loadWorkbook(await xlsxBytes(c.sheets ?? []), 'roster.xlsx');
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  return runReview(new XlsxHost(loaded.workbook), new XlsxHost(new ExcelJS.Workbook()), OPTIONS);
}

function problemsOf(o: RunOutcome) {
  return o.ok ? { fatal: undefined, problems: o.problems } : { fatal: o.fatal, problems: o.problems };
}

const gridCases = CASES.filter((c) => c.sheets && !c.notInExcel);

test('most of the corpus is grid-based and runs on the Excel host', () => {
  expect(gridCases.length).toBeGreaterThanOrEqual(60);
});

for (const c of gridCases) {
  test(`${c.name}: the same problems as the xlsx host, no write to an input sheet`, async () => {
    const seeds = seedSheets(c.sheets ?? []);
    const fake = createFakeExcel(seeds);
    const before = seeds.map((s) => fake.valuesOf(s.name));

    const host = new ExcelHost(fake.run);
    const excel = await runReview(host, host, OPTIONS);
    const xlsx = await viaXlsx(c);
    expect(problemsOf(excel)).toEqual(problemsOf(xlsx));

    // The problems the corpus expects, and only those.
    const expected = c.fatal ? [c.fatal, ...c.problems] : c.problems;
    const found = compareProblems(excel.ok ? excel.problems : [excel.fatal, ...excel.problems], expected);
    expect(found.missing).toEqual([]);
    if (!c.more) expect(found.unexpected).toEqual([]);
    expect(excel.ok).toBe(c.fatal === undefined);

    // Input sheets: not one write, the same values.
    for (const s of seeds) expect({ sheet: s.name, writes: fake.sheet(s.name)!.writes }).toEqual({ sheet: s.name, writes: [] });
    expect(seeds.map((s) => fake.valuesOf(s.name))).toEqual(before);

    if (!excel.ok) return;
    const reviewed = new Set(excel.result.reviews.map((r) => r.engineer.id));
    for (const id of Object.keys(c.reviewed ?? {})) expect({ id, reviewed: reviewed.has(id) }).toEqual({ id, reviewed: true });
    for (const id of c.notReviewed ?? []) expect({ id, reviewed: reviewed.has(id) }).toEqual({ id, reviewed: false });

    // Formula-like text reaches Excel as values, never as formulas.
    const results = fake.sheet(RESULTS_SHEET)!;
    expect([...results.cells.values()].filter((cell) => cell.formula !== undefined)).toEqual([]);
    const values = fake.valuesOf(RESULTS_SHEET).flat();
    for (const t of c.textCells ?? []) expect(values).toContain(t);
  });
}
