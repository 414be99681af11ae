// Growth stage by years of experience (DOMAIN.md, Growth stage; §六(二)1(3)). The year bounds are a
// *default* in settings.stageYears: [0, 1) 融合期, [1, 3) 认知期, [3, 5) 蓄能期, [5, 10) 提升期, [10, ∞) 成才期.
import type { GrowthStage } from './catalogue';
import type { Settings } from './settings';
import { round2 } from './text';

const ORDER: readonly GrowthStage[] = ['integration', 'orientation', 'capability', 'advancement', 'maturity'];

/** undefined when years are not given (or unusable: negative, not a number). */
export function growthStage(years: number | undefined, settings: Pick<Settings, 'stageYears'>): GrowthStage | undefined {
  if (years === undefined || !Number.isFinite(years) || years < 0) return undefined;
  const y = round2(years);
  const bounds = settings.stageYears;
  for (let i = 0; i < bounds.length; i++) {
    if (y < bounds[i]) return ORDER[i];
  }
  return 'maturity';
}
