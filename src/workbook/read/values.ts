// Reading one cell of the SheetGrid contract into a typed value (DOMAIN.md, Reading values). Each reader
// returns "not given" (empty or an Excel error), a value, or "bad" with the text that could not be read;
// the caller decides whether bad is a warning or an error.
import { BOX_TABLE } from '../../domain/catalogue';
import type { Settings } from '../../domain/settings';
import {
  parseBooleanText,
  parseBoxText,
  parseDateText,
  parseLevelWord,
  parseNumberText,
  serialToIsoDate,
} from '../../domain/settingsKeys';
import { normalizeKey, normalizeText, round2 } from '../../domain/text';
import type { Box, CareerInterest, LevelKey, Risk } from '../../domain/types';
import type { RawValue, SheetGrid } from '../host';
import { parseForeignBox } from './foreignBox';

/** One cell as the grid hands it over. */
export interface Cell {
  value: RawValue;
  text: string;
  format: string;
  error: boolean;
}

export type Read<T> =
  | { kind: 'none'; errorText?: string }
  | { kind: 'ok'; value: T }
  /** `date`: the cell holds a date where a number belongs (its serial is no number of anything). */
  | { kind: 'bad'; text: string; date?: boolean };

const NONE: Read<never> = { kind: 'none' };
const ok = <T>(value: T): Read<T> => ({ kind: 'ok', value });
const badText = (text: string): Read<never> => ({ kind: 'bad', text });

/** The cell at grid row r, column c (both 0-based within the grid); outside the grid it is empty. */
export function cellAt(grid: SheetGrid, r: number, c: number): Cell {
  const row = grid.values[r];
  if (!row || c < 0 || c >= row.length) return { value: null, text: '', format: 'General', error: false };
  return {
    value: row[c] ?? null,
    text: grid.texts[r]?.[c] ?? '',
    format: grid.formats[r]?.[c] ?? 'General',
    error: grid.errors[r]?.[c] ?? false,
  };
}

/** Empty or only spaces: nothing was typed. Error cells are not empty (they are "not given"). */
export function isEmpty(cell: Cell): boolean {
  if (cell.error) return false;
  if (cell.value === null) return true;
  return typeof cell.value === 'string' && normalizeText(cell.value) === '';
}

function isPercentFormat(format: string): boolean {
  // A % outside quotes and brackets; `0%` and `0.0%` and the like.
  return /%/u.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, ''));
}

export function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '').toLowerCase();
  if (f === 'general' || f === '@') return false;
  return /[yd]/u.test(f) || /(^|[^0#.])m+([^0#]|$)/u.test(f);
}

/**
 * A grid's rows as a person sees them, to be written again as they were (the calibration log carried or
 * rebuilt, whose time column is text): a date or time, a number in the file, becomes the text it showed.
 */
export function rowsAsShown(grid: SheetGrid): RawValue[][] {
  return grid.values.map((row, r) =>
    row.map((v, c) => (typeof v === 'number' && !grid.errors[r][c] && isDateFormat(grid.formats[r][c] ?? 'General') ? grid.texts[r][c] : v)),
  );
}

/** The cell as text: NFKC-normalised and trimmed; a number as Excel shows it. */
export function readText(cell: Cell): Read<string> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  if (typeof cell.value === 'string') return ok(normalizeText(cell.value));
  const shown = normalizeText(cell.text);
  if (shown !== '') return ok(shown);
  if (typeof cell.value === 'boolean') return ok(cell.value ? 'TRUE' : 'FALSE');
  return ok(String(cell.value));
}

/**
 * A number: `85`, `８５`, ` 85 `, text `85%` or a %-formatted cell (both scaled to 0–100), rounded to two
 * decimals.
 */
