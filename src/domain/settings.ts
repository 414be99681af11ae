// Settings of a review: every key of DOMAIN.md's settings table, with its default.
import type { BoxAction } from './boxActions';
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
  | 'previousBox'
  | 'postPerformance'
  | 'postPerformanceScore'
  | 'innovationPerformance'
  | 'innovationPerformanceScore'
  | 'patents'
  | 'inventionPatents'
  | 'resultsTransferred'
  | 'apprentices'
  | 'innovations';

/** 评价来源 of a 能力评价 row (DOMAIN.md, Assessments). */
export type AssessmentSource = 'self' | 'manager' | 'peer' | 'report' | 'expert' | 'centre' | 'test';
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = ['manager', 'expert', 'centre', 'peer', 'report', 'test', 'self'];

export interface Cutoffs {
  /** At or above: the top band (优秀 / 高). */
  upper: number;
  /** At or above: the middle band (合格 / 中). */
  middle: number;
}

export interface Settings {
  rosterSheet: string;
  /** 标题行 / header row: the roster's header row, 1-based as Excel numbers it; unset, found among the first 10 rows. */
  headerRow?: number;
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
  /** A suggested mentee has fewer years than this (学员工龄上限). */
  menteeMaxYears: number;
  /** A suggested mentor has at least this many more years than the mentee (导师工龄差). */
  mentorYearMargin: number;
  /** The learning period of a pair, in months from the agreement (学习期限（月）). */
  mentoringMonths: number;
  /** The box actions of a box as a `行动:<box>` setting gives them; the box table where absent. */
  boxActions: Partial<Record<Box, BoxAction[]>>;
  /** Upper bounds of the growth stages, in years. */
  stageYears: [number, number, number, number];
  planScope: 'all' | 'pool';
  /** 紧缺缺口比例: a demand line short by at least this share of its demand is scarce. */
  scarceShare: number;
  /** 人才地图列: the talent map's columns, one per department or one for the company. */
  mapColumns: 'department' | 'company';
  /** 任务期限, as written (e.g. 2025—2027年); undefined: not set. */
  cultivationTerm?: string;
  /** 梯队目标:<level>: target pool size per level. */
  poolTargets: Partial<Record<LevelKey, number>>;
  /** 市级预期培育数量: expected nominations to the city pool; undefined: not set. */
  cityTarget?: number;
  /** 后备人数: successors per key post, named ones included. */
  successorCount: number;
  reviewMonths: number;
  /** ISO date yyyy-mm-dd; undefined until a run fixes it (the first run's date, kept in the registry). */
  reviewDate?: string;
  language: Lang;
  hideSensitiveInPrint: boolean;
  boxLabels: Partial<Record<Box, string>>;
  /** Hex colours like `#1E7B34`. */
  boxColours: Partial<Record<Box, string>>;
  /** 绩效口径: 'auto' = the overall column where it exists, else the two lines; 'twoLine' = the lines always. */
  performanceBasis: 'auto' | 'twoLine';
  /** 岗位绩效权重, 创新绩效权重 (divided by their sum). */
  postWeight: number;
  innovationWeight: number;
  /** 评价权重:<来源> (divided by the sum of the sources present). */
  assessmentWeights: Record<AssessmentSource, number>;
  /** 最少匿名评价人数: below it 同事 and 下属 are pooled. */
  minAnonymousRaters: number;
}

export const DEFAULT_ASSESSMENT_WEIGHTS: Record<AssessmentSource, number> = {
  manager: 0.3,
  expert: 0.2,
  centre: 0.15,
  peer: 0.15,
  report: 0.1,
  test: 0.1,
  self: 0,
};

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
    menteeMaxYears: 10,
    mentorYearMargin: 5,
    mentoringMonths: 12,
    boxActions: {},
    stageYears: [1, 3, 5, 10],
    planScope: 'all',
    scarceShare: 0.2,
    mapColumns: 'department',
    cultivationTerm: undefined,
    poolTargets: {},
    cityTarget: undefined,
    successorCount: 3,
    reviewMonths: 6,
    reviewDate: undefined,
    language: 'zh-CN',
    hideSensitiveInPrint: false,
    boxLabels: {},
    boxColours: {},
    performanceBasis: 'auto',
    postWeight: 0.7,
    innovationWeight: 0.3,
    assessmentWeights: { ...DEFAULT_ASSESSMENT_WEIGHTS },
    minAnonymousRaters: 3,
  };
}
