// Column widths and row heights of 评价汇总 as it prints where Microsoft YaHei is missing (LibreOffice, WPS, Mac):
// DejaVu Sans stands in for Latin text (0.5 to 1.9 column units a character, measured from the font) and Noto
// Sans CJK for Chinese (2 units). A value column is as wide as its widest value plus one unit of padding and a header as wide as
// its longest word (so nothing spills, loses a digit or breaks mid-word); the competency and flags columns share
// what is left of a landscape page at 8-point print, split so the rows wrap to as few lines as possible.
import { LINE_HEIGHT, ROW_HEIGHT } from './builder';
import { MIN_PRINT_SCALE, WIDE_MARGINS, columnPoints, displayText, pageBodyWidth, textWidth } from './layout';
import type { PlanValue } from '../plan';

/** A4 landscape between the wide margins, in points. */
const PRINTABLE_WIDTH = pageBodyWidth('landscape', WIDE_MARGINS);
/** The sheet's 10-point text prints at 8 points or more: the columns add up to at most the page over 0.8. */
export const MAX_COLUMN_POINTS = PRINTABLE_WIDTH / MIN_PRINT_SCALE;

export const NBSP = '\u00a0';

/** A space a line may break at (not a no-break space, which keeps 「High 2」 together). */
function isBreak(ch: string): boolean {
  return ch !== NBSP && /\s/u.test(ch);
}

/**
 * DejaVu Sans advance widths of the printable ASCII characters (space to ~) as regular/bold, in column units
 * (a 10-point em is 13.3 px, a unit 7 px), read from the fonts' hmtx tables.
 */
const ASCII: readonly (readonly [number, number])[] = `
  0.61/0.66 0.76/0.87 0.88/0.99 1.6/1.6 1.21/1.33 1.81/1.91 1.49/1.66 0.52/0.58 0.74/0.87 0.74/0.87 0.95/1 1.6/1.6
  0.61/0.72 0.69/0.79 0.61/0.72 0.64/0.7 1.21/1.33 1.21/1.33 1.21/1.33 1.21/1.33 1.21/1.33 1.21/1.33 1.21/1.33 1.21/1.33
  1.21/1.33 1.21/1.33 0.64/0.76 0.64/0.76 1.6/1.6 1.6/1.6 1.6/1.6 1.01/1.1 1.9/1.9 1.3/1.47 1.31/1.45 1.33/1.4
  1.47/1.58 1.2/1.3 1.1/1.3 1.48/1.56 1.43/1.59 0.56/0.71 0.56/0.71 1.25/1.48 1.06/1.21 1.64/1.9 1.42/1.59 1.5/1.62
  1.15/1.4 1.5/1.62 1.32/1.47 1.21/1.37 1.16/1.3 1.39/1.55 1.3/1.47 1.88/2.1 1.3/1.47 1.16/1.38 1.3/1.38 0.74/0.87
  0.64/0.7 0.74/0.87 1.6/1.6 0.95/0.95 0.95/0.95 1.17/1.29 1.21/1.36 1.05/1.13 1.21/1.36 1.17/1.29 0.67/0.83 1.21/1.36
  1.21/1.36 0.53/0.65 0.53/0.65 1.1/1.27 0.53/0.65 1.86/1.98 1.21/1.36 1.17/1.31 1.21/1.36 1.21/1.36 0.78/0.94 0.99/1.13
  0.75/0.91 1.21/1.36 1.13/1.24 1.56/1.76 1.13/1.23 1.13/1.24 1/1.11 1.21/1.36 0.64/0.7 1.21/1.36 1.6/1.6
`
  .trim()
  .split(/\s+/u)
  .map((pair) => {
    const [regular, bold] = pair.split('/').map(Number);
    return [regular, bold] as const;
  });

function charWidth(ch: string, bold: boolean): number {
  if (textWidth(ch) === 2) return 2;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0xa0 || cp === 0xb7) return bold ? 0.72 : 0.61;
  // Anything else (−, →, accented letters) as the widest ordinary character.
  return ASCII[cp - 32]?.[bold ? 1 : 0] ?? 1.6;
}

/** Column units `text` takes printed on one line. */
export function printedWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return w;
}

interface Piece {
  text: string;
  /** A space stands before it on the line. */
  spaced: boolean;
}

/**
 * The pieces a line may break between: words (a break is allowed after "/"), and each Chinese character,
 * or with `words`, runs of Chinese characters too (a header's 名单值 is a word a reader does not want split).
 */
