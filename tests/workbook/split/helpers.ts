// Department workbooks in memory for the split and merge tests: a roster in an exceljs workbook, split into
// department workbooks written as the command line writes them (protection included), edited as a head would.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { formulaCells, splitBookWorkbook } from '../../../src/hosts/xlsx/splitBook';
import type { RawValue } from '../../../src/workbook/host';
import { mergeReturns, type MergeOutcome } from '../../../src/workbook/split/merge';
import { splitRoster, type SplitBook } from '../../../src/workbook/split/split';

export const HEADERS = ['工号', '姓名', '部门', '绩效', '潜力', '专业技术研究能力', '备注'];
export const DEPTS = ['研发中心', '工艺技术部', '质量管理部'];

export type Row = (string | number | null)[];

/** `n` engineers, IDs with leading zeros kept as text, departments in turn, half the potentials to fill. */
export function rosterRows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => [
    String(i + 1).padStart(5, '0'),
    `工程师${i + 1}`,
    DEPTS[i % DEPTS.length],
    ['A', 'B', 'C'][i % 3],
    i % 2 === 0 ? null : '中',
    2 + (i % 4) * 0.5,
    null,
  ]);
}

export function rosterBook(rows: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工程师名单');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  const st = wb.addWorksheet('能力素质标准');
  st.addRow(['工程师类别', '培育层级', '专业技术研究能力']);
  st.addRow(['*', '*', 3]);
  return wb;
}

export async function split(wb: ExcelJS.Workbook, splitId = 'S1'): Promise<{ books: SplitBook[]; returns: Map<string, ExcelJS.Workbook> }> {
  const out = await splitRoster(new XlsxHost(wb), { by: 'department', sourceFile: '花名册.xlsx', today: '2026-12-05', splitId, lang: 'zh-CN' });
  if (!out.ok) throw new Error(out.fatal.message.en);
  const returns = new Map<string, ExcelJS.Workbook>();
  for (const b of out.books) returns.set(b.group, await splitBookWorkbook(b));
  return { books: out.books, returns };
}

/** The sheet row (1-based) of an ID on a roster-like sheet, and the column of a header. */
export function find(ws: ExcelJS.Worksheet, id: string, header: string): { row: number; col: number } {
  let row = -1;
  let col = -1;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === header) col = i;
  });
  ws.eachRow((r, i) => {
    if (r.getCell(1).value === id) row = i;
  });
  if (row < 0 || col < 0) throw new Error(`no ${id} / ${header}`);
  return { row, col };
}

export function setCell(wb: ExcelJS.Workbook, id: string, header: string, value: RawValue): void {
  const ws = wb.getWorksheet('工程师名单')!;
  const { row, col } = find(ws, id, header);
  ws.getCell(row, col).value = value;
}

export function getCell(wb: ExcelJS.Workbook, id: string, header: string): RawValue {
  const ws = wb.getWorksheet('工程师名单')!;
  const { row, col } = find(ws, id, header);
  const v = ws.getCell(row, col).value;
  return v === undefined ? null : (v as RawValue);
}

export async function merge(original: ExcelJS.Workbook, returns: [string, ExcelJS.Workbook][]): Promise<Extract<MergeOutcome, { ok: true }>> {
  const out = await mergeReturns(
    new XlsxHost(original),
    returns.map(([file, wb]) => ({ file, host: new XlsxHost(wb) })),
    { today: '2026-12-06', time: '2026-12-06 10:00', lang: 'zh-CN', formulaCells: (sheet) => formulaCells(original, sheet) },
  );
  if (!out.ok) throw new Error(out.fatal.message.en);
  return out;
}

/** The merged roster workbook, written by the xlsx host as the command line writes it. */
export async function mergedBook(out: Extract<MergeOutcome, { ok: true }>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await new XlsxHost(wb).apply(out.plans);
  return wb;
}

export function rosterValues(wb: ExcelJS.Workbook): RawValue[][] {
  const rows: RawValue[][] = [];
  wb.getWorksheet('工程师名单')!.eachRow((r, i) => {
    rows[i - 1] = HEADERS.map((_, c) => {
      const v = r.getCell(c + 1).value;
      return v === undefined || v === '' ? null : (v as RawValue);
    });
  });
  return rows;
}
