// A sheet read by the streaming reader (a re-run's target) gives the reader the same grid as the same
// sheet read in memory: values, displayed texts, formats and error flags, over the same used range; and the
// sheets' tab order, states and ids are those of workbook.xml.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { gridFromWorksheet, sheetInfoOf } from '../../../src/hosts/xlsx/grid';
import { readTargetSheets } from '../../../src/hosts/xlsx/targetReader';
import { readXlsx, tempDir } from '../../helpers/workbooks';

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
    expect(streamed.grids.get(name)).toEqual(gridFromWorksheet(memory.getWorksheet(name)!));
  }
  expect(streamed.grids.has('隐藏')).toBe(false);
  const notes = streamed.grids.get('个人发展计划')!;
  expect(notes.origin).toEqual({ row: 2, col: 2 });
  expect(notes.texts[1][2]).toBe('38%');
});
