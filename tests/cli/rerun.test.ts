// The monthly re-run into the same review workbook: a person typed into the sheets the last run wrote and
// added a calibration row, then runs again with the same -o. The command line writes that workbook by
// streaming (never loading it into exceljs's model); the person must get the same workbook as writing it in
// memory gives: same sheets in the same order and states, same cells, their typing and the log kept.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readInputFile } from '../../src/cli/files';
import { workbookToBytes } from '../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { StreamedRerunTarget } from '../../src/hosts/xlsx/rerun';
import { runReview } from '../../src/workbook/run';
import { captureIo, conditionalOf, readXlsx, sheetRows, tempDir, writeSampleRoster, writeXlsx, type Cell } from '../helpers/workbooks';

const TODAY = '2026-11-26';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<number> {
  const { io } = captureIo(TODAY);
  return main(args, io);
}

/** People's cells of a sheet, as its hidden key column (A) lists them: 1-based row, column and the field. */
function peopleCells(ws: ExcelJS.Worksheet): { row: number; col: number; field: string }[] {
  const out: { row: number; col: number; field: string }[] = [];
  ws.eachRow((row, r) => {
    const key = row.getCell(1).value;
    if (typeof key !== 'string' || !key.startsWith('{')) return;
    const parsed = JSON.parse(key) as { c?: Record<string, [number, unknown]> };
    for (const [field, [col]] of Object.entries(parsed.c ?? {})) out.push({ row: r, col: col + 1, field });
  });
  return out;
}

/** What a person did between two runs: notes in the plans sheet, a pair's lifecycle, the sign-off, a log row. */
async function typeInto(file: string, calibrated: string): Promise<string[]> {
  const wb = await readXlsx(file);
  const typed: string[] = [];
  const plans = peopleCells(wb.getWorksheet('个人发展计划')!);
  expect(plans.length).toBeGreaterThan(20);
  plans.slice(0, 12).forEach((c, i) => {
    const text = i % 4 === 0 ? `=先谈话 ${i}` : `第${i}条：轮岗后复盘`;
    wb.getWorksheet('个人发展计划')!.getCell(c.row, c.col).value = text;
    typed.push(text);
  });
  // Long Chinese notes in every other cell: parts of tens of KB, read in chunks that split characters.
  plans.slice(12).forEach((c, i) => {
    const text = `第${i}条：先谈话，再定目标；每月复盘一次进展，季度末与导师一起看成果，年底前独立负责一个模块的设计评审。`;
    wb.getWorksheet('个人发展计划')!.getCell(c.row, c.col).value = text;
    typed.push(text);
  });
  const mentoring = wb.getWorksheet('导师结对')!;
  const pair = peopleCells(mentoring);
  const status = pair.find((c) => c.field === 'pairStatus')!;
  mentoring.getCell(status.row, status.col).value = '进行中';
  const start = pair.find((c) => c.field === 'start' && c.row === status.row)!;
  mentoring.getCell(start.row, start.col).value = new Date(Date.UTC(2026, 9, 8));
  typed.push('进行中');
  const summary = wb.getWorksheet('盘点汇总')!;
  const sign = peopleCells(summary).find((c) => c.field === 'name')!;
  summary.getCell(sign.row, sign.col).value = '周总';
  typed.push('周总');
  // The minutes of the first meeting pack, when the run wrote packs.
  const pack = wb.worksheets.find((ws) => ws.name.startsWith('会议材料-'));
  let heading = 0;
  pack?.eachRow((row, r) => (row.getCell(1).value === '会议记录' ? (heading = r) : undefined));
  if (pack && heading > 0) {
    pack.getCell(heading + 1, 1).value = '会议纪要：调整一人，下月复盘';
    typed.push('会议纪要：调整一人，下月复盘');
  }
  const log = wb.getWorksheet('校准记录')!;
  let last = 0;
  log.eachRow((row, r) => ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '') ? (last = r) : undefined));
  ['2026-11-20 15:00', calibrated, null, null, 9, '会上一致同意', '李总'].forEach((v, c) => v !== null && (log.getCell(last + 1, c + 1).value = v));
  typed.push('会上一致同意');
  await wb.xlsx.writeFile(file);
  return typed;
}

