// 盘点结果 / Review results: one row per reviewed engineer, as an Excel table with filters. The sixteen
// headers are DOMAIN.md's, in order; pool status, candidate, mentor (姓名(工号), a suggestion marked as such)
// and growth stage come from the follow-up.
import { isCalibrated } from '../../domain/calibration';
import { LEVEL_LABELS, MOVEMENT_LABELS, PERF_LABELS, POOL_STATUS_LABELS, POT_LABELS, STAGE_LABELS, YES_NO_LABELS, pick } from '../../domain/catalogue';
import { followUp } from '../../domain/followUp';
import type { EngineerFollowUp, FollowUp } from '../../domain/followUpTypes';
import { formatTopGaps } from '../../domain/gaps';
import { mentorCell } from '../../domain/mentoring';
import { hasPrevious, movementOf } from '../../domain/movement';
import type { Settings } from '../../domain/settings';
import { normalizeKey } from '../../domain/text';
import type { EngineerReview, Lang, ReviewResult } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { a1Range } from '../problems';
import { MAX_PAGE_BREAKS } from '../limits';
import { SHEET_FONT, estimateWidths, printSetup, textWidth } from './layout';
import { redact, shownBoxLabel } from './sensitive';
import { MOVEMENT_HEADERS, RESULTS_HEADERS, calibrationNote, sheetName } from './text';

export const RESULTS_TABLE_NAME = 'ReviewResults';

const HEADER_FILL = '#1F4E78';

/** 导师: 姓名(工号), with 「（建议）」 after a suggested pair, 「<工号>（外部导师）」 for an external mentor. */
export function mentorColumn(f: EngineerFollowUp | undefined, lang: Lang): string | null {
  const cell = mentorCell(f?.mentor, lang);
  return cell === '' ? null : cell;
}

export function resultRow(review: EngineerReview, lang: Lang, settings: Settings, f?: EngineerFollowUp): PlanValue[] {
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
    shownBoxLabel(p.box, lang, settings),
    review.finalBox,
    formatTopGaps(review.topGaps, lang) || null,
    f ? pick(POOL_STATUS_LABELS[f.pool.status], lang) : null,
    f ? pick(f.candidate.candidate ? YES_NO_LABELS.yes : YES_NO_LABELS.no, lang) : null,
    mentorColumn(f, lang),
    f?.growthStage ? pick(STAGE_LABELS[f.growthStage], lang) : null,
    redact(explanationWithCalibration(review, lang), settings),
  ];
}

/** The explanation, with the calibration that set the final box after it. */
function explanationWithCalibration(review: EngineerReview, lang: Lang): string {
  const text = pick(review.explanation, lang);
  const c = review.calibration;
  if (!c || !isCalibrated(review)) return text;
  return `${text}${lang === 'zh-CN' ? '；' : '; '}${calibrationNote(review.placement.box, c.to, c.reason, lang)}`;
}

/** 上期九宫格 and 变动, after the sixteen. */
export function movementCells(review: EngineerReview, lang: Lang): PlanValue[] {
  const m = movementOf(review);
  return [review.engineer.previousBox ?? null, m ? pick(MOVEMENT_LABELS[m], lang) : null];
}

/** Columns that print (DOMAIN.md, Printing): 工号 to 校准后九宫格; the screen keeps them all. */
export const RESULTS_PRINTED_COLUMNS = 10;

/**
 * The engineers grouped by department, departments in order of first appearance (a roster kept by
 * department keeps its order), and the 1-based sheet rows after which a department ends: a page break
 * each, up to Excel's limit of manual breaks.
 */
export function byDepartment(reviews: readonly EngineerReview[]): { order: number[]; breaks: number[] } {
  const groups = new Map<string, number[]>();
  reviews.forEach((r, i) => {
    const key = normalizeKey(r.engineer.department ?? '');
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const order: number[] = [];
  const breaks: number[] = [];
  for (const g of groups.values()) {
    order.push(...g);
    breaks.push(order.length + 1);
  }
  breaks.pop();
  return { order, breaks: breaks.length <= MAX_PAGE_BREAKS ? breaks : [] };
}

export function buildResultsPlan(result: ReviewResult, lang: Lang, settings: Settings, fu: FollowUp = followUp(result, settings)): SheetPlan {
  const withMovement = hasPrevious(result.reviews);
  const headers = [...RESULTS_HEADERS, ...(withMovement ? MOVEMENT_HEADERS : [])].map((h) => pick(h, lang));
  const { order, breaks } = byDepartment(result.reviews);
  const rows = order.map((i) => [
    ...resultRow(result.reviews[i], lang, settings, fu.engineers[i]),
    ...(withMovement ? movementCells(result.reviews[i], lang) : []),
  ]);
  // A calibrated engineer's 校准后九宫格 is highlighted, so the meeting's changes stand out.
  const calibratedCells = order.flatMap((i, row) => (isCalibrated(result.reviews[i]) ? [a1Range(row + 1, 9, row + 1, 9)] : []));
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
    numberFormats:
      rows.length > 0
        ? [{ format: '0', ranges: [a1Range(1, 7, rows.length, 7), a1Range(1, 9, rows.length, 9), ...(withMovement ? [a1Range(1, 16, rows.length, 16)] : [])] }]
        : [],
    styles: [
      {
        style: { bold: true, fill: HEADER_FILL, fontColor: '#FFFFFF', vAlign: 'middle', hAlign: 'center' },
        ranges: [a1Range(0, 0, 0, lastCol)],
      },
      ...(rows.length > 0
        ? [{ style: { hAlign: 'center' as const }, ranges: [a1Range(1, 5, rows.length, 9)] }]
        : []),
      ...(withMovement && rows.length > 0
        ? [{ style: { hAlign: 'center' as const }, ranges: [a1Range(1, 16, rows.length, 17)] }]
        : []),
      ...(calibratedCells.length > 0 ? [{ style: { fill: '#FFF2CC', bold: true }, ranges: calibratedCells }] : []),
    ],
    merges: [],
    freeze: { rows: 1, cols: 2 },
    table: { name: RESULTS_TABLE_NAME, range: a1Range(0, 0, lastRow, lastCol), style: 'TableStyleMedium2' },
    print: printSetup(lang, 'landscape', {
      repeatRows: '1:1',
      printArea: a1Range(0, 0, lastRow, RESULTS_PRINTED_COLUMNS - 1),
      ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
    }),
    tabColor: '#1F4E78',
    font: SHEET_FONT,
  };
}
