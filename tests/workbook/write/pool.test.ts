import { POOL_WIDTHS, buildPoolPlan } from '../../../src/workbook/write/pool';
import { WIDE_MARGINS, widthScale } from '../../../src/workbook/write/layout';
import { follow, followOf, reviewed, type Spec } from './followHelpers';
import { printProblems } from './printFit';

const HEADERS_ZH = [
  '工号', '姓名', '部门', '培育层级', '九宫格', '当前在库', '培育库状态', '原因', '推荐纳入青岛市培育库（参考）',
  '工龄', '牵头大型/复杂工程项目数', '九宫格（业绩突出）', '复杂问题解决能力', '专业学科交叉与整合能力',
];

const SPECS: Spec[] = [
  // Not in the pool, box 5, key position: 建议入库.
  { id: 'E1', name: '甲', perf: 'qualified', pot: 'medium', keyPosition: true },
  // In the pool, box 4: 建议出库.
  { id: 'E2', name: '乙', perf: 'needs', pot: 'medium', inPool: true },
  // Box 9, exactly 10 years, 1 project, 4 and 4: a candidate.
  { id: 'E3', name: '丙', perf: 'excellent', pot: 'high', years: 10, projectsLed: 1, competencies: { problemSolving: 4, integration: 4 } },
  // In the pool, box 6: 保留在库; years not given.
  { id: 'E4', name: '丁', perf: 'excellent', pot: 'medium', inPool: true, projectsLed: 3, competencies: { problemSolving: 4, integration: 3.5 } },
  // Box 2: 暂不入库.
  { id: 'E5', name: '戊', perf: 'qualified', pot: 'low' },
];

describe('培育库 / Cultivation pool', () => {
  const result = reviewed(SPECS);
  const plan = buildPoolPlan(result, followOf(result), follow());
  const head = plan.values.findIndex((r) => r[0] === '工号');
  const rows = plan.values.slice(head + 1);

  it('has exact headers, every engineer once, grouped by status: 建议入库, 保留在库, 建议出库, 暂不入库', () => {
    expect(plan.values[head]).toEqual(HEADERS_ZH);
    expect(rows.map((r) => [r[0], r[5], r[6]])).toEqual([
      ['E1', '否', '建议入库'],
      ['E3', '否', '建议入库'],
      ['E4', '是', '保留在库'],
      ['E2', '是', '建议出库'],
      ['E5', '否', '暂不入库'],
    ]);
    expect(plan.print).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, repeatRows: `${head + 1}:${head + 1}` }));
  });

  it('gives the reason of each status', () => {
    expect(rows[0][7]).toBe('未在库，九宫格 5（中坚力量）且在关键岗位');
    expect(rows[3][7]).toBe('在库，九宫格 4（待改进者）属出库格位（1、2、4）');
  });

  it('lists each reference-check condition met, not met or not given; 是 only when all are met (exactly 10 years counts)', () => {
    expect(rows[1].slice(8)).toEqual(['是', '✓ 10 ≥ 10', '✓ 1 ≥ 1', '✓ 9', '✓ 4 ≥ 4', '✓ 4 ≥ 4']);
    expect(rows[2].slice(8)).toEqual(['否', '? 未填', '✓ 3 ≥ 1', '✓ 6', '✓ 4 ≥ 4', '✗ 3.5 < 4']);
  });

  it('reminds that frontline work, craft and passing it on are judged by people', () => {
    expect(String(plan.values[1][0])).toContain('扎根一线、身怀绝技绝活、技艺传承等条件由人工判断');
  });
});

describe('培育库 in print, in both languages', () => {
  // The demo's shapes: three-character names, six-digit IDs, departments of five characters, every status and the
  // longest box labels (3 熟练员工 / Trusted professional, 8 潜力之星 / High potential).
  const specs: Spec[] = [
    { id: '100102', name: '徐娟', perf: 'qualified', pot: 'high', department: '工艺技术部', level: 'senior', years: 19, projectsLed: 4, competencies: { problemSolving: 4, integration: 4.5 } },
    { id: '100128', name: '刘娟', perf: 'excellent', pot: 'medium', department: '产品开发部', level: 'senior', years: 15, projectsLed: 1, competencies: { problemSolving: 5, integration: 4 } },
    { id: '100134', name: '程一鸣', perf: 'qualified', pot: 'medium', department: '产品开发部', level: 'junior', keyPosition: true, years: 1 },
    { id: '100104', name: '彭晓东', perf: 'excellent', pot: 'medium', department: '产品开发部', level: 'intermediate', inPool: true, years: 10 },
    { id: '100119', name: '于刚', perf: 'needs', pot: 'medium', department: '研发中心', level: 'intermediate', inPool: true },
    { id: '100172', name: '谢瑞', perf: 'excellent', pot: 'low', department: '质量管理部', level: 'senior', years: 17 },
    { id: '100163', name: '萧丽', perf: 'qualified', pot: 'low', department: '设备动力部', level: 'junior', years: 4 },
  ];
  const result = reviewed(specs);

  it.each(['zh-CN', 'en-US'] as const)('%s: no header or value broken mid-word, no wrapped text taller than its row', (lang) => {
    const plan = buildPoolPlan(result, followOf(result), follow(lang));
    // Every status, and the longest box label, are among the rows checked.
    expect(new Set(plan.values.slice(4).map((r) => r[6])).size).toBe(4);
    expect(plan.values.slice(4).map((r) => r[4])).toContain(lang === 'zh-CN' ? '3 熟练员工' : '3 Trusted professional');
    expect(printProblems(plan, 1)).toEqual([]);
  });

  it('widens the department column for a long English department name, taking it from the reason column', () => {
    // IBM's public roster: 'Research & Development' broke as 'Developme nt' over three lines.
    const ibm = reviewed(specs.map((x, i) => ({ ...x, department: i % 2 === 0 ? 'Research & Development' : 'Human Resources' })));
    const plan = buildPoolPlan(ibm, followOf(ibm), follow('zh-CN'));
    expect(printProblems(plan, 1)).toEqual([]);
    expect(plan.columnWidths[2]).toBeGreaterThan(POOL_WIDTHS['zh-CN'][2]);
    const sum = (w: readonly number[]): number => w.reduce((a, b) => a + b, 0);
    expect(sum(plan.columnWidths)).toBe(sum(POOL_WIDTHS['zh-CN']));
  });

  it('writes the English reminder with an English colon', () => {
    const en = String(buildPoolPlan(result, followOf(result), follow('en-US')).values[1][0]);
    expect(en).toMatch(/reference check: Political integrity/u);
    expect(en).not.toContain('：');
  });

  it.each(['zh-CN', 'en-US'] as const)('%s: the printed columns keep 10-pt text at 8 pt or larger on landscape A4', (lang) => {
    expect(widthScale(POOL_WIDTHS[lang], 'landscape', WIDE_MARGINS) * 10).toBeGreaterThanOrEqual(7.95);
  });
});
