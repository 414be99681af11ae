// The command line end to end on temporary files, as a user would run it.
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sha256, sheetRows, tempDir, writeXlsx, type Cell } from '../helpers/workbooks';

const RESULT_HEADERS_ZH = [
  '工号', '姓名', '部门', '工程师类别', '培育层级', '绩效等级', '潜力等级', '九宫格编号', '九宫格名称', '校准后九宫格',
  '主要差距', '培育库状态', '市级培育库参考', '导师', '成长阶段', '说明',
];
const RESULT_HEADERS_EN = [
  'ID', 'Name', 'Department', 'Category', 'Level', 'Performance band', 'Potential band', 'Box', 'Box label',
  'Calibrated box', 'Top gaps', 'Pool status', 'City pool check', 'Mentor', 'Growth stage', 'Explanation',
];

const ROSTER: Cell[][] = [
  ['工号', '姓名', '部门', '工程师类别', '培育层级', '绩效', '潜力', '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力'],
  ['00101', '张伟', '研发中心', '研发工程师', '高级', 'A', '高', 5, 5, 5, 5, 5],
  ['00102', '李娜', '研发中心', '开发工程师', '中级', 'B', '中', 3, 3, 3, 3, 3],
  ['00103', '王强', '工艺技术部', '机械工程师', '初级', 'C', '低', 2, 2, 2, 2, 2],
  // Potential empty: derived from competencies. 中级 requires 3; +1 on average → 高.
  ['00104', '赵敏', '工艺技术部', '机械工程师', '中级', 'S级', null, 4, 4, 4, 4, 4],
  // 初级 requires 2; (−1 −1 0 0 −1)/5 = −0.6 → 低.
  ['00105', '刘洋', '设备动力部', '设备工程师', '初级', 'B', null, 1, 1, 2, 2, 1],
  ['00106', '陈杰', '设备动力部', '设备工程师', '中级', '优', '中', 4, 3, 3, 3, 3],
  ['00107', '=1+1', '设备动力部', '设备工程师', '中级', 'B+', '低', 3, 3, 3, 3, 3],
  [null, '无工号', '研发中心', '研发工程师', '中级', 'A', '高', 3, 3, 3, 3, 3],
  ['00101', '重复', '研发中心', '研发工程师', '中级', 'A', '高', 3, 3, 3, 3, 3],
  ['00110', '孙丽', '研发中心', '研发工程师', '中级', 'X', '高', 3, 3, 3, 3, 3],
  ['00111', '周涛', '产品开发部', '产品工程师', '中级', '待提升', '高', 3, 2, 3, 3, 3],
];

const EXPECTED_BOX: Record<string, number> = {
  '00101': 9, '00102': 5, '00103': 1, '00104': 9, '00105': 2, '00106': 6, '00107': 2, '00111': 7,
};

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function sheetNames(wb: { worksheets: { name: string }[] }): string[] {
  return wb.worksheets.map((w) => w.name);
}

