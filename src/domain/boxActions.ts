// The box actions of the development plan (DOMAIN.md, Development plan: the box table; §四(二) fig 8,
// §四(三)2–3, §五(二), §六(二)2(1)): every plan starts from its box's rows, each with a measurable target.
// A row whose gate does not allow it gives way to its alternative (技术分享 for someone not yet a mentor).
// Each box's rows are a setting (行动:<box>, rows separated by ;), written 「行动（目标）」.
import { allowed, type Gate, type GateFacts } from './actions';
import { normalizeText } from './text';
import type { Box, Text } from './types';

export interface BoxAction {
  /** The people's-cell row key of the action: stable across runs. */
  key: string;
  label: Text;
  target: Text;
  training?: boolean;
  gates?: readonly Gate[];
  /** Given instead when the gates do not allow this row. */
  otherwise?: BoxAction;
}

function row(key: string, zh: string, zhTarget: string, en: string, enTarget: string, extra: Pick<BoxAction, 'training' | 'gates' | 'otherwise'> = {}): BoxAction {
  return { key, label: { zh, en }, target: { zh: zhTarget, en: enTarget }, ...extra };
}

const COACHING_MONTHLY = row('coaching', '在岗辅导', '每月一次辅导记录', 'On-the-job coaching', 'A coaching record every month', { training: true });
const IMPROVEMENT_PLAN = row('pip', '绩效改进计划', '设定 3 个月改进目标，每月回顾', 'Performance improvement plan', 'Three-month goals set, reviewed monthly');

/** *default* box actions (DOMAIN.md's box table). */
export const DEFAULT_BOX_ACTIONS: Record<Box, readonly BoxAction[]> = {
  9: [
    row('leadOpenBid', '牵头关键技术攻关或揭榜挂帅项目', '复盘前提交阶段成果', 'Lead a key technology project or an open challenge project', 'Interim results submitted before the next review', {
      gates: ['leadOpenBid'],
      otherwise: row('leadKeyTechnology', '牵头关键技术攻关任务', '复盘前提交阶段成果', 'Lead a key technology task', 'Interim results submitted before the next review'),
    }),
    row('mentorOthers', '担任导师', '带教 1–3 人', 'Mentor younger engineers', 'One to three mentees', {
      gates: ['mentorOnly'],
      otherwise: row('techSharing', '开展技术分享', '≥ 2 次', 'Run technical knowledge-sharing sessions', 'At least two sessions'),
    }),
    row('cityPool', '推荐市级培育库', '提交推荐材料', 'Nominate for the city cultivation pool', 'Nomination file submitted', {
      gates: ['cityPool'],
      otherwise: row('reserve', '纳入卓越工程师储备人才', '明确培养方向', 'Add to the excellent-engineer talent reserve', 'Development direction agreed'),
    }),
  ],
  8: [
    row('stretch', '专项任务历练', '承担 1 项跨部门或挑战性任务', 'Stretch assignment', 'One cross-department or stretch assignment taken on'),
    row('rotation', '轮岗或跨部门项目', '复盘前完成一次轮岗评估', 'Job rotation or cross-department project', 'Rotation assessed before the next review'),
    row('promotionReview', '晋升评估', '复盘时评估晋升条件', 'Promotion readiness review', 'Readiness for promotion assessed at the next review'),
  ],
  7: [
    row('diagnosis', '绩效诊断面谈', '1 个月内完成，明确差距原因', 'Performance diagnosis meeting', 'Held within one month; causes of the gap identified'),
    row('roleFit', '人岗匹配评估', '复盘前确认是否调整岗位', 'Role-fit assessment', 'Decision on any change of role before the next review'),
    COACHING_MONTHLY,
  ],
  6: [
    row('crossDomain', '双跨/复合型培养或跨部门项目', '参与 1 项', 'Cross-domain development or cross-department project', 'Takes part in one'),
    row('apprentice', '传技带徒', '带教 1 人', 'Pass skills on to an apprentice', 'One apprentice', {
      gates: ['mentorOnly'],
      otherwise: row('practiceSummary', '总结操作经验', '形成 1 份操作经验总结', 'Write up practical know-how', 'One written summary of practice'),
    }),
    row('competition', '技术竞赛', '参加 1 次', 'Technical competition', 'Takes part in one'),
  ],
  5: [
    row('learningMap', '学习地图课程', '完成规定课程', 'Learning-map courses', 'Required courses completed', { training: true }),
    row('onJobTraining', '在岗培训', '完成 1 项专项技能训练', 'On-the-job training', 'One skills module completed', { training: true }),
  ],
  4: [IMPROVEMENT_PLAN, COACHING_MONTHLY],
  3: [
    row('expertTrack', '专家通道发展', '明确技术/技能通道定级目标', 'Expert-track development', 'Target grade on the technical or skills track agreed'),
    row('craft', '绝技绝活传承、传技带徒', '带教 1 人', 'Pass on craft skills to an apprentice', 'One apprentice', {
      gates: ['mentorOnly'],
      otherwise: row('processSpec', '整理工艺规范', '形成 1 份工艺规范', 'Document process know-how', 'One written process specification'),
    }),
    row('studio', '参与大师工作室项目', '作为成员参与 1 项', 'Join a master-studio project', 'Member of one project', { gates: ['joinStudio'] }),
  ],
  2: [
    row('skillTraining', '岗位技能提升培训', '完成 1 项认证或培训', 'Job-skills training', 'One certificate or course completed', { training: true }),
    row('coachingQuarterly', '在岗辅导', '每季度一次', 'On-the-job coaching', 'Once a quarter', { training: true }),
  ],
  1: [IMPROVEMENT_PLAN, row('roleFit', '人岗匹配评估', '复盘前确认岗位安排', 'Role-fit assessment', 'Decision on the role before the next review')],
};

