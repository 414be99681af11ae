// 数据检查 / Data check: every problem with its sheet, cell, severity and message in the sheet's language,
// one line per message and column (checkGroups.ts) with the count; an Excel table with a filter; 「未发现问题」
// when all is well.
import { pick } from '../../domain/catalogue';
import type { Lang } from '../../domain/types';
import type { PlanValue, SheetPlan, StyleGroup } from '../plan';
import { a1Range, type Problem } from '../problems';
import { LINE_HEIGHT } from './builder';
import { checkLines } from './checkGroups';
import { SHEET_FONT, estimateWidths, printSetup, rowHeight, textWidth } from './layout';
import { RangeCollector } from './ranges';
import { CHECK_HEADERS, PROBLEM_SEVERITY, sheetName } from './text';

const ERROR_FILL = '#FDE2E1';
export const CHECK_TABLE_NAME = 'DataCheck';
const CLEAN = { zh: '未发现问题', en: 'No problems found' };
/** The message column wraps past this width, so the sheet prints on a portrait or landscape page at 10 pt. */
const MESSAGE_WIDTH = 80;

export function buildCheckPlan(problems: readonly Problem[], lang: Lang): SheetPlan {
  const headers = CHECK_HEADERS.map((h) => pick(h, lang));
  const values: PlanValue[][] = [headers];
  const tint = new RangeCollector<'error'>();
  const lines = checkLines(problems);
  lines.forEach((l, i) => {
    values.push([l.sheet, l.cell || null, pick(PROBLEM_SEVERITY[l.severity], lang), pick(l.message, lang), l.count]);
    if (l.severity === 'error') tint.addRect('error', i + 1, 0, i + 1, headers.length - 1);
  });
  // An Excel table needs a data row: a clean check says so in it.
  if (lines.length === 0) values.push([null, null, null, pick(CLEAN, lang), 0]);
  const message = 3;
  const widths = estimateWidths(values, 8, MESSAGE_WIDTH);
  widths[4] = Math.max(widths[4], 8);
  // The clean line is bold: a quarter wider than estimateWidths counts ('No problems found' lost its last letter).
  if (lines.length === 0) widths[message] = Math.max(widths[message], Math.ceil(textWidth(pick(CLEAN, lang)) * 1.25) + 2);
  const styles: StyleGroup[] = [];
  const errorRanges = tint.ranges('error');
  if (errorRanges.length > 0) styles.push({ style: { fill: ERROR_FILL, fontColor: '#9C0006' }, ranges: errorRanges });
  if (lines.length === 0) styles.push({ style: { fontColor: '#1E7B34', bold: true }, ranges: [a1Range(1, message, 1, message)] });
  // A message longer than its column wraps in a row tall enough for it, instead of running off the page.
  const rowHeights: Record<number, number> = {};
  const wrapped = new RangeCollector<'wrap'>();
  lines.forEach((l, i) => {
    const width = textWidth(pick(l.message, lang));
    if (width <= widths[message] - 2) return;
    const n = Math.ceil((width * 1.1) / Math.max(1, widths[message] - 1));
    rowHeights[i + 2] = rowHeight(n * LINE_HEIGHT + 4);
    wrapped.addRect('wrap', i + 1, 0, i + 1, headers.length - 1);
  });
  if (wrapped.keys().length > 0) styles.push({ style: { wrap: true, vAlign: 'top' }, ranges: wrapped.ranges('wrap') });
  const lastRow = values.length - 1;
  return {
    role: 'check',
    name: sheetName('check', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    numberFormats: [{ format: '#,##0', ranges: [a1Range(1, 4, lastRow, 4)] }],
    styles,
    merges: [],
    freeze: { rows: 1, cols: 0 },
    table: { name: CHECK_TABLE_NAME, range: a1Range(0, 0, lastRow, headers.length - 1), style: 'TableStyleLight9' },
    print: printSetup(lang, widths.reduce((a, b) => a + b, 0) > 100 ? 'landscape' : 'portrait', { repeatRows: '1:1' }),
    tabColor: '#7F7F7F',
    font: SHEET_FONT,
  };
}
