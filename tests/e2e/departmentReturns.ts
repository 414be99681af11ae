// Department returns for the browser tests of the pane's 部门工作簿 page: the seeded roster split as the pane
// splits it, two of the workbooks edited as heads do (potentials filled, a name corrected, a row deleted).
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { splitBookWorkbook } from '../../src/hosts/xlsx/splitBook';
import { splitRoster } from '../../src/workbook/split/split';
import { E2E_ROSTER_SHEET, e2eRosterRows } from './paneOnFake.seed';

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The 1-based column of a header on the roster sheet's first rows, and the row it is on. */
function headerAt(ws: ExcelJS.Worksheet, header: string): { row: number; col: number } {
  for (let r = 1; r <= 10; r++) {
    let col = 0;
    ws.getRow(r).eachCell((c, i) => {
      if (c.value === header) col = i;
    });
    if (col > 0) return { row: r, col };
  }
  throw new Error(`no ${header} header`);
}

export async function e2eReturns(): Promise<PickedFile[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(E2E_ROSTER_SHEET);
  for (const r of e2eRosterRows()) ws.addRow(r);
  const split = await splitRoster(new XlsxHost(wb), { by: 'department', sourceFile: '花名册.xlsx', today: '2025-06-30', splitId: 'e2e', lang: 'zh-CN' });
  if (!split.ok) throw new Error(split.fatal.message.en);
  const out: PickedFile[] = [];
  for (const [i, book] of split.books.slice(0, 2).entries()) {
    const ret = await splitBookWorkbook(book);
    const sheet = ret.getWorksheet(E2E_ROSTER_SHEET);
    if (!sheet) throw new Error('no roster sheet in the return');
    const potential = headerAt(sheet, '潜力等级');
    const name = headerAt(sheet, '姓名');
    ['高', '低', '中'].forEach((v, k) => {
      const cell = sheet.getCell(potential.row + 1 + k, potential.col);
      cell.value = cell.value === v ? (v === '高' ? '中' : '高') : v;
    });
    if (i === 0) sheet.getCell(potential.row + 4, name.col).value = '欧阳修正';
    else sheet.spliceRows(potential.row + 5, 1);
    out.push({
      name: book.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from((await ret.xlsx.writeBuffer()) as ArrayBuffer),
    });
  }
  return out;
}
