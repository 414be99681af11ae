// Structural problems stop the review with a message naming what is missing and what to do.
import { loadWorkbook } from '../../../src/hosts/xlsx/load';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { readReviewInput } from '../../../src/workbook/read';
import { read, readOk, REVIEW_DATE, where } from './xlsxFixture';

describe('refused workbooks', () => {
  it('a workbook without a roster lists its sheets and says how to name one', async () => {
    const out = await read([
      { name: 'Sheet1', rows: [['hello']] },
      { name: '统计', rows: [['部门', '人数'], ['研发', 3]] },
    ]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.fatal.severity).toBe('error');
    expect(out.fatal.message.zh).toContain('「Sheet1」、「统计」');
    expect(out.fatal.message.zh).toContain('工程师名单');
    expect(out.fatal.message.zh).toContain('名单工作表');
    expect(out.fatal.message.en).toContain('"Sheet1", "统计"');
  });

  it('a roster without an ID column names the ID aliases and the 列: mapping', async () => {
    const out = await read([{ name: '工程师名单', rows: [['姓名', '部门', '绩效', '潜力'], ['甲', 'X', 'A', '高']] }]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(where([out.fatal])).toEqual(['工程师名单!A1 error']);
    expect(out.fatal.message.zh).toContain('工号、员工编号');
    expect(out.fatal.message.zh).toContain('列:工号');
    expect(out.fatal.message.en).toContain('Employee ID');
    expect(out.fatal.message.en).toContain('column:id');
  });

  it('a roster without a performance column names both the rating and the score aliases', async () => {
    const out = await read([{ name: '工程师名单', rows: [['工号', '姓名', '部门', '潜力'], ['1', '甲', 'X', '高']] }]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(where([out.fatal])).toEqual(['工程师名单!A1:D1 error']);
    expect(out.fatal.message.zh).toContain('绩效等级');
    expect(out.fatal.message.zh).toContain('绩效得分');
    expect(out.fatal.message.zh).toContain('列:绩效');
    expect(out.fatal.message.en).toContain('Performance score');
  });

  it('a header with the ID but fewer than two other fields is not a header row', async () => {
    const out = await read([{ name: '工程师名单', rows: [['工号', '绩效'], ['1', 'A']] }]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.fatal.message.en).toContain('at least two other fields');
  });
});

describe('ambiguous columns', () => {
  it('two columns naming one field is an error naming both; the higher-precedence alias is used', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '年度绩效', '绩效', '潜力'], ['a', 'A', 'C', 'A', '高']] },
    ]);
    expect(where(input.problems)).toEqual(['工程师名单!C1 error']);
    expect(input.problems[0].message.zh).toContain('D1');
    expect(input.problems[0].message.zh).toContain('C1');
    expect(input.problems[0].message.zh).toContain('列:绩效');
    expect(input.columns.performance).toBe(3);
    expect(input.engineers[0].performance.band).toBe('excellent');
  });
});

describe('finding the roster', () => {
  it('a sheet with ID and performance columns is used when no sheet has a roster name', async () => {
    const input = await readOk([
      { name: '说明', rows: [['填表说明']] },
      { name: 'Sheet2', rows: [['工号', '姓名', '绩效', '潜力'], ['a', 'A', 'B', '中']] },
    ]);
    expect(input.rosterSheet).toBe('Sheet2');
    // The choice is said, as an info line at the roster's header row.
    expect(where(input.problems)).toEqual(['Sheet2!A1 info']);
    expect(input.problems[0].message.zh).toContain('按内容使用「Sheet2」作为名单');
  });

  it('an output sheet is never taken for the roster', async () => {
    const out = await read([{ name: '盘点结果', rows: [['工号', '姓名', '部门', '绩效等级'], ['a', 'A', 'X', '优秀']] }]);
    expect(out.ok).toBe(false);
  });

  it('the settings name the roster sheet', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], ['old', 'A', 'B', '中']] },
      { name: '2025名单', rows: [['工号', '姓名', '绩效', '潜力'], ['new', 'A', 'B', '中']] },
      { name: '盘点设置', rows: [['roster sheet', '2025 名单']] },
    ]);
    expect(input.rosterSheet).toBe('2025名单');
    expect(input.engineers.map((e) => e.id)).toEqual(['new']);
  });

  it('a roster sheet named in the settings but missing is a warning at its cell, and the usual names are tried', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], ['a', 'A', 'B', '中']] },
      { name: '盘点设置', rows: [['键', '值'], ['名单工作表', '2024名单']] },
    ]);
    expect(input.rosterSheet).toBe('工程师名单');
    expect(where(input.problems)).toEqual(['盘点设置!B2 warning']);
  });

  it('a CSV roster is a one-sheet workbook read like any other', async () => {
    const csv = '\uFEFF工号,姓名,绩效得分,潜力得分\r\n00123,张伟,88,4\r\n00124,"李, 娜",72,3\r\n';
    const loaded = await loadWorkbook(new TextEncoder().encode(csv), 'roster.csv');
    if (!loaded.ok) throw new Error(loaded.problem.message.en);
    const out = await readReviewInput(new XlsxHost(loaded.workbook), { fallbackReviewDate: REVIEW_DATE });
    if (!out.ok) throw new Error(out.fatal.message.en);
    expect(out.input.engineers.map((e) => [e.id, e.name, e.performance.band, e.potential?.band])).toEqual([
      ['00123', '张伟', 'excellent', 'high'],
      ['00124', '李, 娜', 'qualified', 'medium'],
    ]);
    expect(out.input.problems).toEqual([]);
  });
});
