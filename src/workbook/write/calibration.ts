// 校准记录 / Calibration log: created once with its headers (or, outside Excel, as a values copy of the
// log of the workbook it came from), then only ever appended to: never replaced by a run.
import { pick } from '../../domain/catalogue';
import type { Box, Lang } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { LOG_FIELDS, LOG_HEADERS } from '../read/calibration';
import { SHEET_FONT, printSetup } from './layout';
import { sheetName } from './text';

// From, to and decided-by wide enough for their bold English headers ('From box To box' ran together in print).
const WIDTHS = [18, 12, 12, 11, 11, 44, 14];
const HEADER_FILL = '#1F4E78';
/** Rows formatted as text ahead of the data, so IDs (00123) and times typed by hand stay as typed. */
const TEXT_ROWS = 500;

export function logHeaders(lang: Lang): string[] {
  return LOG_FIELDS.map((f) => pick(LOG_HEADERS[f], lang));
}

/**
 * The log sheet when it does not exist yet: headers only, or `carried` rows (header included) taken
 * unchanged from the workbook the review came from. Its name stays whatever it was first written as.
 */
export function calibrationLogPlan(lang: Lang, carried?: { name: string; rows: PlanValue[][] }): SheetPlan {
  const values = carried && carried.rows.length > 0 ? carried.rows.map((r) => [...r]) : [logHeaders(lang)];
  const last = Math.max(TEXT_ROWS, values.length);
  return {
    role: 'calibration',
    name: carried?.name ?? sheetName('calibration', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: [...WIDTHS],
    rowHeights: { 1: 22 },
    numberFormats: [{ format: '@', ranges: [`A2:C${last}`, `F2:G${last}`] }],
    styles: [
      { style: { bold: true, fill: HEADER_FILL, fontColor: '#FFFFFF', hAlign: 'center', vAlign: 'middle' }, ranges: ['A1:G1'] },
      { style: { hAlign: 'center' }, ranges: [`D2:E${last}`] },
    ],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: printSetup(lang, 'landscape', { repeatRows: '1:1' }),
    tabColor: '#7F6000',
    font: SHEET_FONT,
  };
}

export interface LogRow {
  /** ISO-like local time, `yyyy-mm-dd HH:MM`. */
  time: string;
  id: string;
  name: string;
  from?: Box;
  to: Box;
  reason: string;
  decidedBy: string;
}

/** One appended row, in the header order. */
export function logRowValues(row: LogRow): PlanValue[] {
  return [row.time, row.id, row.name, row.from ?? null, row.to, row.reason, row.decidedBy];
}

/** `yyyy-mm-dd HH:MM` in the local clock. */
export function logTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
