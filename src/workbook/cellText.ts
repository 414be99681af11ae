// What a cell may hold in a file Excel opens (../shared/DOMAIN.md "Limits of the file formats"): text of at
// most 32,767 characters, none of those XML 1.0 forbids (control characters, U+FFFE, U+FFFF, half a surrogate
// pair), and finite numbers. A .csv or a file another tool wrote can hold any of these; written as they are,
// they make the part ill-formed (LibreOffice then drops every later string) or a <v>NaN</v> Excel refuses.
// The reader's side: the input grids are cleaned as they are read, with a note at each cell. The writers
// apply cleanText once more as a last guard, without a note.
import type { RawValue, SheetGrid, WorkbookHost } from './host';
import { count, MAX_CELL_CHARS } from './limits';
import { a1, problem, type Problem } from './problems';

/** Characters XML 1.0 forbids; with the u flag, \p{Cs} is a surrogate without its pair. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Whether a text needs cleanText: cheap enough to ask of every cell written. */
export function needsCleaning(s: string): boolean {
  return s.length > MAX_CELL_CHARS || FORBIDDEN.test(s);
}

/** The characters XML 1.0 forbids in `s`, as U+XXXX, first ones first. */
export function forbiddenIn(s: string): string[] {
  const found = new Set<string>();
  for (const m of s.matchAll(FORBIDDEN_ALL)) found.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

/** `s` cut to `max` characters, never between the halves of a surrogate pair (an emoji). */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/u.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

/** `s` without the characters XML 1.0 forbids. */
export function withoutForbidden(s: string): string {
  return FORBIDDEN.test(s) ? s.replace(FORBIDDEN_ALL, '') : s;
}

/** Text Excel can hold: forbidden characters removed, then cut to 32,767 characters. */
export function cleanText(s: string): string {
  if (!needsCleaning(s)) return s;
  return cutText(withoutForbidden(s), MAX_CELL_CHARS);
}

function describe(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}

/** The notes of one cell whose text was cleaned. */
function textNotes(sheet: string, cell: string, before: string): Problem[] {
  const out: Problem[] = [];
  const chars = forbiddenIn(before);
  if (chars.length > 0) {
    const list = chars.slice(0, 3).join(', ');
    out.push(
      problem(sheet, cell, 'warning',
        `单元格中有 Excel 无法保存的字符（${list}），已删除；如需保留，请在源文件中改为可见字符`,
        `The cell holds characters Excel cannot store (${list}); they were removed — to keep them, replace them with visible characters in the source`),
    );
  }
  const length = withoutForbidden(before).length;
  if (length > MAX_CELL_CHARS) {
    out.push(
      problem(sheet, cell, 'warning',
        `单元格文字有 ${count(length)} 个字符，超过 Excel 单元格上限 ${count(MAX_CELL_CHARS)}，只读取了前 ${count(MAX_CELL_CHARS)} 个`,
        `The cell's text has ${count(length)} characters, past Excel's ${count(MAX_CELL_CHARS)} a cell; only the first ${count(MAX_CELL_CHARS)} were read`),
    );
  }
  return out;
}

/** A grid with every cell Excel can hold, and a note at each cell changed; the grid itself when none is. */
export function cleanGrid(grid: SheetGrid): { grid: SheetGrid; problems: Problem[] } {
  const problems: Problem[] = [];
  let values: RawValue[][] | undefined;
  let texts: string[][] | undefined;
  const { origin } = grid;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const text = grid.texts[r]?.[c];
      const badNumber = typeof v === 'number' && !Number.isFinite(v);
      const badText = (typeof v === 'string' && needsCleaning(v)) || (typeof text === 'string' && needsCleaning(text));
      if (!badNumber && !badText) return;
      values ??= grid.values.map((x) => x.slice());
      texts ??= grid.texts.map((x) => x.slice());
      const cell = a1(origin.row + r, origin.col + c);
      if (typeof v === 'number') {
        values[r][c] = null;
        texts[r][c] = '';
        problems.push(
          problem(grid.name, cell, 'warning',
            `单元格保存的数值为 ${describe(v)}，不是 Excel 能保存的数字，按空单元格处理；请在源文件中填写数字`,
            `The cell stores ${describe(v)}, which is not a number Excel can hold; read as empty — type a number in the source`),
        );
        return;
      }
      if (typeof v === 'string') {
        values[r][c] = cleanText(v);
        problems.push(...textNotes(grid.name, cell, v));
      }
      if (typeof text === 'string') texts[r][c] = cleanText(text);
    }),
  );
  if (!values) return { grid, problems };
  return { grid: { ...grid, values, texts: texts ?? grid.texts }, problems };
}

/**
 * A host that reads `host`'s grids cleaned (cleanGrid), for reading the review's input; `problems()` holds the
 * notes of every sheet read so far, once each. Everything else goes to `host` as it is.
 */
export function cleanedHost(host: WorkbookHost): { host: WorkbookHost; problems: () => Problem[] } {
  const notes = new Map<string, Problem[]>();
  const cleaned: WorkbookHost = {
    sheets: () => host.sheets(),
    readSheets: async (names) =>
      (await host.readSheets(names)).map((g) => {
        const c = cleanGrid(g);
        notes.set(g.name, c.problems);
        return c.grid;
      }),
    apply: (plans, progress) => host.apply(plans, progress),
    writeCells: (sheet, cells) => host.writeCells(sheet, cells),
    select: (sheet, address) => host.select(sheet, address),
  };
  return { host: cleaned, problems: () => [...notes.values()].flat() };
}
