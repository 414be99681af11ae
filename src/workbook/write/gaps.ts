// 能力差距 / Gaps: engineers × the five core competencies, each with actual, required and gap; gap cells
// coloured by severity (DOMAIN.md, Gaps) through conditional formats, so a gap a person edits recolours.
// The competency names run over the header row (①–⑤); the header row itself (工号 … ⑤差距) heads an Excel
// table with a filter, which needs one header row of distinct names and no merged cell in it.
import { COMPETENCY_LABELS, LEVEL_LABELS, SEVERITY_LABELS, pick } from '../../domain/catalogue';
import { formatNumber } from '../../domain/gaps';
import type { Settings } from '../../domain/settings';
import { COMPETENCIES, type GapSeverity, type Lang, type ReviewResult } from '../../domain/types';
import type { ConditionalFormat, PlanValue, SheetPlan, StyleGroup } from '../plan';
import { a1, a1Range } from '../problems';
import { SHEET_FONT, WIDE_MARGINS, estimateWidths, printSetup, textWidth } from './layout';
import { LINE_HEIGHT } from './builder';
import { RangeCollector } from './ranges';
import { GAPS_IDENTITY_HEADERS, GAPS_TEXT, GAP_SUBHEADERS, sheetName } from './text';

/** Fill of a gap cell by severity: high red-ish, medium orange, low yellow, meets green, not assessed grey. */
export const GAP_FILLS: Record<GapSeverity, string> = {
  high: '#F4A09C',
  medium: '#F9C98F',
  low: '#FFF2A8',
  meets: '#C6EFCE',
  notAssessed: '#E0E0E0',
};

const SEVERITY_ORDER: readonly GapSeverity[] = ['high', 'medium', 'low', 'meets', 'notAssessed'];
const IDENTITY_COLS = GAPS_IDENTITY_HEADERS.length;
const ROW_LEGEND = 0;
const ROW_HEAD = 1;
const ROW_SUB = 2;
const ROW_DATA = 3;
const HEADER_FILL = '#DDEBF7';
export const GAPS_TABLE_NAME = 'Gaps';
const NUMBERS = ['①', '②', '③', '④', '⑤'];

/**
 * The rule of a severity for a gap cell (`cell`, the top-left of its range): the same cut-offs as
 * gapSeverity (domain/gaps.ts); a text (未评估) is not assessed, an empty cell takes no colour.
 */
export function severityFormula(sev: GapSeverity, cell: string, settings: Settings): string {
  const { upper, middle } = settings.gapCutoffs;
  const n = `ISNUMBER(${cell})`;
  switch (sev) {
    case 'high':
      return `AND(${n},${cell}>=${upper})`;
    case 'medium':
      return `AND(${n},${cell}>=${middle},${cell}<${upper})`;
    case 'low':
      return `AND(${n},${cell}>0,${cell}<${middle})`;
    case 'meets':
      return `AND(${n},${cell}<=0)`;
    case 'notAssessed':
      return `ISTEXT(${cell})`;
  }
}

function legendText(sev: GapSeverity, settings: Settings, lang: Lang): string {
  const label = pick(SEVERITY_LABELS[sev], lang);
  const cut = settings.gapCutoffs;
  switch (sev) {
    case 'high':
      return `${label} ≥ ${formatNumber(cut.upper)}`;
    case 'medium':
      return `${label} ≥ ${formatNumber(cut.middle)}`;
    case 'low':
      return `${label} > 0`;
    case 'meets':
      return `${label} ≤ 0`;
    case 'notAssessed':
      return label;
  }
}

