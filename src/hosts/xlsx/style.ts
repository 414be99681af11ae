// A plan's CellStyle (plus number format and sheet font) → the exceljs style object.
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../workbook/plan';

/** Default size of the plan's font where a style gives none. */
const DEFAULT_FONT_SIZE = 10;

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/u, '').toUpperCase()}`;
}

export function excelStyle(style: CellStyle, numFmt: string | undefined, fontName: string | undefined): Partial<ExcelJS.Style> {
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
