// The summary's results block (实绩, DOMAIN.md Output sheets 盘点汇总): totals of 专利, 成果转化, 带徒, 技术革新 by
// department and by final box, only where the roster has such columns. Counts as given, never a score. A block
// of its own so the summary sheet's other sections stay as they are.
import { RESULT_LABELS, type ResultsRow, type ResultsTotals } from '../../domain/achievements';
import { pick } from '../../domain/catalogue';
import type { Settings } from '../../domain/settings';
import type { Lang, Text } from '../../domain/types';
import type { SheetBuilder } from './builder';
import { boxWithLabel } from './sensitive';

export const RESULTS_TEXT = {
  title: { zh: '实绩统计（专利、成果转化、带徒、技术革新；只作展示，不计分）', en: 'Results (patents, results transferred, apprentices, innovations; shown, not scored)' },
  byDepartment: { zh: '部门', en: 'Department' },
  byBox: { zh: '九宫格', en: 'Box' },
  people: { zh: '填报人数', en: 'Engineers' },
} satisfies Record<string, Text>;

/**
 * Writes the block from row `r` over columns 1..last, with the summary's styles (section, head, cell, num,
 * total); returns the next free row.
 */
export function writeResultsBlock(b: SheetBuilder, r0: number, totals: ResultsTotals, lang: Lang, settings: Settings, last: number): number {
  const L = (t: Text): string => pick(t, lang);
  let r = r0;
  b.span(r, 1, last, L(RESULTS_TEXT.title));
  b.style('section', r, 1, r, last);
  b.height(r, 20);
  r++;
  const table = (corner: Text, rows: readonly { label: string; row: ResultsRow }[]): void => {
    b.set(r, 1, L(corner));
    b.set(r, 2, L(RESULTS_TEXT.people));
    totals.keys.forEach((k, i) => b.set(r, 3 + i, L(RESULT_LABELS[k])));
    b.style('head', r, 1, r, 2 + totals.keys.length);
    b.height(r, 30);
    r++;
    const from = r;
    for (const { label, row } of [...rows, { label: L(totals.all.label), row: totals.all }]) {
      b.set(r, 1, label);
      b.set(r, 2, row.people);
      totals.keys.forEach((k, i) => b.set(r, 3 + i, row.totals[k]));
      r++;
    }
    b.style('total', r - 1, 1, r - 1, 2 + totals.keys.length);
    b.style('cell', from, 1, r - 1, 1);
    b.style('num', from, 2, r - 1, 2 + totals.keys.length);
    r++;
  };
  table(RESULTS_TEXT.byDepartment, totals.byDepartment.map((row) => ({ label: L(row.label), row })));
  table(RESULTS_TEXT.byBox, totals.byBox.map((row) => ({ label: boxWithLabel(row.box, lang, settings), row })));
  return r;
}
