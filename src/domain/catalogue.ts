// Every word the engine shows, in zh-CN and en-US side by side, with the seed section it comes from.
// Defaults of DOMAIN.md live here, not scattered as literals.
import type { Box, CareerInterest, CompetencyKey, GapSeverity, Lang, LevelKey, PerfBand, PotBand, Risk, Text } from './types';

export function pick(text: Text, lang: Lang): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}

/** 编制说明 四: every output carries this line. */
export const REFERENCE_LINE: Text = {
  zh: '本结果为培育参考，不作为评价结论',
  en: 'For cultivation planning only — not a performance rating',
};

export const CONFIDENTIAL: Text = { zh: '内部资料 注意保密', en: 'Internal — confidential' };

export const PERF_LABELS: Record<PerfBand, Text> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  qualified: { zh: '合格', en: 'Qualified' },
  needs: { zh: '待提升', en: 'Needs improvement' },
};

export const POT_LABELS: Record<PotBand, Text> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

export const PERF_INDEX: Record<PerfBand, 0 | 1 | 2> = { needs: 0, qualified: 1, excellent: 2 };
export const POT_INDEX: Record<PotBand, 0 | 1 | 2> = { low: 0, medium: 1, high: 2 };

export interface BoxInfo {
  box: Box;
  potential: PotBand;
  performance: PerfBand;
  label: Text;
  /** Fill colour of the box in the grid. */
  colour: string;
  /** Font colour readable on the fill. */
  fontColour: string;
  strategy: Text;
}

const DARK_GREEN = '#1E7B34';
const GREEN = '#8BC986';
const YELLOW = '#FFE699';
const ORANGE = '#F8B26A';
const RED = '#E8746C';

/** §四(二)1(3), figure 8: the nine boxes. */
export const BOX_TABLE: Record<Box, BoxInfo> = {
  9: {
    box: 9, potential: 'high', performance: 'excellent', colour: DARK_GREEN, fontColour: '#FFFFFF',
    label: { zh: '超级明星', en: 'Star' },
    strategy: {
      zh: '保留并加速：牵头关键项目（揭榜挂帅），带教他人，长期激励',
      en: 'Retain and accelerate: lead key projects and open challenges, mentor others, long-term incentives',
    },
  },
  8: {
    box: 8, potential: 'high', performance: 'qualified', colour: GREEN, fontColour: '#000000',
    label: { zh: '潜力之星', en: 'High potential' },
    strategy: { zh: '加速发展：挑战性任务，个人发展计划，配备导师', en: 'Accelerate: stretch assignments, a personal development plan, a mentor' },
  },
  7: {
    box: 7, potential: 'high', performance: 'needs', colour: YELLOW, fontColour: '#000000',
    label: { zh: '待发展者', en: 'Rough diamond' },
    strategy: { zh: '诊断：辅导，岗位匹配，弥补绩效差距', en: 'Diagnose: coaching, role fit, close the performance gap' },
  },
  6: {
    box: 6, potential: 'medium', performance: 'excellent', colour: GREEN, fontColour: '#000000',
    label: { zh: '绩效之星', en: 'High performer' },
    strategy: { zh: '拓展：轮岗，跨学科项目', en: 'Broaden: rotation, cross-discipline projects' },
  },
  5: {
    box: 5, potential: 'medium', performance: 'qualified', colour: YELLOW, fontColour: '#000000',
    label: { zh: '中坚力量', en: 'Core player' },
    strategy: { zh: '稳步成长：学习地图，在岗培训', en: 'Steady growth: learning-map courses, on-the-job training' },
  },
  4: {
    box: 4, potential: 'medium', performance: 'needs', colour: ORANGE, fontColour: '#000000',
    label: { zh: '待改进者', en: 'Inconsistent' },
    strategy: { zh: '绩效改进计划', en: 'Performance improvement plan' },
  },
  3: {
    box: 3, potential: 'low', performance: 'excellent', colour: YELLOW, fontColour: '#000000',
    label: { zh: '熟练员工', en: 'Trusted professional' },
    strategy: { zh: '专家通道，技艺传承（带教他人）', en: 'Expert track; pass on craft skills by mentoring others' },
  },
  2: {
    box: 2, potential: 'low', performance: 'qualified', colour: ORANGE, fontColour: '#000000',
    label: { zh: '基本胜任', en: 'Effective' },
    strategy: { zh: '保持，提升技能', en: 'Maintain performance and build skills' },
  },
  1: {
    box: 1, potential: 'low', performance: 'needs', colour: RED, fontColour: '#000000',
    label: { zh: '需重点改进', en: 'Needs focus' },
    strategy: { zh: '改进计划或调岗', en: 'Performance improvement plan or a change of role' },
  },
};

