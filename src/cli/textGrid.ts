// The nine-box as a small text grid for the terminal: potential up, performance right, box 9 top right.
import { boxLabel, PERF_LABELS, POT_LABELS, pick } from '../domain/catalogue';
import type { Box, Lang } from '../domain/types';

/** Display width: CJK characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function textGrid(counts: Record<Box, number>, total: number, lang: Lang): string {
  const rows: Box[][] = [
    [7, 8, 9],
    [4, 5, 6],
    [1, 2, 3],
  ];
  const pots = [POT_LABELS.high, POT_LABELS.medium, POT_LABELS.low].map((t) => pick(t, lang));
  const perfs = [PERF_LABELS.needs, PERF_LABELS.qualified, PERF_LABELS.excellent].map((t) => pick(t, lang));
  const cell = (b: Box): [string, string] => {
    const share = total > 0 ? ((counts[b] / total) * 100).toFixed(1) : '0.0';
    return [`${b} ${boxLabel(b, lang)}`, lang === 'zh-CN' ? `${counts[b]}人 ${share}%` : `${counts[b]} (${share}%)`];
  };
  const cells = rows.map((r) => r.map(cell));
  const width = Math.max(...cells.flat(2).map(displayWidth), ...perfs.map(displayWidth)) + 2;
  const side = Math.max(...pots.map(displayWidth)) + 2;
  const line = `${' '.repeat(side)}+${Array(3).fill('-'.repeat(width)).join('+')}+`;
  const out: string[] = [lang === 'zh-CN' ? '潜力 ↑' : 'Potential ↑', line];
  rows.forEach((_, i) => {
    out.push(`${pad(pots[i], side)}|${cells[i].map((c) => pad(` ${c[0]}`, width)).join('|')}|`);
    out.push(`${' '.repeat(side)}|${cells[i].map((c) => pad(` ${c[1]}`, width)).join('|')}|`);
    out.push(line);
  });
  out.push(`${' '.repeat(side)} ${perfs.map((p) => pad(p, width)).join(' ')}  ${lang === 'zh-CN' ? '绩效 →' : 'Performance →'}`);
  return out.join('\n');
}
