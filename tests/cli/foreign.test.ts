// A roster nobody here wrote: English headers of its own, ratings on 1–4, no names, read as a CSV and
// mapped through a settings workbook given with --settings (as a consultant would for a client).
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sheetRows, tempDir, writeXlsx } from '../helpers/workbooks';

// The header and shape of the public IBM HR sample; the rows are made up for the test.
const HEADER =
  'Age,Attrition,Department,EmployeeNumber,JobInvolvement,JobLevel,JobRole,PerformanceRating,TotalWorkingYears';
const ROWS = [
  '41,Yes,Sales,1,3,2,Sales Executive,3,8', // perf 3 → 合格, involvement 3 → 中: box 5
  '49,No,Research & Development,2,2,2,Research Scientist,4,10', // 优秀, 低: box 3
  '37,Yes,Research & Development,4,2,1,Laboratory Technician,3,7', // 合格, 低: box 2
  '33,No,Research & Development,5,4,1,Research Scientist,3,8', // 合格, 高: box 8
  '27,No,Research & Development,7,4,1,Laboratory Technician,4,6', // 优秀, 高: box 9
  '32,No,Research & Development,8,3,1,Laboratory Technician,4,10', // 优秀, 中: box 6
];

const SETTINGS = [
  ['设置项', '值', '说明'],
  ['列:工号', 'EmployeeNumber', ''],
  ['列:绩效得分', 'PerformanceRating', 'IBM 1–4'],
  ['列:潜力得分', 'JobInvolvement', 'IBM 1–4'],
  ['列:培育层级', 'JobLevel', ''],
  ['层级映射:1', '初级', ''],
  ['层级映射:2', '初级', ''],
  ['层级映射:3', '中级', ''],
  ['层级映射:4', '高级', ''],
  ['层级映射:5', '高级', ''],
  ['列:工龄', 'TotalWorkingYears', ''],
];

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('reviews a foreign CSV roster through a settings workbook', async () => {
  const csv = path.join(dir, 'hr.csv');
  await fs.writeFile(csv, `\ufeff${[HEADER, ...ROWS].join('\r\n')}\r\n`, 'utf8');
  const settings = await writeXlsx(path.join(dir, 'client.xlsx'), [{ name: '盘点设置', rows: SETTINGS }]);
  const output = path.join(dir, 'review.xlsx');
  const { io, captured } = captureIo();

  expect(await main(['run', csv, '-o', output, '--settings', settings], io)).toBe(0);

  const wb = await readXlsx(output);
  const rows = sheetRows(wb.getWorksheet('盘点结果')!);
  const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
  expect(Object.fromEntries(rows.slice(1).map((r) => [r[0], r[7]]))).toEqual({ '1': 5, '2': 3, '4': 2, '5': 8, '7': 9, '8': 6 });
  // No name column: the ID stands in, with one warning.
  expect(byId['7'][1]).toBe('7');
  expect(byId['7'][4]).toBe('初级培育对象');
  const check = sheetRows(wb.getWorksheet('数据检查')!).slice(1);
  expect(check.filter((r) => String(r[3]).includes('姓名'))).toHaveLength(1);
  // The review workbook is self-contained: the roster and the settings it used are in it.
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['工程师名单', '盘点设置']));
  expect(captured.err.join('\n')).toMatch(/已盘点 6 名工程师/);
});

it('reads a GBK-encoded CSV as Chinese Excel saves it', async () => {
  const iconv = await import('iconv-lite');
  const text = ['工号,姓名,绩效,潜力', '001,张伟,A,高', '002,李娜,B,中'].join('\r\n');
  const csv = path.join(dir, 'gbk.csv');
  await fs.writeFile(csv, iconv.encode(text, 'gbk'));
  const output = path.join(dir, 'review.xlsx');
  const { io } = captureIo();
  expect(await main(['run', csv, '-o', output], io)).toBe(0);
  const rows = sheetRows((await readXlsx(output)).getWorksheet('盘点结果')!);
  expect(rows.slice(1).map((r) => [r[0], r[1], r[7]])).toEqual([
    ['001', '张伟', 9],
    ['002', '李娜', 5],
  ]);
});