export function readNumber(cell: Cell): Read<number> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return badText(cell.text || String(v));
    // A date typed into a years or score column is a serial like 42186: read as a number it would be 42186
    // years of service, so it is "bad", and the message says it is a date.
    if (isDateFormat(cell.format)) return { kind: 'bad', text: shownText(cell), date: true };
    return ok(round2(isPercentFormat(cell.format) ? v * 100 : v));
  }
  if (typeof v === 'boolean') return badText(v ? 'TRUE' : 'FALSE');
  const n = parseNumberText(v as string);
  if (n === undefined) return badText(normalizeText(v as string));
  return ok(round2(n));
}

/** An ID kept as the text the cell shows: `00123` formatted 00000 stays `00123`; 1023 → `1023`. */
export function readId(cell: Cell): Read<string> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  const v = cell.value;
  if (typeof v === 'number') {
    const shown = normalizeText(cell.text);
    // A General cell shows a long number in scientific notation; the ID is the number itself.
    if (shown !== '' && !/e[+-]/iu.test(shown)) return ok(shown);
    return ok(Number.isInteger(v) ? integerDigits(v) : String(v));
  }
  return readText(cell);
}

/** A whole number's digits as Excel shows them: at most 15 significant digits, then zeros. */
function integerDigits(v: number): string {
  if (Math.abs(v) < 1e15) return v.toFixed(0);
  const [mant, exp] = v.toExponential(14).split('e');
  const digits = mant.replace(/[-.]/gu, '');
  return `${v < 0 ? '-' : ''}${digits.padEnd(Number(exp) + 1, '0')}`;
}

/** Years of experience: a number or text like `5年`, `5.5年`, `5 years`; never negative. */
export function readYears(cell: Cell): Read<number> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  let r: Read<number> = readNumber(cell);
  if (r.kind === 'bad') {
    const s = normalizeText(String(cell.value)).toLowerCase();
    const m = /^([+-]?\d+(?:\.\d+)?)\s*(年|years?|yrs?|y)$/u.exec(s);
    r = m ? ok(round2(Number(m[1]))) : r;
  }
  if (r.kind === 'ok' && r.value < 0) return badText(normalizeText(cell.text || String(cell.value)));
  return r;
}

/** A whole count ≥ 0 (projects led): a number, or text like `3项`, `3个`. */
export function readCount(cell: Cell): Read<number> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  let r: Read<number> = readNumber(cell);
  if (r.kind === 'bad') {
    const m = /^(\d+)\s*(项|个)$/u.exec(normalizeText(String(cell.value)));
    if (m) r = ok(Number(m[1]));
  }
  if (r.kind === 'ok' && (r.value < 0 || !Number.isInteger(r.value))) return badText(shownText(cell));
  return r;
}

function shownText(cell: Cell): string {
  return normalizeText(cell.text !== '' ? cell.text : String(cell.value ?? ''));
}

/**
 * A calendar date as ISO yyyy-mm-dd: a serial number (1900 system, no time-zone shift) or text
 * `2015-07-01`, `2015/7/1`, `2015年7月1日`. A bare year (a whole number 1900–2100 in a cell that is not
 * formatted as a date) is read as 1 January of that year: a serial that small would be 1905.
 */
export function readDate(cell: Cell): Read<string> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  const v = cell.value;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100 && !isDateFormat(cell.format)) return ok(`${v}-01-01`);
    const iso = serialToIsoDate(v);
    return iso ? ok(iso) : badText(shownText(cell));
  }
  if (typeof v === 'string') {
    const iso = parseDateText(v);
    return iso ? ok(iso) : badText(normalizeText(v));
  }
  return badText(shownText(cell));
}

/** 是/否, Y/N, TRUE/FALSE, 1/0, yes/no (and a real boolean). */
export function readBoolean(cell: Cell): Read<boolean> {
  if (cell.error) return { kind: 'none', errorText: String(cell.value ?? '') };
  if (isEmpty(cell)) return NONE;
  if (typeof cell.value === 'boolean') return ok(cell.value);
  const s = typeof cell.value === 'number' ? String(cell.value) : String(cell.value);
  const b = parseBooleanText(s);
  return b === undefined ? badText(normalizeText(s)) : ok(b);
}

