// Plain data of the review. Nothing here knows of cells, sheets, Office or the DOM.

export type Lang = 'zh-CN' | 'en-US';

/** A user-visible text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export type PerfBand = 'excellent' | 'qualified' | 'needs';
export type PotBand = 'high' | 'medium' | 'low';
export type Box = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export const BOXES: readonly Box[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The five core competencies, in the seed's order (this order breaks ties). */
export type CompetencyKey = 'research' | 'practice' | 'problemSolving' | 'integration' | 'innovation';
export const COMPETENCIES: readonly CompetencyKey[] = [
  'research',
  'practice',
  'problemSolving',
  'integration',
  'innovation',
];

export type LevelKey = 'junior' | 'intermediate' | 'senior';
export const LEVELS: readonly LevelKey[] = ['junior', 'intermediate', 'senior'];

export type CareerInterest = 'technical' | 'management' | 'composite' | 'skill';
export type Risk = 'high' | 'medium' | 'low';

/** 1–5 scale or 0–100 scale of a score column. */
export type Scale = 5 | 100;

/** Where a band came from, kept so the explanation can be checked by hand. */
export type BandSource =
  | { kind: 'rating'; raw: string; mapped: boolean }
  | { kind: 'score'; value: number; scale: Scale }
  /** Performance from the two lines 岗位 + 创新 (DOMAIN.md, Two-line performance). */
  | { kind: 'twoLine'; lines: TwoLineRead }
  /** Potential from 能力评价: the weighted mean of the sources' indexes (低 0, 中 1, 高 2). */
  | { kind: 'assessed'; index: number; raters: number };

/** One line of the two-line appraisal as read: its band and what it was read from (a rating or a score). */
export interface LineRead {
  band: PerfBand;
  source: Extract<BandSource, { kind: 'rating' } | { kind: 'score' }>;
}

/** The two lines of an engineer, the weights (divided by their sum) and, where both are given, how they combine. */
export interface TwoLineRead {
  post?: LineRead;
  innovation?: LineRead;
  weights: { post: number; innovation: number };
  /** Both scores on one scale: their weighted mean; otherwise the weighted mean of the band indexes. */
  combined?: { kind: 'score'; value: number; scale: Scale } | { kind: 'index'; value: number };
}

/** The results (实绩) the seed asks to weigh (§五): shown, never scored. */
export type ResultKey = 'patents' | 'inventionPatents' | 'resultsTransferred' | 'apprentices' | 'innovations';
export const RESULT_KEYS: readonly ResultKey[] = ['patents', 'inventionPatents', 'resultsTransferred', 'apprentices', 'innovations'];

export interface PerformanceInput {
  band: PerfBand;
  source: BandSource;
  /** A score shown next to a rating when both columns exist. */
  shownScore?: number;
  /** The two lines, shown beside an overall rating that was used (the overall column wins). */
  lines?: TwoLineRead;
}

export interface PotentialInput {
  band: PotBand;
  source: BandSource;
  shownScore?: number;
}

/** One usable roster row, as the workbook reader hands it to the engine. */
export interface Engineer {
  id: string;
  /** Display name; the reader puts the ID here when the roster has no name column. */
  name: string;
  department?: string;
  manager?: string;
  position?: string;
  category?: string;
  level?: LevelKey;
  years?: number;
  keyPosition?: boolean;
  performance: PerformanceInput;
  /** Absent: derived from competencies by the engine. */
  potential?: PotentialInput;
  competencies: Partial<Record<CompetencyKey, number>>;
  projectsLed?: number;
  careerInterest?: CareerInterest;
  flightRisk?: Risk;
  inPool?: boolean;
  mentorId?: string;
  previousBox?: Box;
  /** Results counts (专利, 成果转化, 带徒, 技术革新) where the roster has them. */
  results?: Partial<Record<ResultKey, number>>;
  /** Where 能力评价 replaced competencies or gave the potential: for the explanation. */
  assessed?: AssessedFrom;
  /**
   * Earlier years' performance as the roster gives it in year-stamped columns (2022年绩效, "2023 Completed
   * Performance Rating"), latest first, as written: 近三年绩效, shown in plans and talent cards, used for nothing else.
   */
  performanceHistory?: { year: number; value: string }[];
  /** Position of the row in its sheet (0-based), so results can point back to it. */
  sourceRow: number;
}

