// 盘点结果 / Review results: one row per reviewed engineer, as an Excel table with filters. The sixteen
// headers are DOMAIN.md's, in order; the columns of features not built yet (pool status, candidate,
// mentor, growth stage) stay empty.
import { LEVEL_LABELS, PERF_LABELS, POT_LABELS, boxLabel, pick } from '../../domain/catalogue';
import { formatTopGaps } from '../../domain/gaps';
import type { Settings } from '../../domain/settings';
import type { EngineerReview, Lang, ReviewResult } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { a1Range } from '../problems';
import { SHEET_FONT, estimateWidths, printSetup, textWidth } from './layout';
import { RESULTS_HEADERS, sheetName } from './text';

export const RESULTS_TABLE_NAME = 'ReviewResults';

const HEADER_FILL = '#1F4E78';

export function resultRow(review: EngineerReview, lang: Lang, settings: Settings): PlanValue[] {
  const e = review.engineer;
  const p = review.placement;
  return [
    e.id,
    e.name,
    e.department ?? null,
    e.category ?? null,
    e.level ? pick(LEVEL_LABELS[e.level], lang) : null,
    pick(PERF_LABELS[p.performance], lang),
    pick(POT_LABELS[p.potential], lang),
    p.box,
    boxLabel(p.box, lang, settings.boxLabels),
    review.finalBox,
    formatTopGaps(review.topGaps, lang) || null,
    null, // 培育库状态: cultivation pool, a later feature
    null, // 卓越工程师推荐: reference check, a later feature
    null, // 导师: mentoring, a later feature
    null, // 成长阶段: growth stage, a later feature
    pick(review.explanation, lang),
  ];
}

export function buildResultsPlan(result: ReviewResult, lang: Lang, settings: Settings): SheetPlan {
  const headers = RESULTS_HEADERS.map((h) => pick(h, lang));
  const rows = result.reviews.map((r) => resultRow(r, lang, settings));
  const values: PlanValue[][] = [headers, ...rows];
  const lastCol = headers.length - 1;
  // An Excel table needs a data row: an empty review keeps one blank row inside the table.
  const lastRow = Math.max(rows.length, 1);

  const widths = estimateWidths(values, 8, 60);
  // Header cells carry a filter button, which needs about two more characters.
  for (let c = 0; c < headers.length; c++) widths[c] = Math.max(widths[c] ?? 8, Math.min(60, textWidth(headers[c]) + 4));

  return {
    role: 'results',
    name: sheetName('results', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    rowHeights: { 1: 22 },
    numberFormats: rows.length > 0 ? [{ format: '0', ranges: [a1Range(1, 7, rows.length, 7), a1Range(1, 9, rows.length, 9)] }] : [],
    styles: [
      {
        style: { bold: true, fill: HEADER_FILL, fontColor: '#FFFFFF', vAlign: 'middle', hAlign: 'center' },
        ranges: [a1Range(0, 0, 0, lastCol)],
      },
      ...(rows.length > 0
        ? [{ style: { hAlign: 'center' as const }, ranges: [a1Range(1, 5, rows.length, 9)] }]
        : []),
    ],
    merges: [],
    freeze: { rows: 1, cols: 2 },
    table: { name: RESULTS_TABLE_NAME, range: a1Range(0, 0, lastRow, lastCol), style: 'TableStyleMedium2' },
    print: printSetup(lang, 'landscape', { repeatRows: '1:1' }),
    tabColor: '#1F4E78',
    font: SHEET_FONT,
  };
}
