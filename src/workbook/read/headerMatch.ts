// Which field a header names, with a score (DOMAIN.md, Input sheets: "header matching tolerates extra words, a
// year and doubled spaces"). An exact alias (DOMAIN.md's, then the export names of aliases.ts) scores 1 and is
// not a guess. Otherwise the header is cut into words without its years, months, quarters and bare numbers
// ("Aug 2025  Talent Assessment Potential" → talent assessment potential; 2024年度绩效考核结果 → 绩效考核结果),
// and an alias found inside it (whole words in English, characters in Chinese) is a partial match — a guess —
// scored by the share of the header it covers. Words that turn a header into something else (a date, a comment,
// a pay figure) rule a partial match out.
import type { FieldKey } from '../../domain/settings';
import { normalizeKey } from '../../domain/text';
import { ALIASES, EXPORT_ALIASES } from './aliases';

export interface HeaderMatch {
  field: FieldKey;
  /** Precedence of the alias within its field (0 = highest; export names after DOMAIN.md's). */
  rank: number;
  /** The header is an alias (after normalisation); false for a partial match, which is a guess. */
  exact: boolean;
  /** Share of the header the alias covers, in (0, 1]. */
  score: number;
  /** The latest year the header names (2024年度绩效 → 2024). */
  year?: number;
  /** The alias matched, as written in the table. */
  alias: string;
}

/** Header text as compared exactly: NFKC, no spaces, lower case, no hyphens, underscores or required-marks. */
export function headerKey(s: string): string {
  return normalizeKey(s).replace(/[-_*＊]/gu, '');
}

const YEAR = /(?:fy)?((?:19|20)\d{2})\s*(?:财年|年度|年)?/gu;
const MONTHS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const PERIOD = /^(?:q[1-4]|h[12]|fy\d*|\d+)$/u;
const SPLIT = /[\s\-_/\\|,，、:：;；.()（）[\]【】'’"“”*＊]+/u;
const CJK_PERIOD = /[上下]半年|第[一二三四1-4]季度|[1-4一二三四]季度/gu;

/** English words and Chinese characters that make a header about something else than the field it contains. */
const STOP_WORDS = new Set([
  'date', 'comment', 'comments', 'note', 'notes', 'reason', 'pay', 'salary', 'bonus', 'weight', 'chain',
  'change', 'changes', 'modified', 'modification', 'description', 'history', 'target', 'goal', 'goals', 'by',
]);
const STOP_CJK = ['工资', '奖金', '系数', '薪', '备注', '说明', '评语', '日期', '时间', '原因', '权重', '目标', '面谈', '人数'];

interface Words {
  tokens: string[];
  key: string;
  year?: number;
}

function wordsOf(text: string): Words {
  let s = text.normalize('NFKC').toLowerCase();
  let year: number | undefined;
  s = s.replace(YEAR, (_m, y: string) => {
    year = Math.max(year ?? 0, Number(y));
    return ' ';
  });
  s = s.replace(CJK_PERIOD, ' ');
  const tokens = s.split(SPLIT).filter((t) => t !== '' && !MONTHS.has(t) && !PERIOD.test(t));
  return { tokens, key: tokens.join(''), year };
}

const CJK = /[\u3400-\u9fff]/u;

interface AliasEntry {
  field: FieldKey;
  rank: number;
  alias: string;
  words: Words;
  cjk: boolean;
}

let exactIndex: Map<string, AliasEntry> | undefined;
let strippedIndex: Map<string, AliasEntry> | undefined;
let entries: AliasEntry[] | undefined;

/** Built on first use, so that loading the reader costs nothing until a header is matched. */
function aliasEntries(): AliasEntry[] {
  if (entries) return entries;
  const list: AliasEntry[] = [];
  for (const field of Object.keys(ALIASES) as FieldKey[]) {
    const names = [...ALIASES[field], ...(EXPORT_ALIASES[field] ?? [])];
    names.forEach((alias, rank) => list.push({ field, rank, alias, words: wordsOf(alias), cjk: CJK.test(alias) }));
  }
  exactIndex = new Map();
  strippedIndex = new Map();
  for (const e of list) {
    const k = headerKey(e.alias);
    if (!exactIndex.has(k)) exactIndex.set(k, e);
    if (e.words.key !== '' && !strippedIndex.has(e.words.key)) strippedIndex.set(e.words.key, e);
  }
  entries = list;
  return list;
}

/** The field a header names exactly (an alias of DOMAIN.md or an export name), with the alias's rank. */
export function exactField(header: string): { field: FieldKey; rank: number } | undefined {
  aliasEntries();
  const e = exactIndex?.get(headerKey(header));
  return e ? { field: e.field, rank: e.rank } : undefined;
}

function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/** Least share of a header a partial match must cover ("Aug 2025 Talent Assessment Potential" covers 0.36). */
const MIN_SCORE = 0.25;

/** The field a header names, exactly or by a partial match; undefined when none fits well enough. */
export function matchHeader(header: string): HeaderMatch | undefined {
  if (header.trim() === '') return undefined;
  const all = aliasEntries();
  const exact = exactIndex?.get(headerKey(header));
  const words = wordsOf(header);
  if (exact) return { field: exact.field, rank: exact.rank, exact: true, score: 1, year: words.year, alias: exact.alias };
  if (words.key === '') return undefined;
  const stripped = strippedIndex?.get(words.key);
  if (stripped) return { field: stripped.field, rank: stripped.rank, exact: false, score: 1, year: words.year, alias: stripped.alias };
  if (words.tokens.some((t) => STOP_WORDS.has(t)) || STOP_CJK.some((w) => words.key.includes(w))) return undefined;
  let best: HeaderMatch | undefined;
  for (const e of all) {
    const k = e.words.key;
    if ([...k].length < 2) continue;
    const found = e.cjk ? words.key.includes(k) : containsWords(words.tokens, e.words.tokens);
    if (!found) continue;
    const score = [...k].length / [...words.key].length;
    if (score < MIN_SCORE) continue;
    if (!best || score > best.score) best = { field: e.field, rank: e.rank, exact: false, score, year: words.year, alias: e.alias };
  }
  return best;
}
