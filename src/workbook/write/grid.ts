// 九宫格 / Nine-box: the colour-coded 3×3 grid (potential upward, performance rightward: box 9 top right,
// box 1 bottom left), each box with its number, label, count, share and names; the axis titles; the
// distribution table beside it; below, the department, manager and manager-bias checks as readable lines.
import { isCalibrated } from '../../domain/calibration';
import { BOX_TABLE, PERF_LABELS, POT_LABELS, REFERENCE_LINE, pick } from '../../domain/catalogue';
import { shownBoxLabel } from './sensitive';
import type { Settings } from '../../domain/settings';
import { round2 } from '../../domain/text';
import { checkDistribution } from '../../domain/distribution';
import { biasLine, groupLine, rulesLine } from './checkText';
import {
  BOXES,
  type Box,
  type DistributionFlag,
  type DistributionGroup,
  type Lang,
  type PerfBand,
  type PotBand,
  type ReviewResult,
} from '../../domain/types';
import type { CellStyle, ConditionalFormat, PlanValue, SheetPlan, StyleGroup } from '../plan';
import { a1, a1Range, columnLetters } from '../problems';
import { MIN_PRINT_SCALE, SHEET_FONT, WIDE_MARGINS, heightOf, pageBodyHeight, printSetup, rowHeight, textWidth } from './layout';
import { CALIBRATION_TEXT, GRID_TEXT, boxHeading, formatShare, sheetName } from './text';

/** Potential bands top to bottom, performance bands left to right. */
const POT_ROWS: readonly PotBand[] = ['high', 'medium', 'low'];
const PERF_COLS: readonly PerfBand[] = ['needs', 'qualified', 'excellent'];

// Columns (0-based): A axis title, B band names, C–E the boxes, F spacer, G–M the distribution table.
const COL_AXIS = 0;
const COL_BAND = 1;
const COL_GRID = 2;
const COL_TABLE = 6;
const LAST_COL = 12;
// The grid and its table print on one landscape page with names at 8 pt or more (tests/hosts/xlsx/printSize.test.ts):
// 173–174 columns in all. English needs more room than Chinese for “Potential” (axis, 12-pt bold) and “Guidance”,
// and takes it from the boxes and the flag column; its box labels wrap in the table (“Trusted / professional”).
const BOX_WIDTH = 29;
const WIDTHS: Record<Lang, readonly number[]> = {
  'zh-CN': [10, 9, BOX_WIDTH, BOX_WIDTH, BOX_WIDTH, 2, 6, 14, 7, 8, 8, 13, 10],
  'en-US': [13, 9, 28, 28, 28, 2, 6, 14, 7, 8, 11, 12, 7],
};

// Rows (0-based): title, subtitle, then each band takes a heading row and three rows for the names.
const ROW_TITLE = 0;
const ROW_SUBTITLE = 1;
const ROW_GRID = 2;
const ROWS_PER_BAND = 4;
const ROW_PERF_BANDS = ROW_GRID + 3 * ROWS_PER_BAND;
const ROW_PERF_AXIS = ROW_PERF_BANDS + 1;
const ROW_CHECKS = ROW_PERF_AXIS + 2;

/** Points per line of 10-point text in a CJK font, which sets lines looser than Latin fonts. */
const LINE_HEIGHT = 15;
const HEADING_HEIGHT = 24;
/** A box heading on two lines (label, then count and share), 11-pt bold. */
const HEADING_TWO_LINES = 36;
const HEADING_SIZE = 11;
/** Beyond this many lines of names a box says 「…等 N 人」 instead: the grid prints on one page at 8 pt or more. */
const MAX_NAME_LINES = 8;

const TABLE_HEADER_FILL = '#D9D9D9';
const FLAG_FILL = '#FDE2E1';
const FLAG_FONT = '#C00000';

/** The box at a potential row and performance column: 3 × potential index + performance index + 1. */
export function boxAt(potRow: number, perfCol: number): Box {
  return (3 * (2 - potRow) + perfCol + 1) as Box;
}