/** Gates a row typed in settings takes from the words it uses: a setting cannot hand out what the gates keep. */
const KEYWORD_GATES: [RegExp, Gate][] = [
  [/揭榜|open challenge/iu, 'joinOpenBid'],
  [/(领办|牵头).*大师工作室|lead a master studio/iu, 'leadStudio'],
  [/大师工作室|master studio/iu, 'joinStudio'],
  [/联合课题|交叉导师|joint research|supervisor/iu, 'academic'],
  [/关键技术攻关|成果转化|key technology|results-to-product/iu, 'keyProject'],
  [/担任导师|传技带徒|mentor/iu, 'mentorOnly'],
];

/** 「行动（目标）」 → action and target; a row without brackets has the action only. */
function splitTarget(text: string): [string, string] {
  const m = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/u.exec(text);
  return m && m[1] !== '' ? [m[1], m[2].trim()] : [text, ''];
}

/** The rows of a `行动:<box>` setting; undefined when it names no action. */
export function parseBoxActions(box: Box, value: string): BoxAction[] | undefined {
  const rows = normalizeText(value)
    .split(/[;；\n]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (rows.length === 0) return undefined;
  return rows.map((text, i) => {
    const [label, target] = splitTarget(text);
    const gates = KEYWORD_GATES.filter(([re]) => re.test(label)).map(([, g]) => g);
    // Written once, in the workbook's words: both languages show it as typed.
    return { key: `${box}:${i + 1}`, label: { zh: label, en: label }, target: { zh: target, en: target }, gates };
  });
}

/** The box actions an engineer is given: each row, or its alternative where the gates say no. */
export function boxActionsFor(box: Box, facts: GateFacts, custom?: readonly BoxAction[]): BoxAction[] {
  const out: BoxAction[] = [];
  for (const a of custom ?? DEFAULT_BOX_ACTIONS[box]) {
    if (allowed(a.gates, facts)) out.push(a);
    else if (a.otherwise && allowed(a.otherwise.gates, facts)) out.push(a.otherwise);
  }
  return out;
}
