// The distribution check (DOMAIN.md, The nine boxes): shares per box against the guidance, for everyone,
// each department and each manager — a box is flagged only where it is both more than the tolerance off and
// significant (exact binomial, Holm-adjusted), with the group's chi-square, p and Cramér's V; and the
// manager check: the mean of the two indexes against everyone else's, with Welch's t-test.
import type { Settings } from './settings';
import { indexSum } from './ninebox';
import { normalizeKey, normalizeText, round2 } from './text';
import { binomialTestTwoSided, chiSquareFit, holmAdjust, welchT, type Moments } from './statistics';
import { BOXES, type Box, type DistributionFlag, type DistributionGroup, type GroupFit, type ManagerBiasFlag } from './types';

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

type FitSettings = Settings_ & Pick<Settings, 'distributionSignificance'>;

/**
 * Flags of a checked group: a box is flagged where its share is more than the tolerance off the guidance
 * and its count is significant — the exact binomial test against the rescaled guidance share, Holm-adjusted
 * over the boxes whose guidance is above 0 (a box of guidance 0 holding anyone is always significant).
 */
function groupFlags(
  groupKind: DistributionGroup['groupKind'],
  group: string,
  counts: Record<Box, number>,
  total: number,
  settings: FitSettings,
): { flags: DistributionFlag[]; fit?: GroupFit } {
  const guided = BOXES.filter((b) => settings.guidance[b] > 0);
  const sumGuidance = guided.reduce((s, b) => s + settings.guidance[b], 0);
  const adjusted = holmAdjust(guided.map((b) => binomialTestTwoSided(counts[b], total, settings.guidance[b] / sumGuidance)));
  const pOf = new Map<Box, number>(guided.map((b, i) => [b, adjusted[i]]));
  const flags: DistributionFlag[] = [];
  for (const box of BOXES) {
    const actual = sharePercent(counts[box], total);
    const guidance = settings.guidance[box];
    if (round2(Math.abs(actual - guidance)) <= settings.distributionTolerance) continue;
    const pAdjusted = pOf.get(box) ?? (counts[box] > 0 ? 0 : 1);
    if (pAdjusted < settings.distributionSignificance) flags.push({ groupKind, group, box, actual, guidance, count: counts[box], pAdjusted });
  }
  const chi = chiSquareFit(guided.map((b) => counts[b]), guided.map((b) => settings.guidance[b]));
  const fit: GroupFit | undefined = chi && {
    chiSquare: chi.statistic,
    df: chi.df,
    p: chi.p,
    approximate: chi.approximate,
    cramersV: chi.cramersV,
  };
  return fit ? { flags, fit } : { flags };
}

function finishGroup(
  groupKind: DistributionGroup['groupKind'],
  group: string,
  counts: Record<Box, number>,
  total: number,
  settings: FitSettings,
): DistributionGroup {
  const checked = total >= settings.minimumGroup && total > 0;
  if (!checked) return { groupKind, group, total, counts, checked, flags: [] };
  return { groupKind, group, total, counts, checked, ...groupFlags(groupKind, group, counts, total, settings) };
}

interface Acc {
  name: string;
  counts: Record<Box, number>;
  total: number;
  /** Sum and sum of squares of the index sums (Welch's t-test needs only these). */
  indexTotal: number;
  indexSquares: number;
  /** Key of the department of its first engineer, and whether every engineer shares it. */
  department?: string;
  oneDepartment: boolean;
}

/** Groups by a name compared as normalised text; shown as first written. First appearance gives the order. */
function groupKey(raw: string | undefined): { name: string; key: string } | undefined {
  if (raw === undefined) return undefined;
  const name = normalizeText(raw);
  return name === '' ? undefined : { name, key: normalizeKey(name) };
}

function accumulate(map: Map<string, Acc>, raw: string | undefined, box: Box, department: string | undefined): void {
  const g = groupKey(raw);
  if (!g) return;
  let acc = map.get(g.key);
  if (!acc) {
    acc = { name: g.name, counts: emptyCounts(), total: 0, indexTotal: 0, indexSquares: 0, department, oneDepartment: true };
    map.set(g.key, acc);
  }
  acc.counts[box]++;
  acc.total++;
  const x = indexSum(box);
  acc.indexTotal += x;
  acc.indexSquares += x * x;
  if (acc.department !== department) acc.oneDepartment = false;
}

export interface DistributionResult {
  counts: Record<Box, number>;
  total: number;
  /** 'all' first, then departments, then managers, each in order of first appearance. */
  distribution: DistributionGroup[];
  managerBias: ManagerBiasFlag[];
}

export type DistributionSettings = FitSettings & Pick<Settings, 'managerBiasTolerance' | 'managerMinimum'>;

/**
 * One pass over the engineers, then one pass over the groups: O(n) (each binomial test is O(group size)).
 * A manager whose engineers are exactly one department's is not a group of its own: the department's line
 * names them (DOMAIN.md: reported once, under the department).
 */
export function checkDistribution(placed: readonly Placed[], settings: DistributionSettings): DistributionResult {
  const counts = emptyCounts();
  let indexTotal = 0;
  let indexSquares = 0;
  const departments = new Map<string, Acc>();
  const managers = new Map<string, Acc>();
  for (const p of placed) {
    counts[p.box]++;
    const x = indexSum(p.box);
    indexTotal += x;
    indexSquares += x * x;
    const dept = groupKey(p.department)?.key;
    accumulate(departments, p.department, p.box, dept);
    accumulate(managers, p.manager, p.box, dept);
  }
  const total = placed.length;

  const distribution: DistributionGroup[] = [finishGroup('all', 'all', { ...counts }, total, settings)];
  const deptGroups = new Map<string, DistributionGroup>();
  for (const [key, d] of departments) {
    const g = finishGroup('department', d.name, d.counts, d.total, settings);
    deptGroups.set(key, g);
    distribution.push(g);
  }
  for (const m of managers.values()) {
    const dept = m.oneDepartment && m.department !== undefined ? departments.get(m.department) : undefined;
    const same = dept !== undefined && dept.total === m.total ? deptGroups.get(m.department ?? '') : undefined;
    if (same) same.managers = [...(same.managers ?? []), m.name];
    else distribution.push(finishGroup('manager', m.name, m.counts, m.total, settings));
  }

  const managerBias: ManagerBiasFlag[] = [];
  if (total > 0) {
    const overallMean = round2(indexTotal / total);
    for (const m of managers.values()) {
      if (m.total < settings.managerMinimum) continue;
      const othersN = total - m.total;
      const others: Moments = { n: othersN, sum: indexTotal - m.indexTotal, sumSquares: indexSquares - m.indexSquares };
      const mean = round2(m.indexTotal / m.total);
      const othersMean = othersN === 0 ? mean : round2(others.sum / othersN);
      if (round2(Math.abs(mean - othersMean)) <= settings.managerBiasTolerance) continue;
      const test = welchT({ n: m.total, sum: m.indexTotal, sumSquares: m.indexSquares }, others);
      if (test && test.p < settings.distributionSignificance) {
        managerBias.push({ manager: m.name, count: m.total, mean, overallMean, othersMean, t: test.t, df: test.df, p: test.p });
      }
    }
  }
  return { counts, total, distribution, managerBias };
}
