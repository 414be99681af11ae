// Words of the four follow-up sheets (个人发展计划, 培育库, 导师结对, 盘点汇总), in zh-CN and en-US.
import type { Text } from '../../domain/types';

function t(zh: string, en: string): Text {
  return { zh, en };
}

export const PLAN_TEXT = {
  title: t('个人发展计划（一人一策）', 'Individual development plan'),
  id: t('工号', 'ID'),
  name: t('姓名', 'Name'),
  department: t('部门', 'Department'),
  position: t('岗位', 'Position'),
  category: t('工程师类别', 'Category'),
  level: t('培育层级', 'Tier'),
  box: t('九宫格', 'Nine-box'),
  stage: t('成长阶段', 'Growth stage'),
  track: t('职业通道', 'Career track'),
  mentor: t('导师', 'Mentor'),
  reviewDate: t('盘点日期', 'Review date'),
  nextReview: t('复盘日期', 'Next review'),
  strategy: t('发展策略', 'Strategy'),
  strengths: t('优势能力', 'Strengths'),
  results: t('实绩', 'Results'),
  history: t('近三年绩效', 'Performance, 3 years'),
  noStrengths: t('—（无高出要求 1 级及以上的能力）', '— (no competency one level or more above the requirement)'),
  actionsTitle: t('发展行动', 'Development actions'),
  source: t('类别', 'Area'),
  action: t('行动', 'Action'),
  training: t('培训方式', 'Training type'),
  target: t('目标', 'Target'),
  owner: t('责任人', 'Owner'),
  due: t('完成期限', 'Due'),
  status: t('状态', 'Status'),
  actionNote: t('备注', 'Notes'),
  retentionTitle: t('保留措施', 'Retention'),
  shortTerm: t('短期激励', 'Short-term incentives'),
  longTerm: t('长期激励', 'Long-term incentives'),
  notes: t('备注', 'Notes'),
  signEngineer: t('工程师签字', 'Engineer signature'),
  signManager: t('部门负责人签字', 'Department head signature'),
  signDate: t('日期', 'Date'),
  signoff: t('签字确认', 'Sign-off'),
  suggested: t('（建议）', '(suggested)'),
  none: t('—', '—'),
  archiveTitle: t(
    '归档：已不在本次计划中的填写内容（人员离开盘点、行动或结对已变化），保留备查',
    'Archive: entries no longer in this run\'s plans (engineer left the review, action or pair changed), kept for reference',
  ),
  archivePerson: t('人员', 'Person'),
  archiveItem: t('条目', 'Item'),
  archiveField: t('栏目', 'Field'),
  archiveContent: t('内容', 'Content'),
  archiveDate: t('归档日期', 'Archived on'),
  empty: t('本次没有需要制定个人发展计划的人员', 'No engineer needs a development plan in this run'),
  onePersonPrefix: t('一人一策-', 'Plan-'),
} satisfies Record<string, Text>;

/** Action status drop-down (plans). */
export const ACTION_STATUS = { zh: ['未开始', '进行中', '已完成'], en: ['Not started', 'In progress', 'Done'] } as const;
/** Pair status drop-down, the seed's steps (mentoring, §五(二)1(1)②③). */
export const PAIR_STATUS = {
  zh: ['建议', '已签协议', '进行中', '总结互评', '已考核', '有序退出'],
  en: ['Suggested', 'Agreement signed', 'In progress', 'Mutual review', 'Assessed', 'Exited'],
} as const;
/** 结对方式 (§五(二)1(1)②): assigned by the organisation, or paired by the two and filed. */
export const PAIR_MODE = { zh: ['组织选派', '个人结对'], en: ['Assigned', 'Self-paired'] } as const;
/** 考核结果 of a pair. */
export const PAIR_ASSESSMENT = { zh: ['优秀', '合格', '不合格'], en: ['Excellent', 'Pass', 'Fail'] } as const;
/** 退出原因 of a pair (有序退出). */
export const PAIR_EXIT = {
  zh: ['达成目标', '学员学习意愿或表现不足', '导师无法继续', '其他'],
  en: ['Goals met', "Mentee's commitment or progress insufficient", 'Mentor unable to continue', 'Other'],
} as const;
export const YES_NO = { zh: ['是', '否'], en: ['Yes', 'No'] } as const;

/** Labels of people's fields, for the archive. */
export const FIELD_LABELS: Record<string, Text> = {
  owner: PLAN_TEXT.owner,
  due: PLAN_TEXT.due,
  status: PLAN_TEXT.status,
  note: PLAN_TEXT.notes,
  engineer: PLAN_TEXT.signEngineer,
  manager: PLAN_TEXT.signManager,
  date: PLAN_TEXT.signDate,
  pairStatus: t('状态', 'Status'),
  mode: t('结对方式', 'How paired'),
  start: t('协议签订日期', 'Agreement date'),
  goal: t('培养目标', 'Development goals'),
  period: t('学习期限（月）', 'Learning period (months)'),
  agreement: t('协议已签订', 'Agreement signed'),
  mutualReview: t('总结互评', 'Mutual review'),
  assessment: t('考核结果', 'Result'),
  exitReason: t('退出原因', 'Exit reason'),
  name: t('姓名', 'Name'),
};