/** §三(一) table 1, figure 5: the five core competencies. */
export const COMPETENCY_LABELS: Record<CompetencyKey, Text> = {
  research: { zh: '专业技术研究能力', en: 'Technical research' },
  practice: { zh: '工程实践与应用能力', en: 'Engineering practice & application' },
  problemSolving: { zh: '复杂问题解决能力', en: 'Complex problem solving' },
  integration: { zh: '专业学科交叉与整合能力', en: 'Cross-discipline integration' },
  innovation: { zh: '创新变革能力', en: 'Innovation & change' },
};

/** §三(一)1: the three cultivation levels. */
export const LEVEL_LABELS: Record<LevelKey, Text> = {
  junior: { zh: '初级培育对象', en: 'Tier 1' },
  intermediate: { zh: '中级培育对象', en: 'Tier 2' },
  senior: { zh: '高级培育对象', en: 'Tier 3' },
};

/** §三(一)1: the six engineer categories (a workbook may add its own). */
export const CATEGORIES: readonly Text[] = [
  { zh: '研发工程师', en: 'R&D engineer' },
  { zh: '开发工程师', en: 'Development engineer' },
  { zh: '机械工程师', en: 'Mechanical engineer' },
  { zh: '设备工程师', en: 'Equipment engineer' },
  { zh: '产品工程师', en: 'Product engineer' },
  { zh: '“双跨”型工程师', en: 'Cross-domain engineer' },
];

export const SEVERITY_LABELS: Record<GapSeverity, Text> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
  meets: { zh: '达标', en: 'Meets' },
  notAssessed: { zh: '未评估', en: 'Not assessed' },
};

export const RISK_LABELS: Record<Risk, Text> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

/** *default* required level per cultivation level where the standards sheet gives nothing. */
export const DEFAULT_REQUIRED: Record<LevelKey | 'none', number> = {
  junior: 2,
  intermediate: 3,
  senior: 4,
  none: 3,
};

export function boxLabel(box: Box, lang: Lang, overrides?: Partial<Record<Box, string>>): string {
  return overrides?.[box] ?? pick(BOX_TABLE[box].label, lang);
}

/** Movement against the previous box (DOMAIN.md, The nine boxes). */
export type Movement = 'up' | 'down' | 'same' | 'lateral';
export const MOVEMENT_LABELS: Record<Movement, Text> = {
  up: { zh: '上升', en: 'Up' },
  down: { zh: '下降', en: 'Down' },
  same: { zh: '持平', en: 'Same' },
  lateral: { zh: '平移', en: 'Lateral' },
};

/** §六(二)1(3): growth stages by years of experience (*default* years in settings.stageYears). */
export type GrowthStage = 'integration' | 'orientation' | 'capability' | 'advancement' | 'maturity';
export const STAGE_LABELS: Record<GrowthStage, Text> = {
  integration: { zh: '融合期', en: 'Integration' },
  orientation: { zh: '认知期', en: 'Orientation' },
  capability: { zh: '蓄能期', en: 'Capability-building' },
  advancement: { zh: '提升期', en: 'Advancement' },
  maturity: { zh: '成才期', en: 'Maturity' },
};

/** Score scales as the explanation names them. */
export const SCALE_LABELS: Record<5 | 100, Text> = {
  5: { zh: '五分制', en: '1–5 scale' },
  100: { zh: '百分制', en: '0–100 scale' },
};

/** Name of the distribution group of every reviewed engineer (group 'all'). */
export const ALL_GROUP_LABEL: Text = { zh: '全体', en: 'All' };

/** §三(一)1 入库/出库机制: the cultivation pool statuses (DOMAIN.md, Cultivation pool). */
export type PoolStatus = 'suggestEntry' | 'notNow' | 'stay' | 'suggestExit';
export const POOL_STATUS_LABELS: Record<PoolStatus, Text> = {
  suggestEntry: { zh: '建议入库', en: 'Suggest entry' },
  notNow: { zh: '暂不入库', en: 'Not now' },
  stay: { zh: '保留在库', en: 'Stay' },
  suggestExit: { zh: '建议出库', en: 'Suggest exit' },
};

/** §五(二)2(1): the H-shaped career model — technical, management, or across both (横向复合). */
export type CareerTrack = 'technical' | 'management' | 'dual';
export const TRACK_LABELS: Record<CareerTrack, Text> = {
  technical: { zh: '技术通道', en: 'Technical track' },
  management: { zh: '管理通道', en: 'Management track' },
  dual: { zh: '横向复合（跨通道）', en: 'Cross-track (composite)' },
};

