// 盘点汇总's print layout (DOMAIN.md, Printing): the nine box columns as wide as the words of the labels they
// head, or the numbers alone when the labels cannot fit a portrait page at 8 pt; the checks table in spans wide
// enough for their headers and values; and page breaks that keep a section's heading with its first lines.
import { ALL_GROUP_LABEL, pick } from '../../domain/catalogue';
import type { FollowUp } from '../../domain/followUpTypes';
import { formatNumber } from '../../domain/gaps';
import type { Settings } from '../../domain/settings';
import { BOXES, type Box, type Lang } from '../../domain/types';
import type { PageMargins } from '../plan';
import { ROW_HEIGHT, type SheetBuilder } from './builder';
import { biasDetail, formatP } from './checkText';
import { SUMMARY_TEXT } from './followText';
import { heightOf, pageBodyHeight, textWidth, widthScale } from './layout';
import { KEY_COL } from './people';
import { boxWithLabel, shownBoxLabel } from './sensitive';
import { formatPoints, formatShare } from './text';

/**
 * Sets row r as tall as `text` needs wrapped in columns c1..c2: one line at LINE, more at 15 pt a line. The
 * estimate is the printed one (CJK 2 units a character, Latin 1.05, bold 1.2), tighter than the builder's fit,
 * which keeps a 20-pt minimum and a 10 % margin the summary's first page has no room for.
 */
export function fitRow(b: SheetBuilder, widths: readonly number[], r: number, c1: number, c2: number, text: string | null, bold = false): void {
  let width = 0;
  for (let c = c1; c <= c2; c++) width += widths[c];
  const lines = (text ?? '').split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(printedWidth(l, bold ? 1.2 : 1.05) / (width - 1))), 0);
  b.height(r, lines === 1 ? LINE : lines * 15 + 4);
}

/** Spaces and thin punctuation print at about half a letter's width. */
const THIN = new Set([' ', '·', '.', ',', ':', ';', '(', ')', '/', '|', "'"]);

/** Width of text in column units: a CJK character 2, a Latin one `latin` (DejaVu Sans prints for YaHei), thin ones 0.6. */
export function printedWidth(text: string, latin: number): number {
  let w = 0;
  for (const ch of text) w += THIN.has(ch) ? 0.6 : textWidth(ch) === 2 ? 2 : latin;
  return w;
}

/** Items joined by 「 · 」 with a line break before an item that would not fit a line of `width`: none is split. */
export function itemLines(items: readonly string[], width: number): string {
  const sep = ' · ';
  let out = '';
  let used = 0;
  for (const item of items) {
    const w = printedWidth(item, 1.05);
    if (out === '') out = item;
    else if (used + printedWidth(sep, 1.05) + w > width - 1) {
      out += `\n${item}`;
      used = 0;
    } else {
      out += sep + item;
      used += printedWidth(sep, 1.05);
    }
    used += w;
  }
  return out;
}

/** Boxes left to right in the count tables: best first. */
export const BOX_ORDER: readonly Box[] = [...BOXES].reverse();
/** A line of 10-point text, CJK included: set on every row, so LibreOffice does not grow rows past the page. */
export const LINE = 16;

const KEY_WIDTH = 4;
/** Names, labels and the checks' scope. */
const NAME_WIDTH = 22;
const TOTAL_WIDTH = 8;
const BOX_MIN = 8;
const BOX_MAX = 12;
/**
 * Columns the labels may add to the nine box columns in all: the sheet stays about 105 columns wide, which
 * prints on portrait A4 at 84 % (10-pt text at 8.4 pt).
 */
const BOX_SPARE = 8;
/** Rows a section's heading keeps with it on a page: itself, a table header and a first line. */
const KEEP = 3;

export interface BoxColumns {
  /** All the sheet's column widths: key, names, the nine boxes best first, total. */
  widths: number[];
  /** Whether the count tables' headers show the box labels (else the numbers, and a legend line). */
  labelled: boolean;
}

function words(label: string): string[] {
  return label.split(/\s+/u).filter((w) => w !== '');
}

function boldWidth(text: string): number {
  return printedWidth(text, 1.2);
}

/** The column a header word needs unbroken: its width, plus 1 for the cell's padding where it has Latin letters. */
function wordNeed(word: string): number {
  const latin = textWidth(word) === 2 * [...word].length ? 0 : 1;
  return Math.ceil(boldWidth(word) + latin);
}

/** Lines a bold label takes in a column of `width`, broken between words. */
function labelLines(label: string, width: number): number {
  let lines = 0;
  let used = Infinity;
  for (const w of words(label)) {
    const need = boldWidth(w);
    if (used + 1.2 + need > width - 1) {
      lines++;
      used = need;
    } else used += 1.2 + need;
  }
  return lines;
}

/**
 * Each box column as wide as the longest word of its label, at least 8: the Chinese labels fit (需重点改进 takes
 * 10). When a word needs more than 12, or the nine more than 8 columns beyond 8 each, the headers show the
 * numbers only: English labels (“professional”, “Inconsistent”) would break mid-word or print under 8 pt.
 */
