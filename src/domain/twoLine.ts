// Two-line performance, 岗位绩效 + 创新绩效 (DOMAIN.md, Two-line performance; §四(三)4(1)): each line read as
// performance is (a rating or a score on its own scale). Both scores on one scale: their mean weighted by
// 岗位绩效权重 and 创新绩效权重 (divided by their sum), 2 decimals, banded with that scale's cut-offs; otherwise
// each line is banded and the band is the weighted mean of the indexes rounded half up. One line alone is
// that line's band.
import { bandPerformanceScore } from './banding';
import { PERF_INDEX } from './catalogue';
import type { Settings } from './settings';
import { round2 } from './text';
import type { LineRead, PerfBand, TwoLineRead } from './types';

const BY_INDEX: readonly PerfBand[] = ['needs', 'qualified', 'excellent'];

/** The weights divided by their sum; equal when both are 0. */
export function lineWeights(settings: Pick<Settings, 'postWeight' | 'innovationWeight'>): { post: number; innovation: number } {
  const sum = settings.postWeight + settings.innovationWeight;
  if (sum <= 0) return { post: 0.5, innovation: 0.5 };
  return { post: round2(settings.postWeight / sum), innovation: round2(1 - round2(settings.postWeight / sum)) };
}

/** The band of the two lines, with what it was made of; undefined when neither line is given. */
export function combineLines(
  post: LineRead | undefined,
  innovation: LineRead | undefined,
  settings: Settings,
): { band: PerfBand; lines: TwoLineRead } | undefined {
  const weights = lineWeights(settings);
  const lines: TwoLineRead = { weights, ...(post ? { post } : {}), ...(innovation ? { innovation } : {}) };
  if (!post || !innovation) {
    const one = post ?? innovation;
    return one ? { band: one.band, lines } : undefined;
  }
  const p = post.source;
  const i = innovation.source;
  if (p.kind === 'score' && i.kind === 'score' && p.scale === i.scale) {
    const value = round2(weights.post * p.value + weights.innovation * i.value);
    lines.combined = { kind: 'score', value, scale: p.scale };
    return { band: bandPerformanceScore(value, p.scale, settings), lines };
  }
  const value = round2(weights.post * PERF_INDEX[post.band] + weights.innovation * PERF_INDEX[innovation.band]);
  lines.combined = { kind: 'index', value };
  return { band: BY_INDEX[Math.min(2, Math.floor(value + 0.5))], lines };
}
