// Results counts (实绩, DOMAIN.md roster fields: 专利, 发明专利, 成果转化, 带徒, 技术革新; §五 以实绩为牵引): totals
// by department and by final box for the summary. Counted and shown, never turned into a score.
import { BOX_TABLE, NOT_GIVEN_LABEL, PERF_LABELS, pick } from './catalogue';
import { BOXES, RESULT_KEYS, type Box, type EngineerReview, type Lang, type PerfBand, type ResultKey, type Text } from './types';

export const RESULT_LABELS: Record<ResultKey, Text> = {
  patents: { zh: '专利', en: 'Patents' },
  inventionPatents: { zh: '发明专利', en: 'Invention patents' },
  resultsTransferred: { zh: '成果转化', en: 'Results transferred' },
  apprentices: { zh: '带徒', en: 'Apprentices' },
  innovations: { zh: '技术革新', en: 'Innovations' },
};

/**
 * One engineer's results as a plan or a card shows them: 「专利 2 · 成果转化 1 · 带徒 3」, the counts given (0
 * included: a 0 the roster states is a fact), in DOMAIN.md's order; undefined where the roster gives none.
 */
export function resultsText(results: Partial<Record<ResultKey, number>> | undefined, lang: Lang): string | undefined {
  const given = RESULT_KEYS.filter((k) => results?.[k] !== undefined);
  if (given.length === 0) return undefined;
  return given.map((k) => `${pick(RESULT_LABELS[k], lang)} ${results?.[k]}`).join(' · ');
}

/**
 * 近三年绩效 as a plan or a card shows it: this review's band, then the earlier years the roster gives (latest
 * first, as written), three in all — 「本期 优秀 · 2024 B · 2023 A」; undefined without earlier years.
 */
export function historyText(current: PerfBand, history: readonly { year: number; value: string }[] | undefined, lang: Lang): string | undefined {
  if (!history || history.length === 0) return undefined;
  const now = `${lang === 'zh-CN' ? '本期' : 'This review'} ${pick(PERF_LABELS[current], lang)}`;
  return [now, ...history.slice(0, 2).map((h) => `${h.year} ${h.value}`)].join(' · ');
}

export interface ResultsRow {
  label: Text;
  /** Engineers of the row with at least one count given. */
  people: number;
  totals: Record<ResultKey, number>;
}

export interface ResultsTotals {
  /** The counts some engineer has, in DOMAIN.md's order. */
  keys: ResultKey[];
  byDepartment: ResultsRow[];
  byBox: (ResultsRow & { box: Box })[];
  all: ResultsRow;
}

function emptyRow(label: Text): ResultsRow {
  return { label, people: 0, totals: { patents: 0, inventionPatents: 0, resultsTransferred: 0, apprentices: 0, innovations: 0 } };
}

function add(row: ResultsRow, results: Partial<Record<ResultKey, number>>): void {
  row.people++;
  for (const k of RESULT_KEYS) row.totals[k] += results[k] ?? 0;
}

/** Totals over the final boxes; undefined when no engineer has a results count (the summary then says nothing). */
export function resultsTotals(reviews: readonly EngineerReview[]): ResultsTotals | undefined {
  const keys = new Set<ResultKey>();
  const departments = new Map<string, ResultsRow>();
  const noDepartment = emptyRow(NOT_GIVEN_LABEL);
  const boxes = new Map<Box, ResultsRow & { box: Box }>();
  const all = emptyRow({ zh: '合计', en: 'Total' });
  for (const r of reviews) {
    const results = r.engineer.results;
    if (!results) continue;
    for (const k of RESULT_KEYS) if (results[k] !== undefined) keys.add(k);
    const d = r.engineer.department;
    let row = d === undefined ? noDepartment : departments.get(d);
    if (!row) {
      row = emptyRow({ zh: d as string, en: d as string });
      departments.set(d as string, row);
    }
    add(row, results);
    let box = boxes.get(r.finalBox);
    if (!box) {
      box = { ...emptyRow(BOX_TABLE[r.finalBox].label), box: r.finalBox };
      boxes.set(r.finalBox, box);
    }
    add(box, results);
    add(all, results);
  }
  if (keys.size === 0) return undefined;
  const byDepartment = [...departments.values()];
  if (noDepartment.people > 0) byDepartment.push(noDepartment);
  const byBox = [...BOXES].reverse().flatMap((b) => {
    const row = boxes.get(b);
    return row ? [row] : [];
  });
  return { keys: RESULT_KEYS.filter((k) => keys.has(k)), byDepartment, byBox, all };
}
