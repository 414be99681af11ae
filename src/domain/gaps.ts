// Competency gaps (DOMAIN.md, Gaps; §三, §四(三)2(1)): gap = required − actual (positive = shortfall).
import { COMPETENCY_LABELS, pick } from './catalogue';
import type { Settings } from './settings';
import { round2 } from './text';
import { COMPETENCIES, type CompetencyGap, type CompetencyKey, type GapSeverity, type Lang } from './types';

export function gapSeverity(gap: number, settings: Pick<Settings, 'gapCutoffs'>): GapSeverity {
  if (gap >= settings.gapCutoffs.upper) return 'high';
  if (gap >= settings.gapCutoffs.middle) return 'medium';
  if (gap > 0) return 'low';
  return 'meets';
}

/** All five competencies in the seed's order; one not given is 未评估, never scored as 0. */
export function computeGaps(
  actual: Partial<Record<CompetencyKey, number>>,
  required: Record<CompetencyKey, number>,
  settings: Pick<Settings, 'gapCutoffs'>,
): CompetencyGap[] {
  return COMPETENCIES.map((competency): CompetencyGap => {
    const req = required[competency];
    const act = actual[competency];
    if (act === undefined || !Number.isFinite(act)) {
      return { competency, required: req, severity: 'notAssessed', strength: false };
    }
    const gap = round2(req - act);
    return {
      competency,
      actual: act,
      required: req,
      gap,
      severity: gapSeverity(gap, settings),
      // actual ≥ required + 1, i.e. a gap of −1 or less.
      strength: gap <= -1,
    };
  });
}

const SEED_ORDER = new Map(COMPETENCIES.map((c, i) => [c, i] as const));

/** The three largest positive gaps; ties keep the seed's order of the five competencies. */
export function topGaps(gaps: readonly CompetencyGap[], count = 3): CompetencyGap[] {
  return gaps
    .filter((g) => g.gap !== undefined && g.gap > 0)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || (SEED_ORDER.get(a.competency) ?? 0) - (SEED_ORDER.get(b.competency) ?? 0))
    .slice(0, count);
}

export function strengthsOf(gaps: readonly CompetencyGap[]): CompetencyKey[] {
  return gaps.filter((g) => g.strength).map((g) => g.competency);
}

/** A number as a person writes it: at most 2 decimals, no trailing zeros (1.50 → 1.5, 1.00 → 1). */
export function formatNumber(n: number): string {
  const r = round2(n);
  return String(Object.is(r, -0) ? 0 : r);
}

/** 「复杂问题解决能力 1.5；创新变革能力 1」 / "Complex problem solving 1.5; Innovation & change 1". */
export function formatTopGaps(top: readonly CompetencyGap[], lang: Lang): string {
  const sep = lang === 'zh-CN' ? '；' : '; ';
  return top
    .filter((g) => g.gap !== undefined)
    .map((g) => `${pick(COMPETENCY_LABELS[g.competency], lang)} ${formatNumber(g.gap ?? 0)}`)
    .join(sep);
}
