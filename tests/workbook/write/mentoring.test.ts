import { buildMentoringPlan } from '../../../src/workbook/write/mentoring';
import { follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';
import { inRange } from './helpers';

const HEADERS_ZH = ['导师', '学员', '学员部门', '结对类型', '结对理由', '提示', '状态', '开始日期', '协议已签订', '双向评价', '退出原因'];

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

  it('gives each pair drop-downs for status (建议/已确认/进行中/已结束) and agreement (是/否), and a date format for the start', () => {
    const r = pairRow(plan.values, 'T1') + 1;
    expect(plan.validations?.find((v) => inRange(`H${r}`, v.range))?.list).toEqual(['建议', '已确认', '进行中', '已结束']);
    expect(plan.validations?.find((v) => inRange(`J${r}`, v.range))?.list).toEqual(['是', '否']);
    expect(plan.numberFormats.find((f) => f.ranges.some((x) => inRange(`I${r}`, x)))?.format).toBe('yyyy-mm-dd');
    expect(plan.hiddenColumns).toEqual([0]);
  });

  it('keeps the lifecycle cells with the same pair across a re-run, and archives them when the pair is gone', () => {
    const r = pairRow(plan.values, 'T1');
    const edited = typed(plan, [
      { row: r, col: 7, value: '进行中' },
      { row: r, col: 8, value: 45800 },
      { row: r, col: 9, value: '是' },
      { row: r, col: 10, value: '双方满意' },
    ]);
    // Reordered roster: T2 now comes first, the pair M1–T1 stays.
    const again = reviewed([t2, t1, mentor]);
    const plan2 = buildMentoringPlan(again, followOf(again), follow('zh-CN', reread(edited)));
    const r2 = pairRow(plan2.values, 'T1');
    expect(plan2.values[r2].slice(7, 12)).toEqual(['进行中', 45800, '是', '双方满意', null]);
    expect(plan2.values[pairRow(plan2.values, 'T2')].slice(7, 12)).toEqual([null, null, null, null, null]);

    // The mentor left: T1 has no pair now; the typed cells are archived, never dropped.
    const left = reviewed([t1, t2]);
    const plan3 = buildMentoringPlan(left, followOf(left), follow('zh-CN', reread(plan2)));
    const archive = plan3.values.findIndex((row) => String(row[1] ?? '').startsWith('归档'));
    expect(archive).toBeGreaterThan(0);
    const rows = plan3.values.slice(archive + 2).map((row) => [row[1], row[2], row[3], row[4]]);
    expect(rows).toEqual([
      ['徒一(T1)', '导师 师傅(M1)', '状态', '进行中'],
      ['徒一(T1)', '导师 师傅(M1)', '开始日期', '45800'],
      ['徒一(T1)', '导师 师傅(M1)', '协议已签订', '是'],
      ['徒一(T1)', '导师 师傅(M1)', '双向评价', '双方满意'],
    ]);
  });

  it('lists unpaired mentees with why: no mentor with 5 more years (以老带新)', () => {
    const alone = reviewed([mentor, { ...t1, id: 'Y1', name: '老徒', years: 8 }]);
    const p = buildMentoringPlan(alone, followOf(alone), follow());
    const title = p.values.findIndex((r) => r[1] === '未结对的学员');
    expect(p.values[title + 2][1]).toBe('老徒(Y1)');
    expect(String(p.values[title + 2][5])).toMatch(/^没有工龄多出足够年限的符合条件导师/u);
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
