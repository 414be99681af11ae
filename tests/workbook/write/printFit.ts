// How a cell of a SheetPlan prints where the sheet font (Microsoft YaHei) is missing — LibreOffice, WPS, a Mac:
// Latin letters in DejaVu Sans (its advance widths below, at 10 pt), Chinese in Noto Sans CJK (10 pt a character).
// A column of w characters is trunc(7w + 5) × 0.75 pt wide (Calibri's 7-px digit, as Excel and LibreOffice read
// the file), less 3 pt of cell margins. A word wider than that breaks mid-word ("Departme nt"); wrapped lines taller
// than the row are cut (11.6 pt a line of Latin text, 14.5 pt with Chinese); text that does not wrap runs into a
// filled neighbour.
import type { CellStyle, SheetPlan } from '../../../src/workbook/plan';
import { colName, rc } from './helpers';

/** DejaVu Sans advance widths of U+0020..U+007E at 10 pt, regular and bold (from the fonts' hmtx tables). */
const REGULAR = [
  3.18, 4.01, 4.6, 8.38, 6.36, 9.5, 7.8, 2.75, 3.9, 3.9, 5, 8.38, 3.18, 3.61, 3.18, 3.37, 6.36, 6.36, 6.36, 6.36, 6.36, 6.36, 6.36, 6.36,
  6.36, 6.36, 3.37, 3.37, 8.38, 8.38, 8.38, 5.31, 10, 6.84, 6.86, 6.98, 7.7, 6.32, 5.75, 7.75, 7.52, 2.95, 2.95, 6.56, 5.57, 8.63, 7.48,
  7.87, 6.03, 7.87, 6.95, 6.35, 6.11, 7.32, 6.84, 9.89, 6.85, 6.11, 6.85, 3.9, 3.37, 3.9, 8.38, 5, 5, 6.13, 6.35, 5.5, 6.35, 6.15, 3.52,
  6.35, 6.34, 2.78, 2.78, 5.79, 2.78, 9.74, 6.34, 6.12, 6.35, 6.35, 4.11, 5.21, 3.92, 6.34, 5.92, 8.18, 5.92, 5.92, 5.25, 6.36, 3.37,
  6.36, 8.38,
];
const BOLD = [
  3.48, 4.56, 5.21, 8.38, 6.96, 10.02, 8.72, 3.06, 4.57, 4.57, 5.23, 8.38, 3.8, 4.15, 3.8, 3.65, 6.96, 6.96, 6.96, 6.96, 6.96, 6.96, 6.96,
  6.96, 6.96, 6.96, 4, 4, 8.38, 8.38, 8.38, 5.8, 10, 7.74, 7.62, 7.34, 8.3, 6.83, 6.83, 8.21, 8.37, 3.72, 3.72, 7.75, 6.37, 9.95, 8.37,
  8.5, 7.33, 8.5, 7.7, 7.2, 6.82, 8.12, 7.74, 11.03, 7.71, 7.24, 7.25, 4.57, 3.65, 4.57, 8.38, 5, 5, 6.75, 7.16, 5.93, 7.16, 6.78, 4.35,
  7.16, 7.12, 3.43, 3.43, 6.65, 3.43, 10.42, 7.12, 6.87, 7.16, 7.16, 4.93, 5.95, 4.78, 7.12, 6.52, 9.24, 6.45, 6.52, 5.82, 7.12, 3.65,
  7.12, 8.38,
];
const MARGINS = 3;

function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x20000;
}

/** Points at 10 pt: DejaVu Sans for ASCII, 10 for a Chinese or full-width character, 8.4 for other symbols (✓ ≥ →). */
function charPoints(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp <= 0x7e) return (bold ? BOLD : REGULAR)[cp - 0x20];
  if (ch === '·' || ch === '’') return bold ? 3.8 : 3.18;
  return isWide(ch) || ch === '—' || ch === '…' ? 10 : 8.4;
}

