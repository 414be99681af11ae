// The action catalogue of the development plan (DOMAIN.md, Development plan; §四(三)2–3, §五(二), §六(二)):
// the actions per competency, the gates that keep prestige actions for those the seed means them for, the
// training-type rule (§四(三)2(1)) and the incentive table (table 2, §四(三)4(1)), each with its seed section.
import type { GrowthStage, TrainingType } from './catalogue';
import type { Box, CompetencyKey, LevelKey, Text } from './types';

/** What the gates look at. */
export interface GateFacts {
  box: Box;
  level?: LevelKey;
  mentorEligible: boolean;
  /** 市级培育库参考 = 是. */
  cityPool?: boolean;
}

/** DOMAIN.md, Gates: who may be given an action. An ungated action is open to everyone. */
export type Gate =
  | 'leadOpenBid'
  | 'joinOpenBid'
  | 'leadStudio'
  | 'joinStudio'
  | 'academic'
  | 'keyProject'
  | 'mentorOnly'
  | 'cityPool';

const BOXES_124: ReadonlySet<Box> = new Set<Box>([1, 2, 4]);
const BOXES_1247: ReadonlySet<Box> = new Set<Box>([1, 2, 4, 7]);
const upper = (l: LevelKey | undefined): boolean => l === 'intermediate' || l === 'senior';

const GATES: Record<Gate, (f: GateFacts) => boolean> = {
  // 揭榜挂帅 is for 「能成事者」 (§六(二)3(3)): leading it 高级 in 9, 8, 6 or 中级 in 9; joining 中级/高级 in 5, 6, 8, 9.
  leadOpenBid: (f) => (f.level === 'senior' && (f.box === 9 || f.box === 8 || f.box === 6)) || (f.level === 'intermediate' && f.box === 9),
  joinOpenBid: (f) => upper(f.level) && (f.box === 5 || f.box === 6 || f.box === 8 || f.box === 9),
  // 大师工作室 rests on 业绩贡献 (§四(三)3(4)).
  leadStudio: (f) => f.mentorEligible && upper(f.level) && (f.box === 9 || f.box === 6 || f.box === 3),
  joinStudio: (f) => !BOXES_124.has(f.box),
  // 联合课题 and 交叉导师: 中级 and 高级 (DOMAIN.md); not for someone on an improvement plan (boxes 1, 2, 4).
  academic: (f) => upper(f.level) && !BOXES_124.has(f.box),
  // 关键技术攻关, 科技成果转化项目: not boxes 1, 2, 4 or 7.
  keyProject: (f) => !BOXES_1247.has(f.box),
  // 担任导师, 传技带徒: mentor-eligible only (§五(二)1(1)①).
  mentorOnly: (f) => f.mentorEligible,
  cityPool: (f) => f.cityPool === true,
};

export function allowed(gates: readonly Gate[] | undefined, facts: GateFacts): boolean {
  return (gates ?? []).every((g) => GATES[g](facts));
}

export interface CatalogueAction {
  key: string;
  label: Text;
  /** Where the seed names it. */
  seed: string;
  /** A training action gets a training type (DOMAIN.md, Gates); other actions have none. */
  training?: boolean;
  gates?: readonly Gate[];
}

function action(key: string, zh: string, en: string, seed: string, extra: Pick<CatalogueAction, 'training' | 'gates'> = {}): CatalogueAction {
  return { key, label: { zh, en }, seed, ...extra };
}

const T = { training: true } as const;

/**
 * DOMAIN.md's action catalogue, per competency, in DOMAIN.md's order; a gap takes the first action its
 * engineer may be given. 揭榜挂帅 and 大师工作室 each appear as their leading form, then their joining form.
 */
export const ACTIONS: Record<CompetencyKey, readonly CatalogueAction[]> = {
  research: [
    action('jointResearch', '联合课题', 'Joint research project with a university', '§四(三)3(2)', { training: true, gates: ['academic'] }),
    action('crossSupervisor', '交叉导师', 'Joint industry–academic supervisor', '§四(三)3(2)', { training: true, gates: ['academic'] }),
    action('offJobTraining', '脱产培训', 'Off-the-job training', '§四(三)2(1)', T),
    action('learningMap', '学习地图课程', 'Learning-map courses', '§四(三)2(1)', T),
  ],
  practice: [
    action('keyTechnology', '关键技术攻关', 'Key technology project', '§四(三)3(2)', { gates: ['keyProject'] }),
    action('rotation', '轮岗', 'Job rotation', '§四(三)2(3)'),
    action('onJobTraining', '在岗培训', 'On-the-job training', '§四(三)2(1)', T),
    action('trialsRetrofits', '新产品试制与技术改造', 'New-product trials and retrofits', '§四(三)2(3), §四(三)3(4)①'),
  ],
  problemSolving: [
    action('openBid', '牵头揭榜挂帅项目', 'Lead an open challenge project (揭榜挂帅)', '§四(三)3(2), §六(二)3(3)', { gates: ['leadOpenBid'] }),
    action('openBidJoin', '参与揭榜项目', 'Join an open challenge project', '§四(三)3(2), §六(二)3(3)', { gates: ['joinOpenBid'] }),
    action('specialAssignment', '专项任务历练', 'Special assignment', '§四(三)3(2)'),
    action('hardTopic', '疑难课题研究', 'Research a difficult technical problem', '§四(三)2(3)'),
  ],
  integration: [
    action('crossDomain', '双跨/复合型培养', 'Cross-domain development', '§四(三)2(4), §五(二)2(1)'),
    action('crossDepartment', '跨部门项目', 'Cross-department project', '§五(二)2(1)'),
    action('engineerTechnician', '工程师与技师互融', 'Engineer–technician exchange', '§四(三)2(4), §五(二)2(2)'),
  ],
  innovation: [
    action('masterStudioLead', '领办大师工作室', 'Lead a master studio', '§四(三)3(4)', { gates: ['leadStudio'] }),
    action('masterStudio', '参与大师工作室项目', 'Join a master-studio project', '§四(三)3(4)', { gates: ['joinStudio'] }),
    action('competitions', '技术竞赛（比学赶帮超）', 'Technical competitions', '§五(二)1(2)②'),
    action('innovationDrives', '技术革新活动', 'Innovation drives', '§四(三)3(4)①'),
    action('resultsToProduct', '科技成果转化项目', 'Results-to-product project', '§四(三)3(3)', { gates: ['keyProject'] }),
  ],
};

