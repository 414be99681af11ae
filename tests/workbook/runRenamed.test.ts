// A person renames output sheets between two runs (DOMAIN.md, Output sheets): the renamed sheet is found
// by its id, replaced under the name the person gave it, never duplicated, and what they typed into it
// (a plan's 备注) comes back. Where ids cannot be trusted, the run does what it did before ids.
import type { RawValue, SheetGrid } from '../../src/workbook/host';
import { runReview, type RunOptions } from '../../src/workbook/run';
import { REGISTRY_SHEET } from '../../src/workbook/write/text';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

const ROSTER: RawValue[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
  ['E001', '张伟', '研发中心', 'A', '高', 12, 4],
  ['E002', '李娜', '研发中心', 'B', '中', 5, 2],
  ['E003', '王强', '工艺', 'C', '低', 3, 2],
];
const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
const NOTE = '先谈话，再定轮岗';

/** A workbook in memory where a person can also delete a sheet. */
class Workbook extends LiveMemoryHost {
  remove(name: string): void {
    const at = this.grids.findIndex((g) => g.name === name);
    if (at < 0) throw new Error(`no sheet ${name}`);
    this.grids.splice(at, 1);
  }
}

async function run(host: LiveMemoryHost, options: Partial<RunOptions> = {}): Promise<void> {
  const outcome = await runReview(host, host, { ...OPTIONS, ...options });
  expect(outcome.ok).toBe(true);
}

async function grid(host: LiveMemoryHost, name: string): Promise<SheetGrid> {
  const [g] = await host.readSheets([name]);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

async function names(host: LiveMemoryHost): Promise<string[]> {
  return (await host.sheets()).map((s) => s.name);
}

/** Row of E002's 备注 in a plans sheet (column B holds the labels, C the person's text). */
function noteRow(g: SheetGrid): number {
  let inE002 = false;
  for (let r = 0; r < g.values.length; r++) {
    const b = g.values[r][1];
    if (typeof b === 'string' && b.startsWith('个人发展计划（一人一策） · ')) inE002 = b.includes('（E002）');
    if (inE002 && b === '备注') return r;
  }
  throw new Error('no 备注 row for E002');
}

async function firstRunThenRename(): Promise<Workbook> {
  const host = new Workbook([gridOf('工程师名单', ROSTER)]);
  await run(host);
  // In Excel: the person renames two tabs and types a note into the plans.
  (await grid(host, '盘点结果')).name = '我的结果';
  const plans = await grid(host, '个人发展计划');
  plans.name = '我的计划';
  plans.values[noteRow(plans)][2] = NOTE;
  return host;
}

describe('output sheets a person renamed, run again', () => {
  test('each renamed sheet is replaced under the person\'s name; no 盘点结果 or 个人发展计划 beside them', async () => {
    const host = await firstRunThenRename();
    const before = await names(host);
    await run(host);
    expect(await names(host)).toEqual(before);
    expect((await grid(host, '我的结果')).values.slice(1).map((r) => r[0])).toEqual(['E001', 'E002', 'E003']);
  });

  test('the note typed into the renamed plans sheet comes back at E002', async () => {
    const host = await firstRunThenRename();
    await run(host);
    const plans = await grid(host, '我的计划');
    expect(plans.values[noteRow(plans)][2]).toBe(NOTE);
  });

  test('the person\'s names last: a third run, and a run in English, keep them', async () => {
    const host = await firstRunThenRename();
    await run(host);
    await run(host);
    await run(host, { lang: 'en-US' });
    const after = await names(host);
    expect(after).toEqual(expect.arrayContaining(['我的结果', '我的计划']));
    expect(after).not.toEqual(expect.arrayContaining(['Results']));
    expect(after.filter((n) => /个人发展计划|Development plans/u.test(n))).toEqual([]);
    // The sheet they renamed now holds the English plans, with the note still at E002.
    const text = (await grid(host, '我的计划')).values.flat().filter((v) => v === NOTE);
    expect(text).toEqual([NOTE]);
  });

  test('a renamed sheet the person then deletes is written again under the product\'s name', async () => {
    const host = await firstRunThenRename();
    await run(host);
    host.remove('我的结果');
    await run(host);
    const after = await names(host);
    expect(after).toContain('盘点结果');
    expect(after).not.toContain('我的结果');
    expect(after).toContain('我的计划');
  });

  test('a registry written before ids (no sheetId column): names decide, as before', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
    await run(host);
    const registry = await grid(host, REGISTRY_SHEET);
    const idCol = registry.values[0].indexOf('sheetId');
    expect(idCol).toBeGreaterThan(0);
    registry.values[0][idCol] = null;
    (await grid(host, '盘点结果')).name = '我的结果';
    await run(host);
    // The renamed sheet is not known: it stays the person's, and 盘点结果 is written again.
    expect(await names(host)).toEqual(expect.arrayContaining(['我的结果', '盘点结果']));
  });
});
