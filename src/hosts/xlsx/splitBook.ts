// Writing a department workbook with exceljs (src/workbook/split/split.ts decides what it holds): its
// plans, then sheet protection without a password — the cells to fill unlocked — which SheetPlans do not
// describe. Also the formula cells of a roster, which the read contract's grids do not carry and a merge
// must never overwrite. Translation only, as every host.
import ExcelJS from 'exceljs';
import type { SplitBook } from '../../workbook/split/split';
import { XlsxHost } from './host';
import { parseRange } from './rects';

/** What a protected sheet still allows: selecting, sorting, filtering and resizing; never editing a locked cell. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  sort: true,
  autoFilter: true,
};

/** Unlocks the ranges' cells: each style object exceljs shares between cells is copied once, never changed in place. */
function unlock(ws: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const copies = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  for (const range of ranges) {
    const { r1, c1, r2, c2 } = parseRange(range);
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const cell = ws.getCell(r, c);
        const style = cell.style;
        let copy = copies.get(style);
        if (!copy) {
          copy = { ...style, protection: { locked: false } };
          copies.set(style, copy);
        }
        cell.style = copy;
      }
    }
  }
}

/** The department workbook in memory. */
export async function splitBookWorkbook(book: SplitBook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await new XlsxHost(wb).apply(book.plans);
  for (const p of book.protect) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) continue;
    unlock(ws, p.unlocked);
    // No password: a guard against slips, which anyone can lift (Review → Unprotect Sheet).
    await ws.protect('', ALLOWED);
  }
  return wb;
}

/** The department workbook as .xlsx bytes (for a file, or a zip made in the browser). */
export async function splitBookBytes(book: SplitBook): Promise<Uint8Array> {
  const wb = await splitBookWorkbook(book);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** 0-based `row:col` of every formula cell of a sheet (a merge never overwrites one). */
export function formulaCells(wb: ExcelJS.Workbook, sheet: string): Set<string> {
  const out = new Set<string>();
  const ws = wb.getWorksheet(sheet);
  ws?.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Formula) out.add(`${r - 1}:${c - 1}`);
    });
  });
  return out;
}
