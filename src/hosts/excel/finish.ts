/// <reference types="office-js" />
// A few settings a sheet, whatever its size: freeze panes, print setup, tab colour, conditional formats, charts
// (charts.ts), and the Excel table.
import { footerCodes } from '../../workbook/printCodes';
import { parseA1, rectA1 } from './a1';
import { addCharts } from './charts';
import type { PlanWrite } from './planWrite';
import { headerFooterText } from './text';

/** A table name Excel accepts: a letter or _ first, then letters, digits, _ or .; not a cell reference. */
function validTableName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name) && !/^[RrCc]$/u.test(name);
}

/** Checks a plan's table before anything is written: headers present and distinct, a valid name. */
export function checkTable(write: PlanWrite): void {
  const spec = write.plan.table;
  if (!spec) return;
  const rect = parseA1(spec.range);
  const seen = new Set<string>();
  for (let c = rect.c1; c <= rect.c2; c++) {
    const h = String(write.rows[rect.r1]?.[c] ?? '');
    if (h === '' || seen.has(h.toLowerCase())) throw new Error(`Table ${spec.name}: header "${h}" is empty or repeated`);
    seen.add(h.toLowerCase());
  }
  if (!validTableName(spec.name)) throw new Error(`Not a valid table name: ${spec.name}`);
}

/**
 * The name the plan's table takes: its own unless another table or a defined name has it (`taken`, lower
 * case; the two share one namespace in Excel), else with _2, _3…; taken from then on.
 */
export function tableName(write: PlanWrite, taken: Set<string>): string | undefined {
  const spec = write.plan.table;
  if (!spec) return undefined;
  let name = spec.name;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${spec.name}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Adds the plan's table under `name` on `ws`. */
export function addTable(write: PlanWrite, ws: Excel.Worksheet, name: string): void {
  const spec = write.plan.table;
  if (!spec) return;
  const table = ws.tables.add(spec.range, true);
  table.name = name;
  table.style = spec.style;
}

/** The plan's conditional formats, each a formula rule on one range (ExcelApi 1.6), highest priority first. */
function addConditionalFormats(write: PlanWrite, ws: Excel.Worksheet): void {
  for (const cf of write.plan.conditionalFormats ?? []) {
    const custom = ws.getRange(cf.range).conditionalFormats.add('Custom').custom;
    custom.rule.formula = `=${cf.formula}`;
    if (cf.style.fill) custom.format.fill.color = cf.style.fill;
    if (cf.style.fontColor) custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold) custom.format.font.bold = true;
  }
}

/** Panes, print setup, tab colour, conditional formats and charts. */
export function finishSheet(write: PlanWrite): void {
  const { plan } = write;
  const ws = write.sheet;
  if (!ws) return;
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(rectA1({ r1: 0, c1: 0, r2: freeze.rows - 1, c2: freeze.cols - 1 }));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  const p = plan.print;
  if (p) {
    const layout = ws.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // 0 pages tall: as many as the rows need (Excel's "automatic").
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight ?? 0 };
    if (p.repeatRows) {
      const [a, b] = p.repeatRows.split(':');
      layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
    }
    if (p.printArea) layout.setPrintArea(p.printArea);
    const m = p.margins;
    if (m) {
      // Office.js takes margins in points, the file in inches.
      const pt = (inches: number): number => Math.round(inches * 7200) / 100;
      layout.leftMargin = pt(m.left);
      layout.rightMargin = pt(m.right);
      layout.topMargin = pt(m.top);
      layout.bottomMargin = pt(m.bottom);
      layout.headerMargin = pt(m.header);
      layout.footerMargin = pt(m.footer);
    }
    const hf = layout.headersFooters.defaultForAllPages;
    hf.centerHeader = headerFooterText(p.header);
    hf.centerFooter = headerFooterText(p.footer);
    if (p.footerLeft) hf.leftFooter = footerCodes(p.footerLeft);
    if (p.footerRight) hf.rightFooter = footerCodes(p.footerRight);
  }
  if (plan.tabColor) ws.tabColor = plan.tabColor;
  addCharts(write);
  addConditionalFormats(write, ws);
}
