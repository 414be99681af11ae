// Settings of a review: every key of DOMAIN.md's settings table, with its default.
import type { Box, Lang, LevelKey, PerfBand, PotBand } from './types';

/** Field keys of the roster columns (DOMAIN.md, input sheets). */
export type FieldKey =
  | 'id'
  | 'name'
  | 'department'
  | 'manager'
  | 'position'
  | 'category'
  | 'level'
  | 'years'
  | 'workStart'
  | 'keyPosition'
  | 'performance'
  | 'performanceScore'
  | 'potential'
  | 'potentialScore'
  | 'research'
  | 'practice'
  | 'problemSolving'
  | 'integration'
  | 'innovation'
  | 'projectsLed'
  | 'careerInterest'
  | 'flightRisk'
  | 'inPool'
  | 'mentorId'
  | 'previousBox';

export interface Cutoffs {
  /** At or above: the top band (优秀 / 高). */
  upper: number;
  /** At or above: the middle band (合格 / 中). */
  middle: number;
}

export interface Settings {
  rosterSheet: string;
  /** `列:<field>` mappings: field → the roster's column header as written. */
  columnMap: Partial<Record<FieldKey, string>>;
  /** Value maps, keyed by the normalised cell text (see normalizeKey). */
  performanceMap: Record<string, PerfBand>;
  potentialMap: Record<string, PotBand>;
  levelMap: Record<string, LevelKey>;
  performanceCutoffs100: Cutoffs;
  performanceCutoffs5: Cutoffs;
  potentialCutoffs100: Cutoffs;
  potentialCutoffs5: Cutoffs;
  derivedPotentialCutoffs: Cutoffs;
  /** Gap severity: ≥ upper high, ≥ middle medium, > 0 low. */
  gapCutoffs: Cutoffs;
  /** Guidance share per box, in percent. */
  guidance: Record<Box, number>;
  distributionTolerance: number;
  /** 分布显著性水平: a box is flagged only where its Holm-adjusted binomial p is below this. */
  distributionSignificance: number;
  minimumGroup: number;
  managerBiasTolerance: number;
  managerMinimum: number;
  candidateYears: number;
  candidateProjects: number;
  candidateCompetency: number;
  mentorYears: number;
  mentorProjects: number;
  mentorCompetency: number;
  mentorCapacity: number;
  /** Upper bounds of the growth stages, in years. */
  stageYears: [number, number, number, number];
  planScope: 'all' | 'pool';
  reviewMonths: number;
  /** ISO date yyyy-mm-dd; undefined until a run fixes it (the first run's date, kept in the registry). */
  reviewDate?: string;
  language: Lang;
  hideSensitiveInPrint: boolean;
  boxLabels: Partial<Record<Box, string>>;
  /** Hex colours like `#1E7B34`. */
  boxColours: Partial<Record<Box, string>>;
}

export const DEFAULT_GUIDANCE: Record<Box, number> = {
  9: 5,
  8: 10,
  7: 10,
  6: 10,
  5: 30,
  4: 10,
  3: 10,
  2: 10,
  1: 5,
};

export function defaultSettings(): Settings {
  return {
    rosterSheet: '工程师名单',
    columnMap: {},
    performanceMap: {},
    potentialMap: {},
    levelMap: {},
    performanceCutoffs100: { upper: 85, middle: 70 },
    performanceCutoffs5: { upper: 4, middle: 3 },
    potentialCutoffs100: { upper: 85, middle: 70 },
    potentialCutoffs5: { upper: 4, middle: 3 },
    derivedPotentialCutoffs: { upper: 0.5, middle: -0.5 },
    gapCutoffs: { upper: 1.5, middle: 0.5 },
    guidance: { ...DEFAULT_GUIDANCE },
    distributionTolerance: 10,
    distributionSignificance: 0.05,
    minimumGroup: 10,
    managerBiasTolerance: 0.75,
    managerMinimum: 5,
    candidateYears: 10,
    candidateProjects: 1,
    candidateCompetency: 4,
    mentorYears: 10,
    mentorProjects: 1,
    mentorCompetency: 4,
    mentorCapacity: 3,
    stageYears: [1, 3, 5, 10],
    planScope: 'all',
    reviewMonths: 6,
    reviewDate: undefined,
    language: 'zh-CN',
    hideSensitiveInPrint: false,
    boxLabels: {},
    boxColours: {},
  };
}
