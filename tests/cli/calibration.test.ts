// Calibration, movement and the meeting pack through the command line, as a person uses the files: rows
// added by hand to 校准记录 are honoured on every later run (last row wins), the log only grows, typed notes
// survive; --previous takes previous boxes from an earlier review workbook; --meeting-pack writes the pack.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sheetRows, tempDir, writeXlsx, type Cell } from '../helpers/workbooks';

const HEAD = ['工号', '姓名', '部门', '直接上级', '绩效', '潜力', '关键岗位', '上期九宫格'];
// Boxes by hand: 优秀×高 9, 合格×中 5, 待提升×低 1, 优秀×中 6, 合格×高 8, 优秀×低 3.
const ROSTER: Cell[][] = [
  HEAD,
  ['E001', '张伟', '研发中心', '李总', 'A', '高', '是', 9], // 9, was 9: 持平
  ['E002', '李娜', '研发中心', '李总', 'B', '中', '否', 2], // 5, was 2: 上升
  ['E003', '王强', '研发中心', '李总', 'C', '低', '否', 4], // 1, was 4: 下降
  ['E004', '赵敏', '工艺技术部', '陈总', 'A', '中', '否', 8], // 6, was 8: 平移
  ['E005', '刘洋', '工艺技术部', '陈总', 'B', '高', '否', null], // 8, no previous
  ['E006', '陈杰', '工艺技术部', '陈总', 'A', '低', '否', '中坚力量'], // 3, was 5 (label): 平移
];

const RESULT_16 = 16;

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, captured } = captureIo();
  const code = await main(args, io);
  return { code, out: captured.out.join('\n'), err: captured.err.join('\n') };
}

function results(wb: ExcelJS.Workbook): Map<string, Cell[]> {
  const rows = sheetRows(wb.getWorksheet('盘点结果')!);
  return new Map(rows.slice(1).map((r) => [String(r[0]), r] as const));
}

function logRows(wb: ExcelJS.Workbook): Cell[][] {
  return sheetRows(wb.getWorksheet('校准记录')!).filter((r) => r.some((v) => v !== null && v !== ''));
}

/** Adds rows to 校准记录 and types a note in E002's plan, as a person editing the written file. */
async function edit(file: string, rows: Cell[][], note?: string): Promise<void> {
  const wb = await readXlsx(file);
  const log = wb.getWorksheet('校准记录')!;
  let last = 0;
  log.eachRow((row, r) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = r;
  });
  rows.forEach((r, i) => r.forEach((v, c) => v !== null && (log.getCell(last + 1 + i, c + 1).value = v)));
  if (note !== undefined) noteCell(wb.getWorksheet('个人发展计划')!, 'E002').value = note;
  await wb.xlsx.writeFile(file);
}

/** The 备注 cell of an engineer's block in the plans sheet. */
function noteCell(ws: ExcelJS.Worksheet, id: string): ExcelJS.Cell {
  let inBlock = false;
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    const b = row.getCell(2).value;
    if (typeof b === 'string' && b.startsWith('个人发展计划')) inBlock = b.includes(`（${id}）`);
    if (inBlock && b === '备注' && !found) found = row.getCell(3);
  });
  if (!found) throw new Error(`no notes cell for ${id}`);
  return found;
}