const RISK_WORDS: Record<string, Risk> = {
  高: 'high', h: 'high', high: 'high', 较高: 'high',
  中: 'medium', m: 'medium', medium: 'medium', 一般: 'medium',
  低: 'low', l: 'low', low: 'low', 较低: 'low',
};

/** Flight risk 高/中/低, H/M/L (a trailing 风险 or 级 is dropped). */
export function readRisk(cell: Cell): Read<Risk> {
  const t = readText(cell);
  if (t.kind !== 'ok') return t;
  const k = normalizeKey(t.value).replace(/(风险|级)$/u, '');
  const r = RISK_WORDS[k];
  return r ? ok(r) : badText(t.value);
}

const CAREER_WORDS: Record<string, CareerInterest> = {
  技术通道: 'technical', 技术: 'technical', technical: 'technical', technicaltrack: 'technical', technology: 'technical',
  管理通道: 'management', 管理: 'management', management: 'management', managementtrack: 'management',
  横向复合: 'composite', 复合: 'composite', 横向: 'composite', composite: 'composite', cross: 'composite', lateral: 'composite',
  '技能(双师)': 'skill', 技能双师: 'skill', 技能: 'skill', 双师: 'skill', skill: 'skill', skills: 'skill', skilltrack: 'skill',
};

/** Career interest 技术通道 / 管理通道 / 横向复合 / 技能(双师); 技术, 管理 accepted. */
export function readCareer(cell: Cell): Read<CareerInterest> {
  const t = readText(cell);
  if (t.kind !== 'ok') return t;
  const k = normalizeKey(t.value);
  const r = CAREER_WORDS[k] ?? CAREER_WORDS[k.replace(/[()（）]/gu, '')] ?? CAREER_WORDS[k.replace(/通道$/u, '')];
  return r ? ok(r) : badText(t.value);
}

/** Level: the settings' level map first, then 初级/中级/高级(培育对象), Tier 1–3, junior/intermediate/senior. */
export function readLevel(cell: Cell, settings: Pick<Settings, 'levelMap'>): Read<LevelKey> {
  const t = readText(cell);
  if (t.kind !== 'ok') return t;
  const mapped = settings.levelMap[normalizeKey(t.value)];
  if (mapped) return ok(mapped);
  const l = parseLevelWord(t.value);
  return l ? ok(l) : badText(t.value);
}

/** Previous box: 1–9 or a box label (the catalogue's, or one set in settings). */
export function readBox(cell: Cell, settings: Pick<Settings, 'boxLabels'>): Read<Box> {
  const t = readText(cell);
  if (t.kind !== 'ok') return t;
  const b = parseBoxText(t.value, settings.boxLabels) ?? parseForeignBox(t.value);
  return b ? ok(b) : badText(t.value);
}

/** Every box label the reader accepts, for messages. */
export function boxLabelsHint(): string {
  return Object.values(BOX_TABLE)
    .map((b) => `${b.box} ${b.label.zh}`)
    .join('、');
}

/**
 * Whole years (with a fraction, floored to two decimals so 9.999 never reads as 10) from a start date to
 * the review date; undefined when the start is after the review date.
 */
export function yearsBetween(startIso: string, reviewIso: string): number | undefined {
  const [sy, sm, sd] = startIso.split('-').map(Number);
  const [ry, rm, rd] = reviewIso.split('-').map(Number);
  const start = Date.UTC(sy, sm - 1, sd);
  const review = Date.UTC(ry, rm - 1, rd);
  if (start > review) return undefined;
  let years = ry - sy;
  const anniversary = (y: number): number => Date.UTC(y, sm - 1, sd);
  if (anniversary(sy + years) > review) years -= 1;
  const from = anniversary(sy + years);
  const to = anniversary(sy + years + 1);
  const fraction = (review - from) / (to - from);
  return Math.floor((years + fraction) * 100 + 1e-9) / 100;
}
