import { buildPoolPlan } from '../../../src/workbook/write/pool';
import { follow, followOf, reviewed, type Spec } from './followHelpers';

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
