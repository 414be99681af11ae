// Builds real .xlsx files with exceljs (through bytes, as a user's file arrives) and reads them back.
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../../src/hosts/xlsx/load';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { readReviewInput, type ReadOutcome, type ReviewInput } from '../../../src/workbook/read';
import type { Problem } from '../../../src/workbook/problems';

export type Row = (string | number | boolean | Date | null | ExcelJS.CellValue)[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  /** A1 address → number format. */
  formats?: Record<string, string>;
  /** 1-based hidden rows. */
  hidden?: number[];
  merges?: string[];
}

export async function xlsxBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      });
    });
    for (const [addr, fmt] of Object.entries(s.formats ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const r of s.hidden ?? []) ws.getRow(r).hidden = true;
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function hostOf(bytes: Uint8Array, fileName = 'roster.xlsx'): Promise<XlsxHost> {
  const loaded = await loadWorkbook(bytes, fileName);
  if (!loaded.ok) throw new Error(`fixture did not load: ${loaded.problem.message.en}`);
  return new XlsxHost(loaded.workbook);
}

export const REVIEW_DATE = '2025-06-30';

export async function read(sheets: SheetSpec[], settingsSheets?: SheetSpec[]): Promise<ReadOutcome> {
  const host = await hostOf(await xlsxBytes(sheets));
  const settingsHost = settingsSheets ? await hostOf(await xlsxBytes(settingsSheets), 'settings.xlsx') : undefined;
  return readReviewInput(host, { fallbackReviewDate: REVIEW_DATE, settingsHost });
}

/** Reads and expects the review to go ahead. */
export async function readOk(sheets: SheetSpec[], settingsSheets?: SheetSpec[]): Promise<ReviewInput> {
  const out = await read(sheets, settingsSheets);
  if (!out.ok) throw new Error(`review refused: ${out.fatal.message.en}`);
  return out.input;
}

/** Problems as `sheet!cell severity` lines, easy to compare with a table. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.sheet}!${p.cell} ${p.severity}`);
}

export function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const hit = list.find((e) => e.id === id);
  if (!hit) throw new Error(`no engineer ${id}; have ${list.map((e) => e.id).join(', ')}`);
  return hit;
}