/** Where box `box` sits in the grid: 0-based sheet row of its heading and its column. */
export function boxCell(box: Box): { row: number; col: number } {
  const potIndex = Math.floor((box - 1) / 3);
  const perfIndex = (box - 1) % 3;
  return { row: ROW_GRID + (2 - potIndex) * ROWS_PER_BAND, col: COL_GRID + perfIndex };
}

export function boxFill(box: Box, settings: Settings): { fill: string; font: string } {
  const custom = settings.boxColours[box];
  if (custom) return { fill: custom, font: readableOn(custom) };
  return { fill: BOX_TABLE[box].colour, font: BOX_TABLE[box].fontColour };
}

/** Black or white, whichever reads better on the fill (relative luminance). */
export function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (!m) return '#000000';
  const lin = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
  return l > 0.4 ? '#000000' : '#FFFFFF';
}

/** Names as shown in the grid: the name, with the ID added where two engineers share it. */
export function displayNames(result: ReviewResult): Map<string, string> {
  const seen = new Map<string, number>();
  for (const r of result.reviews) seen.set(r.engineer.name, (seen.get(r.engineer.name) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const r of result.reviews) {
    const { id, name } = r.engineer;
    out.set(id, (seen.get(name) ?? 0) > 1 && name !== id ? `${name}(${id})` : name);
  }
  return out;
}

/** Lines of names with explicit breaks, so a name is never split across two lines. */
export function nameLines(names: readonly string[], lang: Lang, width = BOX_WIDTH): string[] {
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const usable = width - 2;
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  names.forEach((name, i) => {
    const token = i < names.length - 1 ? name + sep : name;
    const w = textWidth(token.trimEnd());
    if (line !== '' && lineWidth + w > usable) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
    line += token;
    lineWidth += textWidth(token);
  });
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}

function capLines(lines: string[], total: number, shownNames: (upTo: number) => number, lang: Lang, max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max - 1);
  const rest = total - shownNames(kept.length);
  kept.push(lang === 'zh-CN' ? `…等 ${rest} 人` : `… and ${rest} more`);
  return kept;
}

/**
 * Width of bold text in column units at `size` pt: a CJK character 2, a Latin letter or digit `latin` (1.25 is
 * DejaVu Sans Bold's widest run, which prints for YaHei where it is missing: LibreOffice, WPS, Mac; 1.15 its
 * usual), a space or thin punctuation 0.6.
 */
function boldWidth(text: string, size: number, latin = 1.25): number {
  let w = 0;
  for (const ch of text) w += textWidth(ch) === 2 ? 2 : ' ·.,:()/'.includes(ch) ? 0.6 : latin;
  return (w * size) / 10;
}

/**
 * Lines a text takes in a column `width` wide when broken between words only: bold at `latin` a letter, or
 * regular (1.05 a letter).
 */
function wordLines(text: string, width: number, size = 10, latin?: number): number {
  const space = (0.6 * size) / 10;
  let lines = 0;
  let used = Infinity;
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const w = boldWidth(word, size, latin ?? 1.05);
    if (used + space + w > width - 1) {
      lines += Math.max(1, Math.ceil(w / (width - 1)));
      used = w % (width - 1);
    } else used += space + w;
  }
  return Math.max(1, lines);
}

function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : (count * 100) / total;
}

/** The whole population's flags: from the engine's 'all' group, else the same check run here on the counts. */
function overallFlags(result: ReviewResult, settings: Settings): Map<Box, DistributionFlag> {
  const all =
    result.distribution.find((g) => g.groupKind === 'all') ??
    checkDistribution(BOXES.flatMap((box) => Array.from({ length: result.counts[box] ?? 0 }, () => ({ box }))), settings).distribution[0];
  return new Map(all.flags.map((f) => [f.box, f] as const));
}

function uncheckedLine(groups: DistributionGroup[], settings: Settings, lang: Lang): string | undefined {
  const small = groups.filter((g) => g.groupKind !== 'all' && !g.checked);
  if (small.length === 0) return undefined;
  const names = small.map((g) => `${g.group}(${g.total})`);
  return lang === 'zh-CN'
    ? `未检查（不足 ${settings.minimumGroup} 人）：${names.join('、')}`
    : `Not checked (fewer than ${settings.minimumGroup}): ${names.join(', ')}`;
}