describe('calibration through the command line', () => {
  it('honours rows added by hand, last row wins, across three runs; the log only grows and notes survive', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output])).code).toBe(0);

    // First run: the log exists with its headers only, and nothing is calibrated.
    let wb = await readXlsx(output);
    expect(logRows(wb)).toEqual([['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人']]);
    expect(results(wb).get('E002')?.[9]).toBe(5);

    // The meeting: E002 up to 8; a row for someone not reviewed; a row with a box that does not exist.
    await edit(
      output,
      [
        ['2025-06-30 10:00', 'E002', '李娜', 5, 8, '牵头完成关键项目', '王总'],
        ['2025-06-30 10:05', 'X999', '外人', 5, 6, '误录', '王总'],
        ['2025-06-30 10:06', 'E003', '王强', 1, 10, '笔误', '王总'],
      ],
      '=先谈话，再定轮岗',
    );
    const second = await run(['run', input, '-o', output]);
    expect(second.code).toBe(0);
    wb = await readXlsx(output);
    const r2 = results(wb).get('E002')!;
    expect(r2[7]).toBe(5); // computed box
    expect(r2[9]).toBe(8); // 校准后九宫格
    expect(String(r2[15])).toContain('校准 5→8：牵头完成关键项目');
    expect(logRows(wb)).toHaveLength(4);
    // The grid marks her; counts use the final box.
    const grid = sheetRows(wb.getWorksheet('九宫格')!).flat().map(String);
    expect(grid.some((v) => v.includes('李娜*'))).toBe(true);
    expect(grid).toContain('* 已在盘点会议中校准（见「校准记录」）');
    // The data check points at the cells of the two bad rows.
    const check = sheetRows(wb.getWorksheet('数据检查')!).slice(1).map((r) => `${r[0]}!${r[1]}`);
    expect(check).toEqual(expect.arrayContaining(['校准记录!B3', '校准记录!E4']));
    expect(noteCell(wb.getWorksheet('个人发展计划')!, 'E002').value).toBe('=先谈话，再定轮岗');

    // A second thought: E002 to 6. The last row wins.
    await edit(output, [['2025-06-30 11:00', 'E002', '李娜', 8, 6, '复议：绩效为合格', '王总']]);
    expect((await run(['run', input, '-o', output])).code).toBe(0);
    wb = await readXlsx(output);
    expect(results(wb).get('E002')?.[9]).toBe(6);
    const log = logRows(wb);
    expect(log).toHaveLength(5);
    expect(log[1]).toEqual(['2025-06-30 10:00', 'E002', '李娜', 5, 8, '牵头完成关键项目', '王总']);
    expect(log[4]).toEqual(['2025-06-30 11:00', 'E002', '李娜', 8, 6, '复议：绩效为合格', '王总']);
    expect(noteCell(wb.getWorksheet('个人发展计划')!, 'E002').value).toBe('=先谈话，再定轮岗');
    // Nothing stale: 8 came from 5, which is still the computed box.
    expect(sheetRows(wb.getWorksheet('数据检查')!).flat().map(String).some((v) => v.includes('有变化'))).toBe(false);
  }, 30000);

  it('warns, at the 调整前 cell, when the data changed since the meeting, and still applies the row', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output])).code).toBe(0);
    // The meeting saw E002 in box 4; the data now give 5.
    await edit(output, [['2025-06-30 10:00', 'E002', '李娜', 4, 8, '潜力突出', '王总']]);
    expect((await run(['run', input, '-o', output])).code).toBe(0);
    const wb = await readXlsx(output);
    expect(results(wb).get('E002')?.[9]).toBe(8);
    const row = sheetRows(wb.getWorksheet('数据检查')!).find((r) => r[0] === '校准记录' && r[1] === 'D2');
    expect(row?.[2]).toBe('警告');
    expect(String(row?.[3])).toContain('校准时的九宫格为 4，按当前数据计算为 5');
  }, 20000);

  it('carries the log of an input review workbook into a new output unchanged, and applies it', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const first = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', first])).code).toBe(0);
    await edit(first, [['2025-06-30 10:00', 'E005', '刘洋', 8, 9, '揭榜挂帅成功', '王总']]);
    const second = path.join(dir, 'again.xlsx');
    expect((await run(['run', first, '-o', second])).code).toBe(0);
    const wb = await readXlsx(second);
    expect(logRows(wb)).toEqual(logRows(await readXlsx(first)));
    expect(results(wb).get('E005')?.[9]).toBe(9);
  }, 20000);
});