describe('talent-review run', () => {
  it('reviews a roster into a new workbook and leaves the input unchanged', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const before = await sha256(input);
    const output = path.join(dir, 'review.xlsx');
    const { io, captured } = captureIo();

    const code = await main(['run', input, '-o', output], io);

    expect(code).toBe(0);
    expect(await sha256(input)).toBe(before);
    const wb = await readXlsx(output);
    expect(sheetNames(wb)).toEqual(expect.arrayContaining(['盘点结果', '九宫格', '能力差距', '数据检查', '工程师名单', '_卓越盘点']));
    expect(wb.getWorksheet('_卓越盘点')?.state).toBe('veryHidden');

    const rows = sheetRows(wb.getWorksheet('盘点结果')!);
    expect(rows[0]).toEqual(RESULT_HEADERS_ZH);
    const boxes = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[7]]));
    expect(boxes).toEqual(EXPECTED_BOX);
    // Calibrated box equals the box while nothing is calibrated.
    for (const r of rows.slice(1)) expect(r[9]).toBe(r[7]);
    // A formula-like name stays a text, never a formula.
    const formulaLike = rows.find((r) => r[0] === '00107')!;
    expect(formulaLike[1]).toBe('=1+1');
    // The derived potential says so in the explanation a person can check.
    expect(String(rows.find((r) => r[0] === '00104')![15])).toContain('推导');

    // Every broken row is in the data check with its cell; the summary went to stderr.
    const check = sheetRows(wb.getWorksheet('数据检查')!);
    const cells = check.slice(1).map((r) => `${r[0]}!${r[1]}`);
    expect(cells).toEqual(expect.arrayContaining(['工程师名单!A9', '工程师名单!A10', '工程师名单!F11']));
    expect(captured.err.join('\n')).toMatch(/已盘点 8 名工程师/);
  });

  it('writes English sheets and headers with --lang en-US', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review-en.xlsx');
    const { io } = captureIo();
    expect(await main(['run', input, '-o', output, '--lang', 'en-US'], io)).toBe(0);
    const wb = await readXlsx(output);
    expect(sheetNames(wb)).toEqual(expect.arrayContaining(['Review results', 'Nine-box', 'Gaps', 'Data check']));
    expect(sheetRows(wb.getWorksheet('Review results')!)[0]).toEqual(RESULT_HEADERS_EN);
  });

  it('counts in English words: one engineer, one error, not "1 engineers" or "1 errors"', async () => {
    // The engineer with no ID is the one error; the other is reviewed.
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: [ROSTER[0], ROSTER[1], ROSTER[8]] }]);
    const { io, captured } = captureIo();
    io.env = { LANG: 'en_US.UTF-8' };
    expect(await main(['run', input, '-o', path.join(dir, 'review.xlsx')], io)).toBe(0);
    expect(captured.err.join('\n')).toContain('Reviewed 1 engineer (2 rows read; 1 error, 0 warnings');
    expect(await main(['check', input], io)).toBe(0);
    expect(captured.out.join('\n') + captured.err.join('\n')).toContain('1 engineer can be reviewed; 1 error, 0 warnings');
  });

  it('replaces its own output sheets on a re-run, never duplicating them, even across languages', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    const { io } = captureIo();
    expect(await main(['run', input, '-o', output], io)).toBe(0);
    const first = sheetNames(await readXlsx(output));
    expect(await main(['run', input, '-o', output], io)).toBe(0);
    expect(sheetNames(await readXlsx(output))).toEqual(first);
    expect(await main(['run', input, '-o', output, '--lang', 'en-US'], io)).toBe(0);
    const names = sheetNames(await readXlsx(output));
    expect(names).toContain('Review results');
    expect(names).not.toContain('盘点结果');
    expect(names.length).toBe(first.length);
  });

  it('refuses to write over the input file', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const before = await sha256(input);
    const { io, captured } = captureIo();
    expect(await main(['run', input, '-o', path.join(dir, '.', 'roster.xlsx')], io)).toBe(2);
    expect(await sha256(input)).toBe(before);
    expect(captured.err.join('\n')).toContain('不能与输入文件相同');
  });

  it('refuses to overwrite a workbook it did not write', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const someoneElses = await writeXlsx(path.join(dir, 'budget.xlsx'), [{ name: 'Budget', rows: [['x', 1]] }]);
    const before = await sha256(someoneElses);
    const { io, captured } = captureIo();
    expect(await main(['run', input, '-o', someoneElses], io)).toBe(1);
    expect(await sha256(someoneElses)).toBe(before);
    expect(captured.err.join('\n')).toContain('不是本工具生成的盘点工作簿');
  });

  it('refuses a workbook without a roster with a message naming what is missing, and writes nothing', async () => {
    const input = await writeXlsx(path.join(dir, 'other.xlsx'), [{ name: '预算', rows: [['项目', '金额'], ['差旅', 100]] }]);
    const output = path.join(dir, 'review.xlsx');
    const { io, captured } = captureIo();
    expect(await main(['run', input, '-o', output], io)).toBe(1);
    const err = captured.err.join('\n');
    expect(err).toContain('工程师名单');
    expect(err).toContain('预算');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    await expect(fs.access(output)).rejects.toThrow();
  });

  it('refuses an old .xls file and asks to save it as .xlsx', async () => {
    const input = path.join(dir, 'old.xls');
    await fs.writeFile(input, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const { io, captured } = captureIo();
    expect(await main(['run', input, '-o', path.join(dir, 'out.xlsx')], io)).toBe(1);
    expect(captured.err.join('\n')).toContain('.xlsx');
  });

  it('answers a wrong command line with exit code 2 and the usage', async () => {
    const { io, captured } = captureIo();
    expect(await main(['run'], io)).toBe(2);
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(await main(['run', 'a.xlsx', '-o', 'b.xlsx', '--lang', 'fr'], io)).toBe(2);
    expect(await main(['run', 'a.xlsx'], io)).toBe(2);
    expect(captured.err.join('\n')).toContain('talent-review run');
  });
});

describe('talent-review check', () => {
  it('prints every problem with its cell and writes nothing', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const { io, captured } = captureIo();
    expect(await main(['check', input], io)).toBe(0);
    const out = captured.out.join('\n');
    expect(out).toContain('工程师名单!A9');
    expect(out).toContain('工程师名单!A10');
    expect(out).toContain('工程师名单!F11');
    expect(captured.err.join('\n')).toMatch(/8 名工程师可盘点/);
    expect((await fs.readdir(dir)).sort()).toEqual(['roster.xlsx']);
  });
});

describe('talent-review template', () => {
  it('writes an empty roster workbook with the input sheets and headers', async () => {
    const file = path.join(dir, 'template.xlsx');
    const { io } = captureIo();
    expect(await main(['template', '-o', file], io)).toBe(0);
    const wb = await readXlsx(file);
    expect(sheetNames(wb)).toEqual(['工程师名单', '能力素质标准', '盘点设置', '需求规划', '关键岗位', '能力评价']);
    expect(sheetRows(wb.getWorksheet('工程师名单')!)).toHaveLength(1);
    // 能力评价 (issue 19): headers only, for HR to paste a 360° export under.
    expect(sheetRows(wb.getWorksheet('能力评价')!)).toHaveLength(1);
  });

  it('fills N sample engineers that review cleanly', async () => {
    const file = path.join(dir, 'sample.xlsx');
    const { io, captured } = captureIo();
    expect(await main(['template', '-o', file, '--sample', '40'], io)).toBe(0);
    expect(sheetRows((await readXlsx(file)).getWorksheet('工程师名单')!)).toHaveLength(41);
    const output = path.join(dir, 'sample-review.xlsx');
    expect(await main(['run', file, '-o', output], io)).toBe(0);
    const results = sheetRows((await readXlsx(output)).getWorksheet('盘点结果')!);
    expect(results).toHaveLength(41);
    expect(captured.err.join('\n')).toMatch(/0 个错误/);
  });
});
