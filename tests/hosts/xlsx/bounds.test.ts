// The grid a host hands the reader covers the table the cells holding something make (workbook/read/
// bounds.ts), never the box a far stray cell or a huge merge declares, in memory and streamed alike.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { loadWorkbook } from '../../../src/hosts/xlsx/load';
import { openTarget } from '../../../src/hosts/xlsx/targetReader';
import { tempDir } from '../../helpers/workbooks';
import { declareSize, rosterXlsx, withImage, withMerge } from '../../corpus/hostileFiles';

async function grid(bytes: Uint8Array) {
  const loaded = await loadWorkbook(bytes, 'r.xlsx');
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  return gridFromWorksheet(loaded.workbook.worksheets[0]);
}

it('a value in XFD1048576 is left out with a warning at its cell; the grid is the table', async () => {
  const g = await grid(await rosterXlsx((ws) => (ws.getCell('XFD1048576').value = 'x')));
  expect([g.values.length, g.values[0].length]).toEqual([4, 6]);
  expect(g.notes?.map((n) => [n.cell, n.severity])).toEqual([['XFD1048576', 'warning']]);
  expect(g.notes?.[0].message.en).toContain('(A1:F4)');
});

it('a cell holding only spaces outside the table is dropped without a word; one inside it stays', async () => {
  const g = await grid(await rosterXlsx((ws) => {
    ws.getCell('A1048576').value = '  ';
    ws.getCell('G2').value = ' ';
    ws.getCell('B3').value = ' ';
  }));
  expect([g.values.length, g.values[0].length, g.notes]).toEqual([4, 6, undefined]);
  expect(g.values[2][1]).toBe(' ');
});

it('of two blocks a thousand empty rows apart, the one with more cells is the table', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = '导出时间';
  for (let r = 3000; r < 3010; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).value = r * c;
  const g = gridFromWorksheet(ws);
  expect(g.origin).toEqual({ row: 2999, col: 0 });
  expect(g.values).toHaveLength(10);
  expect(g.notes?.[0].cell).toBe('A1');
});

it('cells spread thinly over the whole width are not read as a table, and it says so', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (let r = 1; r <= 1100; r++) ws.getCell(r, Math.min(16384, r * 15)).value = r;
  const g = gridFromWorksheet(ws);
  expect(g.values).toEqual([]);
  expect(g.notes?.[0].message.en).toMatch(/was not read: its 1100 cells are spread thinly/u);
});

it('a huge merge is recorded, cut to the grid, and costs no cells', async () => {
  const g = await grid(await withMerge(await rosterXlsx(), 'B3:XFD1048576'));
  expect(g.merges).toEqual([{ r1: 2, c1: 1, r2: 3 + 1000, c2: 5 + 100 }]);
  // The merge's other cells read as empty, as in Excel: B4 held 王强.
  expect(g.values[3][1]).toBeNull();
  expect(g.values.length).toBeLessThanOrEqual(1004);
});

it('the streamed reader refuses a part past the size limit before inflating anything', async () => {
  const dir = await tempDir('talent-review-bounds-');
  try {
    const file = path.join(dir, 'big.xlsx');
    await fs.writeFile(file, declareSize(await withImage(await rosterXlsx(), 1), 'xl/media/image1.png', 1.9 * 1024 ** 3));
    await expect(openTarget(file)).rejects.toThrow(/xl\/media\/image1\.png unpacks to 1\.9 GB/u);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
