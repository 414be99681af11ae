// Banding of performance (优秀 / 合格 / 待提升) and potential (高 / 中 / 低): rating words, value maps from
// settings, and scores on a 1–5 or 0–100 scale (DOMAIN.md, Banding).
import type { Cutoffs, Settings } from './settings';
import type { PerfBand, PotBand, Scale } from './types';
import { normalizeKey, round2 } from './text';

const PERF_WORDS: Record<string, PerfBand> = {};
for (const w of ['s', 'a', '优秀', '卓越', '优']) PERF_WORDS[w] = 'excellent';
for (const w of ['b', '良好', '合格', '称职', '良', '中']) PERF_WORDS[w] = 'qualified';
for (const w of ['c', 'd', 'e', '待提升', '需改进', '基本称职', '不称职', '不合格', '差']) PERF_WORDS[w] = 'needs';
// The band names themselves, in English, so a workbook written in English reads back.
PERF_WORDS['excellent'] = 'excellent';
PERF_WORDS['qualified'] = 'qualified';
PERF_WORDS['needsimprovement'] = 'needs';
// The nine-box convention's words (other nine-box tools and HR exports rate High / Medium / Low; 高/中/低).
for (const w of ['高', 'h', 'high']) PERF_WORDS[w] = 'excellent';
for (const w of ['m', 'medium', 'moderate']) PERF_WORDS[w] = 'qualified';
for (const w of ['低', 'l', 'low']) PERF_WORDS[w] = 'needs';

const POT_WORDS: Record<string, PotBand> = {
  高: 'high', h: 'high', high: 'high',
  中: 'medium', m: 'medium', medium: 'medium', moderate: 'medium',
  低: 'low', l: 'low', low: 'low',
};

/** `S级` → `s`, `A+` → `a`, `B−` → `b`: a trailing 级 and a + or − are not part of the rating. */
export function ratingKey(raw: string): string {
  let k = normalizeKey(raw);
  k = k.replace(/级$/u, '');
  k = k.replace(/[+\-−–]+$/u, '');
  k = k.replace(/级$/u, '');
  return k;
}

/** A performance rating word (value map first); undefined when the word is unknown. */
export function bandPerformanceRating(raw: string, settings: Pick<Settings, 'performanceMap'>): PerfBand | undefined {
  const exact = settings.performanceMap[normalizeKey(raw)];
  if (exact) return exact;
  const k = ratingKey(raw);
  return settings.performanceMap[k] ?? PERF_WORDS[k];
}

/** A potential rating word (value map first); undefined when the word is unknown. */
export function bandPotentialRating(raw: string, settings: Pick<Settings, 'potentialMap'>): PotBand | undefined {
  const exact = settings.potentialMap[normalizeKey(raw)];
  if (exact) return exact;
  const k = ratingKey(raw);
  return settings.potentialMap[k] ?? POT_WORDS[k];
}

/** A column whose every score is ≤ 5 is on the 1–5 scale, otherwise on 0–100. */
export function detectScale(scores: readonly number[]): Scale {
  return scores.every((s) => round2(s) <= 5) ? 5 : 100;
}

/** Whether a score lies on its scale (1–5, or 0–100). */
export function scoreInRange(score: number, scale: Scale): boolean {
  const s = round2(score);
  return scale === 5 ? s >= 0 && s <= 5 : s >= 0 && s <= 100;
}

function threeWay<T>(value: number, cut: Cutoffs, top: T, mid: T, low: T): T {
  const v = round2(value);
  if (v >= cut.upper) return top;
  if (v >= cut.middle) return mid;
  return low;
}

export function bandPerformanceScore(score: number, scale: Scale, settings: Settings): PerfBand {
  const cut = scale === 5 ? settings.performanceCutoffs5 : settings.performanceCutoffs100;
  return threeWay<PerfBand>(score, cut, 'excellent', 'qualified', 'needs');
}

export function bandPotentialScore(score: number, scale: Scale, settings: Settings): PotBand {
  const cut = scale === 5 ? settings.potentialCutoffs5 : settings.potentialCutoffs100;
  return threeWay<PotBand>(score, cut, 'high', 'medium', 'low');
}

/** *default* fallback: potential from the mean of (actual − required) over assessed competencies. */
export function bandDerivedPotential(meanSurplus: number, settings: Settings): PotBand {
  return threeWay<PotBand>(meanSurplus, settings.derivedPotentialCutoffs, 'high', 'medium', 'low');
}
