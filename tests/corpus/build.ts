// Builds a corpus case twice over: as an .xlsx written by exceljs (the command line's input), and as the
// same cells seeded on the recording Excel fake (the add-in's input). Both carry the same values, number
// formats, errors, merges and hidden rows, so the two hosts can be held to the same problems.
import ExcelJS from 'exceljs';
import { dateToSerial } from '../../src/hosts/xlsx/grid';
import type { SeedCell, SeedSheet } from '../hosts/excel/fakeExcel';
import type { CaseCell, CaseSheet, CorpusCase } from './cases';

function excelValue(v: CaseCell): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if ('error' in v) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  if ('formula' in v) return v.result === undefined ? ({ formula: v.formula } as ExcelJS.CellFormulaValue) : { formula: v.formula, result: v.result, date1904: false };
  if ('richText' in v) return { richText: v.richText.map((text) => ({ text })) };
  return v.value;
}

export function workbookOf(sheets: readonly CaseSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = excelValue(v);
        if (typeof v === 'object' && !(v instanceof Date) && 'format' in v) cell.numFmt = v.format;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    if (s.autoFilter) ws.autoFilter = s.autoFilter;
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return wb;
}

export async function xlsxBytes(sheets: readonly CaseSheet[]): Promise<Uint8Array> {
  return new Uint8Array(await workbookOf(sheets).xlsx.writeBuffer());
}

/** The bytes of a case's input file: the built workbook, or the file-level case's own bytes. */
export async function caseBytes(c: CorpusCase): Promise<Uint8Array> {
  if (c.file) return c.file.bytes();
  return xlsxBytes(c.sheets ?? []);
}

export function caseFileName(c: CorpusCase): string {
  return c.file?.name ?? 'roster.xlsx';
}

/** Excel shows what a formula calculated; rich text as its text; a date as a serial with its format. */
function seedValue(v: CaseCell): SeedCell {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { value: dateToSerial(v), format: 'mm-dd-yy' };
  if ('error' in v) return { error: v.error };
  if ('formula' in v) return v.result ?? null;
  if ('richText' in v) return v.richText.join('');
  return { value: v.value instanceof Date ? dateToSerial(v.value) : v.value, format: v.format };
}

export function seedSheets(sheets: readonly CaseSheet[]): SeedSheet[] {
  return sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((row) => row.map(seedValue)),
    hiddenRows: (s.hiddenRows ?? []).map((r) => r - 1),
  }));
}
