// The action catalogue of the development plan (DOMAIN.md, Development plan; §四(三)2–3, §五(二), §六(二)),
// the training types (§四(三)2(1)) and the incentive table (table 2, §四(三)4(1)), each with its seed section.
import type { GrowthStage, TrainingType } from './catalogue';
import type { Box, CompetencyKey, GapSeverity, Text } from './types';

export interface CatalogueAction {
  key: string;
  label: Text;
  /** Where the seed names it. */
  seed: string;
}

function action(key: string, zh: string, en: string, seed: string): CatalogueAction {
  return { key, label: { zh, en }, seed };
}

/** DOMAIN.md's action catalogue, per competency, in DOMAIN.md's order. */
export const ACTIONS: Record<CompetencyKey, readonly CatalogueAction[]> = {
  research: [
    action('jointResearch', '联合课题', 'Joint research with a university', '§四(三)3(2)'),
    action('crossSupervisor', '交叉导师', 'Joint industry–academic supervisor', '§四(三)3(2)'),
    action('offJobTraining', '脱产培训', 'Off-job training', '§四(三)2(1)'),
    action('learningMap', '学习地图课程', 'Learning-map courses', '§四(三)2(1)'),
  ],
  practice: [
    action('keyTechnology', '关键技术攻关', 'Key technology task', '§四(三)3(2)'),
    action('rotation', '轮岗', 'Rotation', '§四(三)2(3)'),
    action('onJobTraining', '在岗培训', 'On-job training', '§四(三)2(1)'),
    action('trialsRetrofits', '新产品试制与技术改造', 'New-product trials and retrofits', '§四(三)2(3), §四(三)3(4)①'),
  ],
  problemSolving: [
    action('openBid', '揭榜挂帅', 'Open-bid lead of a hard problem', '§四(三)3(2), §六(二)3(3)'),
    action('specialAssignment', '专项任务历练', 'Special assignment', '§四(三)3(2)'),
    action('hardTopic', '疑难课题研究', 'Hard-topic research', '§四(三)2(3)'),
  ],
  integration: [
    action('crossDomain', '双跨/复合型培养', 'Cross-domain track', '§四(三)2(4), §五(二)2(1)'),
    action('crossDepartment', '跨部门项目', 'Cross-department project', '§五(二)2(1)'),
    action('engineerTechnician', '工程师与技师互融', 'Engineer–technician exchange', '§四(三)2(4), §五(二)2(2)'),
  ],
  innovation: [
    action('masterStudio', '大师工作室', 'Master studio', '§四(三)3(4)'),
    action('competitions', '技术竞赛 比学赶帮超', 'Technical competitions', '§五(二)1(2)②'),
    action('innovationDrives', '技术革新活动', 'Innovation drives', '§四(三)3(4)①'),
    action('resultsToProduct', '科技成果转化项目', 'Results-to-product projects', '§四(三)3(3)'),
  ],
};

type Severity = Extract<GapSeverity, 'high' | 'medium' | 'low'>;

/**
 * *default* choice of two actions per gap, by its severity (indexes into ACTIONS): a high gap gets the
 * heavier, concentrated actions; a low gap the lighter ones done alongside the job.
 */
const CHOICE: Record<CompetencyKey, Record<Severity, readonly [number, number]>> = {
  research: { high: [2, 0], medium: [0, 1], low: [3, 1] },
  practice: { high: [0, 3], medium: [3, 1], low: [2, 1] },
  problemSolving: { high: [1, 2], medium: [2, 0], low: [0, 1] },
  integration: { high: [0, 1], medium: [1, 2], low: [2, 1] },
  innovation: { high: [0, 3], medium: [2, 0], low: [1, 2] },
};

/** Two catalogue actions for a gap; undefined for a competency that is met or not assessed. */
export function actionsFor(competency: CompetencyKey, severity: GapSeverity): [CatalogueAction, CatalogueAction] | undefined {
  if (severity !== 'high' && severity !== 'medium' && severity !== 'low') return undefined;
  const [a, b] = CHOICE[competency][severity];
  return [ACTIONS[competency][a], ACTIONS[competency][b]];
}

/**
 * *default* training type of a gap (§四(三)2(1) names the three, not when each applies): an engineer in the
 * first year (融合期) has not settled in a post yet → 岗前; a high gap → 脱产 (concentrated); otherwise 在岗.
 */
