// Workbooks the pane tests open: a Chinese roster with one unusable row and one bad cell, and a roster with
// headers the alias table does not know, on a sheet with a name the reader does not look for.
import type { RawValue } from '../../src/workbook/host';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

export const ROSTER_HEADER: RawValue[] = ['工号', '姓名', '部门', '绩效等级', '潜力等级', '工龄'];

/** Sheet rows 2–9. E007 has no performance (left out, error at D8); E008 has negative years (warning at F9). */
export const ROSTER_ROWS: RawValue[][] = [
  ['E001', '张三', '研发中心', 'A', '高', 12], // 优秀 × 高 → box 9
  ['E002', '李四', '研发中心', '优秀', '高', 8], // box 9
  ['E003', '王五', '工艺技术部', 'B', '中', 5], // 合格 × 中 → box 5
  ['E004', '赵六', '工艺技术部', 'C', '低', 3], // 待提升 × 低 → box 1
  ['E005', '钱七', '设备动力部', '合格', '高', 6], // 合格 × 高 → box 8
  ['E006', '孙八', '设备动力部', 'S', '中', 15], // 优秀 × 中 → box 6
  ['E007', '周九', '设备动力部', null, '高', 4], // no performance: not reviewed
  ['E008', '吴十', '质量管理部', 'A', '中', -3], // box 6; years treated as not given
];

export function rosterHost(): LiveMemoryHost {
  return new LiveMemoryHost([gridOf('工程师名单', [ROSTER_HEADER, ...ROSTER_ROWS])]);
}

/**
 * The same people (less E007) under headers of a client's own HR system, on a sheet called 员工信息: only
 * 员工工号 resembles an alias (it contains 工号), so performance must be mapped by hand.
 */
export const FOREIGN_HEADER: RawValue[] = ['员工工号', '员工名', '所在单位', '年度考核', '发展评估'];

export function foreignHost(): LiveMemoryHost {
  const rows = ROSTER_ROWS.filter((r) => r[3] !== null).map((r) => [r[0], r[1], r[2], r[3], r[4]]);
  return new LiveMemoryHost([gridOf('员工信息', [FOREIGN_HEADER, ...rows])]);
}
