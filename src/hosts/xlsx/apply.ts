// Applies SheetPlans to an exceljs workbook. A translator: every decision is in the plan; this file only
// maps it onto exceljs (and keeps the file one Excel opens without asking to repair it).
import ExcelJS from 'exceljs';
import type { CellStyle, PlanValue, SheetPlan } from '../../workbook/plan';

type Worksheet = ExcelJS.Worksheet;

/** Default size of the plan's font where a style gives none. */
const DEFAULT_FONT_SIZE = 10;

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** `B3` or `A1:P20` → 1-based corners. */
export function parseRange(range: string): Rect {
  const [a, b] = range.split(':');
  const p = (ref: string): { r: number; c: number } => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/u.exec(ref.trim().toUpperCase());
    if (!m) throw new Error(`Not an A1 reference: ${ref}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { r: Number(m[2]), c };
  };
  const from = p(a);
  const to = b === undefined ? from : p(b);
  return {
    r1: Math.min(from.r, to.r),
    c1: Math.min(from.c, to.c),
    r2: Math.max(from.r, to.r),
    c2: Math.max(from.c, to.c),
  };
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/u, '').toUpperCase()}`;
}

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
function headerText(text: string): string {
  return `&C${text.replace(/&/gu, '&&')}`;
}

function forEachCell(range: string, fn: (row: number, col: number) => void): void {
  const { r1, c1, r2, c2 } = parseRange(range);
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) fn(r, c);
}

/** A table name Excel accepts: a letter or _ first, then letters, digits, _ or .; not a cell reference. */
function validTableName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name) && !/^[RrCc]$/u.test(name);
}

/** exceljs orders tabs by a worksheet field its typings do not declare. */
interface Ordered {
  orderNo: number;
}

function orderOf(ws: Worksheet): number {
  return (ws as unknown as Ordered).orderNo;
}

function setOrder(ws: Worksheet, orderNo: number): void {
  (ws as unknown as Ordered).orderNo = orderNo;
}

function removeOld(wb: ExcelJS.Workbook, plan: SheetPlan): number | undefined {
  let position: number | undefined;
  for (const name of [plan.replaces, plan.name]) {
    if (name === undefined) continue;
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    position = position === undefined ? orderOf(ws) : Math.min(position, orderOf(ws));
    wb.removeWorksheet(ws.id);
  }
  return position;
}

function writeTable(wb: ExcelJS.Workbook, ws: Worksheet, plan: SheetPlan): void {
  const spec = plan.table;
  if (!spec) return;
  const { r1, c1, r2, c2 } = parseRange(spec.range);
  const cellAt = (r: number, c: number): PlanValue => plan.values[r - 1]?.[c - 1] ?? null;
  const headers: string[] = [];
  for (let c = c1; c <= c2; c++) headers.push(String(cellAt(r1, c) ?? ''));
  const seen = new Set<string>();
  for (const h of headers) {
    const k = h.toLowerCase();
    if (h === '' || seen.has(k)) throw new Error(`Table ${spec.name}: header "${h}" is empty or repeated`);
    seen.add(k);
  }
  if (!validTableName(spec.name)) throw new Error(`Not a valid table name: ${spec.name}`);
  // Table names are unique in the whole workbook.
  let name = spec.name;
  const taken = (n: string): boolean => wb.worksheets.some((s) => s !== ws && Boolean(s.getTable(n)));
  for (let i = 2; taken(name); i++) name = `${spec.name}_${i}`;
  const rows: PlanValue[][] = [];
  for (let r = r1 + 1; r <= r2; r++) {
    const row: PlanValue[] = [];
    for (let c = c1; c <= c2; c++) row.push(cellAt(r, c));
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: ws.getCell(r1, c1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}

/** The exceljs style of a plan style, number format and sheet font. */
function excelStyle(style: CellStyle, numFmt: string | undefined, fontName: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { size: style.fontSize ?? DEFAULT_FONT_SIZE };
  if (fontName) font.name = fontName;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  out.font = font;
  if (numFmt !== undefined) out.numFmt = numFmt;
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.hAlign || style.vAlign) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.wrap) alignment.wrapText = true;
    if (style.hAlign) alignment.horizontal = style.hAlign;
    if (style.vAlign) alignment.vertical = style.vAlign;
    out.alignment = alignment;
  }
  if (style.border) {
    const edge: Partial<ExcelJS.Border> = { style: style.border, color: { argb: 'FF7F7F7F' } };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  return out;
}

/** exceljs keeps its merges in a worksheet field its typings do not declare. */
interface MergeIndex {
  _merges?: Record<string, unknown>;
}

