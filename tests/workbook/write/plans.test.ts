import { defaultSettings } from '../../../src/domain/settings';
import type { SheetPlan } from '../../../src/workbook/plan';
import { buildOnePersonPlan, buildPlansPlan, onePersonSheetName } from '../../../src/workbook/write/plans';
import { allText, follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';
import { inRange } from './helpers';

const B = 1;
const C = 2;
const G = 6;
const H = 7;
const I = 8;

const SPECS: Spec[] = [
  // Box 9 with a high flight risk: retention actions. Gaps in research (2 vs 3) and innovation.
  { id: '1001', name: '张伟', perf: 'excellent', pot: 'high', department: '研发中心', years: 12, flightRisk: 'high', competencies: { research: 2, practice: 4, problemSolving: 5, integration: 3, innovation: 1 } },
  // Box 4, no gaps given (not assessed): a plan without actions.
  { id: '1002', name: '李娜', perf: 'needs', pot: 'medium', department: '工艺技术部', years: 3 },
  // Box 8 with one gap.
  { id: '1003', name: '王强', perf: 'qualified', pot: 'high', level: 'junior', years: 0.5, competencies: { research: 1, practice: 2 } },
];

function blocks(plan: SheetPlan): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  const starts: { id: string; row: number }[] = [];
  plan.values.forEach((r, i) => {
    const m = /^个人发展计划（一人一策） · .*（(.+)）$/u.exec(String(r[B] ?? ''));
    if (m) starts.push({ id: m[1], row: i });
  });
  const archive = plan.values.findIndex((r) => String(r[B] ?? '').startsWith('归档'));
  starts.forEach((s, k) => out.set(s.id, { start: s.row, end: (starts[k + 1]?.row ?? (archive >= 0 ? archive : plan.values.length)) - 1 }));
  return out;
}

function rowIn(plan: SheetPlan, id: string, col: number, text: string): number {
  const b = blocks(plan).get(id);
  if (!b) throw new Error(`no block ${id}`);
  for (let r = b.start; r <= b.end; r++) if (plan.values[r][col] === text) return r;
  throw new Error(`no ${text} in block ${id}`);
}