export const POOL_TEXT = {
  title: t('培育库 · 入库/出库建议与市级培育库参考', 'Cultivation pool · entry and exit, and the reference check'),
  id: t('工号', 'ID'),
  name: t('姓名', 'Name'),
  department: t('部门', 'Department'),
  level: t('培育层级', 'Level'),
  box: t('九宫格', 'Box'),
  inPool: t('当前在库', 'In pool'),
  status: t('培育库状态', 'Pool status'),
  reason: t('原因', 'Reason'),
  candidate: t('推荐纳入青岛市培育库（参考）', 'City pool candidate'),
  years: t('工龄', 'Years of service'),
  boxHead: t('九宫格（业绩突出）', 'Box 9 or 6'),
  counts: t('人数', 'Count'),
  legend: t('✓ 满足　✗ 不满足　? 未填（视为不满足）', '✓ met   ✗ not met   ? not given (counts as not met)'),
} satisfies Record<string, Text>;

export const MENTORING_TEXT = {
  title: t('导师结对（传帮带）', 'Mentoring pairs'),
  note: t(
    '建议结对须经领导小组审核（组织选派或个人结对，审核备案）；结对方式、状态、协议签订日期、培养目标、学习期限、总结互评、考核结果与退出原因由人工填写，重新盘点时保留。学习期满仍无考核结果的结对标为逾期。',
    "Suggested pairs await the leading group's approval. How paired, status, agreement date, development goals, learning period, mutual review, result and exit reason are filled in by people and kept on a re-run. A pair past its learning period without a result is flagged as late.",
  ),
  mentor: t('导师', 'Mentor'),
  mentee: t('学员', 'Mentee'),
  menteeDept: t('学员部门', 'Mentee dept.'),
  department: t('部门', 'Department'),
  kind: t('结对类型', 'Kind'),
  reason: t('结对理由', 'Reason'),
  warnings: t('提示', 'Warnings'),
  unpairedTitle: t('未结对的学员', 'Mentees without a pair'),
  box: t('九宫格', 'Box'),
  why: t('原因', 'Why'),
  loadTitle: t('符合条件的导师及名额', 'Eligible mentors and capacity'),
  load: t('学员数 / 名额', 'Mentees / capacity'),
  noPairs: t('本次没有结对', 'No pairs in this run'),
  noUnpaired: t('✓ 每位学员都有导师', '✓ Every mentee has a mentor'),
  noMentees: t('本次没有需要结对的学员（学员为工龄不足 10 年、有能力差距，且为初级或九宫格 4、5、7、8 的青年工程师）', 'No engineer needs a mentor in this run (a mentee is a young engineer, under 10 years of experience, with a competency gap, at Tier 1 or in box 4, 5, 7 or 8)'),
  noMentors: t('没有符合条件的导师', 'No eligible mentor'),
  counts: t('按状态统计', 'Pairs by status'),
  overdue: t('逾期', 'Late'),
  overdueCount: t('逾期未考核', 'Late, no result'),
  noStatus: t('未填状态', 'No status'),
} satisfies Record<string, Text>;

export const SUMMARY_TEXT = {
  title: t('盘点汇总', 'Review summary'),
  reviewDate: t('盘点日期', 'Review date'),
  total: t('盘点人数', 'Engineers reviewed'),
  byDepartment: t('九宫格 × 部门', 'Boxes by department'),
  byCategory: t('九宫格 × 工程师类别', 'Boxes by category'),
  byLevel: t('九宫格 × 培育层级', 'Boxes by level'),
  department: t('部门', 'Department'),
  category: t('工程师类别', 'Category'),
  level: t('培育层级', 'Level'),
  sum: t('合计', 'Total'),
  pyramidTitle: t('人才结构（塔尖 / 塔身 / 塔基）', 'Talent pyramid (top / middle / base)'),
  tier: t('层', 'Tier'),
  count: t('人数', 'Count'),
  share: t('占比', 'Share'),
  keyBoxes: t('其中 9 / 8 / 6 格', 'Of whom in boxes 9 / 8 / 6'),
  pyramidNotGiven: t('未填培育层级', 'Level not given'),
  doubleHighTitle: t('关键岗位上的双高人才（九宫格 9）', 'Double-high (box 9) in key positions'),
  doubleHighNote: t('双高不在关键岗位 {a} 人；关键岗位未填 {b} 人', 'Double-high not in a key position: {a}; key position not given: {b}'),
  id: t('工号', 'ID'),
  name: t('姓名', 'Name'),
  position: t('岗位', 'Position'),
  box: t('九宫格', 'Box'),
  none: t('无', 'None'),
  flightTitle: t('流失风险高的骨干（九宫格 9、8、6）', 'High flight risk in boxes 9, 8, 6'),
  flightHidden: t('按「打印隐藏敏感信息」设置，本表不列出流失风险', 'Flight risk is left out of this handout (setting: hide sensitive in print)'),
  checksTitle: t('分布与上级评价检查', 'Distribution and manager checks'),
  scope: t('范围', 'Scope'),
  group: t('名称', 'Group'),
  actualShare: t('实际占比', 'Share'),
  guidance: t('指引', 'Guidance'),
  deviation: t('偏离（百分点）', 'Deviation (points)'),
  flag: t('提示', 'Flag'),
  allDept: t('全体', 'All'),
  department1: t('部门', 'Department'),
  manager: t('上级', 'Manager'),
  bias: t('上级评价偏差', 'Manager bias'),
  biasDetail: t('{n} 人，均值 {m}，全体 {o}', '{n} engineers, mean {m}, everyone {o}'),
  noFlags: t('✓ 未发现分布偏离或上级评价偏差', '✓ No distribution or manager-bias flag'),
  signTitle: t('审阅签字', 'Sign-off'),
  firstResponsible: t('第一责任人', 'First responsible'),
  head: t('一把手', 'Company head'),
  signName: t('姓名', 'Name'),
  signDate: t('日期', 'Date'),
} satisfies Record<string, Text>;

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ''));
}
