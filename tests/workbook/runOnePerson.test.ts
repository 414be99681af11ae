// One-person plan sheets (一人一策-<姓名>) over several runs (DOMAIN.md, Development plan; Output sheets): a
// sheet written before keeps its name, and a sheet asked for later takes a name no registered sheet has —
// so two engineers of the same name each end with their own sheet, and the registry lists only sheets
// that exist.
import type { RawValue } from '../../src/workbook/host';
import type { SheetPlan } from '../../src/workbook/plan';
import { runReview, type RunOptions } from '../../src/workbook/run';
import { readRegistry } from '../../src/workbook/write/registry';
import { REGISTRY_SHEET } from '../../src/workbook/write/text';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

// Two engineers named 张伟 (E001, E002), both with a development plan.
const ROSTER: RawValue[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
  ['E001', '张伟', '研发中心', 'B', '中', 5, 2],
  ['E002', '张伟', '工艺', 'B', '中', 6, 2],
  ['E003', '李娜', '工艺', 'C', '低', 3, 2],
];
const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };

async function run(host: LiveMemoryHost, options: Partial<RunOptions> = {}): Promise<void> {
  const outcome = await runReview(host, host, { ...OPTIONS, ...options });
  expect(outcome.ok).toBe(true);
}

/** Pairs [plan, other plan] of a run where the first replaces (removes) the sheet the other writes. */
function replacesAnother(plans: readonly SheetPlan[]): [string, string][] {
  const out: [string, string][] = [];
  for (const p of plans) {
    for (const q of plans) {
      if (p !== q && p.replaces !== undefined && p.replaces.toLowerCase() === q.name.toLowerCase()) out.push([p.name, q.name]);
    }
  }
  return out;
}

/** Sheet name → the engineer ID in its one-person plan's title (「… · 张伟（E002）」). */
async function onePersonSheets(host: LiveMemoryHost): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of await host.sheets()) {
    const title = host.valuesOf(s.name)?.[0]?.[1];
    if (!/^(一人一策|Plan)-/u.test(s.name) || typeof title !== 'string') continue;
    const id = /[（(](E\d+)[）)]$/u.exec(title)?.[1];
    if (id) out.set(s.name, id);
  }
  return out;
}

async function registeredOnePerson(host: LiveMemoryHost): Promise<[string, string][]> {
  const [grid] = await host.readSheets([REGISTRY_SHEET]);
  return readRegistry(grid)
    .filter((e) => e.key?.startsWith('plan:'))
    .map((e): [string, string] => [e.sheet, e.key ?? ''])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

describe('one-person plan sheets for two engineers of the same name', () => {
  test('asked one run apart: each keeps a sheet of their own, the first one under the name it had', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
    await run(host, { plansFor: ['E002'] });
    expect([...(await onePersonSheets(host))]).toEqual([['一人一策-张伟', 'E002']]);

    await run(host, { plansFor: ['E001'] });
    expect(Object.fromEntries(await onePersonSheets(host))).toEqual({
      '一人一策-张伟': 'E002',
      '一人一策-张伟(E001)': 'E001',
    });
    // The registry lists exactly these sheets, each by its engineer's key.
    expect(await registeredOnePerson(host)).toEqual([
      ['一人一策-张伟(E001)', 'plan:E001'],
      ['一人一策-张伟', 'plan:E002'],
    ]);
  });

  test('a third run, then one in English: still one sheet each, none lost, none duplicated', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
    await run(host, { plansFor: ['E002'] });
    await run(host, { plansFor: ['E001'] });
    await run(host);
    expect([...(await onePersonSheets(host)).values()].sort()).toEqual(['E001', 'E002']);
    await run(host, { lang: 'en-US' });
    const sheets = await onePersonSheets(host);
    expect([...sheets.values()].sort()).toEqual(['E001', 'E002']);
    expect([...sheets.keys()].every((n) => n.startsWith('Plan-'))).toBe(true);
    expect((await registeredOnePerson(host)).map(([sheet]) => sheets.has(sheet))).toEqual([true, true]);
  });

  test('a one-person sheet a person renamed to an English output sheet\'s name: no plan removes another\'s sheet', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
    await run(host, { plansFor: ['E001'] });
    const [mine] = await host.readSheets(['一人一策-张伟']);
    mine.name = 'Summary';
    const outcome = await runReview(host, host, { ...OPTIONS, lang: 'en-US' });
    if (!outcome.ok) throw new Error('the run failed');
    // 盘点汇总 becomes Summary; E001's plan is written beside it under a name of its own.
    expect(outcome.plans.filter((p) => p.role === 'summary' || p.key === 'plan:E001').map((p) => p.name).sort()).toEqual(['Plan-张伟', 'Summary']);
    expect(replacesAnother(outcome.plans)).toEqual([]);
  });
});