/** 职业兴趣 as the roster states it, the plan's career track (§五(二)2, §四(三)4(2)): 双师型 stays 双师型. */
export const CAREER_INTEREST_LABELS: Record<CareerInterest, Text> = {
  technical: { zh: '技术通道', en: 'Technical track' },
  management: { zh: '管理通道', en: 'Management track' },
  composite: { zh: '横向复合（跨通道）', en: 'Cross-track (composite)' },
  skill: { zh: '双师型（技师+工程师）', en: 'Dual-qualified (technician and engineer)' },
};

/** Box 8's strategy where nobody is named as mentor: it never promises 「配备导师」 on its own. */
export const STRATEGY_WITHOUT_MENTOR: Partial<Record<Box, Text>> = {
  8: { zh: '加速发展：挑战性任务，个人发展计划', en: 'Accelerate: stretch assignments, a personal development plan' },
};

/** §四(三)2(1): 统筹开展岗前培训、在岗培训及脱产培训. */
export type TrainingType = 'preJob' | 'onJob' | 'offJob';
export const TRAINING_LABELS: Record<TrainingType, Text> = {
  preJob: { zh: '岗前培训', en: 'Induction training' },
  onJob: { zh: '在岗培训', en: 'On the job' },
  offJob: { zh: '脱产培训', en: 'Off the job' },
};

/** The result column 市级培育库参考 and the mentor / reference-check conditions. */
export const YES_NO_LABELS: Record<'yes' | 'no', Text> = {
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
};

export type ConditionStatus = 'met' | 'unmet' | 'notGiven';
export const CONDITION_STATUS_LABELS: Record<ConditionStatus, Text> = {
  met: { zh: '满足', en: 'Met' },
  unmet: { zh: '不满足', en: 'Not met' },
  notGiven: { zh: '未填（视为不满足）', en: 'Not given (counts as not met)' },
};

/** What the reference check and mentor eligibility test (§三(一), §五(二)1(1)①, §六(二)2(1)). */
export type ConditionKey = 'years' | 'projects' | 'box' | 'performance' | 'problemSolving' | 'integration';
export const CONDITION_LABELS: Record<ConditionKey, Text> = {
  years: { zh: '工龄', en: 'Years of experience' },
  projects: { zh: '牵头大型/复杂工程项目数', en: 'Projects led' },
  box: { zh: '九宫格（业绩突出）', en: 'Box (outstanding results)' },
  performance: { zh: '绩效', en: 'Performance' },
  problemSolving: { zh: '复杂问题解决能力', en: 'Complex problem solving' },
  integration: { zh: '专业学科交叉与整合能力', en: 'Cross-discipline integration' },
};

/** §三(一), §六(二)2(1): the city pool is a people's decision; the workbook only checks what it can count. */
export const CANDIDATE_TITLE: Text = {
  zh: '推荐纳入青岛市卓越工程师人才培育库（参考）',
  en: "Qingdao excellent-engineer cultivation pool: reference check",
};
export const CANDIDATE_REMINDER: Text = {
  zh: '爱党报国、敬业奉献、扎根一线、身怀绝技绝活、技艺传承等条件由人工判断，本表不作判断',
  en: 'Political integrity and patriotism, dedication to the job, frontline work, mastery of craft and passing it on are judged by people, not by the workbook',
};

/** §五(二)1: pairs are suggestions until the leading group approves them (组织选派 / 个人结对 审核备案). */
export type PairKind = 'existing' | 'suggested';
export const PAIR_KIND_LABELS: Record<PairKind, Text> = {
  existing: { zh: '已有结对', en: 'Existing pair' },
  suggested: { zh: '建议', en: 'Suggested' },
};

/** Why a mentee has no pair. */
export type UnpairedWhy = 'noEligibleMentor' | 'onlySelf' | 'noSeniorMentor' | 'allAtCapacity';
export const UNPAIRED_LABELS: Record<UnpairedWhy, Text> = {
  noEligibleMentor: { zh: '没有符合条件的导师', en: 'No eligible mentor' },
  noSeniorMentor: { zh: '没有工龄多出足够年限的符合条件导师', en: 'No eligible mentor with enough more years of experience' },
  onlySelf: { zh: '唯一符合条件的导师是本人', en: 'The only eligible mentor is the mentee themselves' },
  allAtCapacity: { zh: '符合条件的导师名额已满', en: 'Every eligible mentor is at capacity' },
};

/** 盘点汇总: the levels read as the pyramid of §二 (塔尖更尖、塔身更强、塔基更实), *default* reading. */
export type PyramidTier = 'top' | 'middle' | 'base';
export const PYRAMID_LABELS: Record<PyramidTier, Text> = {
  top: { zh: '塔尖', en: 'Top' },
  middle: { zh: '塔身', en: 'Middle' },
  base: { zh: '塔基', en: 'Base' },
};

/** A bucket for engineers whose department, category or level is not given. */
export const NOT_GIVEN_LABEL: Text = { zh: '未填', en: 'Not given' };