/** A gap with no allowed action gets 在岗辅导 (DOMAIN.md, Gates). */
export const COACHING: CatalogueAction = action('coaching', '在岗辅导', 'On-the-job coaching', '§四(三)2(1)', T);

/** The first catalogue action of a competency that the engineer may be given and the plan does not hold yet. */
export function gapActionFor(competency: CompetencyKey, facts: GateFacts, taken: ReadonlySet<string> = new Set()): CatalogueAction {
  const open = ACTIONS[competency].filter((a) => allowed(a.gates, facts));
  return open.find((a) => !taken.has(a.key)) ?? open[0] ?? COACHING;
}

/**
 * The one training-type rule (DOMAIN.md, Gates; §四(三)2(1) names the three): a training action of an
 * engineer in the first year (融合期) → 岗前; 联合课题 and 脱产培训 → 脱产; any other training action → 在岗;
 * an action that is no training has none.
 */
export function trainingTypeOf(a: Pick<CatalogueAction, 'key' | 'training'>, stage: GrowthStage | undefined): TrainingType | undefined {
  if (!a.training) return undefined;
  if (stage === 'integration') return 'preJob';
  return a.key === 'jointResearch' || a.key === 'offJobTraining' ? 'offJob' : 'onJob';
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
  incentive('empowerment', '授权', 'more autonomy', 'nonMaterial', 'short'),
  incentive('performanceContest', '业绩竞赛', 'performance contests', 'nonMaterial', 'short'),
  incentive('goalTalks', '目标任务沟通', 'goal-setting conversations', 'nonMaterial', 'short'),
  incentive('collectiveWisdom', '群策群力', 'a voice in team decisions', 'nonMaterial', 'short'),
  incentive('praise', '表扬', 'recognition', 'nonMaterial', 'short'),
  incentive('shortTraining', '短期培训', 'short courses', 'nonMaterial', 'short'),
  incentive('careerPlanning', '职业生涯规划', 'career planning', 'nonMaterial', 'long'),
  incentive('longTraining', '长期培训', 'long-term training', 'nonMaterial', 'long'),
  incentive('promotion', '员工晋升', 'promotion', 'nonMaterial', 'long'),
  incentive('mission', '工作使命', 'a sense of mission', 'nonMaterial', 'long'),
  incentive('vision', '企业愿景', 'the company vision', 'nonMaterial', 'long'),
  incentive('culture', '企业文化', 'company culture', 'nonMaterial', 'long'),
  incentive('pay', '薪酬', 'pay', 'material', 'short'),
  incentive('benefits', '福利', 'benefits', 'material', 'short'),
  incentive('lossReward', '损耗奖励', 'loss-reduction bonus', 'material', 'short'),
  incentive('profitSharing', '利润分享', 'profit sharing', 'material', 'long'),
  incentive('shares', '股份', 'equity', 'material', 'long'),
  incentive('options', '期权', 'stock options', 'material', 'long'),
];

const INCENTIVE_BY_KEY = new Map(INCENTIVES.map((i) => [i.key, i] as const));

export type RetentionBox = Extract<Box, 9 | 8 | 6>;
export const RETENTION_BOXES: readonly RetentionBox[] = [9, 8, 6];

/**
 * *default* retention picks from table 2, following each box's strategy: 9 (star) — autonomy and ownership,
 * long-term incentives; 8 (high potential) — a growth path and training; 6 (high performer) — recognition
 * and promotion.
 */
const RETENTION_KEYS: Record<RetentionBox, readonly string[]> = {
  9: ['empowerment', 'collectiveWisdom', 'promotion', 'mission', 'pay', 'benefits', 'shares', 'options'],
  8: ['empowerment', 'goalTalks', 'careerPlanning', 'longTraining', 'pay', 'benefits', 'profitSharing', 'shares'],
  6: ['performanceContest', 'praise', 'careerPlanning', 'promotion', 'pay', 'benefits', 'profitSharing', 'options'],
};

/** The incentives of a box by term, non-material first. */
export function retentionFor(box: RetentionBox): Record<IncentiveTerm, Incentive[]> {
  const picked = RETENTION_KEYS[box].map((k) => {
    const found = INCENTIVE_BY_KEY.get(k);
    if (!found) throw new Error(`Unknown incentive ${k}`);
    return found;
  });
  const term = (t: IncentiveTerm): Incentive[] =>
    [...picked.filter((i) => i.term === t && i.kind === 'nonMaterial'), ...picked.filter((i) => i.term === t && i.kind === 'material')];
  return { short: term('short'), long: term('long') };
}
