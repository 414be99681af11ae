import { problem } from '../../../src/workbook/problems';
import { buildCheckPlan } from '../../../src/workbook/write/check';
import { styleAt } from './helpers';

const problems = [
  problem('工程师名单', 'A7', 'error', '工号重复：与 A3 相同', 'Duplicate ID: same as A3'),
  problem('工程师名单', 'K12', 'warning', '潜力「很高」无法识别', 'Potential "很高" not recognised'),
];

describe('数据检查 / Data check', () => {
  it('is present with just its headers when all is well', () => {
    const plan = buildCheckPlan([], 'zh-CN');
    expect(plan.name).toBe('数据检查');
    expect(plan.values).toEqual([['工作表', '单元格', '级别', '说明']]);
    expect(buildCheckPlan([], 'en-US').values).toEqual([['Sheet', 'Cell', 'Severity', 'Message']]);
  });

  it('lists every problem with severity and message in the sheet language', () => {
    expect(buildCheckPlan(problems, 'zh-CN').values.slice(1)).toEqual([
      ['工程师名单', 'A7', '错误', '工号重复：与 A3 相同'],
      ['工程师名单', 'K12', '警告', '潜力「很高」无法识别'],
    ]);
    const en = buildCheckPlan(problems, 'en-US');
    expect(en.name).toBe('Data check');
    expect(en.values[1]).toEqual(['工程师名单', 'A7', 'Error', 'Duplicate ID: same as A3']);
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