/** The fewest lines of names a box keeps before 「…等 N 人」, however long the checks under the grid. */
const MIN_NAME_LINES = 2;

/**
 * 九宫格: one landscape page at 8 pt or more. A big roster's boxes show as many lines of names as the page has
 * room for beside the checks under the grid (at most MAX_NAME_LINES), the rest as 「…等 N 人」; where even
 * MIN_NAME_LINES leave no room (a long list of flagged groups), the page is fitted to its width only and the
 * checks run onto a second page rather than the grid shrinking under 8 pt.
 */
export function buildGridPlan(result: ReviewResult, lang: Lang, settings: Settings, reviewDate: string): SheetPlan {
  const room = pageBodyHeight('landscape', WIDE_MARGINS) / MIN_PRINT_SCALE;
  const first = buildGrid(result, lang, settings, reviewDate, MAX_NAME_LINES);
  const over = heightOf(first.rowHeights ?? {}, 0, first.values.length) - room;
  if (over <= 0) return first;
  // Three bands of names: each line fewer saves a line's height in each.
  const fewer = Math.max(MIN_NAME_LINES, MAX_NAME_LINES - Math.ceil(over / (3 * LINE_HEIGHT)));
  const fitted = buildGrid(result, lang, settings, reviewDate, fewer);
  if (heightOf(fitted.rowHeights ?? {}, 0, fitted.values.length) <= room) return fitted;
  const print = { ...(fitted.print ?? printSetup(lang, 'landscape')) };
  delete print.fitToHeight;
  return { ...fitted, print };
}