export function buildGapsPlan(result: ReviewResult, lang: Lang, settings: Settings): SheetPlan {
  const values: PlanValue[][] = [[], [], []];
  const merges: string[] = [];
  const lastCol = IDENTITY_COLS + 3 * COMPETENCIES.length - 1;

  // Legend line: one coloured cell per severity.
  values[ROW_LEGEND][0] = pick(GAPS_TEXT.legend, lang);
  merges.push(a1Range(ROW_LEGEND, 0, ROW_LEGEND, IDENTITY_COLS - 1));
  const legend = new RangeCollector<GapSeverity>();
  SEVERITY_ORDER.forEach((sev, i) => {
    const col = IDENTITY_COLS + i * 2;
    values[ROW_LEGEND][col] = legendText(sev, settings, lang);
    merges.push(a1Range(ROW_LEGEND, col, ROW_LEGEND, col + 1));
    legend.addRect(sev, ROW_LEGEND, col, ROW_LEGEND, col + 1);
  });
  padRow(values[ROW_LEGEND]);

  // The competencies over the header row; the header row names every column once (①实际 … ⑤差距).
  GAPS_IDENTITY_HEADERS.forEach((h, c) => {
    values[ROW_HEAD][c] = null;
    values[ROW_SUB][c] = pick(h, lang);
  });
  COMPETENCIES.forEach((k, i) => {
    const col = IDENTITY_COLS + 3 * i;
    values[ROW_HEAD][col] = `${NUMBERS[i]} ${pick(COMPETENCY_LABELS[k], lang)}`;
    values[ROW_HEAD][col + 1] = null;
    values[ROW_HEAD][col + 2] = null;
    merges.push(a1Range(ROW_HEAD, col, ROW_HEAD, col + 2));
    GAP_SUBHEADERS.forEach((s, j) => (values[ROW_SUB][col + j] = `${NUMBERS[i]}${pick(s, lang)}`));
  });

  // One row per engineer.
  result.reviews.forEach((review) => {
    const e = review.engineer;
    const cells: PlanValue[] = [
      e.id,
      e.name,
      e.department ?? null,
      e.category ?? null,
      e.level ? pick(LEVEL_LABELS[e.level], lang) : null,
    ];
    COMPETENCIES.forEach((k) => {
      const g = review.gaps.find((x) => x.competency === k);
      if (!g) {
        cells.push(null, null, null);
        return;
      }
      const notAssessed = g.severity === 'notAssessed' || g.gap === undefined;
      cells.push(g.actual ?? null, g.required, notAssessed ? pick(SEVERITY_LABELS.notAssessed, lang) : (g.gap ?? null));
    });
    values.push(cells);
  });

  const dataEnd = ROW_DATA + result.reviews.length - 1;
  const styles: StyleGroup[] = [
    { style: { bold: true }, ranges: [a1(ROW_LEGEND, 0)] },
    ...SEVERITY_ORDER.filter((s) => legend.ranges(s).length > 0).map((s) => ({
      style: { fill: GAP_FILLS[s], hAlign: 'center' as const, border: 'thin' as const },
      ranges: legend.ranges(s),
    })),
    {
      style: { bold: true, fill: HEADER_FILL, hAlign: 'center', vAlign: 'middle', wrap: true, border: 'thin' },
      ranges: [a1Range(ROW_HEAD, 0, ROW_SUB, lastCol)],
    },
  ];
  // Per gap column, one rule per severity (they never overlap, so their order does not matter).
  const conditionalFormats: ConditionalFormat[] = [];
  if (result.reviews.length > 0) {
    styles.push({ style: { hAlign: 'center', wrap: true }, ranges: [a1Range(ROW_DATA, IDENTITY_COLS, dataEnd, lastCol)] });
    COMPETENCIES.forEach((_, i) => {
      const col = IDENTITY_COLS + 3 * i + 2;
      for (const sev of SEVERITY_ORDER) {
        conditionalFormats.push({
          range: a1Range(ROW_DATA, col, dataEnd, col),
          formula: severityFormula(sev, a1(ROW_DATA, col), settings),
          style: { fill: GAP_FILLS[sev], bold: sev === 'high' },
        });
      }
    });
  }

  // Widths: identity columns from their text, and at least as wide as each bold header word (a fifth wider:
  // 'Department' broke as 'Departmen t'); actual and required narrow; gap wide enough for 未评估.
  const identity = estimateWidths(values.map((r) => r.slice(0, IDENTITY_COLS)), 8, 30, ROW_HEAD).map((w, c) =>
    Math.max(w, ...String(values[ROW_SUB][c] ?? '').split(' ').map((word) => Math.ceil(textWidth(word) * 1.2) + 2)),
  );
  // A gap column is as wide as the longest word of 未评估 / Not assessed, which wraps: fifteen columns print at
  // 8 pt or more on landscape A4.
  const gapWidth = Math.max(8, ...pick(SEVERITY_LABELS.notAssessed, lang).split(' ').map((w) => textWidth(w) + 1));
  const widths = [...identity];
  for (let i = 0; i < COMPETENCIES.length; i++) widths.push(7, 7, gapWidth);
  // 'Not assessed' wraps to two lines in its column: the rows that hold it are two lines tall (未评估 fits one).
  const notAssessedRows: Record<number, number> = {};
  const label = pick(SEVERITY_LABELS.notAssessed, lang);
  if (textWidth(label) > gapWidth - 1) {
    values.forEach((row, r) => {
      if (r >= ROW_DATA && COMPETENCIES.some((_, i) => row[IDENTITY_COLS + 3 * i + 2] === label)) notAssessedRows[r + 1] = 2 * LINE_HEIGHT;
    });
  }

  return {
    role: 'gaps',
    name: sheetName('gaps', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    rowHeights: { [ROW_LEGEND + 1]: 22, [ROW_HEAD + 1]: 34, [ROW_SUB + 1]: 30, ...notAssessedRows },
    numberFormats: [],
    styles,
    merges,
    conditionalFormats,
    ...(result.reviews.length > 0 ? { table: { name: GAPS_TABLE_NAME, range: a1Range(ROW_SUB, 0, dataEnd, lastCol), style: 'TableStyleLight1' } } : {}),
    freeze: { rows: ROW_DATA, cols: IDENTITY_COLS },
    print: printSetup(lang, 'landscape', { repeatRows: `${ROW_HEAD + 1}:${ROW_SUB + 1}`, margins: WIDE_MARGINS }),
    tabColor: GAP_FILLS.medium,
    font: SHEET_FONT,
  };
}

/** Fills holes left by sparse assignment with empty cells. */
function padRow(row: PlanValue[]): void {
  for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
}