/** The registry's columns that say when and under which host id a sheet was written: not content. */
function withoutWhen(rows: Cell[][]): Cell[][] {
  const header = rows[0] ?? [];
  const drop = new Set([header.indexOf('writtenAt'), header.indexOf('sheetId')]);
  return rows.map((r) => r.map((v, c) => (drop.has(c) ? null : v)));
}

function content(wb: ExcelJS.Workbook): { sheets: [string, string][]; cells: Record<string, Cell[][]> } {
  const cells: Record<string, Cell[][]> = {};
  for (const ws of wb.worksheets) cells[ws.name] = ws.name === '_卓越盘点' ? withoutWhen(sheetRows(ws)) : sheetRows(ws);
  return { sheets: wb.worksheets.map((ws) => [ws.name, ws.state] as [string, string]), cells };
}

/**
 * Re-runs `input` into `output` through the command line (streamed) and, from a copy of `output`, through
 * the in-memory host; expects the same workbook. Returns the streamed one and its content.
 */
async function sameAsInMemory(
  input: string,
  output: string,
  plansFor: string[],
): Promise<{ streamed: ExcelJS.Workbook; a: ReturnType<typeof content> }> {
  const inMemoryFile = path.join(dir, 'in-memory.xlsx');
  await fs.copyFile(output, inMemoryFile);
  const take = jest.spyOn(StreamedRerunTarget.prototype, 'take');
  expect(await run(['run', input, '-o', output, '--plans-for', plansFor.join(','), '--meeting-pack', '全部'])).toBe(0);
  expect(take).toHaveBeenCalledTimes(1);
  take.mockRestore();
  const streamed = await readXlsx(output);

  const source = await readInputFile(input);
  if (!source.ok) throw new Error('input');
  const host = new XlsxHost(await readXlsx(inMemoryFile));
  const outcome = await runReview(source.host, host, { today: TODAY, copyInputs: true, plansFor, meetingPack: '全部' });
  expect(outcome.ok).toBe(true);
  const memory = new ExcelJS.Workbook();
  await memory.xlsx.load(Buffer.from(await workbookToBytes(host.workbook)) as unknown as ExcelJS.Buffer);

  const a = content(streamed);
  const b = content(memory);
  expect(a.sheets).toEqual(b.sheets);
  for (const name of Object.keys(b.cells)) expect([name, a.cells[name]]).toEqual([name, b.cells[name]]);
  return { streamed, a };
}

