// Aggregating 能力评价 (DOMAIN.md, Assessments): per engineer and competency the mean per source, then the
// mean over the sources present weighted by 评价权重 and divided by the sum of their weights, rounded to one
// decimal. 同事 and 下属 with fewer than 最少匿名评价人数 raters are pooled as one source (weight: the sum of
// theirs), left out when the pool is still too small, so no single rater can be identified. Self-ratings
// are kept apart: they give the blind spots and hidden strengths, never the aggregate. Potential the same
// way on the indexes 低 0 / 中 1 / 高 2. Pure; O(ratings).
import type { AggregateSource } from './assessmentSources';
import { POT_INDEX } from './catalogue';
import type { AssessmentSource, Settings } from './settings';
import { normalizeKey as idKey, round2 } from './text';
import { COMPETENCIES, type CompetencyKey, type Engineer, type PotBand } from './types';

/** One row of 能力评价 as the reader hands it over. */
export interface Rating {
  id: string;
  source: AssessmentSource;
  /** 评价人; a row without one is a rater of its own. */
  rater?: string;
  scores: Partial<Record<CompetencyKey, number>>;
  potential?: PotBand;
  /** 0-based sheet row: tells apart raters without a name. */
  row: number;
}

export interface SourceMean {
  source: AggregateSource;
  /** Mean of the raters' means, 2 decimals. */
  mean: number;
  raters: number;
  /** The source's weight as set (before dividing by the sum). */
  weight: number;
}

export type SelfFlag = 'blindSpot' | 'hiddenStrength';

export interface CompetencyAggregate {
  /** The weighted mean, one decimal; undefined when the sources present weigh 0 (only a self-rating). */
  value?: number;
  sources: SourceMean[];
  /** The self-rating's mean, kept apart. */
  self?: number;
  /** self − value; ≥ 1 a blind spot, ≤ −1 a hidden strength. */
  selfGap?: number;
  selfFlag?: SelfFlag;
  /** Highest minus lowest source mean; 2 or more is flagged for the meeting. */
  spread?: number;
  spreadFlag: boolean;
}

export interface PotentialAggregate {
  band: PotBand;
  /** Weighted mean of the indexes, 2 decimals, before rounding half up to a band. */
  index: number;
  sources: SourceMean[];
}

export interface EngineerAssessment {
  id: string;
  /** Distinct raters per source as rated. */
  raters: Partial<Record<AssessmentSource, number>>;
  /** 同事 and 下属 pooled: how many raters, and whether the pool reached the minimum (else left out). */
  pooled?: { raters: number; included: boolean };
  competencies: Partial<Record<CompetencyKey, CompetencyAggregate>>;
  potential?: PotentialAggregate;
  /** Raters of the sources that count (weight above 0; self and a left-out pool not counted). */
  counted: number;
}

/** Half up to one decimal, after rounding to 2 decimals so 3.25 stays 3.25 before it becomes 3.3. */
export function round1(n: number): number {
  return Math.round(round2(n) * 10) / 10;
}