describe('meeting packs of two departments whose sheet names collide (/ and : both become _)', () => {
  const roster: RawValue[][] = [
    ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
    ['E001', '张伟', '研发/一部', 'B', '中', 5, 2],
    ['E002', '李娜', '研发:一部', 'B', '中', 6, 2],
  ];

  test('asked one run apart: each department keeps a pack of its own, the first one under the name it had', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', roster)]);
    await run(host, { meetingPack: '研发/一部' });
    await run(host, { meetingPack: '研发:一部' });
    const packs = (await host.sheets()).map((s) => s.name).filter((n) => n.startsWith('会议材料-'));
    expect(packs.sort()).toEqual(['会议材料-研发_一部', '会议材料-研发_一部(2)']);
    // The first pack is still 研发/一部's, the new one 研发:一部's (each titled 盘点会议材料 · <部门>).
    const title = (sheet: string): unknown => host.valuesOf(sheet)?.[0]?.[0];
    expect([title('会议材料-研发_一部'), title('会议材料-研发_一部(2)')]).toEqual(['盘点会议材料 · 研发/一部', '盘点会议材料 · 研发:一部']);
    const [grid] = await host.readSheets([REGISTRY_SHEET]);
    const registered = readRegistry(grid).filter((e) => e.role === 'meetingPack').map((e) => e.sheet);
    expect(registered.sort()).toEqual(packs);
  });
});

test('an ID asked for in other case or full width means the roster\'s engineer, as the repeat check has it', async () => {
  const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
  const outcome = await runReview(host, host, { ...OPTIONS, plansFor: ['e002', 'Ｅ003'] });
  expect(outcome.ok && outcome.problems.filter((p) => p.message.en.includes('one-person'))).toEqual([]);
  expect(Object.fromEntries(await onePersonSheets(host))).toEqual({ '一人一策-张伟': 'E002', '一人一策-李娜': 'E003' });
  expect((await registeredOnePerson(host)).map(([, key]) => key)).toEqual(['plan:E002', 'plan:E003']);
});

test('a sheet of a person\'s own named as a new one-person plan or meeting pack is kept; ours takes another name', async () => {
  const mine: RawValue[][] = [['我的笔记', '年底前谈一次']];
  const pack: RawValue[][] = [['研发中心', '会前自己准备的材料']];
  const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER), gridOf('一人一策-张伟', mine), gridOf('会议材料-研发中心', pack)]);
  await run(host, { plansFor: ['E002'], meetingPack: '研发中心' });
  await run(host, {});
  expect(host.valuesOf('一人一策-张伟')).toEqual(mine);
  expect(host.valuesOf('会议材料-研发中心')).toEqual(pack);
  expect(Object.fromEntries(await onePersonSheets(host))).toEqual({ '一人一策-张伟(E002)': 'E002' });
  const names = (await host.sheets()).map((s) => s.name);
  expect(names.filter((n) => n.startsWith('会议材料-'))).toEqual(['会议材料-研发中心', '会议材料-研发中心(2)']);
  const [grid] = await host.readSheets([REGISTRY_SHEET]);
  const registered = readRegistry(grid).filter((e) => e.role === 'meetingPack' || e.key?.startsWith('plan:')).map((e) => e.sheet);
  expect(registered.sort()).toEqual(['一人一策-张伟(E002)', '会议材料-研发中心(2)']);
});
