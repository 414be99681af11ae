// The review: each engineer placed in the nine-box grid with gaps and an explanation, then the box counts
// and the distribution checks. Pure and deterministic: output order is input order. O(n) in engineers
// (the standards are indexed once; distribution is one pass).
import { bandDerivedPotential } from './banding';
import { checkDistribution } from './distribution';
import { explainPlacement } from './explain';
import { computeGaps, strengthsOf, topGaps } from './gaps';
import { boxOf } from './ninebox';
import type { Settings } from './settings';
import { standardsLookup } from './standards';
import { round2 } from './text';
import type { CompetencyGap, Engineer, EngineerReview, Placement, ReviewResult, StandardRow } from './types';

/**
 * Mean of (actual − required) over the assessed competencies, 2 decimals; undefined when none is
 * assessed. The gaps are required − actual, so the surplus is minus the gap.
 */
export function meanSurplus(gaps: readonly CompetencyGap[]): { mean: number; assessed: number } | undefined {
  let sum = 0;
  let assessed = 0;
  for (const g of gaps) {
    if (g.actual === undefined) continue;
    sum += g.actual - g.required;
    assessed++;
  }
  return assessed === 0 ? undefined : { mean: round2(sum / assessed), assessed };
}

/**
 * Where an engineer lands. Potential is the given one, else derived from the competencies (*default*
 * fallback). The reader leaves out rows with neither, so meeting one here is a bug: it throws.
 */
export function placementOf(
  engineer: Pick<Engineer, 'id' | 'performance' | 'potential'>,
  gaps: readonly CompetencyGap[],
  settings: Settings,
): Placement {
  const performance = engineer.performance.band;
  if (engineer.potential) {
    const potential = engineer.potential.band;
    return {
      performance,
      potential,
      box: boxOf(performance, potential),
      potentialBasis: { kind: 'given', source: engineer.potential.source },
    };
  }
  const surplus = meanSurplus(gaps);
  if (!surplus) {
    throw new Error(`Engineer ${engineer.id}: no potential and no competency to derive it from`);
  }
  const potential = bandDerivedPotential(surplus.mean, settings);
  return {
    performance,
    potential,
    box: boxOf(performance, potential),
    potentialBasis: { kind: 'derived', meanSurplus: surplus.mean, assessed: surplus.assessed },
  };
}

export function reviewEngineers(
  engineers: readonly Engineer[],
  standards: readonly StandardRow[],
  settings: Settings,
): ReviewResult {
  const lookup = standardsLookup(standards);
  const reviews: EngineerReview[] = engineers.map((engineer) => {
    const required = lookup.required(engineer.category, engineer.level);
    const gaps = computeGaps(engineer.competencies, required, settings);
    const placement = placementOf(engineer, gaps, settings);
    return {
      engineer,
      placement,
      finalBox: placement.box,
      gaps,
      topGaps: topGaps(gaps),
      strengths: strengthsOf(gaps),
      explanation: explainPlacement(engineer, placement, settings),
    };
  });
  const { counts, total, distribution, managerBias } = checkDistribution(
    reviews.map((r) => ({ box: r.finalBox, department: r.engineer.department, manager: r.engineer.manager })),
    settings,
  );
  return { reviews, counts, total, distribution, managerBias };
}
