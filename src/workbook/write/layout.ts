// What every visible output sheet shares: the font, the print setup with the reference line and the
// confidentiality footer, and column widths estimated from the text they will hold.
import { CONFIDENTIAL, REFERENCE_LINE, pick } from '../../domain/catalogue';
import type { Lang } from '../../domain/types';
import type { FooterPart, PageMargins, PlanValue, PrintSetup } from '../plan';

/** Excel's tallest row (../shared/DOMAIN.md "Limits of the file formats"): a longer text is cut in print, never a taller row. */
export const MAX_ROW_HEIGHT = 409;

/** A row height Excel takes: at most 409 pt. */
export function rowHeight(points: number): number {
  return Math.min(MAX_ROW_HEIGHT, points);
}

/** A CJK font so Chinese displays and prints the same on every machine that has Office. */
export const SHEET_FONT = 'Microsoft YaHei';

/** 「第 N 页 / 共 M 页」 / "Page N of M". */
export function pageNumberFooter(lang: Lang): FooterPart[] {
  return lang === 'zh-CN'
    ? ['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页']
    : ['Page ', { field: 'page' }, ' of ', { field: 'pages' }];
}

/**
 * Excel's normal side margins (0.7 inch) with 0.6 at the top and bottom: 7% more printable height, so a plan or
 * a meeting pack laid out for one page stays on one page instead of leaving a strip of its last lines.
 */
export const PAGE_MARGINS: PageMargins = { left: 0.7, right: 0.7, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };
/** The same with 0.4 inch at the sides: 6% more printable width (741 → 784 pt on landscape A4) for wide sheets. */
export const WIDE_MARGINS: PageMargins = { ...PAGE_MARGINS, left: 0.4, right: 0.4 };

/**
 * DOMAIN.md, Printing: A4, fit to one page wide, the reference line in the header, and in the footer the
 * sheet's name (left), 「内部资料 注意保密」 (centre) and 「第 N 页 / 共 M 页」 (right).
 */
export function printSetup(
  lang: Lang,
  orientation: PrintSetup['orientation'],
  extra: Partial<Pick<PrintSetup, 'fitToHeight' | 'repeatRows' | 'rowBreaks' | 'printArea' | 'margins'>> = {},
): PrintSetup {
  return {
    orientation,
    fitToWidth: 1,
    margins: PAGE_MARGINS,
    ...extra,
    header: pick(REFERENCE_LINE, lang),
    footer: pick(CONFIDENTIAL, lang),
    // The sheet's name in the sheets' CJK font: an English workbook's 'Meeting-研发中心' in the footer's default
    // Latin font is drawn below the line and cut by LibreOffice.
    footerLeft: [{ font: SHEET_FONT }, { field: 'sheet' }],
    footerRight: pageNumberFooter(lang),
  };
}

/** Printable height of an A4 page at 100 % with Excel's default margins (0.75 in top and bottom), in points. */
export const A4_PRINTABLE_HEIGHT = { portrait: 734, landscape: 451 } as const;

/** A4 in points, width × height, by orientation. */
const A4 = { portrait: { width: 595, height: 842 }, landscape: { width: 842, height: 595 } } as const;

/** The least print scale of a sheet fitted to its page: the sheets' 10-pt text prints at 8 pt (DOMAIN.md, Printing). */
export const MIN_PRINT_SCALE = 0.8;

/** The height an A4 page gives its rows at 100 % between these margins (the header and footer print inside them). */
export function pageBodyHeight(orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  return A4[orientation].height - 72 * (margins.top + margins.bottom);
}

/** A4 printable width between these margins over the columns' width, as Excel measures a column of w characters
 * (7 px a character plus 5 px, 0.75 pt a pixel): the scale a fit-to-width print takes, at most 1. */
export function widthScale(widths: readonly number[], orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  const columns = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(1, pageBodyWidth(orientation, margins) / columns);
}

/** The width an A4 page gives its columns at 100 % between these margins, in points. */
export function pageBodyWidth(orientation: 'portrait' | 'landscape', margins: PageMargins): number {
  return A4[orientation].width - 72 * (margins.left + margins.right);
}

/** Points Excel (and LibreOffice with Calibri's metrics) gives a column `width` characters wide: 7 px a character plus 5. */
export function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

/** Total height in points of 0-based rows `from` up to (not including) `to`; unset rows 15 pt. */
export function heightOf(rowHeights: Readonly<Record<number, number>>, from: number, to: number): number {
  let total = 0;
  for (let r = from; r < to; r++) total += rowHeights[r + 1] ?? 15;
  return total;
}

/** Wide (East Asian) characters take about two column-width units, others one. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

export function displayText(v: PlanValue): string {
  if (v === null) return '';
  return String(v);
}

/**
 * Column widths that fit the longest text of each column (rows from `fromRow`, 0-based), plus padding,
 * kept between `min` and `max` characters.
 */
export function estimateWidths(values: PlanValue[][], min = 6, max = 50, fromRow = 0): number[] {
  const widths: number[] = [];
  for (let r = fromRow; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const w = textWidth(displayText(row[c]));
      widths[c] = Math.max(widths[c] ?? 0, w);
    }
  }
  return Array.from(widths, (w) => Math.min(max, Math.max(min, (w ?? 0) + 2)));
}