/** What the aggregate of 能力评价 gave an engineer (DOMAIN.md, Assessments). */
export interface AssessedFrom {
  /** Raters whose ratings make the aggregate (self and left-out sources not counted). */
  raters: number;
  /** Competencies the aggregate replaced. */
  competencies: CompetencyKey[];
  /** The roster's own values of those competencies, where it had one: both are shown. */
  rosterValues: Partial<Record<CompetencyKey, number>>;
}

/** One row of the standards sheet: `undefined` category or level is the wildcard `*`. */
export interface StandardRow {
  category?: string;
  level?: LevelKey;
  required: Partial<Record<CompetencyKey, number>>;
}

export type GapSeverity = 'high' | 'medium' | 'low' | 'meets' | 'notAssessed';

export interface CompetencyGap {
  competency: CompetencyKey;
  actual?: number;
  required: number;
  /** required − actual; undefined when not assessed. */
  gap?: number;
  severity: GapSeverity;
  strength: boolean;
}

/** How the potential band was reached. */
export type PotentialBasis =
  | { kind: 'given'; source: BandSource }
  | { kind: 'derived'; meanSurplus: number; assessed: number };

export interface Placement {
  performance: PerfBand;
  potential: PotBand;
  box: Box;
  potentialBasis: PotentialBasis;
}

export interface EngineerReview {
  engineer: Engineer;
  placement: Placement;
  /** Final box: the calibrated one once calibration exists; equals placement.box until then. */
  finalBox: Box;
  gaps: CompetencyGap[];
  /** Up to three largest positive gaps, in order. */
  topGaps: CompetencyGap[];
  strengths: CompetencyKey[];
  explanation: Text;
  /** The engineer's last row of the calibration log (校准记录), once the log has one: it sets finalBox. */
  calibration?: CalibrationRecord;
}

/** One row of the calibration log (DOMAIN.md, Calibration), as the engine applies it. */
export interface CalibrationRecord {
  /** As written in the log (时间), e.g. `2025-06-30 14:05`; may be empty for a row added by hand. */
  time: string;
  /** The engineer's ID (工号). */
  id: string;
  name: string;
  /** 调整前: the box before the change; absent when the cell is empty. */
  from?: Box;
  /** 调整后: the box the meeting settled. */
  to: Box;
  reason: string;
  decidedBy: string;
  /** 0-based sheet row of the log row, so a problem can point at it. */
  row: number;
}

export interface DistributionFlag {
  /** 'department' or 'manager' grouping. */
  groupKind: 'all' | 'department' | 'manager';
  group: string;
  box: Box;
  /** Shares in percent (0–100). */
  actual: number;
  guidance: number;
  /** Engineers of the group in the box. */
  count: number;
  /** The exact binomial p-value, Holm-adjusted over the boxes with guidance above 0 (0 for a box of guidance 0). */
  pAdjusted: number;
}

export interface ManagerBiasFlag {
  manager: string;
  count: number;
  mean: number;
  overallMean: number;
  /** Mean of everyone else (the comparison Welch's t-test makes). */
  othersMean: number;
  /** Welch's t, its degrees of freedom and two-sided p. */
  t: number;
  df: number;
  p: number;
}

/** The chi-square goodness of fit of a group against the guidance (boxes with guidance above 0). */
export interface GroupFit {
  chiSquare: number;
  df: number;
  p: number;
  /** An expected count below 5: the p-value is approximate (近似). */
  approximate: boolean;
  cramersV: number;
}

export interface DistributionGroup {
  groupKind: 'all' | 'department' | 'manager';
  group: string;
  total: number;
  counts: Record<Box, number>;
  /** Only groups with at least the minimum group size are checked. */
  checked: boolean;
  flags: DistributionFlag[];
  /** For a checked group: how unusual the group is as a whole. */
  fit?: GroupFit;
  /** A department's line: managers whose engineers are exactly this department's (reported here, once). */
  managers?: string[];
}

export interface ReviewResult {
  reviews: EngineerReview[];
  counts: Record<Box, number>;
  total: number;
  distribution: DistributionGroup[];
  managerBias: ManagerBiasFlag[];
}
