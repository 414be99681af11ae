import { problem } from '../../../src/workbook/problems';
import { buildCheckPlan } from '../../../src/workbook/write/check';
import { styleAt } from './helpers';

const problems = [
  problem('工程师名单', 'A7', 'error', '工号重复：与 A3 相同', 'Duplicate ID: same as A3'),
  problem('工程师名单', 'K12', 'warning', '潜力「很高」无法识别', 'Potential "很高" not recognised'),
];

describe('数据检查 / Data check', () => {
  it('says 「未发现问题」 when all is well, inside its table', () => {
    const plan = buildCheckPlan([], 'zh-CN');
    expect(plan.name).toBe('数据检查');
    expect(plan.values).toEqual([['工作表', '单元格', '级别', '说明', '处数'], [null, null, null, '未发现问题', 0]]);
    expect(plan.table?.range).toBe('A1:E2');
    const en = buildCheckPlan([], 'en-US');
    expect(en.values).toEqual([['Sheet', 'Cell', 'Severity', 'Message', 'Count'], [null, null, null, 'No problems found', 0]]);
    // In bold, with room to spare: 17 characters a quarter wider, plus padding.
    expect(en.columnWidths[3]).toBeGreaterThanOrEqual(24);
  });

  it('is an Excel table with a filter over every line', () => {
    expect(buildCheckPlan(problems, 'zh-CN').table).toEqual({ name: 'DataCheck', range: 'A1:E3', style: expect.any(String) });
  });

  it('groups one message repeated down a column into one line with the count and the rows', () => {
    const level = (row: number, v: string): ReturnType<typeof problem> =>
      problem('工程师名单', `O${row}`, 'warning', `层级「${v}」无法识别`, `Level "${v}" not recognised`);
    const rows = [3, 4, 5, 9, 12, 13, 20, 1472];
    const many = [...rows.map((r) => level(r, '2')), level(6, '3'), problem('工程师名单', 'P7', 'warning', '层级「2」无法识别', 'Level "2" not recognised')];
    const plan = buildCheckPlan([problems[0], ...many], 'zh-CN');
    expect(plan.values.slice(1)).toEqual([
      ['工程师名单', 'A7', '错误', '工号重复：与 A3 相同', 1],
      ['工程师名单', 'O3:O1472', '警告', '第 3–5、9、12–13、20、… 1,472 行（8 处）：层级「2」无法识别', 8],
      ['工程师名单', 'O6', '警告', '层级「3」无法识别', 1],
      ['工程师名单', 'P7', '警告', '层级「2」无法识别', 1],
    ]);
    expect(buildCheckPlan(many.slice(0, 3), 'en-US').values[1]).toEqual(['工程师名单', 'O3:O5', 'Warning', 'Rows 3–5 (3 cells): Level "2" not recognised', 3]);
  });

  it('lists every problem with severity and message in the sheet language', () => {
    expect(buildCheckPlan(problems, 'zh-CN').values.slice(1)).toEqual([
      ['工程师名单', 'A7', '错误', '工号重复：与 A3 相同', 1],
      ['工程师名单', 'K12', '警告', '潜力「很高」无法识别', 1],
    ]);
    const en = buildCheckPlan(problems, 'en-US');
    expect(en.name).toBe('Data check');
    expect(en.values[1]).toEqual(['工程师名单', 'A7', 'Error', 'Duplicate ID: same as A3', 1]);
  });

  it('wraps a message longer than its column in a row tall enough to print it whole', () => {
    const long = problem('个人发展计划', '', 'warning', '很长的说明，'.repeat(40), 'A long message, '.repeat(20));
    const plan = buildCheckPlan([...problems, long], 'zh-CN');
    expect(styleAt(plan, 'D4').wrap).toBe(true);
    expect(styleAt(plan, 'A4').vAlign).toBe('top');
    expect(plan.rowHeights?.[4]).toBeGreaterThanOrEqual(3 * 15);
    // Short messages stay on one line, as before.
    expect(styleAt(plan, 'D2').wrap).toBeUndefined();
    expect(buildCheckPlan(problems, 'zh-CN').rowHeights).toBeUndefined();
  });

  it('never asks for a row taller than Excel allows (409 pt): a very long message is cut in print instead', () => {
    const huge = problem('工程师名单', 'B2', 'warning', '超长的说明文字'.repeat(600), 'A very long message '.repeat(600));
    const plan = buildCheckPlan([huge], 'zh-CN');
    expect(plan.rowHeights?.[2]).toBe(409);
  });

  it('tints errors, not warnings', () => {
    const plan = buildCheckPlan(problems, 'zh-CN');
    expect(styleAt(plan, 'D2').fill).toBeDefined();
    expect(styleAt(plan, 'D3').fill).toBeUndefined();
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
  });
});
