// Opening a review workbook with thousands of merges (the plans sheet) keeps every merge (recorded, not
// spread over the cells they cover), and exceljs's own overlap check is back in force afterwards.
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { loadWorkbook } from '../../../src/hosts/xlsx/load';

it('reads every merge of a large sheet and restores the overlap check', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('个人发展计划');
  for (let r = 1; r <= 3000; r++) {
    ws.getCell(r, 2).value = `行${r}`;
    ws.mergeCells(r, 2, r, 5);
  }
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  const loaded = await loadWorkbook(bytes, 'review.xlsx');
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const back = loaded.workbook.getWorksheet('个人发展计划')!;
  expect(back.model.merges).toHaveLength(3000);
  const grid = gridFromWorksheet(back);
  expect(grid.merges).toHaveLength(3000);
  expect(grid.merges?.[1499]).toEqual({ r1: 1499, c1: 1, r2: 1499, c2: 4 });
  expect(grid.values[1499]).toEqual(['行1500', null, null, null]);
  expect(() => back.mergeCells('C10:D11')).toThrow(/already merged/u);
});