describe('个人发展计划 / Development plans', () => {
  const result = reviewed(SPECS);
  const fu = followOf(result);

  it('has one block per engineer with a plan, one printed page each (a break after every block but the last)', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    expect(plan.name).toBe('个人发展计划');
    const b = blocks(plan);
    expect([...b.keys()]).toEqual(['1001', '1002', '1003']);
    expect(plan.print?.rowBreaks).toEqual([b.get('1002')!.start, b.get('1003')!.start]);
    expect(plan.print).toEqual(expect.objectContaining({ orientation: 'portrait', fitToWidth: 1, footer: '内部资料 注意保密' }));
    // A block fits a page: well under 50 rows.
    for (const { start, end } of b.values()) expect(end - start).toBeLessThan(40);
  });

  it('shows identity, final box with label and strategy, strengths, stage, track, mentor and the review dates', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const s = blocks(plan).get('1001')!.start;
    const labels = plan.values.slice(s + 1, s + 9).map((r) => [r[B], r[5]]);
    expect(labels).toEqual([
      ['工号', '姓名'], ['部门', '岗位'], ['工程师类别', '培育层级'], ['九宫格', '成长阶段'], ['职业通道', '导师'], ['盘点日期', '复盘日期'],
      ['发展策略', null], ['优势能力', null],
    ]);
    expect(plan.values[s + 1][C]).toBe('1001');
    expect(plan.values[s + 4][C]).toBe('9 超级明星');
    expect(plan.values[s + 4][G]).toBe('成才期');
    expect(plan.values[s + 6][C]).toBe('2025-06-30');
    expect(plan.values[s + 6][G]).toBe('2025-12-30');
    expect(plan.values[s + 7][C]).toBe('保留并加速：牵头关键项目（揭榜挂帅），带教他人，长期激励');
    expect(plan.values[s + 8][C]).toBe('工程实践与应用能力、复杂问题解决能力');
  });

  it('makes the 部门 row tall enough for a long department name to print whole', () => {
    const long = '智能制造与数字化转型升级工程研究院先进工艺装备及自动化控制技术联合实验室第一研究室';
    const one = reviewed([{ ...SPECS[1], department: long }]);
    const plan = buildPlansPlan(followOf(one).plans, follow());
    const r = plan.values.findIndex((row) => row[C] === long);
    const short = plan.values.findIndex((row) => row[B] === '工号');
    expect(plan.rowHeights?.[r + 1]).toBeGreaterThan(2 * (plan.rowHeights?.[short + 1] ?? 15));
  });

  it('lists the top gaps (competency, actual, required, gap, severity, training) and two actions each with owner, due date and status', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const head = rowIn(plan, '1001', C, '实际');
    expect(plan.values[head].slice(B, I + 1)).toEqual(['能力', '实际', '要求', '差距', '程度', '培训方式', null, null]);
    expect(plan.values[head + 1].slice(B, G + 1)).toEqual(['创新变革能力', 1, 3, 2, '高', '脱产培训']);
    expect(plan.values[head + 2].slice(B, G + 1)).toEqual(['专业技术研究能力', 2, 3, 1, '中', '在岗培训']);
    const actHead = rowIn(plan, '1001', C, '行动');
    expect([plan.values[actHead][B], plan.values[actHead][C], plan.values[actHead][G], plan.values[actHead][H], plan.values[actHead][I]]).toEqual(['能力', '行动', '负责人', '完成日期', '状态']);
    const actions = plan.values.slice(actHead + 1, actHead + 5).map((r) => r[C]);
    expect(actions).toEqual(['大师工作室', '科技成果转化项目', '联合课题', '交叉导师']);
    // Each status cell is a drop-down 未开始 / 进行中 / 已完成; due dates are formatted as dates.
    for (let r = actHead + 1; r <= actHead + 4; r++) {
      const v = plan.validations?.find((x) => inRange(`I${r + 1}`, x.range));
      expect(v?.list).toEqual(['未开始', '进行中', '已完成']);
      expect(plan.numberFormats.find((f) => f.ranges.some((x) => inRange(`H${r + 1}`, x)))?.format).toBe('yyyy-mm-dd');
    }
  });

  it('adds the retention actions for a high flight risk in box 9, 8 or 6, and notes and sign-off cells for everyone', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const ret = rowIn(plan, '1001', B, '保留措施（流失风险高）');
    expect(plan.values[ret + 1].slice(B, C + 1)).toEqual(['短期 · 精神', '授权、群策群力']);
    expect(() => rowIn(plan, '1002', B, '保留措施（流失风险高）')).toThrow();
    for (const id of ['1001', '1002', '1003']) {
      rowIn(plan, id, B, '备注');
      const sign = rowIn(plan, id, B, '工程师签字');
      expect(plan.values[sign][4]).toBe('上级签字');
      expect(plan.values[sign][H]).toBe('日期');
    }
    expect(rowIn(plan, '1002', B, '各项能力均达标（或未评估），无差距行动')).toBeGreaterThan(0);
  });

  it('keeps the key column hidden, and writes English when the sheet language is en-US', () => {
    const plan = buildPlansPlan(fu.plans, follow('en-US'));
    expect(plan.name).toBe('Development plans');
    expect(plan.hiddenColumns).toEqual([0]);
    expect(allText(plan)).toContain('Development plan · 张伟（1001）');
    expect(allText(plan)).toContain('Retention actions (high flight risk)');
    expect(plan.validations?.[0].list).toEqual(['Not started', 'In progress', 'Done']);
  });

  it('follows the plan scope: with 培育库 only pool members (in the pool or suggested for entry) have a plan', () => {
    const pool = followOf(result, { ...defaultSettings(), planScope: 'pool' });
    expect([...blocks(buildPlansPlan(pool.plans, follow())).keys()]).toEqual(['1001', '1003']);
  });
});

