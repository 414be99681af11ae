// DOMAIN.md, Printing, in the plans: 盘点结果 sorted by department with a page break after each and a print
// area of its first ten columns; input copies printing only their header; the footer's sheet name and page
// numbers; the tabs in meeting order.
import { defaultSettings } from '../../../src/domain/settings';
import type { SheetGrid } from '../../../src/workbook/host';
import type { SheetPlan } from '../../../src/workbook/plan';
import { inputCopyPlan } from '../../../src/workbook/write/inputCopy';
import { inMeetingOrder } from '../../../src/workbook/write/order';
import { buildResultsPlan } from '../../../src/workbook/write/results';
import { review } from '../../fixtures/reviews';

const result = review([
  { id: 'A1', name: '甲', perf: 'excellent', pot: 'high', department: '研发中心' },
  { id: 'B1', name: '乙', perf: 'qualified', pot: 'medium', department: '设备部' },
  { id: 'A2', name: '丙', perf: 'needs', pot: 'low', department: '研发中心' },
  { id: 'C1', name: '丁', perf: 'qualified', pot: 'low' },
  { id: 'B2', name: '戊', perf: 'qualified', pot: 'high', department: '设备部' },
]);

describe('盘点结果 in print', () => {
  const plan = buildResultsPlan(result, 'zh-CN', defaultSettings());

  it('groups engineers by department, in order of first appearance, and breaks the page after each', () => {
    expect(plan.values.slice(1).map((r) => r[0])).toEqual(['A1', 'A2', 'B1', 'B2', 'C1']);
    // Sheet rows 2–3 研发中心, 4–5 设备部, 6 no department.
    expect(plan.print?.rowBreaks).toEqual([3, 5]);
  });

  it('prints 工号 to 校准后九宫格 (ten columns) while the table keeps all sixteen', () => {
    expect(plan.print?.printArea).toBe('A1:J6');
    expect(plan.values[0][9]).toBe('校准后九宫格');
    expect(plan.table?.range).toBe('A1:P6');
  });

  it('has the sheet name on the left of the footer and the page of the pages on the right, in each language', () => {
    expect(plan.print?.footerLeft).toEqual([{ font: 'Microsoft YaHei' }, { field: 'sheet' }]);
    expect(plan.print?.footerRight).toEqual(['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页']);
    expect(buildResultsPlan(result, 'en-US', defaultSettings()).print?.footerRight).toEqual(['Page ', { field: 'page' }, ' of ', { field: 'pages' }]);
  });
});

it('an input copy prints as the original would once its print area is cleared, and nothing by default', () => {
  const grid: SheetGrid = {
    name: '工程师名单',
    origin: { row: 1, col: 0 },
    values: [['工号', '姓名', '绩效'], ['1', '张伟', 'A'], ['2', '李娜', 'B']],
    texts: [],
    formats: [],
    errors: [],
    hiddenRows: [],
  };
  const plan = inputCopyPlan(grid, 'zh-CN', 1);
  // The print area is the empty cell right of the header: nothing to print.
  expect(plan.print).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, repeatRows: '2:2', printArea: 'D2' }));
  expect(plan.values[1][3] ?? null).toBeNull();
});

it('puts the tabs in meeting order, keeping the order within a role', () => {
  const p = (role: SheetPlan['role'], name: string): SheetPlan => ({ role, name } as SheetPlan);
  const plans = [p('results', '盘点结果'), p('grid', '九宫格'), p('gaps', '能力差距'), p('check', '数据检查'), p('plans', '个人发展计划'), p('summary', '盘点汇总'), p('input', '工程师名单'), p('calibration', '校准记录'), p('meetingPack', '会议材料-甲'), p('meetingPack', '会议材料-乙'), p('registry', '_卓越盘点')];
  expect(inMeetingOrder(plans).map((x) => x.name)).toEqual([
    '九宫格', '盘点汇总', '会议材料-甲', '会议材料-乙', '盘点结果', '能力差距', '个人发展计划', '数据检查', '校准记录', '工程师名单', '_卓越盘点',
  ]);
});
