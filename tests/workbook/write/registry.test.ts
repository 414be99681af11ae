import { defaultSettings } from '../../../src/domain/settings';
import type { SheetGrid } from '../../../src/workbook/host';
import type { SheetPlan } from '../../../src/workbook/plan';
import {
  buildInputCopyPlans,
  buildOutputPlans,
  buildRegistryPlan,
  readRegistry,
  type WriteContext,
} from '../../../src/workbook/write';
import { review } from '../../fixtures/reviews';

/** The sheet as a host would read it back. */
function gridOf(plan: SheetPlan): SheetGrid {
  const width = Math.max(...plan.values.map((r) => r.length));
  const values = plan.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name: plan.name,
    origin: { row: 0, col: 0 },
    values,
    texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: values.map((r) => r.map(() => '@')),
    errors: values.map((r) => r.map(() => false)),
    hiddenRows: [],
  };
}

const roster: SheetGrid = {
  name: '工程师名单',
  origin: { row: 0, col: 0 },
  values: [['工号', '姓名'], ['1023', '张伟']],
  texts: [['工号', '姓名'], ['1023', '张伟']],
  formats: [['General', 'General'], ['@', 'General']],
  errors: [[false, false], [false, false]],
  hiddenRows: [],
};

function ctx(over: Partial<WriteContext> = {}): WriteContext {
  return { lang: 'zh-CN', settings: defaultSettings(), reviewDate: '2025-06-30', writtenAt: '2025-06-30T09:00:00.000Z', existing: [], ...over };
}

const result = review([{ id: '1023', name: '张伟', perf: 'excellent', pot: 'high' }]);

describe('registry `_卓越盘点`', () => {
  it('is very hidden and records every output sheet and input copy with role, language and review date, in meeting order', () => {
    const plans = [...buildOutputPlans(result, [], ctx()), ...buildInputCopyPlans([roster], ctx())];
    const registry = buildRegistryPlan(plans, ctx());
    expect(registry.name).toBe('_卓越盘点');
    expect(registry.visibility).toBe('veryHidden');
    expect(readRegistry(gridOf(registry))).toEqual([
      { role: 'grid', sheet: '九宫格', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'summary', sheet: '盘点汇总', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'results', sheet: '盘点结果', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'gaps', sheet: '能力差距', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'plans', sheet: '个人发展计划', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'pool', sheet: '培育库', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'mentoring', sheet: '导师结对', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'check', sheet: '数据检查', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'input', sheet: '工程师名单', lang: 'zh-CN', reviewDate: '2025-06-30' },
    ]);
  });

  it('reads nothing from a missing or foreign sheet', () => {
    expect(readRegistry(undefined)).toEqual([]);
    expect(readRegistry({ ...roster, name: '_卓越盘点' })).toEqual([]);
  });

  it('replaces a re-languaged output sheet instead of adding a second one', () => {
    const first = buildOutputPlans(result, [], ctx());
    const existing = readRegistry(gridOf(buildRegistryPlan(first, ctx())));
    const again = buildOutputPlans(result, [], ctx({ lang: 'en-US', existing }));
    expect(again.map((p) => [p.name, p.replaces])).toEqual([
      ['Review results', '盘点结果'],
      ['Nine-box', '九宫格'],
      ['Gaps', '能力差距'],
      ['Data check', '数据检查'],
      ['Development plans', '个人发展计划'],
      ['Cultivation pool', '培育库'],
      ['Mentoring', '导师结对'],
      ['Summary', '盘点汇总'],
    ]);
    // The same language again: same names, nothing to replace by another name.
    const same = buildOutputPlans(result, [], ctx({ existing }));
    expect(same.every((p) => p.replaces === undefined)).toBe(true);
  });

  it('replaces an output sheet a person renamed', () => {
    const existing = [{ role: 'grid' as const, sheet: '九宫格（2025）', lang: 'zh-CN' as const, reviewDate: '2025-06-30' }];
    const grid = buildOutputPlans(result, [], ctx({ existing })).find((p) => p.role === 'grid');
    expect(grid?.replaces).toBe('九宫格（2025）');
  });

  it('keeps entries of sheets this run does not write, and drops those it replaced', () => {
    const existing = [
      { role: 'calibration' as const, sheet: '校准记录', lang: 'zh-CN' as const, reviewDate: '2024-12-31' },
      { role: 'results' as const, sheet: '盘点结果', lang: 'zh-CN' as const, reviewDate: '2024-12-31' },
    ];
    const c = ctx({ lang: 'en-US', existing, reviewDate: '2024-12-31' });
    const entries = readRegistry(gridOf(buildRegistryPlan(buildOutputPlans(result, [], c), c)));
    expect(entries.map((e) => e.sheet)).toEqual([
      'Nine-box', 'Summary', 'Review results', 'Gaps', 'Development plans', 'Cultivation pool', 'Mentoring', 'Data check', '校准记录',
    ]);
    expect(entries.every((e) => e.reviewDate === '2024-12-31')).toBe(true);
  });
});

describe('every visible output sheet', () => {
  it('uses a CJK font and prints A4 one page wide with the reference line and the confidentiality footer', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      for (const plan of buildOutputPlans(result, [], ctx({ lang }))) {
        expect(plan.visibility).toBe('visible');
        expect(plan.font).toBe('Microsoft YaHei');
        expect(plan.print?.fitToWidth).toBe(1);
        expect(plan.print?.header).toBe(lang === 'zh-CN' ? '本结果为培育参考，不作为评价结论' : 'For cultivation planning only — not a performance rating');
        expect(plan.print?.footer).toBe(lang === 'zh-CN' ? '内部资料 注意保密' : 'Internal — confidential');
        expect(plan.lang).toBe(lang);
      }
    }
  });
});

describe('one-person plan sheets in the registry', () => {
  it('records each with role plans and the key plan:<ID>, and replaces it by key when its name changes', () => {
    const first = buildOutputPlans(result, [], ctx({ plansFor: ['1023'] }));
    const one = first.find((p) => p.key === 'plan:1023');
    expect(one?.name).toBe('一人一策-张伟');
    expect(one?.role).toBe('plans');
    const existing = readRegistry(gridOf(buildRegistryPlan(first, ctx())));
    expect(existing.filter((e) => e.role === 'plans')).toEqual([
      { role: 'plans', sheet: '个人发展计划', lang: 'zh-CN', reviewDate: '2025-06-30' },
      { role: 'plans', sheet: '一人一策-张伟', lang: 'zh-CN', reviewDate: '2025-06-30', key: 'plan:1023' },
    ]);
    // Next run in English, nobody asked again: the sheet is kept up to date and replaced by its key.
    const again = buildOutputPlans(result, [], ctx({ lang: 'en-US', existing }));
    expect(again.filter((p) => p.role === 'plans').map((p) => [p.name, p.key, p.replaces])).toEqual([
      ['Development plans', undefined, '个人发展计划'],
      ['Plan-张伟', 'plan:1023', '一人一策-张伟'],
    ]);
    const after = readRegistry(gridOf(buildRegistryPlan(again, ctx({ lang: 'en-US', existing }))));
    expect(after.filter((e) => e.role === 'plans').map((e) => e.sheet)).toEqual(['Development plans', 'Plan-张伟']);
  });
});
