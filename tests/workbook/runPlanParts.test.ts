// A plans sheet split into 个人发展计划, 个人发展计划(2)… over several runs into one review workbook, written
// by exceljs in memory (the page, the command line's in-memory path): what a person typed in any part comes
// back to the same engineer, wherever that engineer's plan is now; parts a smaller roster no longer needs
// are gone, never left holding last month's plans; a review that fits one sheet is written as before.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import type { RawValue } from '../../src/workbook/host';
import { runReview, type RunOutcome } from '../../src/workbook/run';
import { SAMPLE_HEADERS, sampleRoster } from '../../src/workbook/sample';
import { readRegistry } from '../../src/workbook/write/registry';
import { REGISTRY_SHEET } from '../../src/workbook/write/text';
import { gridOf, MemoryHost } from '../helpers/memoryHost';
import { notesCell, plansSheets } from '../helpers/planNotes';

const TODAY = '2026-11-26';
const NOTE = '下季度轮岗到总装线，导师每月看一次进展';

/** The sample roster of `count` engineers, without the first `left` (they left the company). */
function roster(count: number, left = 0): MemoryHost {
  const rows = sampleRoster(count).slice(left) as RawValue[][];
  return new MemoryHost([gridOf('工程师名单', [[...SAMPLE_HEADERS], ...rows])]);
}

async function run(source: MemoryHost, target: XlsxHost): Promise<Extract<RunOutcome, { ok: true }>> {
  const outcome = await runReview(source, target, { today: TODAY, copyInputs: false, now: () => new Date(`${TODAY}T09:00:00Z`) });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return outcome;
}

/** Where the engineer's notes are: [sheet, the note]. */
function noteOf(wb: ExcelJS.Workbook, id: string): [string, unknown][] {
  return plansSheets(wb)
    .map((name): [string, ExcelJS.Cell | undefined] => [name, notesCell(wb.getWorksheet(name)!, id)])
    .filter((x): x is [string, ExcelJS.Cell] => x[1] !== undefined)
    .map(([name, cell]) => [name, cell.value]);
}

/** The sheets of the rows holding `text` (a merged cell counted once). */
function contains(wb: ExcelJS.Workbook, text: string): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      let found = false;
      row.eachCell((c) => (found ||= c.value === text));
      if (found) out.push(ws.name);
    });
  }
  return out;
}

async function registeredParts(target: XlsxHost): Promise<[string, string][]> {
  const [grid] = await target.readSheets([REGISTRY_SHEET]);
  return readRegistry(grid)
    .filter((e) => e.role === 'plans')
    .map((e): [string, string] => [e.sheet, e.key ?? '']);
}

describe('a split plans sheet over several runs (in memory)', () => {
  test('a note typed in part 2 is kept on a re-run, and follows its engineer into part 1 once people before them left', async () => {
    const target = new XlsxHost(new ExcelJS.Workbook());
    const ids = sampleRoster(2500).map((r) => String(r[0]));
    await run(roster(2500), target);
    expect(plansSheets(target.workbook)).toEqual(['个人发展计划', '个人发展计划(2)', '个人发展计划(3)']);
    const id = ids[1500];
    notesCell(target.workbook.getWorksheet('个人发展计划(2)')!, id)!.value = NOTE;

    await run(roster(2500), target);
    expect(noteOf(target.workbook, id)).toEqual([['个人发展计划(2)', NOTE]]);

    // The first 600 left: the engineer's plan is the 901st, in part 1; part 3 is no longer needed.
    await run(roster(2500, 600), target);
    expect(plansSheets(target.workbook)).toEqual(['个人发展计划', '个人发展计划(2)']);
    expect(noteOf(target.workbook, id)).toEqual([['个人发展计划', NOTE]]);
    // Written once, on the engineer's plan: not also in the archive.
    expect(contains(target.workbook, NOTE)).toEqual(['个人发展计划']);
    expect(await registeredParts(target)).toEqual([['个人发展计划', ''], ['个人发展计划(2)', 'part:2']]);
  }, 240_000);

  test('a roster shrinking from 2,500 to 500 leaves one plans sheet; a note of someone who left is archived there', async () => {
    const target = new XlsxHost(new ExcelJS.Workbook());
    const ids = sampleRoster(2500).map((r) => String(r[0]));
    const first = await run(roster(2500), target);
    expect(first.problems.filter((p) => p.message.zh.includes('已分为 3 张工作表'))).toHaveLength(1);
    notesCell(target.workbook.getWorksheet('个人发展计划(3)')!, ids[2400])!.value = NOTE;

    const second = await run(roster(500), target);
    expect(plansSheets(target.workbook)).toEqual(['个人发展计划']);
    expect(await registeredParts(target)).toEqual([['个人发展计划', '']]);
    expect(second.problems.some((p) => p.message.zh.includes('张工作表：'))).toBe(false);
    // The engineer left: the note is in the archive at the end of the one sheet, not lost with part 3.
    expect(contains(target.workbook, NOTE)).toEqual(['个人发展计划']);
    expect(noteOf(target.workbook, ids[2400])).toEqual([]);
  }, 240_000);

  test('the 80 engineers of the demo: one plans sheet as before, no note in the data check', async () => {
    const target = new XlsxHost(new ExcelJS.Workbook());
    const outcome = await run(roster(80), target);
    const plans = outcome.plans.filter((p) => p.role === 'plans');
    expect(plans.map((p) => [p.name, p.key, p.removes])).toEqual([['个人发展计划', undefined, undefined]]);
    expect(plans[0].print?.rowBreaks).toHaveLength(79);
    expect(plansSheets(target.workbook)).toEqual(['个人发展计划']);
    expect(outcome.problems.some((p) => p.message.en.includes('development plans, one page each'))).toBe(false);
  });
});