export function trainingTypeFor(severity: GapSeverity, stage: GrowthStage | undefined): TrainingType {
  if (stage === 'integration') return 'preJob';
  return severity === 'high' ? 'offJob' : 'onJob';
}

/** Table 2, §四(三)4(1): incentives by need — 精神 non-material and 物质 material, short and long term. */
export type IncentiveKind = 'nonMaterial' | 'material';
export type IncentiveTerm = 'short' | 'long';

export interface Incentive {
  key: string;
  label: Text;
  kind: IncentiveKind;
  term: IncentiveTerm;
}

function incentive(key: string, zh: string, en: string, kind: IncentiveKind, term: IncentiveTerm): Incentive {
  return { key, label: { zh, en }, kind, term };
}

export const INCENTIVES: readonly Incentive[] = [
  incentive('empowerment', '授权', 'Empowerment', 'nonMaterial', 'short'),
  incentive('performanceContest', '业绩竞赛', 'Performance contests', 'nonMaterial', 'short'),
  incentive('goalTalks', '目标任务沟通', 'Goal and task conversations', 'nonMaterial', 'short'),
  incentive('collectiveWisdom', '群策群力', 'Collective problem solving', 'nonMaterial', 'short'),
  incentive('praise', '表扬', 'Praise', 'nonMaterial', 'short'),
  incentive('shortTraining', '短期培训', 'Short training', 'nonMaterial', 'short'),
  incentive('careerPlanning', '职业生涯规划', 'Career planning', 'nonMaterial', 'long'),
  incentive('longTraining', '长期培训', 'Long-term training', 'nonMaterial', 'long'),
  incentive('promotion', '员工晋升', 'Promotion', 'nonMaterial', 'long'),
  incentive('mission', '工作使命', 'Sense of mission', 'nonMaterial', 'long'),
  incentive('vision', '企业愿景', 'Company vision', 'nonMaterial', 'long'),
  incentive('culture', '企业文化', 'Company culture', 'nonMaterial', 'long'),
  incentive('pay', '薪酬', 'Pay', 'material', 'short'),
  incentive('benefits', '福利', 'Benefits', 'material', 'short'),
  incentive('lossReward', '损耗奖励', 'Loss-reduction bonus', 'material', 'short'),
  incentive('profitSharing', '利润分享', 'Profit sharing', 'material', 'long'),
  incentive('shares', '股份', 'Shares', 'material', 'long'),
  incentive('options', '期权', 'Stock options', 'material', 'long'),
];

const INCENTIVE_BY_KEY = new Map(INCENTIVES.map((i) => [i.key, i] as const));

export type RetentionBox = Extract<Box, 9 | 8 | 6>;
export const RETENTION_BOXES: readonly RetentionBox[] = [9, 8, 6];

/**
 * *default* retention picks from table 2, two per cell, following each box's strategy: 9 (star) — autonomy
 * and ownership, long-term incentives; 8 (high potential) — a growth path and training; 6 (high performer) —
 * recognition and promotion.
 */
const RETENTION_KEYS: Record<RetentionBox, readonly string[]> = {
  9: ['empowerment', 'collectiveWisdom', 'promotion', 'mission', 'pay', 'benefits', 'shares', 'options'],
  8: ['empowerment', 'goalTalks', 'careerPlanning', 'longTraining', 'pay', 'benefits', 'profitSharing', 'shares'],
  6: ['performanceContest', 'praise', 'careerPlanning', 'promotion', 'pay', 'benefits', 'profitSharing', 'options'],
};

export interface RetentionActions {
  shortNonMaterial: Incentive[];
  longNonMaterial: Incentive[];
  shortMaterial: Incentive[];
  longMaterial: Incentive[];
}

export function retentionFor(box: RetentionBox): RetentionActions {
  const picked = RETENTION_KEYS[box].map((k) => {
    const found = INCENTIVE_BY_KEY.get(k);
    if (!found) throw new Error(`Unknown incentive ${k}`);
    return found;
  });
  const cell = (kind: IncentiveKind, term: IncentiveTerm): Incentive[] =>
    picked.filter((i) => i.kind === kind && i.term === term);
  return {
    shortNonMaterial: cell('nonMaterial', 'short'),
    longNonMaterial: cell('nonMaterial', 'long'),
    shortMaterial: cell('material', 'short'),
    longMaterial: cell('material', 'long'),
  };
}
