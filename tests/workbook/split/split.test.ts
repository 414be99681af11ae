// DOMAIN.md, Department workbooks: split — one workbook per department with its rows and every column, the
// standards, an instructions sheet, the columns to fill unlocked and highlighted, the rest locked without a
// password, and a very-hidden record of the split.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { splitBookBytes } from '../../../src/hosts/xlsx/splitBook';
import { readRecord, RECORD_SHEET } from '../../../src/workbook/split/record';
import { splitRoster } from '../../../src/workbook/split/split';
import { DEPTS, HEADERS, rosterBook, rosterRows, split } from './helpers';

describe('split', () => {
  it('gives one workbook per department, named for it, with its rows and every column', async () => {
    const { books, returns } = await split(rosterBook(rosterRows(12)));
    expect(books.map((b) => b.fileName)).toEqual(DEPTS.map((d) => `${d}.xlsx`));
    const ws = returns.get('工艺技术部')!.getWorksheet('工程师名单')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const ids: unknown[] = [];
    ws.eachRow((r, i) => i > 1 && ids.push(r.getCell(1).value));
    expect(ids).toEqual(['00002', '00005', '00008', '00011']);
    expect(ws.getCell(2, 2).value).toBe('工程师2');
  });

  it('unlocks and highlights the columns to fill, locks the rest, and protects without a password', async () => {
    const { books } = await split(rosterBook(rosterRows(6)));
    // Through bytes, as a department head receives it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await splitBookBytes(books[0])).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('工程师名单')!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    for (const col of [5, 6, 7]) {
      expect(ws.getCell(2, col).protection).toMatchObject({ locked: false });
      expect(ws.getCell(2, col).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    }
    for (const col of [1, 2, 3, 4]) expect(ws.getCell(2, col).protection?.locked).not.toBe(false);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['说明', '工程师名单', '能力素质标准', RECORD_SHEET]);
    expect(wb.getWorksheet(RECORD_SHEET)!.state).toBe('veryHidden');
  });

  it('records each row\'s ID and each cell\'s value at the split', async () => {
    const { returns } = await split(rosterBook(rosterRows(6)), 'S-42');
    const [grid] = await new XlsxHost(returns.get('研发中心')!).readSheets([RECORD_SHEET]);
    const read = readRecord(grid);
    expect(read.ok && read.record).toMatchObject({
      splitId: 'S-42',
      group: '研发中心',
      headers: HEADERS,
      rows: [
        { sourceRow: 1, id: '00001', values: ['00001', '工程师1', '研发中心', 'A', null, 2, null] },
        { sourceRow: 4, id: '00004', values: ['00004', '工程师4', '研发中心', 'A', '中', 3.5, null] },
      ],
    });
  });

  it('splits by manager on request, and says so when the roster has no such column', async () => {
    const out = await splitRoster(new XlsxHost(rosterBook(rosterRows(3))), { by: 'manager', sourceFile: 'r.xlsx', today: '2026-12-05', splitId: 'x' });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.fatal.message.zh).toContain('名单没有「直接上级」列');
  });
});
