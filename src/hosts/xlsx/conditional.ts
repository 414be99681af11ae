// A plan's conditional formats → exceljs rules (one formula rule per format, in the plan's priority order).
// The same call exists on exceljs's in-memory and streaming worksheets.
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../workbook/plan';
import { argb } from './style';

/** Adds the plan's conditional formats to the sheet. */
export function writeConditionalFormats(ws: Pick<ExcelJS.Worksheet, 'addConditionalFormatting'>, plan: SheetPlan): void {
  (plan.conditionalFormats ?? []).forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    // A differential fill is drawn with its background colour (ECMA-376 §18.8.20, dxf).
    if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) }, fgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColor || cf.style.bold) {
      style.font = {};
      if (cf.style.fontColor) style.font.color = { argb: argb(cf.style.fontColor) };
      if (cf.style.bold) style.font.bold = true;
    }
    ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: 'expression', priority: i + 1, formulae: [cf.formula], style }] });
  });
}
