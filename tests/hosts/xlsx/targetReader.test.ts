// A sheet read by the streaming reader (a re-run's target) gives the reader the same grid as the same
// sheet read in memory: values, displayed texts, formats and error flags, over the same used range; and the
// sheets' tab order, states and ids are those of workbook.xml.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/workbook/host';
import { gridFromWorksheet, sheetInfoOf } from '../../../src/hosts/xlsx/grid';
import { main } from '../../../src/cli/main';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { openTarget, readTargetSheets } from '../../../src/hosts/xlsx/targetReader';
import { keyedColumns, readPeopleCells } from '../../../src/workbook/write/people';
import { templatePlans } from '../../../src/workbook/template';
import { captureIo, readXlsx, tempDir } from '../../helpers/workbooks';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('个人发展计划');
  notes.getCell('C3').value = '备注';
  notes.getCell('D3').value = '=先谈话';
  notes.getCell('E4').value = 0.375;
  notes.getCell('E4').numFmt = '0%';
  notes.getCell('F5').value = new Date(Date.UTC(2026, 9, 8));
  notes.getCell('F5').numFmt = 'yyyy-mm-dd';
  notes.getCell('G6').value = true;
  notes.getCell('H6').value = { error: '#N/A' };
  notes.getCell('C7').value = { richText: [{ text: '张' }, { font: { bold: true }, text: '伟' }] };
  notes.getCell('D7').value = { formula: 'E4*2', result: 0.75 };
  notes.getCell('E8').value = '00123';
  notes.getCell('E8').numFmt = '@';
  notes.mergeCells('C9:D9');
  notes.getCell('C9').value = '合并';
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 1;
  wb.addWorksheet('_卓越盘点', { state: 'veryHidden' }).getCell('A1').value = 'role';
  // A sheet moved to the front: tab order is workbook.xml's, not the parts'.
  const first = wb.addWorksheet('校准记录');
  first.getCell('A1').value = '时间';
  (first as unknown as { orderNo: number }).orderNo = -1;
  await wb.xlsx.writeFile(file);
}

it('reads the same grids, tab order, states and ids as the workbook read in memory', async () => {
  const file = path.join(dir, 'review.xlsx');
  await sample(file);
  const memory = await readXlsx(file);
  const streamed = await readTargetSheets(file, (name) => name !== '隐藏');
  expect(streamed.infos).toEqual(memory.worksheets.map(sheetInfoOf));
  expect(streamed.infos.map((s) => s.name)[0]).toBe('校准记录');
  expect(streamed.infos.find((s) => s.name === '_卓越盘点')?.visibility).toBe('veryHidden');
  for (const name of ['个人发展计划', '_卓越盘点', '校准记录']) {
    expect(streamed.grids.get(name)).toEqual(withoutMerges(gridFromWorksheet(memory.getWorksheet(name)!)));
  }
  expect(streamed.grids.has('隐藏')).toBe(false);
  const notes = streamed.grids.get('个人发展计划')!;
  expect(notes.origin).toEqual({ row: 2, col: 2 });
  expect(notes.texts[1][2]).toBe('38%');
});

it('reads a workbook whose parts come in another order (saved by another program) the same', async () => {
  const file = path.join(dir, 'review.xlsx');
  await sample(file);
  // The relationships and shared strings first, the sheets next, workbook.xml (which names the sheets)
  // last: exceljs's own loop over the entries parses such a sheet before it knows its name.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && !first.includes(n) && n !== 'xl/workbook.xml');
  const reordered = new JSZip();
  for (const name of [...first, ...names, 'xl/workbook.xml']) {
    reordered.file(name, await zip.files[name].async('nodebuffer'));
  }
  const moved = path.join(dir, 'reordered.xlsx');
  await fs.writeFile(moved, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const memory = await readXlsx(file);
  const streamed = await readTargetSheets(moved, () => true);
  expect(streamed.infos).toEqual(memory.worksheets.map(sheetInfoOf));
  for (const ws of memory.worksheets) expect(streamed.grids.get(ws.name)).toEqual(withoutMerges(gridFromWorksheet(ws)));
});

it('reads long Chinese text unchanged where the file is read in chunks that split characters', async () => {
  const file = path.join(dir, 'review.xlsx');
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('个人发展计划');
  for (let r = 1; r <= 3000; r++) notes.getCell(r, 3).value = `第${r}行：先谈话，再定目标，每月复盘一次进展`;
  await wb.xlsx.writeFile(file);
  const streamed = await readTargetSheets(file, () => true);
  const texts = streamed.grids.get('个人发展计划')!.texts.map((r) => r[0]);
  expect(texts).toHaveLength(3000);
  expect(texts.filter((t) => t.includes('\uFFFD'))).toEqual([]);
  expect(texts[2999]).toBe('第3000行：先谈话，再定目标，每月复盘一次进展');
});

it('reads of the sheets people type into only the cells the row keys name, and finds the same typing', async () => {
  // A review of 30 engineers with notes typed into every people's cell, then a roster without the last
  // five: their plans went to the archive rows on the re-run.
  const roster = path.join(dir, 'roster.xlsx');
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.apply(templatePlans('zh-CN', 30));
  await host.workbook.xlsx.writeFile(roster);
  const review = path.join(dir, 'review.xlsx');
  expect(await main(['run', roster, '-o', review], captureIo().io)).toBe(0);
  const wb = await readXlsx(review);
  let typed = 0;
  for (const name of ['个人发展计划', '导师结对', '盘点汇总']) {
    wb.getWorksheet(name)!.eachRow((row) => {
      for (const col of keyedColumns(row.getCell(1).value) ?? []) row.getCell(col + 1).value = `第${typed++}条：先谈话`;
    });
  }
  await wb.xlsx.writeFile(review);
  const fewer = new XlsxHost(new ExcelJS.Workbook());
  await fewer.apply(templatePlans('zh-CN', 25));
  await fewer.workbook.xlsx.writeFile(roster);
  expect(await main(['run', roster, '-o', review], captureIo().io)).toBe(0);

  const sheets = ['个人发展计划', '导师结对', '盘点汇总'];
  const target = await openTarget(review);
  const full = await target.read((n) => sheets.includes(n));
  const kept = await target.read((n) => sheets.includes(n), () => keyedColumns);
  const cellsOf = (grids: Map<string, SheetGrid>) => readPeopleCells(sheets.map((n) => grids.get(n)!));
  const a = cellsOf(full);
  const b = cellsOf(kept);
  expect(typed).toBeGreaterThan(100);
  expect(a.archived.length).toBeGreaterThan(0);
  expect([...b.cells]).toEqual([...a.cells]);
  expect(b.archived).toEqual(a.archived);
  // And the filtered grid holds the key column and the cells the keys name, nothing else (the rest of a plans
  // sheet of 50,000 engineers is never held in memory).
  const strays = (g: SheetGrid): number =>
    g.values.reduce((n, row) => {
      const allowed = new Set((keyedColumns(row[-g.origin.col] ?? null) ?? []).map((c) => c - g.origin.col));
      return n + row.filter((v, c) => v !== null && c !== -g.origin.col && !allowed.has(c)).length;
    }, 0);
  const plansGrid = kept.get('个人发展计划')!;
  expect(strays(plansGrid)).toBe(0);
  expect(strays(full.get('个人发展计划')!)).toBeGreaterThan(0);
});

/** The streaming reader gives no merges (the sheets it reads need none): the grids compare without them. */
function withoutMerges(grid: SheetGrid): SheetGrid {
  const { merges: _, ...rest } = grid;
  return rest;
}
