import { defaultSettings } from '../../../src/domain/settings';
import { isoDateToSerial } from '../../../src/domain/settingsKeys';
import type { SheetPlan } from '../../../src/workbook/plan';
import { buildOnePersonPlan, buildPlansPlan, onePersonSheetName } from '../../../src/workbook/write/plans';
import { allText, follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';
import { inRange } from './helpers';

const B = 1;
const C = 2;
const D = 3;
const E = 4;
const F = 5;
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
    expect(plan.print).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, footer: '内部资料 注意保密' }));
    for (const { start, end } of b.values()) expect(end - start).toBeLessThan(30);
  });

  it('prints a plan too long for one page on two, its actions opening the second — never the notes or signatures alone', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const notesRow = rowIn(plan, '1001', B, '备注');
    // Long minutes typed into 张伟's notes: the plan no longer fits one landscape page.
    const minutes = '本次面谈记录：'.concat('与主管确认下半年参与关键项目攻关，并安排跨部门轮岗，季度复盘一次。'.repeat(40));
    const again = buildPlansPlan(fu.plans, follow('zh-CN', reread(typed(plan, [{ row: notesRow, col: C, value: minutes }]))));
    const b = blocks(again);
    // The second page opens with the actions, saying whose plan it is.
    const actions = rowIn(again, '1001', B, '发展行动 · 张伟（1001）');
    expect(again.print?.rowBreaks).toEqual([actions, b.get('1002')!.start, b.get('1003')!.start]);
    expect(allText(plan)).not.toContain('发展行动 · 张伟');
    // The notes kept whole on the second page, with the actions and the sign-off.
    expect(again.values[rowIn(again, '1001', B, '备注')][C]).toBe(minutes);
  });

  it('never passes Excel’s 1,026 page breaks a sheet: long plans split only while the limit has room', () => {
    // A thousand plans (a sheet's most, planParts.ts), each with long minutes typed in: each would take two pages.
    const many = reviewed(Array.from({ length: 1000 }, (_, i) => ({ ...SPECS[0], id: String(10000 + i), name: `工程师${i}` })));
    const plans = followOf(many).plans;
    const first = buildPlansPlan(plans, follow());
    const minutes = '面谈记录：安排跨部门轮岗并参与关键项目攻关，季度复盘一次。'.repeat(40);
    const notes = first.values.flatMap((row, r) => (row[B] === '备注' ? [{ row: r, col: C, value: minutes }] : []));
    expect(notes).toHaveLength(1000);
    const again = buildPlansPlan(plans, follow('zh-CN', reread(typed(first, notes))));
    const breaks = again.print?.rowBreaks ?? [];
    expect(breaks.length).toBeLessThanOrEqual(1026);
    // The limit's room beyond one break between plans (999) went to long plans, each split once, titled.
    const split = again.values.filter((row) => String(row[B] ?? '').startsWith('发展行动 · ')).length;
    expect(split).toBeGreaterThan(20);
    expect(breaks.length).toBe(999 + split);
  }, 30_000);

  it('gives the sign-off row room for a label that wraps in English', () => {
    const en = buildPlansPlan(fu.plans, follow('en-US'));
    const r = en.values.findIndex((row) => row[D] === 'Department head signature');
    // 'Department head signature' in bold wraps to three lines of the 15-wide column: at least 45 pt.
    expect(en.rowHeights?.[r + 1]).toBeGreaterThanOrEqual(45);
  });

  it('costs one merge a plan (the notes cell): labels and values sit side by side in plain cells', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    expect(plan.merges).toHaveLength(3);
  });

  it('shows the facts label by value, then strategy and strengths', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const s = blocks(plan).get('1001')!.start;
    expect(plan.values.slice(s + 1, s + 8).map((r) => [r[B], r[D]])).toEqual([
      ['部门', '岗位'], ['工程师类别', '培育层级'], ['九宫格', '成长阶段'], ['职业通道', '导师'], ['盘点日期', '复盘日期'],
      ['发展策略', null], ['优势能力', null],
    ]);
    expect(plan.values[s + 3][C]).toBe('9 超级明星');
    expect(plan.values[s + 3][E]).toBe('成才期');
    expect(plan.values[s + 5][C]).toBe('2025-06-30');
    expect(plan.values[s + 5][E]).toBe('2025-12-30');
    expect(plan.values[s + 6][C]).toBe('保留并加速：牵头关键项目（揭榜挂帅），带教他人，长期激励');
    expect(plan.values[s + 7][C]).toBe('工程实践与应用能力、复杂问题解决能力');
  });

  it('shows results (实绩) and 近三年绩效 under the strengths where the roster gives them, and no such lines where it does not', () => {
    const withFacts = reviewed(SPECS);
    Object.assign(withFacts.reviews[0].engineer, {
      results: { patents: 2, resultsTransferred: 0, apprentices: 3 },
      performanceHistory: [{ year: 2024, value: 'B' }, { year: 2023, value: 'A' }, { year: 2022, value: 'C' }],
    });
    const plans = followOf(withFacts).plans;
    // The block's rows, found by its Chinese title; the English sheet has the same layout.
    const { start, end } = blocks(buildPlansPlan(plans, follow())).get('1001')!;
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const plan = buildPlansPlan(plans, follow(lang));
      const rows = plan.values.slice(start, end + 1).map((r) => [r[B], r[C]]);
      expect(rows).toEqual(
        expect.arrayContaining(
          lang === 'zh-CN'
            ? [['实绩', '专利 2 · 成果转化 0 · 带徒 3'], ['近三年绩效', '本期 优秀 · 2024 B · 2023 A']]
            : [['Results', 'Patents 2 · Results transferred 0 · Apprentices 3'], ['Performance, 3 years', 'This review Excellent · 2024 B · 2023 A']],
        ),
      );
    }
    // Without them (李娜): strengths, then the actions; no empty 实绩 line.
    const plain = buildPlansPlan(fu.plans, follow());
    const b = blocks(plain).get('1002')!;
    const labels = plain.values.slice(b.start, b.end + 1).map((r) => r[B]);
    expect(labels).not.toContain('实绩');
    expect(labels).not.toContain('近三年绩效');
  });

  it('lists box, gap and retention actions with training type, target, owner, due date (复盘日期), status and notes', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    const head = rowIn(plan, '1001', C, '行动');
    expect(plan.values[head].slice(B, I + 1)).toEqual(['类别', '行动', '培训方式', '目标', '责任人', '完成期限', '状态', '备注']);
    const rows = plan.values.slice(head + 1, head + 8).map((r) => [r[B], r[C], r[D]]);
    expect(rows).toEqual([
      ['九宫格策略', '牵头关键技术攻关任务', '—'],
      [null, '开展技术分享', '—'],
      [null, '纳入卓越工程师储备人才', '—'],
      ['创新变革能力', '参与大师工作室项目', '—'],
      ['专业技术研究能力', '脱产培训', '脱产培训'],
      ['保留措施', '短期激励：授权、群策群力、薪酬、福利', '—'],
      [null, '长期激励：员工晋升、工作使命、股份、期权', '—'],
    ]);
    expect(plan.values[head + 4][E]).toBe('创新变革能力 由 1 提升到 3（复盘时由直接上级评估）');
    // Due: the 复盘日期 as a date; status a drop-down 未开始 / 进行中 / 已完成.
    for (let r = head + 1; r <= head + 7; r++) {
      expect(plan.values[r][G]).toBe(isoDateToSerial('2025-12-30'));
      expect(plan.validations?.find((x) => inRange(`H${r + 1}`, x.range))?.list).toEqual(['未开始', '进行中', '已完成']);
      expect(plan.numberFormats.find((f) => f.ranges.some((x) => inRange(`G${r + 1}`, x)))?.format).toBe('yyyy-mm-dd');
    }
    expect(() => rowIn(plan, '1002', B, '保留措施')).toThrow();
  });

  it('gives every plan its box actions and notes and sign-off cells; no empty section line', () => {
    const plan = buildPlansPlan(fu.plans, follow());
    expect(plan.values[rowIn(plan, '1002', B, '九宫格策略')][C]).toBe('绩效改进计划');
    for (const id of ['1001', '1002', '1003']) {
      rowIn(plan, id, B, '备注');
      const sign = rowIn(plan, id, B, '工程师签字');
      expect(plan.values[sign][D]).toBe('部门负责人签字');
      expect(plan.values[sign][F]).toBe('日期');
    }
    expect(allText(plan)).not.toContain('无差距行动');
  });

  it('keeps the key column hidden, and writes English when the sheet language is en-US', () => {
    const plan = buildPlansPlan(fu.plans, follow('en-US'));
    expect(plan.name).toBe('Development plans');
    expect(plan.hiddenColumns).toEqual([0]);
    expect(allText(plan)).toContain('Individual development plan · 张伟 (1001)');
    expect(allText(plan)).toContain('Short-term incentives: more autonomy, a voice in team decisions, pay, benefits');
    expect(allText(plan)).not.toMatch(/[\uff08\uff09\uff0c\uff1a\uff1b\u3001\u3002]/u);
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
  const owner = rowIn(plan1, '1001', C, '脱产培训');
  const notes1 = rowIn(plan1, '1002', B, '备注');
  const sign3 = rowIn(plan1, '1003', B, '工程师签字');
  const notes3 = rowIn(plan1, '1003', B, '备注');
  const edited = typed(plan1, [
    { row: owner, col: F, value: '孙经理' },
    { row: owner, col: G, value: 45900 },
    { row: owner, col: H, value: '进行中' },
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
    const r = rowIn(plan2, '1001', C, '脱产培训');
    expect(plan2.values[r].slice(F, H + 1)).toEqual(['孙经理', 45900, '进行中']);
    const n = rowIn(plan2, '1002', B, '备注');
    // A text starting with = stays the text typed.
    expect(plan2.values[n][C]).toBe('=先谈话再定');
    expect(plan2.values[rowIn(plan2, '1004', B, '备注')][C]).toBeNull();
  });

  it('moves the cells of an engineer who left to the archive at the end, with who, what, field and date', () => {
    const text = plan2.values.map((r) => r.slice(1).map((v) => v ?? ''));
    const archive = plan2.values.findIndex((r) => String(r[B] ?? '').startsWith('归档'));
    expect(archive).toBeGreaterThan(blocks(plan2).get('1001')!.end);
    const rows = text.slice(archive + 2).map((r) => [r[0], r[2], r[3], r[4]]);
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
    expect(plan3.values.slice(archive + 2).map((r) => r[D])).toEqual(['备注', '工程师签字']);
    expect(plan3.values[rowIn(plan3, '1001', C, '脱产培训')].slice(F, H + 1)).toEqual(['孙经理', 45900, '进行中']);
  });

  it('shows a typed status in the sheet\'s language after the language changes', () => {
    const en = buildPlansPlan(followOf(second).plans, follow('en-US', reread(plan2)));
    const r = en.values.findIndex((row) => row[C] === 'Off-the-job training');
    expect(en.values[r].slice(F, H + 1)).toEqual(['孙经理', 45900, 'In progress']);
  });

  it('merges a one-person sheet with the plans sheet: a typed change wins over an untouched copy', () => {
    const fu = followOf(first);
    const one = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow('zh-CN', reread(edited)));
    expect(one.key).toBe('plan:1001');
    expect(one.print?.rowBreaks).toBeUndefined();
    const r = one.values.findIndex((row) => row[C] === '脱产培训');
    expect(one.values[r][F]).toBe('孙经理');
    // The person now edits the one-person sheet; the plans sheet still holds the older value.
    const oneEdited = typed(one, [{ row: r, col: F, value: '周主任' }]);
    const again = buildPlansPlan(fu.plans, follow('zh-CN', reread(edited, oneEdited)));
    expect(again.values[rowIn(again, '1001', C, '脱产培训')][F]).toBe('周主任');
    // And the other way round: an edit in the plans sheet wins over the untouched one-person copy.
    const mainEdited = typed(again, [{ row: rowIn(again, '1001', C, '脱产培训'), col: F, value: '吴总' }]);
    const oneAgain = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow('zh-CN', reread(again, oneEdited)));
    const third = buildPlansPlan(fu.plans, follow('zh-CN', reread(mainEdited, oneAgain)));
    expect(third.values[rowIn(third, '1001', C, '脱产培训')][F]).toBe('吴总');
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