function pieces(line: string, words = false): Piece[] {
  const out: Piece[] = [];
  let word = '';
  let spaced = false;
  const flush = (): void => {
    if (word !== '') out.push({ text: word, spaced });
    word = '';
    spaced = false;
  };
  for (const ch of line) {
    if (isBreak(ch)) {
      flush();
      spaced = out.length > 0;
    } else if (textWidth(ch) === 2 && !words) {
      flush();
      out.push({ text: ch, spaced: false });
    } else {
      word += ch;
      if (ch === '/') flush();
    }
  }
  flush();
  return out;
}

/** The widest piece of `text` that cannot break: a column narrower than this breaks it mid-word. */
export function longestWord(text: string, bold = false): number {
  let w = 0;
  for (const line of text.split('\n')) for (const p of pieces(line)) w = Math.max(w, printedWidth(p.text, bold));
  return w;
}

/** The widest word of a (bold) header, a run of Chinese characters counting as one. */
export function headerWord(text: string): number {
  let w = 0;
  for (const line of text.split('\n')) for (const p of pieces(line, true)) w = Math.max(w, printedWidth(p.text, true));
  return w;
}

/** Lines `text` wraps to in a column `width` characters wide (one unit of it padding), word by word. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - 1);
  // Most cells hold one short line: no need to find the words.
  if (!text.includes('\n') && printedWidth(text, bold) <= room) return 1;
  let lines = 0;
  for (const line of text.split('\n')) {
    lines++;
    let x = 0;
    for (const p of pieces(line)) {
      const w = printedWidth(p.text, bold);
      const gap = x > 0 && p.spaced ? charWidth(' ', bold) : 0;
      if (x > 0 && x + gap + w > room) {
        lines++;
        x = 0;
      }
      x += x > 0 ? gap + w : w;
      // A piece wider than the column breaks inside itself.
      while (x > room) {
        lines++;
        x -= room;
      }
    }
  }
  return lines;
}

/** Row height for wrapped text of `lines` lines (10-point text, as SheetBuilder.fit). */
export function linesHeight(lines: number): number {
  return Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 4);
}

/** The text a value shows: numbers with at least one decimal, as the sheet's 0.0 and 0.0# formats show them. */
export function shownText(v: PlanValue): string {
  if (typeof v === 'number') return Number.isInteger(v * 10) ? v.toFixed(1) : v.toFixed(2);
  return displayText(v);
}

/** A column that holds one line of each value: as wide as its widest value or its header's longest word, plus padding. */
export function valueWidth(header: string, values: Iterable<PlanValue>, bold = false, min = 4): number {
  let w = headerWord(header);
  for (const v of values) w = Math.max(w, printedWidth(shownText(v), bold));
  return Math.max(min, Math.ceil(w + 1));
}

export interface Flexible {
  /** Narrowest width: the header's and the values' longest words. */
  min: number;
  /** Widest useful width: every value on one line. */
  max: number;
}

/** Texts of one row in the two flexible columns, with the lines the other columns of the row need. */
export interface RowTexts {
  a: string;
  b: string;
  fixedLines: number;
}

/**
 * Widths for two wrapping columns `a` and `b` beside columns of `fixed` widths, with every column within
 * MAX_COLUMN_POINTS where they can be: of the splits of the room left, the one whose rows wrap to the fewest lines
 * in all (a wider `a` first where two are equal). Where even the narrowest widths do not fit, the narrowest.
 */
export function splitRoom(fixed: readonly number[], a: Flexible, b: Flexible, rows: readonly RowTexts[]): [number, number] {
  const used = fixed.reduce((s, w) => s + columnPoints(w), 0);
  const fits = (wa: number, wb: number): boolean => used + columnPoints(wa) + columnPoints(wb) <= MAX_COLUMN_POINTS;
  // Rows with the same texts wrap the same: count each shape once.
  const shapes = new Map<string, { row: RowTexts; count: number }>();
  for (const row of rows) {
    const key = `${row.a}\u0000${row.b}\u0000${row.fixedLines}`;
    const s = shapes.get(key);
    if (s) s.count++;
    else shapes.set(key, { row, count: 1 });
  }
  let best: [number, number] = [a.min, b.min];
  let bestLines = Infinity;
  for (let wa = a.max; wa >= a.min; wa--) {
    let wb = b.max;
    while (wb > b.min && !fits(wa, wb)) wb--;
    if (!fits(wa, wb)) continue;
    let lines = 0;
    for (const { row, count } of shapes.values()) {
      lines += count * Math.max(row.fixedLines, wrappedLines(row.a, wa), wrappedLines(row.b, wb));
    }
    if (lines < bestLines) {
      best = [wa, wb];
      bestLines = lines;
    }
  }
  return best;
}
