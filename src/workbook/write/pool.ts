// 培育库 / Cultivation pool (DOMAIN.md, Cultivation pool): every reviewed engineer with in-pool, status and
// reason, and the reference check for the city pool with each condition met, not met or not given; the
// reminder that frontline work, craft and passing it on are judged by people. Grouped by status.
import {
  CANDIDATE_REMINDER,
  CANDIDATE_TITLE,
  CONDITION_LABELS,
  LEVEL_LABELS,
  POOL_STATUS_LABELS,
  YES_NO_LABELS,
  pick,
  type ConditionKey,
  type ConditionStatus,
  type PoolStatus,
} from '../../domain/catalogue';
import type { Condition, FollowUp } from '../../domain/followUpTypes';
import type { Lang, ReviewResult, Text } from '../../domain/types';
import type { SheetPlan } from '../plan';
import { a1Range } from '../problems';
import { SheetBuilder } from './builder';
import { POOL_TEXT } from './followText';
import { SHEET_FONT, WIDE_MARGINS, printSetup, textWidth } from './layout';
import type { FollowContext } from './plans';
import { boxWithLabel, redact } from './sensitive';
import { sheetName } from './text';

const STATUS_ORDER: readonly PoolStatus[] = ['suggestEntry', 'stay', 'suggestExit', 'notNow'];
const STATUS_FILL: Record<PoolStatus, string | undefined> = {
  suggestEntry: '#C6EFCE',
  stay: '#DDEBF7',
  suggestExit: '#F9C98F',
  notNow: undefined,
};
const CONDITION_FILL: Record<ConditionStatus, string> = { met: '#E2EFDA', unmet: '#FCE4D6', notGiven: '#EDEDED' };
const MARK: Record<ConditionStatus, string> = { met: '✓', unmet: '✗', notGiven: '?' };
/** Headers shorter than the conditions' names where an English word would break mid-word in its column. */
const CONDITION_HEADS: Partial<Record<ConditionKey, Text>> = { years: POOL_TEXT.years, box: POOL_TEXT.boxHead };

// Widths by language, adding up to the same 176 (the page's scale prints 10-pt text at 8 pt): English levels are
// short (Tier 1), its words long — a column is at least as wide as the longest word of its header (bold) and of its
// values, as printed where the sheet font is missing (DejaVu Sans: about 1.05 a Latin letter, 1.2 bold).
export const POOL_WIDTHS: Record<Lang, readonly number[]> = {
  'zh-CN': [8, 9, 11, 13, 12, 8, 10, 42, 12, 10, 10, 9, 11, 11],
  'en-US': [8, 9, 13, 8, 12, 8, 10, 42, 12, 11, 10, 9, 11, 13],
};
const ROW_HEAD = 3;
const COL_DEPARTMENT = 2;
const COL_REASON = 7;
/** The department column's widest: the reason column keeps at least 34. */
const MAX_DEPARTMENT_WIDTH = 19;

/**
 * POOL_WIDTHS, with the department column as wide as the longest Latin word of a department name (IBM's
 * 'Research & Development' broke as 'Developme nt' and took three lines), taken from the reason column so the
 * page keeps its scale. Chinese names wrap between any two characters and never widen it.
 */
function poolWidths(result: ReviewResult, lang: Lang): number[] {
  const widths = [...POOL_WIDTHS[lang]];
  let longest = 0;
  for (const r of result.reviews) {
    for (const word of r.engineer.department?.match(/[^\s\u2e80-\u9fff\uff00-\uffef]+/gu) ?? []) longest = Math.max(longest, textWidth(word));
  }
  const want = Math.min(MAX_DEPARTMENT_WIDTH, Math.ceil(longest * 1.05) + 2);
  if (want > widths[COL_DEPARTMENT]) {
    widths[COL_REASON] -= want - widths[COL_DEPARTMENT];
    widths[COL_DEPARTMENT] = want;
  }
  return widths;
}

/** 「✓ 12 ≥ 10」: the mark and the detail, without the condition's name the column header already gives. */
export function conditionCell(c: Condition, lang: 'zh-CN' | 'en-US', box?: number): string {
  // The box condition: the header says 九宫格（业绩突出）; the mark and the box say the rest.
  if (c.key === 'box' && box !== undefined) return `${MARK[c.status]} ${box}`;
  const label = pick(CONDITION_LABELS[c.key], lang);
  const detail = pick(c.detail, lang);
  const rest = detail.startsWith(label) ? detail.slice(label.length).trim() : detail;
  return `${MARK[c.status]} ${rest}`;
}