describe('people\'s cells survive a re-run', () => {
  const first = reviewed(SPECS);
  const plan1 = buildPlansPlan(followOf(first).plans, follow());
  const owner = rowIn(plan1, '1001', C, '联合课题');
  const notes1 = rowIn(plan1, '1002', B, '备注');
  const sign3 = rowIn(plan1, '1003', B, '工程师签字');
  const notes3 = rowIn(plan1, '1003', B, '备注');
  const edited = typed(plan1, [
    { row: owner, col: G, value: '孙经理' },
    { row: owner, col: H, value: 45900 },
    { row: owner, col: I, value: '进行中' },
    { row: notes1, col: C, value: '=先谈话再定' },
    { row: notes3, col: C, value: '调岗后复盘' },
    { row: sign3, col: C, value: '王强' },
  ]);

  // Next run: 王强 left, 赵敏 joined, the roster is in another order.
  const second = reviewed([
    { id: '1004', name: '赵敏', perf: 'qualified', pot: 'medium', years: 4 },
    SPECS[1],
    SPECS[0],
  ]);
  const plan2 = buildPlansPlan(followOf(second).plans, follow('zh-CN', reread(edited)));

  it('writes each typed cell back to the same engineer and action, wherever the block is now', () => {
    const r = rowIn(plan2, '1001', C, '联合课题');
    expect(plan2.values[r].slice(G, I + 1)).toEqual(['孙经理', 45900, '进行中']);
    const n = rowIn(plan2, '1002', B, '备注');
    // A text starting with = stays the text typed.
    expect(plan2.values[n][C]).toBe('=先谈话再定');
    expect(plan2.values[rowIn(plan2, '1004', B, '备注')][C]).toBeNull();
  });

  it('moves the cells of an engineer who left to the archive at the end, with who, what, field and date', () => {
    const text = plan2.values.map((r) => r.slice(1).map((v) => v ?? ''));
    const archive = plan2.values.findIndex((r) => String(r[B] ?? '').startsWith('归档'));
    expect(archive).toBeGreaterThan(blocks(plan2).get('1001')!.end);
    const rows = text.slice(archive + 2).map((r) => [r[0], r[4], r[5], r[7]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['王强(1003)', '备注', '调岗后复盘', '2025-12-31'],
        ['王强(1003)', '工程师签字', '王强', '2025-12-31'],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('keeps archived entries archived on later runs, without duplicating them', () => {
    const plan3 = buildPlansPlan(followOf(second).plans, follow('zh-CN', reread(plan2)));
    const archive = plan3.values.findIndex((r) => String(r[B] ?? '').startsWith('归档'));
    expect(plan3.values.slice(archive + 2).map((r) => r[5])).toEqual(['备注', '工程师签字']);
    expect(plan3.values[rowIn(plan3, '1001', C, '联合课题')].slice(G, I + 1)).toEqual(['孙经理', 45900, '进行中']);
  });

  it('shows a typed status in the sheet\'s language after the language changes', () => {
    const en = buildPlansPlan(followOf(second).plans, follow('en-US', reread(plan2)));
    const r = en.values.findIndex((row) => row[C] === 'Joint research with a university');
    expect(en.values[r].slice(G, I + 1)).toEqual(['孙经理', 45900, 'In progress']);
  });

  it('merges a one-person sheet with the plans sheet: a typed change wins over an untouched copy', () => {
    const fu = followOf(first);
    const one = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow('zh-CN', reread(edited)));
    expect(one.key).toBe('plan:1001');
    expect(one.print?.rowBreaks).toBeUndefined();
    const r = one.values.findIndex((row) => row[C] === '联合课题');
    expect(one.values[r][G]).toBe('孙经理');
    // The person now edits the one-person sheet; the plans sheet still holds the older value.
    const oneEdited = typed(one, [{ row: r, col: G, value: '周主任' }]);
    const again = buildPlansPlan(fu.plans, follow('zh-CN', reread(edited, oneEdited)));
    expect(again.values[rowIn(again, '1001', C, '联合课题')][G]).toBe('周主任');
    // And the other way round: an edit in the plans sheet wins over the untouched one-person copy.
    const mainEdited = typed(again, [{ row: rowIn(again, '1001', C, '联合课题'), col: G, value: '吴总' }]);
    const oneAgain = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow('zh-CN', reread(again, oneEdited)));
    const third = buildPlansPlan(fu.plans, follow('zh-CN', reread(mainEdited, oneAgain)));
    expect(third.values[rowIn(third, '1001', C, '联合课题')][G]).toBe('吴总');
  });
});

describe('one-person sheet names', () => {
  const fu = followOf(reviewed(SPECS));
  it('are 一人一策-<name>, with the ID when the name is taken, within Excel\'s 31 characters', () => {
    expect(onePersonSheetName(fu.plans[0], 'zh-CN', new Set())).toBe('一人一策-张伟');
    expect(onePersonSheetName(fu.plans[0], 'zh-CN', new Set(['一人一策-张伟']))).toBe('一人一策-张伟(1001)');
    expect(onePersonSheetName(fu.plans[0], 'en-US', new Set())).toBe('Plan-张伟');
    const long = { ...fu.plans[0], name: 'A very long name: with [brackets] and more' };
    const name = onePersonSheetName(long, 'en-US', new Set());
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/u);
  });
});

describe('one-person sheet names, when even the name with the ID is taken', () => {
  const fu = followOf(reviewed(SPECS));
  it('keep the ID within 31 characters, then take a number', () => {
    const long = { ...fu.plans[0], name: '张'.repeat(40) };
    const plain = onePersonSheetName(long, 'zh-CN', new Set());
    const withId = onePersonSheetName(long, 'zh-CN', new Set([plain.toLowerCase()]));
    expect(withId).not.toBe(plain);
    expect(withId.endsWith(`(${long.engineerId})`)).toBe(true);
    expect(withId.length).toBeLessThanOrEqual(31);
    const third = onePersonSheetName(long, 'zh-CN', new Set([plain, withId].map((n) => n.toLowerCase())));
    expect([third === plain, third === withId, third.length <= 31]).toEqual([false, false, true]);
    expect(third.endsWith('(2)')).toBe(true);
  });
});