function raterKey(r: Rating): string {
  return r.rater !== undefined && r.rater.trim() !== '' ? `n:${idKey(r.rater)}` : `row:${r.row}`;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Mean of each rater's mean over `value`'s defined values; undefined when nobody gave one. */
function sourceMean(rows: readonly Rating[], value: (r: Rating) => number | undefined): { mean: number; raters: number } | undefined {
  const byRater = new Map<string, number[]>();
  for (const r of rows) {
    const v = value(r);
    if (v === undefined) continue;
    const k = raterKey(r);
    byRater.set(k, [...(byRater.get(k) ?? []), v]);
  }
  if (byRater.size === 0) return undefined;
  return { mean: mean([...byRater.values()].map(mean)), raters: byRater.size };
}

interface Weighted {
  value?: number;
  sources: SourceMean[];
}

function weigh(groups: readonly Group[], value: (r: Rating) => number | undefined): Weighted {
  const sources: SourceMean[] = [];
  let sum = 0;
  let weights = 0;
  for (const g of groups) {
    const m = sourceMean(g.rows, value);
    if (!m) continue;
    sources.push({ source: g.source, mean: round2(m.mean), raters: m.raters, weight: g.weight });
    sum += g.weight * m.mean;
    weights += g.weight;
  }
  return weights > 0 ? { value: sum / weights, sources } : { sources };
}

interface Group {
  source: AggregateSource;
  rows: Rating[];
  weight: number;
}

/** One engineer's ratings (all of one ID) aggregated. */
export function aggregateEngineer(id: string, ratings: readonly Rating[], settings: Pick<Settings, 'assessmentWeights' | 'minAnonymousRaters'>): EngineerAssessment {
  const bySource = new Map<AssessmentSource, Rating[]>();
  for (const r of ratings) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  const raters: Partial<Record<AssessmentSource, number>> = {};
  for (const [s, rows] of bySource) raters[s] = new Set(rows.map(raterKey)).size;

  const w = settings.assessmentWeights;
  const min = settings.minAnonymousRaters;
  const tooFew = (n: number | undefined): boolean => n !== undefined && n > 0 && n < min;
  const pool = tooFew(raters.peer) || tooFew(raters.report);
  const groups: Group[] = [];
  let pooled: EngineerAssessment['pooled'];
  for (const source of ['manager', 'expert', 'centre', 'peer', 'report', 'test'] as const) {
    const rows = bySource.get(source);
    if (!rows) continue;
    if (pool && (source === 'peer' || source === 'report')) continue;
    groups.push({ source, rows, weight: w[source] });
  }
  if (pool) {
    const rows = [...(bySource.get('peer') ?? []), ...(bySource.get('report') ?? [])];
    const n = new Set(rows.map(raterKey)).size;
    pooled = { raters: n, included: n >= min };
    if (pooled.included) groups.push({ source: 'peerReport', rows, weight: w.peer + w.report });
  }
  const selfRows = bySource.get('self') ?? [];

  const competencies: Partial<Record<CompetencyKey, CompetencyAggregate>> = {};
  for (const k of COMPETENCIES) {
    const got = weigh(groups, (r) => r.scores[k]);
    const self = sourceMean(selfRows, (r) => r.scores[k]);
    if (got.sources.length === 0 && !self) continue;
    const agg: CompetencyAggregate = { sources: got.sources, spreadFlag: false };
    if (got.value !== undefined) agg.value = round1(got.value);
    if (self) agg.self = round2(self.mean);
    if (agg.value !== undefined && agg.self !== undefined) {
      agg.selfGap = round2(agg.self - agg.value);
      if (agg.selfGap >= 1) agg.selfFlag = 'blindSpot';
      else if (agg.selfGap <= -1) agg.selfFlag = 'hiddenStrength';
    }
    if (got.sources.length >= 2) {
      const means = got.sources.map((s) => s.mean);
      agg.spread = round2(Math.max(...means) - Math.min(...means));
      agg.spreadFlag = agg.spread >= 2;
    }
    competencies[k] = agg;
  }

  let potential: PotentialAggregate | undefined;
  const pot = weigh(groups, (r) => (r.potential === undefined ? undefined : POT_INDEX[r.potential]));
  if (pot.value !== undefined) {
    const index = round2(pot.value);
    const rounded = Math.min(2, Math.floor(index + 0.5));
    const band: PotBand = rounded >= 2 ? 'high' : rounded >= 1 ? 'medium' : 'low';
    potential = { band, index, sources: pot.sources };
  }

  const counted = new Set(groups.filter((g) => g.weight > 0).flatMap((g) => g.rows.map((r) => `${g.source}|${raterKey(r)}`))).size;
  return { id, raters, ...(pooled ? { pooled } : {}), competencies, ...(potential ? { potential } : {}), counted };
}

/** Every engineer's ratings aggregated, by ID key (idKey), in the order IDs first appear. */
export function aggregateAssessments(
  ratings: readonly Rating[],
  settings: Pick<Settings, 'assessmentWeights' | 'minAnonymousRaters'>,
): Map<string, EngineerAssessment> {
  const byId = new Map<string, { id: string; rows: Rating[] }>();
  for (const r of ratings) {
    const k = idKey(r.id);
    const e = byId.get(k);
    if (e) e.rows.push(r);
    else byId.set(k, { id: r.id, rows: [r] });
  }
  const out = new Map<string, EngineerAssessment>();
  for (const [k, e] of byId) out.set(k, aggregateEngineer(e.id, e.rows, settings));
  return out;
}

/** Whether the aggregate gives an engineer anything to be reviewed on: a competency or a potential. */
export function givesReview(a: EngineerAssessment | undefined): boolean {
  if (!a) return false;
  return a.potential !== undefined || Object.values(a.competencies).some((c) => c?.value !== undefined);
}

/**
 * The engineers with the aggregates applied: an aggregate replaces the roster's competency (the roster's
 * value is kept beside it, to be shown); an assessed potential is used only where the roster gives none.
 */
export function applyAssessments(engineers: readonly Engineer[], byId: ReadonlyMap<string, EngineerAssessment>): Engineer[] {
  return engineers.map((e) => {
    const a = byId.get(idKey(e.id));
    if (!a) return e;
    const competencies = { ...e.competencies };
    const rosterValues: Partial<Record<CompetencyKey, number>> = {};
    const replaced: CompetencyKey[] = [];
    for (const k of COMPETENCIES) {
      const v = a.competencies[k]?.value;
      if (v === undefined) continue;
      const before = e.competencies[k];
      if (before !== undefined) rosterValues[k] = before;
      competencies[k] = v;
      replaced.push(k);
    }
    const usePotential = !e.potential && a.potential !== undefined;
    if (replaced.length === 0 && !usePotential) return e;
    const out: Engineer = { ...e, competencies, assessed: { raters: a.counted, competencies: replaced, rosterValues } };
    if (usePotential && a.potential) {
      out.potential = { band: a.potential.band, source: { kind: 'assessed', index: a.potential.index, raters: a.counted } };
    }
    return out;
  });
}