/**
 * exceljs checks each new merge against every earlier one, which is quadratic: a plans sheet of a thousand
 * engineers has tens of thousands of merges. Overlaps are checked here once, cell by cell, and exceljs then
 * merges each range against an empty index.
 */
function mergeAll(ws: Worksheet, merges: readonly string[]): void {
  const index = ws as unknown as MergeIndex;
  const all = index._merges;
  if (typeof all !== 'object' || all === null) {
    merges.forEach((m) => ws.mergeCellsWithoutStyle(m));
    return;
  }
  const taken = new Set<string>();
  for (const m of merges) {
    forEachCell(m, (r, c) => {
      const k = `${r},${c}`;
      if (taken.has(k)) throw new Error(`Merge ${m} overlaps another merge`);
      taken.add(k);
    });
  }
  try {
    for (const m of merges) {
      index._merges = {};
      ws.mergeCellsWithoutStyle(m);
      Object.assign(all, index._merges);
    }
  } finally {
    index._merges = all;
  }
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const position = plan.role === 'registry' ? undefined : removeOld(wb, plan);
  if (plan.role === 'registry') removeOld(wb, plan);
  const ws = wb.addWorksheet(plan.name);
  // A replaced sheet keeps its place among the tabs; new sheets go to the end.
  if (position !== undefined) setOrder(ws, position);

  // Values: strings stay strings (exceljs writes a formula only from a {formula} object).
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  writeTable(wb, ws, plan);

  mergeAll(ws, plan.merges);

  // Styles and number formats: merged per cell in plan order (later groups win), then one shared style
  // object per distinct combination. exceljs recognises a style object it has seen (a WeakMap) when it
  // saves, so a sheet of a million styled cells costs a handful of styles, not a million.
  interface CellFormat {
    r: number;
    c: number;
    style: CellStyle;
    numFmt?: string;
  }
  const merged = new Map<number, CellFormat>();
  const width = 16384;
  const at = (r: number, c: number): CellFormat => {
    const key = r * width + c;
    let e = merged.get(key);
    if (!e) {
      e = { r, c, style: {} };
      merged.set(key, e);
    }
    return e;
  };
  plan.values.forEach((row, r) => row.forEach((v, c) => v !== null && at(r + 1, c + 1)));
  for (const g of plan.numberFormats) {
    for (const range of g.ranges) forEachCell(range, (r, c) => (at(r, c).numFmt = g.format));
  }
  for (const g of plan.styles) {
    for (const range of g.ranges) forEachCell(range, (r, c) => Object.assign(at(r, c).style, g.style));
  }
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const { r, c, style, numFmt } of merged.values()) {
    const key = `${JSON.stringify(style)}|${numFmt ?? ''}`;
    let xs = shared.get(key);
    if (!xs) {
      xs = excelStyle(style, numFmt, plan.font);
      shared.set(key, xs);
    }
    ws.getCell(r, c).style = xs;
  }

  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of plan.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = h;

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.cols,
        ySplit: plan.freeze.rows,
        topLeftCell: ws.getCell(plan.freeze.rows + 1, plan.freeze.cols + 1).address,
      },
    ];
  }

  for (const v of plan.validations ?? []) {
    const formula = `"${v.list.map((s) => s.replace(/"/gu, '""')).join(',')}"`;
    forEachCell(v.range, (r, c) => {
      ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
    });
  }

  if (plan.print) {
    const p = plan.print;
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = p.orientation;
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = p.fitToWidth;
    ws.pageSetup.fitToHeight = p.fitToHeight ?? 0;
    if (p.repeatRows) ws.pageSetup.printTitlesRow = p.repeatRows;
    ws.headerFooter.oddHeader = headerText(p.header);
    ws.headerFooter.oddFooter = headerText(p.footer);
    for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  }

  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  ws.state = plan.visibility;
}

/**
 * Writes each plan in order: the sheet named `replaces` or `name` is removed and a fresh one takes its
 * place (new sheets at the end; the registry always last).
 */
export function applyPlans(
  wb: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  progress?: (done: number, total: number) => void,
): void {
  plans.forEach((plan, i) => {
    writeSheet(wb, plan);
    progress?.(i + 1, plans.length);
  });
  // Excel opens on the sheet the plans ask for (the grid), else on the first visible one.
  const wanted = plans.find((p) => p.activate)?.name;
  const byName = wanted === undefined ? -1 : wb.worksheets.findIndex((s) => s.name === wanted);
  const visible = byName >= 0 ? byName : wb.worksheets.findIndex((s) => s.state === 'visible');
  if (visible >= 0) wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: visible, visibility: 'visible' }];
}

/** The workbook as .xlsx bytes. */
export async function workbookToBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
