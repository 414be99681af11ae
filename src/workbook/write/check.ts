// 数据检查 / Data check: every problem with its sheet, cell, severity and message in the sheet's language;
// present with just its headers when all is well.
import { pick } from '../../domain/catalogue';
import type { Lang } from '../../domain/types';
import type { PlanValue, SheetPlan, StyleGroup } from '../plan';
import { a1Range, type Problem } from '../problems';
import { SHEET_FONT, estimateWidths, printSetup } from './layout';
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
  // A long message wraps within its column instead of running off the printed page.
  if (problems.length > 0) styles.push({ style: { wrap: true, vAlign: 'top' }, ranges: [a1Range(1, headers.length - 1, problems.length, headers.length - 1)] });
  const errorRanges = tint.ranges('error');
  if (errorRanges.length > 0) styles.push({ style: { fill: ERROR_FILL, fontColor: '#9C0006' }, ranges: errorRanges });
  const widths = estimateWidths(values, 8, 90);
  return {
    role: 'check',
    name: sheetName('check', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    numberFormats: [],
    styles,
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: printSetup(lang, widths.reduce((a, b) => a + b, 0) > 100 ? 'landscape' : 'portrait', { repeatRows: '1:1' }),
    tabColor: '#7F7F7F',
    font: SHEET_FONT,
  };
}
