// A roster saved by a tool that writes formulas without calculating them (DOMAIN.md, Reading values: a
// cell the product cannot use is reported at the cell). The user is told the formula has no calculated
// value and how to get one — not that the cell is empty.
import type ExcelJS from 'exceljs';
import { errorCellText } from '../../../src/workbook/read/errorCell';
import { read, where } from './xlsxFixture';

const noResult = (formula: string): ExcelJS.CellFormulaValue => ({ formula }) as ExcelJS.CellFormulaValue;
const HEADER = ['工号', '姓名', '绩效', '潜力', '导师工号'];

describe('a formula with no calculated value', () => {
  it('in 绩效: an error at the cell naming the formula and the fix; the row is left out', async () => {
    const out = await read([{ name: '工程师名单', rows: [HEADER, ['E001', '张伟', 'A', '高'], ['E002', '李娜', noResult('VLOOKUP(A3,考核!A:B,2,0)'), '中']] }]);
    if (!out.ok) throw new Error('refused');
    expect(out.input.engineers.map((e) => e.id)).toEqual(['E001']);
    const p = out.input.problems.find((x) => x.cell === 'C3');
    expect(p).toMatchObject({ sheet: '工程师名单', severity: 'error' });
    expect(p?.message.zh).toBe('「绩效」的公式 =VLOOKUP(A3,考核!A:B,2,0) 没有计算结果（请用 Excel 打开此文件并保存，公式即会计算），按未填写处理，本行未参与盘点');
    expect(p?.message.en).toBe('"绩效": the formula =VLOOKUP(A3,考核!A:B,2,0) has no calculated value (open the file in Excel and save it, so the formula is calculated); treated as not given; this row is left out of the review');
    expect(out.input.problems.map((x) => x.message.zh).join('\n')).not.toContain('绩效未填写');
  });

  it('in 工号: the row is left out, saying the ID is a formula with no value', async () => {
    const out = await read([{ name: '工程师名单', rows: [HEADER, ['E001', '张伟', 'A', '高'], [noResult('"E0"&"02"'), '李娜', 'B', '中']] }]);
    if (!out.ok) throw new Error('refused');
    expect(where(out.input.problems)).toEqual(['工程师名单!A3 error']);
    expect(out.input.problems[0].message.zh).toContain('工号的公式 ="E0"&"02" 没有计算结果');
    expect(out.input.problems[0].message.en).toContain('has no calculated value');
  });

  it('in an optional column: a warning at the cell, the engineer reviewed', async () => {
    const out = await read([{ name: '工程师名单', rows: [HEADER, ['E001', '张伟', 'A', '高', noResult('A3')], ['E002', '李娜', 'B', '中']] }]);
    if (!out.ok) throw new Error('refused');
    expect(out.input.engineers.map((e) => e.id)).toEqual(['E001', 'E002']);
    expect(where(out.input.problems)).toEqual(['工程师名单!E2 warning']);
    expect(out.input.problems[0].message.en).toContain('the formula =A3 has no calculated value');
  });

  it('an Excel error value keeps its own message', () => {
    expect(errorCellText('绩效', '#N/A')).toEqual({
      zh: '「绩效」为 Excel 错误值 #N/A，按未填写处理',
      en: '"绩效" holds the Excel error #N/A; treated as not given',
    });
    expect(errorCellText(undefined, '=B2').zh).toBe('公式 =B2 没有计算结果（请用 Excel 打开此文件并保存，公式即会计算），按未填写处理');
  });
});