export function boxColumns(lang: Lang, settings: Settings): BoxColumns {
  const needs = BOX_ORDER.map((box) => Math.max(BOX_MIN, ...words(shownBoxLabel(box, lang, settings)).map(wordNeed)));
  const labelled = needs.every((n) => n <= BOX_MAX) && needs.reduce((a, n) => a + n, 0) <= BOX_ORDER.length * BOX_MIN + BOX_SPARE;
  return { widths: [KEY_WIDTH, NAME_WIDTH, ...(labelled ? needs : BOX_ORDER.map(() => BOX_MIN)), TOTAL_WIDTH], labelled };
}

/** The count tables' header row: the number and the label's lines, 15 pt a line. */
export function headerHeight(lang: Lang, settings: Settings, columns: BoxColumns): number {
  if (!columns.labelled) return ROW_HEIGHT;
  const lines = BOX_ORDER.map((box, i) => 1 + labelLines(shownBoxLabel(box, lang, settings), columns.widths[2 + i]));
  return Math.max(ROW_HEIGHT, Math.max(...lines) * 15 + 4);
}

/**
 * The distribution and manager checks from row `r`, one row per flag: scope with the group, box, share, guidance,
 * deviation and p each over two columns, wide enough for “Deviation (points)” and “13/80 16.3%”. Returns the
 * next row.
 */
export function writeChecks(b: SheetBuilder, widths: readonly number[], r: number, s: FollowUp['summary'], lang: Lang, settings: Settings): number {
  const L = (t: { zh: string; en: string }): string => pick(t, lang);
  const last = BOX_ORDER.length + 2;
  const flagged = s.distribution.filter((g) => g.flags.length > 0);
  if (flagged.length === 0 && s.managerBias.length === 0) {
    b.span(r, 1, last, L(SUMMARY_TEXT.noFlags));
    b.style('ok', r, 1);
    b.height(r, LINE);
    return r + 1;
  }
  const heads = [SUMMARY_TEXT.box, SUMMARY_TEXT.actualShare, SUMMARY_TEXT.guidance, SUMMARY_TEXT.deviation, SUMMARY_TEXT.flag];
  b.set(r, 1, L(SUMMARY_TEXT.scope));
  heads.forEach((h, i) => {
    b.span(r, 2 + 2 * i, i === heads.length - 1 ? last : 3 + 2 * i, L(h));
    fitRow(b, widths, r, 2 + 2 * i, 3 + 2 * i, L(h), true);
  });
  b.style('head', r, 1, r, last);
  r++;
  const from = r;
  const paren = (name: string, n: number): string => (lang === 'zh-CN' ? `${name}（${n}）` : `${name} (${n})`);
  for (const g of flagged) {
    const scope =
      g.groupKind === 'all'
        ? paren(L(ALL_GROUP_LABEL), g.total)
        : `${L(g.groupKind === 'manager' ? SUMMARY_TEXT.manager : SUMMARY_TEXT.department1)} ${paren(g.group, g.total)}`;
    for (const f of g.flags) {
      const box = boxWithLabel(f.box, lang, settings);
      b.set(r, 1, scope);
      b.span(r, 2, 3, box);
      b.span(r, 4, 5, `${f.count}/${g.total} ${formatShare(f.actual)}`);
      b.span(r, 6, 7, `${formatNumber(f.guidance)}%`);
      b.span(r, 8, 9, formatPoints(f.actual - f.guidance));
      b.span(r, 10, last, `⚠ p ${formatP(f.pAdjusted)}`);
      b.style('flag', r, 10);
      fitRow(b, widths, r, 1, 1, scope);
      fitRow(b, widths, r, 2, 3, box);
      r++;
    }
  }
  for (const m of s.managerBias) {
    const scope = `${L(SUMMARY_TEXT.bias)} ${m.manager}`;
    const text = lang === 'zh-CN' ? `⚠ ${m.count} 人：${biasDetail(m, lang)}` : `⚠ ${m.count} engineers: ${biasDetail(m, lang)}`;
    b.set(r, 1, scope);
    b.span(r, 2, last, text);
    b.style('flag', r, 2);
    fitRow(b, widths, r, 1, 1, scope);
    fitRow(b, widths, r, 2, last, text);
    r++;
  }
  b.style('cell', from, 1, r - 1, last);
  return r;
}

/**
 * Row breaks for a portrait print fit to the page's width: one before `forced`, and one before a section heading
 * (`sections`, 0-based rows) that would otherwise end a page without its first lines. Rows fill 97 % of the page,
 * leaving room for a renderer's rounding.
 */
export function keepSectionsTogether(
  rowHeights: Readonly<Record<number, number>>,
  rows: number,
  sections: readonly number[],
  forced: number,
  widths: readonly number[],
  margins: PageMargins,
): number[] {
  const shown = widths.filter((_, i) => i !== KEY_COL);
  const page = (0.97 * pageBodyHeight('portrait', margins)) / widthScale(shown, 'portrait', margins);
  const starts = new Set(sections);
  const breaks: number[] = [];
  let y = 0;
  for (let r = 0; r < rows; r++) {
    const h = heightOf(rowHeights, r, r + 1);
    const heading = starts.has(r) && y > 0 && y + heightOf(rowHeights, r, Math.min(rows, r + KEEP)) > page;
    if ((r === forced && r > 0) || heading) {
      breaks.push(r);
      y = 0;
    } else if (y + h > page) y = 0;
    y += h;
  }
  return breaks;
}