function buildGrid(result: ReviewResult, lang: Lang, settings: Settings, reviewDate: string, maxNameLines: number): SheetPlan {
  const values: PlanValue[][] = [];
  const set = (row: number, col: number, v: PlanValue): void => {
    while (values.length <= row) values.push([]);
    const r = values[row];
    while (r.length < col) r.push(null);
    r[col] = v;
  };
  const styles: StyleGroup[] = [];
  const style = (s: CellStyle, ...ranges: string[]): void => {
    styles.push({ style: s, ranges });
  };
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  /** Row `row` (0-based) at least `points` tall. */
  const atLeast = (row: number, points: number): void => {
    rowHeights[row + 1] = rowHeight(Math.max(rowHeights[row + 1] ?? 0, points));
  };
  const total = result.total;
  const widths = WIDTHS[lang];
  const boxWidth = widths[COL_GRID];

  // Title and subtitle.
  set(ROW_TITLE, 0, pick(GRID_TEXT.title, lang));
  merges.push(a1Range(ROW_TITLE, 0, ROW_TITLE, LAST_COL));
  style({ bold: true, fontSize: 16, vAlign: 'middle' }, a1(ROW_TITLE, 0));
  rowHeights[ROW_TITLE + 1] = 30;
  const totalText = lang === 'zh-CN' ? `${pick(GRID_TEXT.total, lang)} ${total} 人` : `${pick(GRID_TEXT.total, lang)} ${total}`;
  set(ROW_SUBTITLE, 0, `${pick(GRID_TEXT.reviewDate, lang)} ${reviewDate} · ${totalText} · ${pick(REFERENCE_LINE, lang)}`);
  merges.push(a1Range(ROW_SUBTITLE, 0, ROW_SUBTITLE, LAST_COL));
  style({ italic: true, fontColor: '#595959', vAlign: 'middle' }, a1(ROW_SUBTITLE, 0));
  rowHeights[ROW_SUBTITLE + 1] = 20;

  // The boxes.
  const shown = displayNames(result);
  const namesByBox = new Map<Box, string[]>(BOXES.map((b) => [b, []]));
  // A calibrated engineer is marked 「张伟*」, with the legend under the grid.
  const mark = pick(CALIBRATION_TEXT.mark, lang);
  for (const r of result.reviews) {
    const name = shown.get(r.engineer.id) ?? r.engineer.name;
    namesByBox.get(r.finalBox)?.push(isCalibrated(r) ? `${name}${mark}` : name);
  }
  const anyCalibrated = result.reviews.some(isCalibrated);

  const boxStyles = new Map<string, string[]>();
  POT_ROWS.forEach((pot, potRow) => {
    const top = ROW_GRID + potRow * ROWS_PER_BAND;
    let maxLines = 1;
    const headings = PERF_COLS.map((_perf, perfCol) => {
      const box = boxAt(potRow, perfCol);
      const count = result.counts[box] ?? namesByBox.get(box)?.length ?? 0;
      return boxHeading(box, shownBoxLabel(box, lang, settings), count, formatShare(shareOf(count, total)), lang);
    });
    // A heading wider than its box goes on two lines, label then count and share, in all three boxes of the band.
    const split = headings.some((h) => boldWidth(h, HEADING_SIZE) > boxWidth - 1);
    const headingLines = split
      ? Math.max(...headings.map((h) => 1 + wordLines(h.split(' · ')[0], boxWidth, HEADING_SIZE, 1.15)))
      : 1;
    PERF_COLS.forEach((_perf, perfCol) => {
      const box = boxAt(potRow, perfCol);
      const col = COL_GRID + perfCol;
      const names = namesByBox.get(box) ?? [];
      const heading = split ? headings[perfCol].replace(' · ', '\n') : headings[perfCol];
      const all = nameLines(names, lang, boxWidth);
      const lines = capLines(all, names.length, (upTo) => countNames(all.slice(0, upTo), lang), lang, maxNameLines);
      maxLines = Math.max(maxLines, lines.length);
      set(top, col, heading);
      set(top + 1, col, lines.length > 0 ? lines.join('\n') : null);
      merges.push(a1Range(top + 1, col, top + ROWS_PER_BAND - 1, col));
      const { fill, font } = boxFill(box, settings);
      const key = `${fill}|${font}`;
      boxStyles.set(key, [...(boxStyles.get(key) ?? []), a1(top, col), a1Range(top + 1, col, top + ROWS_PER_BAND - 1, col)]);
    });
    // Band name, merged over the band's rows.
    set(top, COL_BAND, pick(POT_LABELS[pot], lang));
    merges.push(a1Range(top, COL_BAND, top + ROWS_PER_BAND - 1, COL_BAND));
    // Heights: the heading row, then the names shared by the three rows below it.
    rowHeights[top + 1] = headingLines === 1 ? HEADING_HEIGHT : headingLines === 2 ? HEADING_TWO_LINES : headingLines * 16 + 4;
    const namesHeight = Math.max(3 * 18, maxLines * LINE_HEIGHT + 8);
    const perRow = Math.min(409, Math.ceil(namesHeight / (ROWS_PER_BAND - 1)));
    for (let i = 1; i < ROWS_PER_BAND; i++) rowHeights[top + 1 + i] = perRow;
  });
  for (const [key, ranges] of boxStyles) {
    const [fill, font] = key.split('|');
    const headingRanges = ranges.filter((_, i) => i % 2 === 0);
    const nameRanges = ranges.filter((_, i) => i % 2 === 1);
    style({ fill, fontColor: font, bold: true, fontSize: HEADING_SIZE, wrap: true, vAlign: 'middle', hAlign: 'left', border: 'thin' }, ...headingRanges);
    style({ fill, fontColor: font, fontSize: 10, wrap: true, vAlign: 'top', hAlign: 'left', border: 'thin' }, ...nameRanges);
  }

  // Axis titles and band names.
  set(ROW_GRID, COL_AXIS, pick(GRID_TEXT.potentialAxis, lang));
  merges.push(a1Range(ROW_GRID, COL_AXIS, ROW_GRID + 3 * ROWS_PER_BAND - 1, COL_AXIS));
  PERF_COLS.forEach((perf, i) => set(ROW_PERF_BANDS, COL_GRID + i, pick(PERF_LABELS[perf], lang)));
  set(ROW_PERF_AXIS, COL_GRID, pick(GRID_TEXT.performanceAxis, lang));
  merges.push(a1Range(ROW_PERF_AXIS, COL_GRID, ROW_PERF_AXIS, COL_GRID + 2));
  style({ bold: true, fontSize: 12, hAlign: 'center', vAlign: 'middle', wrap: true }, a1(ROW_GRID, COL_AXIS), a1(ROW_PERF_AXIS, COL_GRID));
  style(
    { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true },
    a1Range(ROW_GRID, COL_BAND, ROW_GRID + 3 * ROWS_PER_BAND - 1, COL_BAND),
    a1Range(ROW_PERF_BANDS, COL_GRID, ROW_PERF_BANDS, COL_GRID + 2),
  );
  rowHeights[ROW_PERF_BANDS + 1] = 20;
  rowHeights[ROW_PERF_AXIS + 1] = 22;
  if (anyCalibrated) {
    set(ROW_PERF_AXIS + 1, COL_GRID, pick(CALIBRATION_TEXT.legend, lang));
    merges.push(a1Range(ROW_PERF_AXIS + 1, COL_GRID, ROW_PERF_AXIS + 1, COL_GRID + 2));
    style({ italic: true, fontColor: '#7F6000' }, a1(ROW_PERF_AXIS + 1, COL_GRID));
  }

  // The distribution table beside the grid: header, boxes 9 to 1, total.
  const flags = overallFlags(result, settings);
  const headerRow = ROW_GRID;
  const heads = [GRID_TEXT.colBox, GRID_TEXT.colLabel, GRID_TEXT.colCount, GRID_TEXT.colShare, GRID_TEXT.colGuidance, GRID_TEXT.colDeviation, GRID_TEXT.colFlag];
  // Header words and box labels wrap between words, in rows tall enough for their lines.
  const tableLines = (text: string, col: number, bold: boolean): number => wordLines(text, widths[col], 10, bold ? 1.2 : undefined);
  const linesHeight = (lines: number): number => (lines === 1 ? 0 : lines * LINE_HEIGHT + 4);
  heads.forEach((h, i) => {
    set(headerRow, COL_TABLE + i, pick(h, lang));
    atLeast(headerRow, linesHeight(tableLines(pick(h, lang), COL_TABLE + i, true)));
  });
  const descending = [...BOXES].reverse();
  descending.forEach((box, i) => {
    const row = headerRow + 1 + i;
    const count = result.counts[box] ?? 0;
    const share = shareOf(count, total);
    set(row, COL_TABLE, box);
    set(row, COL_TABLE + 1, shownBoxLabel(box, lang, settings));
    atLeast(row, linesHeight(tableLines(shownBoxLabel(box, lang, settings), COL_TABLE + 1, false)));
    set(row, COL_TABLE + 2, count);
    set(row, COL_TABLE + 3, share / 100);
    set(row, COL_TABLE + 4, settings.guidance[box] / 100);
    set(row, COL_TABLE + 5, round2(share - settings.guidance[box]));
    const flag = flags.get(box);
    set(row, COL_TABLE + 6, flag ? pick(flag.actual > flag.guidance ? GRID_TEXT.flagOver : GRID_TEXT.flagUnder, lang) : null);
    const { fill, font } = boxFill(box, settings);
    style({ fill, fontColor: font, bold: true, hAlign: 'center' }, a1(row, COL_TABLE));
  });
  const totalRow = headerRow + 10;
  set(totalRow, COL_TABLE, pick(GRID_TEXT.total, lang));
  merges.push(a1Range(totalRow, COL_TABLE, totalRow, COL_TABLE + 1));
  set(totalRow, COL_TABLE + 2, total);
  set(totalRow, COL_TABLE + 3, total === 0 ? 0 : 1);
  set(totalRow, COL_TABLE + 4, round2(BOXES.reduce((s, b) => s + settings.guidance[b], 0)) / 100);
  const tableRange = a1Range(headerRow, COL_TABLE, totalRow, COL_TABLE + 6);
  style({ border: 'thin', vAlign: 'middle' }, tableRange);
  style({ bold: true, fill: TABLE_HEADER_FILL, hAlign: 'center', wrap: true }, a1Range(headerRow, COL_TABLE, headerRow, COL_TABLE + 6));
  style({ bold: true }, a1Range(totalRow, COL_TABLE, totalRow, COL_TABLE + 6));
  style({ wrap: true }, a1Range(headerRow + 1, COL_TABLE + 1, headerRow + 9, COL_TABLE + 1));
  // A flagged box's share, guidance, deviation and flag are red: a conditional format on the flag cell, so the
  // row follows a flag a person clears or sets (the flag itself comes from the binomial test, not a formula).
  const flagCell = `$${columnLetters(COL_TABLE + 6)}${headerRow + 2}`;
  const flagFormats: ConditionalFormat[] = [
    { range: a1Range(headerRow + 1, COL_TABLE + 3, headerRow + 9, COL_TABLE + 6), formula: `LEN(${flagCell})>0`, style: { fill: FLAG_FILL, fontColor: FLAG_FONT, bold: true } },
  ];
  const guidanceWhole = BOXES.every((b) => Number.isInteger(settings.guidance[b]));

  // The checks below the grid.
  let row = ROW_CHECKS;
  const line = (text: string, s: CellStyle): void => {
    set(row, 0, text);
    merges.push(a1Range(row, 0, row, LAST_COL));
    style({ ...s, wrap: true, vAlign: 'top' }, a1(row, 0));
    const totalWidth = widths.reduce((a, b) => a + b, 0) - 2;
    rowHeights[row + 1] = rowHeight(Math.max(18, Math.ceil(textWidth(text) / totalWidth) * LINE_HEIGHT + 4));
    row++;
  };
  line(pick(GRID_TEXT.checksTitle, lang), { bold: true, fontSize: 12 });
  line(rulesLine(settings, lang), { italic: true, fontColor: '#595959' });
  const flagged = result.distribution.filter((g) => g.groupKind !== 'all' && g.flags.length > 0);
  for (const g of flagged) line(groupLine(g, lang, settings), { fontColor: FLAG_FONT });
  for (const b of result.managerBias) line(biasLine(b, lang), { fontColor: FLAG_FONT });
  if (flagged.length === 0 && result.managerBias.length === 0) line(pick(GRID_TEXT.noFlags, lang), { fontColor: '#1E7B34' });
  const unchecked = uncheckedLine(result.distribution, settings, lang);
  if (unchecked) line(unchecked, { fontColor: '#595959' });

  return {
    role: 'grid',
    name: sheetName('grid', lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: [...widths],
    rowHeights,
    numberFormats: [
      { format: '0.0%', ranges: [a1Range(headerRow + 1, COL_TABLE + 3, totalRow, COL_TABLE + 3)] },
      { format: guidanceWhole ? '0%' : '0.0%', ranges: [a1Range(headerRow + 1, COL_TABLE + 4, totalRow, COL_TABLE + 4)] },
      { format: '+0.0;-0.0;0.0', ranges: [a1Range(headerRow + 1, COL_TABLE + 5, totalRow - 1, COL_TABLE + 5)] },
    ],
    styles: [
      ...styles,
      { style: { hAlign: 'center' }, ranges: [a1Range(headerRow + 1, COL_TABLE + 2, totalRow, COL_TABLE + 6)] },
    ],
    merges,
    conditionalFormats: flagFormats,
    print: printSetup(lang, 'landscape', { fitToHeight: 1, margins: WIDE_MARGINS }),
    tabColor: BOX_TABLE[9].colour,
    font: SHEET_FONT,
  };
}

/** How many names the first lines hold (for “…等N人”). */
function countNames(lines: string[], lang: Lang): number {
  const sep = lang === 'zh-CN' ? '、' : ', ';
  return lines.reduce((n, l) => n + l.split(sep).filter((s) => s.trim() !== '').length, 0);
}
