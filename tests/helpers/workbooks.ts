// Builds real .xlsx files for tests with exceljs, and reads written ones back.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { templatePlans } from '../../src/workbook/template';

export type Cell = string | number | boolean | null | Date;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
}

export async function tempDir(prefix = 'talent-review-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      r.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 1, j + 1).value = v;
      });
    });
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The values of a sheet as rows of plain values (rich text and formulas flattened). */
export function sheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      let plain: Cell;
      if (v === null || v === undefined) plain = null;
      else if (typeof v === 'object' && !(v instanceof Date)) {
        if ('richText' in v) plain = v.richText.map((t) => t.text).join('');
        else if ('result' in v) plain = (v.result as Cell) ?? null;
        else if ('text' in v) plain = String(v.text);
        else plain = String(cell.text);
      } else plain = v;
      out[c - 1] = plain;
    });
    rows[r - 1] = out;
  });
  const plain = Array.from(rows, (r) => Array.from(r ?? [], (v) => (v === undefined ? null : v)));
  // Rows that only carry a format or a drop-down are not content.
  while (plain.length > 0 && plain[plain.length - 1].every((v) => v === null || v === '')) plain.pop();
  return plain;
}

export async function sha256(file: string): Promise<string> {
  return crypto.createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

export interface Captured {
  out: string[];
  err: string[];
}

export function captureIo(today = '2026-11-26'): { io: import('../../src/cli/main').Io; captured: Captured } {
  const captured: Captured = { out: [], err: [] };
  return {
    captured,
    io: {
      out: (s) => captured.out.push(s),
      err: (s) => captured.err.push(s),
      env: { LANG: 'zh_CN.UTF-8' },
      today: () => today,
    },
  };
}

/**
 * A roster of the template's sample engineers (mentors among them), as a person's own file, without the first
 * `left` of them (engineers who left since an earlier roster); returns the IDs it holds.
 */
export async function writeSampleRoster(file: string, engineers: number, left = 0): Promise<string[]> {
  const host = new XlsxHost(new ExcelJS.Workbook());
  const plans = templatePlans('zh-CN', engineers);
  plans[0] = { ...plans[0], values: [plans[0].values[0], ...plans[0].values.slice(1 + left)] };
  await host.apply(plans);
  await host.workbook.xlsx.writeFile(file);
  return plans[0].values.slice(1).map((r) => String(r[0]));
}

/** The conditional formats exceljs read from a sheet (its typings declare only the setter). */
export function conditionalOf(ws: ExcelJS.Worksheet | undefined): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] } | undefined)?.conditionalFormattings ?? [];
}
