// The sample roster of review.ts as an exceljs workbook: the same roster for the xlsx host, so a test can
// compare what the two hosts write.
import ExcelJS from 'exceljs';
import { ROSTER, rosterRows } from './review';

export function rosterBook(engineers: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ROSTER);
  for (const row of rosterRows(engineers)) ws.addRow(row as ExcelJS.CellValue[]);
  return wb;
}
