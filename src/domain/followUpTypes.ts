// Plain data of what follows the review (一人一策, 培育库, 传帮带, 盘点汇总): what followUp() returns.
import type {
  CareerTrack,
  ConditionKey,
  ConditionStatus,
  GrowthStage,
  PairKind,
  PoolStatus,
  PyramidTier,
  TrainingType,
  UnpairedWhy,
} from './catalogue';
import type {
  Box,
  CareerInterest,
  CompetencyGap,
  CompetencyKey,
  DistributionGroup,
  LevelKey,
  ManagerBiasFlag,
  PerfBand,
  ResultKey,
  Text,
} from './types';

export interface PoolDecision {
  /** As the roster says; not given counts as not in the pool. */
  inPool: boolean;
  status: PoolStatus;
  reason: Text;
}

/** One condition of the reference check or of mentor eligibility. */
export interface Condition {
  key: ConditionKey;
  status: ConditionStatus;
  /** e.g. 「工龄 12 ≥ 10」, 「工龄 未填」. */
  detail: Text;
}

export interface CandidateCheck {
  /** 是 when every condition is met. */
  candidate: boolean;
  conditions: Condition[];
}

export interface MentorEligibility {
  eligible: boolean;
  conditions: Condition[];
}

export interface MentorPair {
  menteeId: string;
  /** The mentor's ID when resolved; otherwise the 导师工号 text as written. */
  mentorId: string;
  /** Set when the mentor is a reviewed engineer. */
  mentorName?: string;
  resolved: boolean;
  kind: PairKind;
  /** The mentee's gap competencies where the mentor scores ≥ 4. */
  covered: CompetencyKey[];
  sameCategory: boolean;
  sameDepartment: boolean;
  reason: Text;
  /** Kept existing pairs whose mentor is not eligible, over capacity, has fewer years, or is the mentee. */
  warnings: Text[];
  /** The 导师工号 names nobody on the roster: a university's or another unit's mentor, kept as written. */
  external?: boolean;
  /** The mentee's top gaps as targets, e.g. 「复杂问题解决能力 2→3」 (培养目标). */
  goal?: Text;
}

export interface UnpairedMentee {
  menteeId: string;
  why: UnpairedWhy;
  reason: Text;
}

export interface MentoringResult {
  /** Existing pairs in review order, then suggestions in the order they were made. */
  pairs: MentorPair[];
  unpaired: UnpairedMentee[];
  /** IDs of the eligible mentors, in review order. */
  eligibleMentors: string[];
  /** Each eligible mentor's mentees after pairing (existing + suggested), in review order. */
  mentorLoad: { mentorId: string; mentees: number }[];
}

/** Where an action of the plan comes from (DOMAIN.md, Development plan: action rows). */
export type ActionSection = 'box' | 'gap' | 'mentoring' | 'retention' | 'succession';

/** One action row: what, the measurable target, the training type, and the defaults of its people's cells. */
export interface PlanAction {
  section: ActionSection;
  /**
   * The people's-cell row key: `box:<action>`, `action:<competency>:<action>`, `mentoring`, `retain:<term>`,
   * `succession:<post>`.
   */
  key: string;
  label: Text;
  target: Text;
  /** Training actions only (one rule: actions.ts trainingTypeOf). */
  training?: TrainingType;
  /** The gap a gap action closes. */
  gap?: CompetencyGap;
  /** The mentoring action's owner, the mentor; other actions default to the plan's owner. */
  owner?: string;
}

export interface DevelopmentPlan {
  engineerId: string;
  name: string;
  department?: string;
  position?: string;
  category?: string;
  level?: LevelKey;
  box: Box;
  /** The computed box, when calibration in the review meeting moved the engineer elsewhere. */
  calibratedFrom?: Box;
  boxLabel: Text;
  strategy: Text;
  strengths: CompetencyKey[];
  /**
   * Box actions, then gap actions (one per top gap), the mentoring action, retention actions. Rows are shared
   * between plans that have the same ones: read, never change them.
   */
  actions: readonly PlanAction[];
  /** Default owner of the actions: the direct manager (as a name where the manager is a reviewed engineer). */
  owner?: string;
  mentor?: MentorPair;
  /** Why no mentor is named (not a mentee, no mentor with enough years, …); absent when one is. */
  mentorNote?: Text;
  growthStage?: GrowthStage;
  careerTrack?: CareerTrack;
  careerInterest?: CareerInterest;
  /** ISO yyyy-mm-dd; undefined while settings.reviewDate is not fixed. */
  reviewDate?: string;
  /** Results counts (专利, 发明专利, 成果转化, 带徒, 技术革新) where the roster has them: shown, never scored. */
  results?: Partial<Record<ResultKey, number>>;
  /** This review's performance band and the earlier years' ratings (Engineer.performanceHistory): 近三年绩效. */
  performance?: PerfBand;
  performanceHistory?: { year: number; value: string }[];
}

export interface EngineerRef {
  id: string;
  name: string;
  department?: string;
  position?: string;
  box: Box;
}

/** One row of a summary count table; key undefined is the 未填 / Not given bucket. */
export interface CountRow {
  key?: string;
  label: Text;
  counts: Record<Box, number>;
  total: number;
}

export interface PyramidRow {
  tier: PyramidTier;
  level: LevelKey;
  label: Text;
  count: number;
  /** Percent of everyone reviewed (engineers without a level included in the denominator). */
  share: number;
  /** How many of the tier are in box 9, 8 and 6. */
  keyBoxes: Record<9 | 8 | 6, number>;
}

export interface SummaryStats {
  total: number;
  counts: Record<Box, number>;
  byDepartment: CountRow[];
  byCategory: CountRow[];
  byLevel: CountRow[];
  /** Top (高级), middle (中级), base (初级). */
  pyramid: PyramidRow[];
  /** Engineers without a level, outside the pyramid. */
  pyramidNotGiven: number;
  /** 双高 (box 9) in key positions. */
  doubleHighKey: EngineerRef[];
  /** 双高 whose key-position cell says 否. */
  doubleHighNotKey: number;
  /** 双高 whose key-position cell is not given. */
  doubleHighKeyNotGiven: number;
  /** Flight risk 高 in boxes 9, 8, 6. */
  flightRisk: EngineerRef[];
  distribution: DistributionGroup[];
  managerBias: ManagerBiasFlag[];
}

export interface EngineerFollowUp {
  id: string;
  finalBox: Box;
  growthStage?: GrowthStage;
  careerTrack?: CareerTrack;
  pool: PoolDecision;
  candidate: CandidateCheck;
  mentorEligibility: MentorEligibility;
  /** Has a gap and is 初级 or in box 4, 5, 7 or 8. */
  mentee: boolean;
  /** Existing or suggested pair where this engineer is the mentee. */
  mentor?: MentorPair;
  unpaired?: UnpairedMentee;
  /** Absent when settings.planScope is 'pool' and the engineer is no pool member. */
  plan?: DevelopmentPlan;
}

export interface FollowUp {
  /** One per reviewed engineer, in review order. */
  engineers: EngineerFollowUp[];
  mentoring: MentoringResult;
  /** In review order. */
  plans: DevelopmentPlan[];
  summary: SummaryStats;
  /** 一线, 绝技绝活, 技艺传承 are judged by people. */
  candidateReminder: Text;
}