describe('movement', () => {
  it('adds 上期九宫格 and 变动 after the sixteen columns, and the matrix to the summary', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output])).code).toBe(0);
    const wb = await readXlsx(output);
    const rows = sheetRows(wb.getWorksheet('盘点结果')!);
    expect(rows[0].slice(RESULT_16)).toEqual(['上期九宫格', '变动']);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], [r[16], r[17]]]));
    expect(byId).toEqual({
      E001: [9, '持平'],
      E002: [2, '上升'],
      E003: [4, '下降'],
      E004: [8, '平移'],
      E005: [null, null],
      E006: [5, '平移'],
    });
    const summary = sheetRows(wb.getWorksheet('盘点汇总')!).flat().map(String);
    expect(summary).toContain('上期 × 本期九宫格（人员变动）');
    expect(summary).toContain('上升 1 · 持平 1 · 平移 2 · 下降 1 · 无上期 1');
  }, 20000);

  it('--previous takes previous boxes from an earlier review workbook’s calibrated box, by ID', async () => {
    // Last cycle: everyone one band lower in performance, and E001 calibrated down to 8 in that meeting.
    const lastRoster = ROSTER.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), r[4] === 'A' ? 'B' : r[4] === 'B' ? 'C' : 'C', ...r.slice(5, 7), null]));
    const lastInput = await writeXlsx(path.join(dir, 'last-roster.xlsx'), [{ name: '工程师名单', rows: lastRoster }]);
    const last = path.join(dir, 'last.xlsx');
    expect((await run(['run', lastInput, '-o', last])).code).toBe(0);
    await edit(last, [['2024-06-30 10:00', 'E001', '张伟', 8, 7, '去年项目延误', '王总']]);
    expect((await run(['run', lastInput, '-o', last])).code).toBe(0);

    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output, '--previous', last])).code).toBe(0);
    const rows = sheetRows((await readXlsx(output)).getWorksheet('盘点结果')!);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], [r[16], r[17]]]));
    // Last cycle: E001 B×高 8 calibrated to 7; E002 C×中 4; E003 C×低 1; E004 B×中 5; E005 C×高 7; E006 B×低 2.
    expect(byId).toEqual({
      E001: [7, '上升'],
      E002: [4, '上升'],
      E003: [1, '持平'],
      E004: [5, '上升'],
      E005: [7, '上升'],
      E006: [2, '上升'],
    });
  }, 30000);
});

describe('--meeting-pack', () => {
  it('writes a printable pack for one department with its grid, counts, calibrations and 双高', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output])).code).toBe(0);
    await edit(output, [['2025-06-30 10:00', 'E002', '李娜', 5, 8, '牵头完成关键项目', '王总']]);
    const res = await run(['run', input, '-o', output, '--meeting-pack', '研发中心']);
    expect(res.code).toBe(0);
    expect(res.out).toContain('会议材料-研发中心');
    const wb = await readXlsx(output);
    expect(wb.worksheets.map((w) => w.name)).toContain('会议材料-研发中心');
    const ws = wb.getWorksheet('会议材料-研发中心')!;
    const text = sheetRows(ws).flat().filter((v) => v !== null).map(String);
    expect(text[0]).toBe('盘点会议材料 · 研发中心');
    expect(text).toContain('李娜（E002）');
    expect(text).toContain('牵头完成关键项目');
    expect(text).toContain('张伟（E001）'); // 双高
    expect(text.some((t) => t.includes('李娜*'))).toBe(true);
    expect(text.some((t) => t.includes('赵敏'))).toBe(false); // another department
    expect(ws.pageSetup.orientation).toBe('portrait');

    // 全部: one pack per department; the earlier pack is replaced, not duplicated.
    expect((await run(['run', input, '-o', output, '--meeting-pack', '全部'])).code).toBe(0);
    const names = (await readXlsx(output)).worksheets.map((w) => w.name).filter((n) => n.startsWith('会议材料'));
    expect(names).toEqual(['会议材料-研发中心', '会议材料-工艺技术部']);
  }, 30000);

  it('says so in the data check when the department is not in the review', async () => {
    const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output, '--meeting-pack', '财务部'])).code).toBe(0);
    const wb = await readXlsx(output);
    expect(wb.worksheets.some((w) => w.name.startsWith('会议材料'))).toBe(false);
    const check = sheetRows(wb.getWorksheet('数据检查')!).flat().map(String);
    expect(check.some((v) => v.includes('部门「财务部」不在本次盘点中'))).toBe(true);
  }, 20000);
});
