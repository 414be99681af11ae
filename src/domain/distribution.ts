// The distribution check (DOMAIN.md, The nine boxes): shares per box against the guidance, for everyone,
// each department and each manager; and the manager check on the mean of the two indexes.
import type { Settings } from './settings';
import { indexSum } from './ninebox';
import { normalizeKey, normalizeText, round2 } from './text';
import { BOXES, type Box, type DistributionFlag, type DistributionGroup, type ManagerBiasFlag } from './types';

/** What the checks need of a reviewed engineer: the final box and who it belongs to. */
export interface Placed {
  box: Box;
  department?: string;
  manager?: string;
}

type Settings_ = Pick<Settings, 'guidance' | 'distributionTolerance' | 'minimumGroup'>;

export function emptyCounts(): Record<Box, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 };
}

/** Share of a box in percent, 2 decimals (so 2 of 10 is exactly 20, not 20.000000000000004). */
export function sharePercent(count: number, total: number): number {
  return total === 0 ? 0 : round2((count * 100) / total);
}

function finishGroup(
  groupKind: DistributionGroup['groupKind'],
  group: string,
  counts: Record<Box, number>,
  total: number,
  settings: Settings_,
): DistributionGroup {
  const checked = total >= settings.minimumGroup && total > 0;
  const flags: DistributionFlag[] = [];
  if (checked) {
    for (const box of BOXES) {
      const actual = sharePercent(counts[box], total);
      const guidance = settings.guidance[box];
      if (round2(Math.abs(actual - guidance)) > settings.distributionTolerance) {
        flags.push({ groupKind, group, box, actual, guidance });
      }
    }
  }
  return { groupKind, group, total, counts, checked, flags };
}

interface Acc {
  name: string;
  counts: Record<Box, number>;
  total: number;
  indexTotal: number;
}

/** Groups by a name compared as normalised text; shown as first written. First appearance gives the order. */
function accumulate(map: Map<string, Acc>, raw: string | undefined, box: Box): void {
  if (raw === undefined) return;
  const name = normalizeText(raw);
  if (name === '') return;
  const key = normalizeKey(name);
  let acc = map.get(key);
  if (!acc) {
    acc = { name, counts: emptyCounts(), total: 0, indexTotal: 0 };
    map.set(key, acc);
  }
  acc.counts[box]++;
  acc.total++;
  acc.indexTotal += indexSum(box);
}

export interface DistributionResult {
  counts: Record<Box, number>;
  total: number;
  /** 'all' first, then departments, then managers, each in order of first appearance. */
  distribution: DistributionGroup[];
  managerBias: ManagerBiasFlag[];
}

/** One pass over the engineers, then one pass over the groups: O(n). */
export function checkDistribution(
  placed: readonly Placed[],
  settings: Settings_ & Pick<Settings, 'managerBiasTolerance' | 'managerMinimum'>,
): DistributionResult {
  const counts = emptyCounts();
  let indexTotal = 0;
  const departments = new Map<string, Acc>();
  const managers = new Map<string, Acc>();
  for (const p of placed) {
    counts[p.box]++;
    indexTotal += indexSum(p.box);
    accumulate(departments, p.department, p.box);
    accumulate(managers, p.manager, p.box);
  }
  const total = placed.length;

  const distribution: DistributionGroup[] = [finishGroup('all', 'all', { ...counts }, total, settings)];
  for (const d of departments.values()) distribution.push(finishGroup('department', d.name, d.counts, d.total, settings));
  for (const m of managers.values()) distribution.push(finishGroup('manager', m.name, m.counts, m.total, settings));

  const managerBias: ManagerBiasFlag[] = [];
  if (total > 0) {
    const overallMean = round2(indexTotal / total);
    for (const m of managers.values()) {
      if (m.total < settings.managerMinimum) continue;
      const mean = round2(m.indexTotal / m.total);
      if (round2(Math.abs(mean - overallMean)) > settings.managerBiasTolerance) {
        managerBias.push({ manager: m.name, count: m.total, mean, overallMean });
      }
    }
  }
  return { counts, total, distribution, managerBias };
}