export function buildPoolPlan(result: ReviewResult, fu: FollowUp, ctx: FollowContext): SheetPlan {
  const { lang, settings } = ctx;
  const L = (t: { zh: string; en: string }): string => pick(t, lang);
  const widths = poolWidths(result, lang);
  const b = new SheetBuilder(widths);
  const en = lang === 'en-US';
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('center', { hAlign: 'center' });
  b.defineStyle('yes', { bold: true, fontColor: '#1E7B34' });
  for (const s of STATUS_ORDER) {
    const fill = STATUS_FILL[s];
    if (fill) b.defineStyle(`status-${s}`, { fill });
  }
  for (const s of ['met', 'unmet', 'notGiven'] as const) b.defineStyle(`cond-${s}`, { fill: CONDITION_FILL[s] });
  const last = widths.length - 1;

  b.span(0, 0, last, L(POOL_TEXT.title));
  b.style('title', 0, 0);
  b.height(0, 24);
  b.span(1, 0, last, `${L(CANDIDATE_TITLE)}${en ? ': ' : '：'}${L(CANDIDATE_REMINDER)}`);
  b.style('muted', 1, 0);
  const counts = STATUS_ORDER.map((s) => `${L(POOL_STATUS_LABELS[s])} ${fu.engineers.filter((e) => e.pool.status === s).length}`);
  const candidates = fu.engineers.filter((e) => e.candidate.candidate).length;
  const countsLine = `${counts.join(' · ')} · ${L(POOL_TEXT.candidate)} ${candidates}    ${L(POOL_TEXT.legend)}`;
  b.span(2, 0, last, countsLine);
  b.style('muted', 2, 0);
  b.fit(2, 0, last, countsLine, 15);

  const conditionKeys = fu.engineers[0]?.candidate.conditions.map((c) => c.key) ?? ['years', 'projects', 'box', 'problemSolving', 'integration'];
  const headers = [
    POOL_TEXT.id, POOL_TEXT.name, POOL_TEXT.department, POOL_TEXT.level, POOL_TEXT.box, POOL_TEXT.inPool, POOL_TEXT.status,
    POOL_TEXT.reason, POOL_TEXT.candidate, ...conditionKeys.map((k) => CONDITION_HEADS[k] ?? CONDITION_LABELS[k]),
  ].map(L);
  headers.forEach((h, c) => {
    b.set(ROW_HEAD, c, h);
    b.fit(ROW_HEAD, c, c, h, 48, en ? 1.2 : 1);
  });
  b.style('head', ROW_HEAD, 0, ROW_HEAD, last);
  b.height(ROW_HEAD, 48);

  const order = fu.engineers
    .map((e, i) => ({ e, i }))
    .sort((x, y) => STATUS_ORDER.indexOf(x.e.pool.status) - STATUS_ORDER.indexOf(y.e.pool.status) || x.i - y.i);
  let r = ROW_HEAD + 1;
  for (const { e, i } of order) {
    const eng = result.reviews[i].engineer;
    const yes = (v: boolean): string => L(v ? YES_NO_LABELS.yes : YES_NO_LABELS.no);
    const reason = redact(L(e.pool.reason), settings);
    const row = [
      eng.id, eng.name, eng.department ?? null, eng.level ? L(LEVEL_LABELS[eng.level]) : null, boxWithLabel(e.finalBox, lang, settings),
      yes(e.pool.inPool), L(POOL_STATUS_LABELS[e.pool.status]), reason, yes(e.candidate.candidate),
      ...e.candidate.conditions.map((c) => conditionCell(c, lang, e.finalBox)),
    ];
    row.forEach((v, c) => b.set(r, c, v));
    const statusFill = STATUS_FILL[e.pool.status];
    if (statusFill) b.style(`status-${e.pool.status}`, r, 6);
    if (e.candidate.candidate) b.style('yes', r, 8);
    e.candidate.conditions.forEach((c, k) => b.style(`cond-${c.status}`, r, 9 + k));
    // Rows are as tall as their wrapped reason, box or status (Excel sizes rows of wrapped text only when it opens them).
    row.forEach((v, c) => b.fit(r, c, c, v, 18, en ? 1.05 : c === 7 ? 0.95 : 1));
    r++;
  }
  if (r > ROW_HEAD + 1) {
    b.style('cell', ROW_HEAD + 1, 0, r - 1, last);
    b.style('center', ROW_HEAD + 1, 3, r - 1, 6);
    b.style('center', ROW_HEAD + 1, 8, r - 1, 8);
  }
  b.fit(1, 0, last, b.values[1][0] ?? '');

  return {
    role: 'pool',
    name: sheetName('pool', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(widths.length),
    columnWidths: [...widths],
    rowHeights: b.rowHeights,
    numberFormats: r > ROW_HEAD + 1 ? [{ format: '@', ranges: [a1Range(ROW_HEAD + 1, 0, r - 1, 0)] }] : [],
    styles: b.styles(),
    merges: b.merges,
    // A table with a filter over the header and the engineers (Excel wants at least one row under a header).
    ...(r > ROW_HEAD + 1 ? { table: { name: 'CultivationPool', range: a1Range(ROW_HEAD, 0, r - 1, last), style: 'TableStyleLight1' } } : {}),
    freeze: { rows: ROW_HEAD + 1, cols: 2 },
    print: printSetup(lang, 'landscape', { repeatRows: `${ROW_HEAD + 1}:${ROW_HEAD + 1}`, margins: WIDE_MARGINS }),
    tabColor: '#70AD47',
    font: SHEET_FONT,
  };
}
