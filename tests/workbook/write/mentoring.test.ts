import { MENTORING_WIDTHS, buildMentoringPlan } from '../../../src/workbook/write/mentoring';
import { WIDE_MARGINS, widthScale } from '../../../src/workbook/write/layout';
import { follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';
import { inRange } from './helpers';
import { printProblems } from './printFit';

const HEADERS_ZH = ['导师', '学员', '学员部门', '结对类型', '结对理由', '提示', '结对方式', '状态', '协议签订日期', '培养目标', '学习期限（月）', '总结互评', '考核结果', '退出原因', '逾期'];

const mentor: Spec = { id: 'M1', name: '师傅', perf: 'excellent', pot: 'high', department: '研发中心', years: 10, projectsLed: 1, competencies: { research: 5, problemSolving: 4, integration: 4 } };
const t1: Spec = { id: 'T1', name: '徒一', perf: 'qualified', pot: 'high', department: '研发中心', years: 3, competencies: { research: 2 } };
const t2: Spec = { id: 'T2', name: '徒二', perf: 'qualified', pot: 'high', department: '工艺技术部', years: 3, competencies: { research: 2 } };

function pairRow(values: (string | number | boolean | null)[][], mentee: string): number {
  return values.findIndex((r) => typeof r[2] === 'string' && r[2].endsWith(`(${mentee})`) && typeof r[1] === 'string' && r[1].includes('('));
}

describe('导师结对 / Mentoring', () => {
  const result = reviewed([mentor, t1, t2]);
  const plan = buildMentoringPlan(result, followOf(result), follow());
  const head = plan.values.findIndex((r) => r[1] === '导师');

  it('has exact headers and one row per pair: mentor 姓名(工号), mentee, kind 建议, reason', () => {
    expect(plan.values[head].slice(1)).toEqual(HEADERS_ZH);
    const r1 = pairRow(plan.values, 'T1');
    expect(plan.values[r1].slice(1, 5)).toEqual(['师傅(M1)', '徒一(T1)', '研发中心', '建议']);
    expect(String(plan.values[r1][5])).toContain('专业技术研究能力');
    expect(pairRow(plan.values, 'T2')).toBeGreaterThan(r1);
  });

  it('gives each pair the seed’s lifecycle: drop-downs in the seed’s words, goals from the top gaps, the learning period', () => {
    const r = pairRow(plan.values, 'T1') + 1;
    expect(plan.validations?.find((v) => inRange(`H${r}`, v.range))?.list).toEqual(['组织选派', '个人结对']);
    expect(plan.validations?.find((v) => inRange(`I${r}`, v.range))?.list).toEqual(['建议', '已签协议', '进行中', '总结互评', '已考核', '有序退出']);
    expect(plan.validations?.find((v) => inRange(`N${r}`, v.range))?.list).toEqual(['优秀', '合格', '不合格']);
    expect(plan.validations?.find((v) => inRange(`O${r}`, v.range))?.list).toEqual(['达成目标', '学员学习意愿或表现不足', '导师无法继续', '其他']);
    expect(plan.numberFormats.find((f) => f.ranges.some((x) => inRange(`J${r}`, x)))?.format).toBe('yyyy-mm-dd');
    expect(plan.values[r - 1].slice(8, 12)).toEqual(['建议', null, '专业技术研究能力 2→3', 12]);
    expect(plan.hiddenColumns).toEqual([0]);
    expect(plan.values[2][1]).toBe('按状态统计：建议 2 · 逾期未考核 0');
  });

  it('flags a pair past its learning period without 考核结果, and counts it', () => {
    const r = pairRow(plan.values, 'T1');
    // Agreement 2024-01-02 + 12 months is before the review date 2025-06-30; no assessment yet.
    const edited = typed(plan, [{ row: r, col: 8, value: '进行中' }, { row: r, col: 9, value: 45293 }]);
    const plan2 = buildMentoringPlan(result, followOf(result), follow('zh-CN', reread(edited)));
    expect(plan2.values[pairRow(plan2.values, 'T1')][15]).toBe('⚠');
    expect(plan2.values[2][1]).toBe('按状态统计：建议 1 · 进行中 1 · 逾期未考核 1');
    const assessed = typed(plan2, [{ row: pairRow(plan2.values, 'T1'), col: 13, value: '合格' }]);
    const plan3 = buildMentoringPlan(result, followOf(result), follow('zh-CN', reread(assessed)));
    expect(plan3.values[pairRow(plan3.values, 'T1')][15]).toBeNull();
  });

  it('keeps the lifecycle cells with the same pair across a re-run, and archives them when the pair is gone', () => {
    const r = pairRow(plan.values, 'T1');
    const edited = typed(plan, [
      { row: r, col: 8, value: '进行中' },
      { row: r, col: 9, value: 45800 },
      { row: r, col: 7, value: '个人结对' },
      { row: r, col: 12, value: '双方满意' },
    ]);
    // Reordered roster: T2 now comes first, the pair M1–T1 stays.
    const again = reviewed([t2, t1, mentor]);
    const plan2 = buildMentoringPlan(again, followOf(again), follow('zh-CN', reread(edited)));
    const r2 = pairRow(plan2.values, 'T1');
    expect(plan2.values[r2].slice(7, 10)).toEqual(['个人结对', '进行中', 45800]);
    expect(plan2.values[r2][12]).toBe('双方满意');
    expect(plan2.values[pairRow(plan2.values, 'T2')].slice(7, 10)).toEqual([null, '建议', null]);

    // The mentor left: T1 has no pair now; the typed cells are archived, never dropped.
    const left = reviewed([t1, t2]);
    const plan3 = buildMentoringPlan(left, followOf(left), follow('zh-CN', reread(plan2)));
    const archive = plan3.values.findIndex((row) => String(row[1] ?? '').startsWith('归档'));
    expect(archive).toBeGreaterThan(0);
    // Person B–C, item D–E, field F, content G–M: each wide enough to print on one line.
    const rows = plan3.values.slice(archive + 2).map((row) => [row[1], row[3], row[5], row[6]]);
    expect(rows).toEqual([
      ['徒一(T1)', '导师 师傅(M1)', '结对方式', '个人结对'],
      ['徒一(T1)', '导师 师傅(M1)', '状态', '进行中'],
      ['徒一(T1)', '导师 师傅(M1)', '协议签订日期', '45800'],
      ['徒一(T1)', '导师 师傅(M1)', '总结互评', '双方满意'],
    ]);
  });

  it('lists unpaired mentees with why: no mentor with 5 more years (以老带新)', () => {
    const alone = reviewed([mentor, { ...t1, id: 'Y1', name: '老徒', years: 8 }]);
    const p = buildMentoringPlan(alone, followOf(alone), follow());
    const title = p.values.findIndex((r) => r[1] === '未结对的学员');
    expect(p.values[title + 2][1]).toBe('老徒(Y1)');
    expect(String(p.values[title + 2][6])).toMatch(/^没有工龄多出足够年限的符合条件导师/u);
    expect(pairRow(p.values, 'Y1')).toBe(-1);
  });
});

it('with nobody to pair, does not claim every mentee has a mentor', () => {
  // No gaps: nobody is a mentee, so there is no pair and nobody unpaired.
  const none = reviewed([mentor, { ...t1, competencies: { research: 5 } }]);
  const texts = buildMentoringPlan(none, followOf(none), follow()).values.flat().filter((v): v is string => typeof v === 'string');
  expect(texts).toContain('本次没有结对');
  expect(texts).not.toContain('✓ 每位学员都有导师');
  expect(texts.some((t) => t.startsWith('本次没有需要结对的学员'))).toBe(true);
  // With a pair made, nobody left over reads as before.
  const one = reviewed([mentor, t1]);
  expect(buildMentoringPlan(one, followOf(one), follow()).values.flat()).toContain('✓ 每位学员都有导师');
});

describe('导师结对 in print, in both languages', () => {
  // The demo's shapes: names of three characters with six-digit IDs, a mentor at capacity (3) so one mentee is left
  // without a pair, an existing pair whose mentor does not qualify (warnings), and a pair gone with typed cells.
  const lead: Spec = { id: '100153', name: '刘国庆', perf: 'excellent', pot: 'high', department: '智能制造部', years: 15, projectsLed: 1, competencies: { research: 5, problemSolving: 4, integration: 4 } };
  const weak: Spec = { id: '100102', name: '徐娟', perf: 'qualified', pot: 'medium', department: '工艺技术部', years: 19 };
  const young = (id: string, name: string, department: string): Spec => ({ id, name, perf: 'qualified', pot: 'high', department, years: 3, competencies: { research: 2, integration: 2.5 } });
  const specs = [lead, weak, young('100150', '卢桂英', '工艺技术部'), young('100138', '赵宇航', '工艺技术部'), young('100148', '蒋立新', '质量管理部'), young('100147', '魏丹丹', '智能制造部'), { ...young('100105', '孙志强', '智能制造部'), mentorId: '100102' }];
  const result = reviewed(specs);

  it.each(['zh-CN', 'en-US'] as const)('%s: no word broken mid-word, no wrapped text taller than its row — header, pairs, unpaired, mentors, archive', (lang) => {
    const plan = buildMentoringPlan(result, followOf(result), follow(lang));
    const r = plan.values.findIndex((row) => String(row[2] ?? '').includes('(100105)'));
    const edited = typed(plan, [
      { row: r, col: 8, value: lang === 'zh-CN' ? '进行中' : 'In progress' },
      { row: r, col: 12, value: '双方满意，继续保持每月一次的交流与复盘，下季度由学员主讲一次技术分享' },
      { row: r, col: 14, value: "Mentee's commitment or progress insufficient" },
    ]);
    // Typed cells kept on a re-run grow their row; with the mentor gone they print in the archive.
    const kept = buildMentoringPlan(result, followOf(result), follow(lang, reread(edited)));
    const left = reviewed(specs.slice(0, 6));
    const archived = buildMentoringPlan(left, followOf(left), follow(lang, reread(edited)));
    expect(archived.values.some((row) => row[6] === "Mentee's commitment or progress insufficient")).toBe(true);
    expect(plan.values.some((row) => row[1] === '卢桂英(100150)')).toBe(true);
    for (const p of [plan, kept, archived]) expect(printProblems(p, 1)).toEqual([]);
  });

  it.each(['zh-CN', 'en-US'] as const)('%s: the printed columns keep 10-pt text at 8 pt or larger on landscape A4', (lang) => {
    const printed = MENTORING_WIDTHS[lang].slice(1);
    expect(widthScale(printed, 'landscape', WIDE_MARGINS) * 10).toBeGreaterThanOrEqual(7.95);
  });
});