export function textPoints(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charPoints(ch, bold);
  return w;
}

/** Printed width of a column of `width` characters, less the cell's margins. */
export function roomPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75 - MARGINS;
}

/** Words and spaces as a line may break them: at spaces, after a hyphen, around each wide character. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word !== '') out.push(word);
    word = '';
  };
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      flush();
      out.push(' ');
    } else if (isWide(ch)) {
      flush();
      out.push(ch);
    } else {
      word += ch;
      if (ch === '-') flush();
    }
  }
  flush();
  return out;
}

/** Height in points of `text` wrapped word by word into `room` points. */
function wrappedHeight(text: string, room: number, bold: boolean): number {
  let height = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let wide = false;
    for (const t of tokens(paragraph)) {
      if (t === ' ') {
        if (used > 0) used += charPoints(' ', bold);
        continue;
      }
      const w = textPoints(t, bold);
      if (used > 0 && used + w > room) {
        height += wide ? 14.5 : 11.6;
        used = 0;
        wide = false;
      }
      used += w;
      wide ||= [...t].some(isWide);
    }
    height += wide ? 14.5 : 11.6;
  }
  return height;
}

/** The style a cell ends up with: every group that covers it, later groups winning. */
function styler(plan: SheetPlan): (r: number, c: number) => CellStyle {
  const rects = plan.styles.flatMap((g) =>
    g.ranges.map((range) => {
      const [a, b] = range.split(':');
      return { from: rc(a), to: rc(b ?? a), style: g.style };
    }),
  );
  return (r, c) => {
    const out: CellStyle = {};
    for (const x of rects) if (r >= x.from.row && r <= x.to.row && c >= x.from.col && c <= x.to.col) Object.assign(out, x.style);
    return out;
  };
}

/**
 * Every printed cell of rows `fromRow`.. (0-based) that a reader would find broken: a word cut mid-word, wrapped
 * text taller than its row, unwrapped text running into a filled neighbour. Each problem names the cell and the text.
 */
export function printProblems(plan: SheetPlan, fromRow = 0): string[] {
  const widths = plan.columnWidths ?? [];
  const hidden = new Set(plan.hiddenColumns ?? []);
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    const [a, b] = m.split(':');
    const from = rc(a);
    const to = rc(b);
    let room = -MARGINS;
    for (let c = from.col; c <= to.col; c++) room += roomPoints(widths[c] ?? 8.43) + MARGINS;
    spans.set(`${from.row}|${from.col}`, room);
    for (let c = from.col + 1; c <= to.col; c++) covered.add(`${from.row}|${c}`);
  }
  const styleOf = styler(plan);
  const problems: string[] = [];
  plan.values.forEach((row, r) => {
    if (r < fromRow) return;
    const height = plan.rowHeights?.[r + 1] ?? 15;
    row.forEach((v, c) => {
      if (v === null || v === '' || hidden.has(c) || covered.has(`${r}|${c}`)) return;
      const text = String(v);
      const style = styleOf(r, c);
      const bold = style.bold === true;
      const size = (style.fontSize ?? 10) / 10;
      const room = (spans.get(`${r}|${c}`) ?? roomPoints(widths[c] ?? 8.43)) / size;
      const where = `${colName(c)}${r + 1} "${text}"`;
      if (style.wrap) {
        for (const word of tokens(text)) if (textPoints(word, bold) > room) problems.push(`${where}: "${word}" breaks mid-word`);
        const need = wrappedHeight(text, room, bold) * size;
        if (need > height) problems.push(`${where}: needs ${need.toFixed(1)} pt, the row is ${height}`);
      } else if (textPoints(text, bold) > room) {
        let next = c + 1;
        while (covered.has(`${r}|${next}`)) next++;
        const neighbour = row[next];
        if (neighbour !== null && neighbour !== undefined && neighbour !== '') problems.push(`${where}: runs into ${colName(next)}${r + 1}`);
      }
    });
  });
  return problems;
}
