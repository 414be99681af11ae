// Text normalisation shared by every matcher: full-width → half-width (NFKC), trimmed, inner spaces
// removed, case ignored. `工 号 `, `ＩＤ` and `id` all match.

// Printable ASCII is its own NFKC form, so most IDs, ratings and English labels skip the normaliser; other
// text (a department, a level, a rating in Chinese) repeats down a roster and is remembered, in a bounded table.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
const ASCII_NO_SPACE = /^[\x21-\x7e]*$/u;
const MEMO_LIMIT = 4096;
const texts = new Map<string, string>();
const keys = new Map<string, string>();

function remembered(memo: Map<string, string>, s: string, make: (s: string) => string): string {
  const found = memo.get(s);
  if (found !== undefined) return found;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const made = make(s);
  memo.set(s, made);
  return made;
}

export function normalizeText(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s.trim();
  return remembered(texts, s, (x) => x.normalize('NFKC').trim());
}

export function normalizeKey(s: string): string {
  if (ASCII_NO_SPACE.test(s)) return s.toLowerCase();
  return remembered(keys, s, (x) => x.normalize('NFKC').replace(/\s+/gu, '').toLowerCase());
}

/** Rounds to 2 decimals, half away from zero like Excel's ROUND, as DOMAIN.md asks before any comparison. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round((Math.abs(n) + Number.EPSILON) * 100)) / 100 + 0;
}

/** "1 engineer", "2 engineers", "0 engineers": an English count with its noun (Chinese needs no plural). */
export function countEn(n: number, one: string, other = `${one}s`): string {
  return `${n} ${n === 1 ? one : other}`;
}
