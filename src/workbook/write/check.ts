// 数据检查 / Data check: every problem with its sheet, cell, severity and message in the sheet's language;
// present with just its headers when all is well.
import { pick } from '../../domain/catalogue';
import type { Lang } from '../../domain/types';
import type { PlanValue, SheetPlan, StyleGroup } from '../plan';
import { a1Range, type Problem } from '../problems';
import { LINE_HEIGHT } from './builder';
import { SHEET_FONT, estimateWidths, printSetup, rowHeight, textWidth } from './layout';
import { RangeCollector } from './ranges';
import { CHECK_HEADERS, PROBLEM_SEVERITY, sheetName } from './text';

const ERROR_FILL = '#FDE2E1';
const HEADER_FILL = '#D9D9D9';

export function buildCheckPlan(problems: readonly Problem[], lang: Lang): SheetPlan {
  const headers = CHECK_HEADERS.map((h) => pick(h, lang));
  const values: PlanValue[][] = [headers];
  const tint = new RangeCollector<'error'>();
  problems.forEach((p, i) => {
    values.push([p.sheet, p.cell || null, pick(PROBLEM_SEVERITY[p.severity], lang), pick(p.message, lang)]);
    if (p.severity === 'error') tint.addRect('error', i + 1, 0, i + 1, headers.length - 1);
  });
  const styles: StyleGroup[] = [
    { style: { bold: true, fill: HEADER_FILL, border: 'thin' }, ranges: [a1Range(0, 0, 0, headers.length - 1)] },
  ];
  const errorRanges = tint.ranges('error');
  if (errorRanges.length > 0) styles.push({ style: { fill: ERROR_FILL, fontColor: '#9C0006' }, ranges: errorRanges });
  const widths = estimateWidths(values, 8, 90);
  // A message longer than its column wraps in a row tall enough for it, instead of running off the page.
  const message = headers.length - 1;
  const rowHeights: Record<number, number> = {};
  const wrapped = new RangeCollector<'wrap'>();
  problems.forEach((p, i) => {
    // The column fits every message up to its widest width (90); only a longer one wraps.
    const width = textWidth(pick(p.message, lang));
    if (width <= widths[message] - 2) return;
    const lines = Math.ceil((width * 1.1) / Math.max(1, widths[message] - 1));
    rowHeights[i + 2] = rowHeight(lines * LINE_HEIGHT + 4);
    wrapped.addRect('wrap', i + 1, 0, i + 1, message);
  });
  if (wrapped.keys().length > 0) styles.push({ style: { wrap: true, vAlign: 'top' }, ranges: wrapped.ranges('wrap') });
  return {
    role: 'check',
    name: sheetName('check', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    numberFormats: [],
    styles,
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: printSetup(lang, widths.reduce((a, b) => a + b, 0) > 100 ? 'landscape' : 'portrait', { repeatRows: '1:1' }),
    tabColor: '#7F7F7F',
    font: SHEET_FONT,
  };
}
