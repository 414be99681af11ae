import { buildSummaryPlan } from '../../../src/workbook/write/summary';
import { follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';

const SPECS: Spec[] = [
  { id: 'A1', name: '甲', perf: 'excellent', pot: 'high', department: '研发中心', category: '研发工程师', level: 'senior', keyPosition: true, position: '主任工程师', flightRisk: 'high' },
  { id: 'A2', name: '乙', perf: 'excellent', pot: 'high', department: '研发中心', category: '研发工程师', level: 'intermediate', keyPosition: false },
  { id: 'A3', name: '丙', perf: 'qualified', pot: 'high', department: '工艺技术部', category: '机械工程师', level: 'junior', flightRisk: 'high' },
  { id: 'A4', name: '丁', perf: 'needs', pot: 'low', department: '工艺技术部', level: 'junior', flightRisk: 'high' },
];

function rowOf(values: (string | number | boolean | null)[][], text: string, from = 0): number {
  const i = values.findIndex((r, k) => k >= from && r[1] === text);
  if (i < 0) throw new Error(`no ${text}`);
  return i;
}

describe('盘点汇总 / Summary', () => {
  const result = reviewed(SPECS);
  const fu = followOf(result);
  const plan = buildSummaryPlan(fu, follow());

  it('counts final boxes by department, boxes 9 to 1 then the total, with a total row', () => {
    const head = rowOf(plan.values, '部门');
    expect(plan.values[head].slice(2)).toEqual(['9\n超级明星', '8\n潜力之星', '7\n待发展者', '6\n绩效之星', '5\n中坚力量', '4\n待改进者', '3\n熟练员工', '2\n基本胜任', '1\n需重点改进', '合计']);
    expect(plan.values[head + 1].slice(1)).toEqual(['研发中心', 2, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(plan.values[head + 2].slice(1)).toEqual(['工艺技术部', 0, 1, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(plan.values[head + 3].slice(1)).toEqual(['合计', 2, 1, 0, 0, 0, 0, 0, 0, 1, 4]);
    const cat = rowOf(plan.values, '工程师类别');
    expect(plan.values[cat + 3][1]).toBe('未填');
    expect(rowOf(plan.values, '培育层级')).toBeGreaterThan(cat);
  });

  it('reads the levels as the pyramid 塔尖/塔身/塔基 with count and share', () => {
    const top = rowOf(plan.values, '塔尖（高级培育对象）');
    expect(plan.values[top].slice(1, 7)).toEqual(['塔尖（高级培育对象）', 1, null, '25.0%', null, '1 / 0 / 0']);
    expect(plan.values[top + 2].slice(1, 5)).toEqual(['塔基（初级培育对象）', 2, null, '50.0%']);
  });

  it('lists 双高 in key positions and flight risk 高 among boxes 9, 8, 6 (not box 1)', () => {
    const dh = rowOf(plan.values, '关键岗位上的双高人才（九宫格 9）');
    expect(plan.values[dh + 2].slice(1, 7)).toEqual(['甲(A1)', '研发中心', null, null, null, '主任工程师']);
    expect(plan.values[dh + 3][1]).toBe('双高不在关键岗位 1 人；关键岗位未填 0 人');
    const fr = rowOf(plan.values, '流失风险高的骨干（九宫格 9、8、6）');
    expect([plan.values[fr + 2][1], plan.values[fr + 3][1], plan.values[fr + 4][1]]).toEqual(['甲(A1)', '丙(A3)', null]);
  });

  it('has sign-off cells for 第一责任人 and 一把手 that a re-run keeps', () => {
    const first = rowOf(plan.values, '第一责任人');
    const head = rowOf(plan.values, '一把手');
    expect([plan.values[first][2], plan.values[first][6]]).toEqual(['姓名', '日期']);
    const edited = typed(plan, [
      { row: first, col: 3, value: '刘部长' },
      { row: first, col: 7, value: 45850 },
      { row: head, col: 3, value: '王总' },
    ]);
    // More engineers now: the sign-off rows move down, the names stay.
    const more = reviewed([...SPECS, { id: 'A5', name: '戊', perf: 'qualified', pot: 'medium', department: '设备动力部' }]);
    const again = buildSummaryPlan(followOf(more), follow('zh-CN', reread(edited)));
    const f2 = rowOf(again.values, '第一责任人');
    expect(f2).toBeGreaterThan(first);
    expect([again.values[f2][3], again.values[f2][7]]).toEqual(['刘部长', 45850]);
    expect(again.values[rowOf(again.values, '一把手')][3]).toBe('王总');
  });

  it('shows the distribution and manager checks, or says all is well, on a printed page with the sign-off', () => {
    const checks = rowOf(plan.values, '分布与上级评价检查');
    expect(plan.values[checks + 1][1]).toBe('✓ 未发现分布偏离或上级评价偏差');
    expect(plan.print?.rowBreaks).toEqual([checks]);
    expect(rowOf(plan.values, '第一责任人')).toBeGreaterThan(checks);
  });
});