describe('re-running into the same review workbook (command line, streamed)', () => {
  it('gives the same workbook as writing it in memory, keeping typed cells and the appended log row', async () => {
    const roster1 = path.join(dir, 'roster1.xlsx');
    const ids = await writeSampleRoster(roster1, 80);
    const output = path.join(dir, 'review.xlsx');
    const extra = ['--plans-for', ids[4], '--meeting-pack', '全部'];
    expect(await run(['run', roster1, '-o', output, ...extra])).toBe(0);
    const typed = await typeInto(output, ids[9]);

    // Next month: the last engineers left.
    const roster2 = path.join(dir, 'roster2.xlsx');
    await writeSampleRoster(roster2, 76);
    const { streamed, a } = await sameAsInMemory(roster2, output, [ids[4]]);

    // Not two empty things: the typing and the log row are there, and the log still comes before the packs.
    const all = JSON.stringify(a.cells);
    for (const t of typed) expect(all).toContain(JSON.stringify(t));
    expect(a.cells['校准记录'].filter((r) => r.some((v) => v !== null && v !== ''))).toHaveLength(2);
    expect(a.sheets.map(([n]) => n).some((n) => n.startsWith('一人一策-'))).toBe(true);
    expect(a.sheets[a.sheets.length - 1]).toEqual(['_卓越盘点', 'veryHidden']);
    // Each table is written again under its own name, once: not a second table, not Gaps_2.
    const tables = (name: string): string[] => Object.keys((streamed.getWorksheet(name) as unknown as { tables?: object }).tables ?? {});
    expect(['盘点结果', '能力差距', '培育库', '导师结对', '数据检查'].map(tables)).toEqual([['ReviewResults'], ['Gaps'], ['CultivationPool'], ['Mentoring'], ['DataCheck']]);
    expect(conditionalOf(streamed.getWorksheet('能力差距'))).toHaveLength(25);

    // The registry records the ids the sheets have in the file, so a sheet renamed later is found.
    const reg = sheetRows(streamed.getWorksheet('_卓越盘点')!);
    const [cSheet, cId] = [reg[0].indexOf('sheet'), reg[0].indexOf('sheetId')];
    for (const row of reg.slice(1)) expect([row[cSheet], row[cId]]).toEqual([row[cSheet], String(streamed.getWorksheet(String(row[cSheet]))?.id)]);
  }, 120_000);

  it('appends the log rows of an input review workbook the target lacks, as in memory', async () => {
    const roster = path.join(dir, 'roster.xlsx');
    const ids = await writeSampleRoster(roster, 40);
    const review = path.join(dir, 'review.xlsx');
    const output = path.join(dir, 'output.xlsx');
    expect(await run(['run', roster, '-o', review])).toBe(0);
    expect(await run(['run', roster, '-o', output])).toBe(0);
    await typeInto(review, ids[2]);

    const { a } = await sameAsInMemory(review, output, [ids[1]]);
    const log = a.cells['校准记录'].filter((r) => r.some((v) => v !== null && v !== ''));
    expect(log).toHaveLength(2);
    expect(log[1]).toContain(ids[2]);
  }, 120_000);

  it('keeps the typing of a workbook another program saved with its row keys as rich text (LibreOffice, WPS)', async () => {
    const roster = path.join(dir, 'roster.xlsx');
    await writeSampleRoster(roster, 30);
    const output = path.join(dir, 'review.xlsx');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    const typed = await typeInto(output, (await writeSampleRoster(roster, 30))[3]);
    expect(await run(['run', roster, '-o', output])).toBe(0);
    // LibreOffice saves a key whose text mixes Latin and CJK as runs of two fonts.
    const wb = await readXlsx(output);
    let rich = 0;
    for (const name of ['个人发展计划', '导师结对', '盘点汇总']) {
      wb.getWorksheet(name)!.eachRow((row) => {
        const key = row.getCell(1).value;
        if (typeof key !== 'string' || !key.startsWith('{')) return;
        const cut = key.indexOf('"p"');
        row.getCell(1).value = { richText: [{ text: key.slice(0, cut) }, { font: { name: 'Noto Sans CJK SC' }, text: key.slice(cut) }] };
        rich++;
      });
    }
    await wb.xlsx.writeFile(output);
    expect(rich).toBeGreaterThan(20);

    const take = jest.spyOn(StreamedRerunTarget.prototype, 'take');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    expect(take).toHaveBeenCalledTimes(1);
    const all = JSON.stringify(content(await readXlsx(output)).cells);
    for (const t of typed) expect(all).toContain(JSON.stringify(t));
  }, 120_000);

  it('keeps a log time typed as a date as the time it showed, not as a serial number', async () => {
    const roster = path.join(dir, 'roster.xlsx');
    const ids = await writeSampleRoster(roster, 20);
    const output = path.join(dir, 'review.xlsx');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    const wb = await readXlsx(output);
    const log = wb.getWorksheet('校准记录')!;
    log.getCell('A2').value = new Date(Date.UTC(2026, 10, 27, 9, 30));
    log.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
    ['B2', 'E2', 'F2', 'G2'].forEach((a, i) => (log.getCell(a).value = [ids[2], 9, '会上一致同意', '李总'][i]));
    await wb.xlsx.writeFile(output);

    const take = jest.spyOn(StreamedRerunTarget.prototype, 'take');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    expect(take).toHaveBeenCalledTimes(1);
    const after = (await readXlsx(output)).getWorksheet('校准记录')!;
    expect(after.getCell('A2').text).toBe('2026-11-27 09:30');
    expect(after.getCell('B2').value).toBe(ids[2]);
  }, 60_000);

  it('keeps a sheet of a person\'s own: such a workbook is written in memory, the sheet unchanged', async () => {
    const roster = path.join(dir, 'roster.xlsx');
    await writeSampleRoster(roster, 20);
    const output = path.join(dir, 'review.xlsx');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    const wb = await readXlsx(output);
    wb.addWorksheet('我的笔记').getCell('B2').value = '下月跟进';
    await wb.xlsx.writeFile(output);

    const take = jest.spyOn(StreamedRerunTarget.prototype, 'take');
    expect(await run(['run', roster, '-o', output])).toBe(0);
    expect(take).not.toHaveBeenCalled();
    expect((await readXlsx(output)).getWorksheet('我的笔记')?.getCell('B2').value).toBe('下月跟进');
  }, 60_000);
});
