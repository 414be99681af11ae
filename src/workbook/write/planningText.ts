// Texts of the talent map (人才地图) and succession (继任规划) sheets, in zh-CN and en-US.
import { pick } from '../../domain/catalogue';
import type { Planning } from '../../domain/planning';
import { coverageOf, type PostSuccession, type Readiness } from '../../domain/succession';
import type { ScarceLine } from '../../domain/talentMap';
import type { LevelKey, Text } from '../../domain/types';

const t = (zh: string, en: string): Text => ({ zh, en });

export const MAP_TEXT = {
  title: t('人才地图 · 供需对比', 'Talent map: supply against demand'),
  legend: t(
    '每格：现有人数（可用 = 九宫格 9、8、6 格）· 需求 · 缺口（需求 − 现有）· 岗位匹配度（对照本人标准无「高」差距的人数占比）。颜色：红 = 缺口不少于需求的紧缺比例；橙 = 有缺口；绿 = 满足需求；无色 = 未提需求。',
    'Each cell: engineers now (ready = boxes 9, 8 and 6), needed, short (needed minus now) and post fit (the share with no high gap against their own standard). Red: short by at least the scarce share of demand; orange: short; green: demand met; no colour: no demand given.',
  ),
  noDemand: t(
    '未提供「需求规划」工作表，地图只显示现有人数和岗位匹配度。如需对比需求，请添加「需求规划」工作表（列：部门、工程师类别、培育层级、需求人数，可选 期限、紧缺、说明；* 表示全部）后重新运行盘点。',
    'No Demand sheet (需求规划) was given, so the map shows only the engineers you have and their post fit. To compare with demand, add a sheet named Demand with the columns Department, Category, Level and Needed (optional: By, Scarce, Note; * means all) and run the review again.',
  ),
  category: t('工程师类别', 'Category'),
  level: t('培育层级', 'Level'),
  total: t('合计', 'Total'),
  company: t('全公司', 'Company'),
  have: t('现有', 'Have'),
  ready: t('可用', 'ready'),
  need: t('需求', 'Need'),
  short: t('缺口', 'short'),
  over: t('富余', 'over'),
  // 'Post fit', not 'Fit': beside 'short 3', a bare 'Fit 100%' read as demand met.
  fit: t('岗位匹配', 'Post fit'),
  otherTitle: t('跨部门、跨类别或跨层级的需求（含 * 的行）', 'Demand across departments, categories or levels (rows with *)'),
  department: t('部门', 'Department'),
  needed: t('需求人数', 'Needed'),
  supply: t('现有', 'Have'),
  readyHead: t('可用\n（9、8、6 格）', 'Ready (boxes 9, 8, 6)'),
  gap: t('缺口', 'Short'),
  fitHead: t('岗位匹配度', 'Post fit'),
  due: t('期限', 'By'),
  note: t('说明', 'Note'),
  all: t('全部', 'All'),
  scarceTitle: t('紧缺工程师目录（内部培育为先，外部引进补足）', 'Scarce engineers (grow inside first, hire for the rest)'),
  noScarce: t('没有紧缺需求：没有标为紧缺或缺口达到紧缺比例的需求行。', 'Nothing is scarce: no demand row is marked scarce or short by the scarce share.'),
  why: t('列入原因', 'Why listed'),
  marked: t('标为紧缺', 'Marked scarce'),
  byGap: t('缺口达需求的 {p}', 'Short by {p} of demand or more'),
  internal: t('内部培育候选\n（下一层级，9、8、6 格）', 'Grow inside (one level below, boxes 9, 8, 6)'),
  toHire: t('外部引进', 'To hire'),
  targetsTitle: t('培育目标', 'Cultivation targets'),
  term: t('任务期限', 'Term'),
  item: t('项目', 'Item'),
  target: t('目标', 'Target'),
  now: t('现在', 'Now'),
  afterReview: t('采纳本次建议后', 'If the suggestions are taken'),
  distance: t('距目标', 'Still to go'),
  poolTarget: t('{level}梯队（培育库在库人数）', '{level} pipeline (pool members)'),
  cityTarget: t('市级培育库推荐（市级培育库参考为「是」）', 'City pool nominations (city pool check says Yes)'),
  noTargets: t(
    '未设置培育目标。可在「盘点设置」中填写 任务期限、梯队目标:初级/中级/高级 和 市级预期培育数量。',
    'No cultivation targets are set. Set them in the Settings sheet (盘点设置 in a Chinese workbook) with the keys "cultivation term", "pool target:Tier 1", "pool target:Tier 2" and "pool target:Tier 3" (pool size per level), and "expected city nominations".',
  ),
} satisfies Record<string, Text>;

/** Levels as a map's row label: the short words (初级培育对象 does not fit a map row). */
export const SHORT_LEVEL: Record<LevelKey, Text> = {
  junior: t('初级', 'Tier 1'),
  intermediate: t('中级', 'Tier 2'),
  senior: t('高级', 'Tier 3'),
};

export const SUCCESSION_TEXT = {
  title: t('继任规划 · 关键岗位后备', 'Succession: key positions and their successors'),
  fromSheet: t('关键岗位来自「关键岗位」工作表。', 'Key positions come from the Key positions sheet.'),
  fromRoster: t(
    '关键岗位来自名单的「关键岗位」列：每位标为「是」的工程师各有一个岗位。如需指定岗位、空缺和后备人员，请添加「关键岗位」工作表（岗位名称、部门、工程师类别、培育层级、在岗人员工号、后备人员工号）。',
    'Key positions come from the roster\'s key-position column: each engineer marked Yes holds one. To name posts, vacancies and successors, add a Key positions sheet (Position, Department, Category, Level, Incumbent ID, Successor IDs).',
  ),
  coverage: t('关键岗位 {posts} 个 · 已覆盖（有即刻可用的后备）{covered} 个 · 高风险且未覆盖 {risk} 个', '{posts} key positions · {covered} covered (a successor ready now) · {risk} at high risk and not covered'),
  legend: t(
    '后备人员：先列指定的，再按规则建议（同类别、同层级或低一级、9、8、6 格，按 9、6、8 格和差距排序）。准备度：即刻可用 = 9 或 6 格、层级达到、对照岗位标准无高差距；1–2 年 = 9、8、6 格且高差距不超过一项；3 年以上 = 其他。黄色列由盘点会议填写，重新运行时保留。',
    'Successors: those named first, then suggestions (same category, same level or one below, boxes 9, 8, 6; ordered box 9, 6, 8, then by gap). Ready now: box 9 or 6, level reached, no high gap against the post\'s standard; 1–2 years: boxes 9, 8, 6 with at most one high gap; 3+ years: otherwise. The meeting fills the yellow columns; they are kept when the review runs again.',
  ),
  post: t('关键岗位', 'Key position'),
  department: t('部门', 'Department'),
  incumbent: t('在岗人员', 'Incumbent'),
  box: t('九宫格', 'Box'),
  risk: t('风险', 'Risk'),
  successor: t('后备人员', 'Successor'),
  source: t('来源', 'Source'),
  named: t('指定', 'Named'),
  suggested: t('建议', 'Suggested'),
  readiness: t('准备度', 'Readiness'),
  remarks: t('说明', 'Remarks'),
  decision: t('会议确认', 'Meeting decision'),
  note: t('备注', 'Notes'),
  vacancy: t('空缺', 'Vacant'),
  notOnRoster: t('{id}（不在名单）', '{id} (not on the roster)'),
  none: t('没有后备人员：没有符合条件的工程师', 'No successor: nobody meets the conditions'),
  holds: t('现任{post}，不计入覆盖', 'Holds {post}; does not count toward coverage'),
  highGaps: t('对照岗位标准有 {n} 项高差距', '{n} high gaps against the post\'s standard'),
  levelShort: t('层级低于岗位要求', 'Below the post\'s level'),
  notReviewed: t('不在本次盘点的名单中，请核对工号', 'Not among the engineers reviewed: check the ID'),
  uncovered: t('高风险且无即刻可用的后备', 'High risk with no successor ready now'),
  doubleHighTitle: t('关键岗位上的双高人才（九宫格 9）', 'High performers with high potential in key positions (box 9)'),
  noDoubleHigh: t('关键岗位上暂无九宫格 9 的人才。', 'No key position is held by a box-9 engineer.'),
  noPosts: t(
    '没有关键岗位：名单中没有标为关键岗位的工程师，也没有「关键岗位」工作表。',
    'No key positions: no engineer on the roster is marked as in a key position, and there is no Key positions sheet.',
  ),
} satisfies Record<string, Text>;

export const READINESS_LABELS: Record<Readiness, Text> = {
  now: t('即刻可用', 'Ready now'),
  oneToTwo: t('1–2 年', '1–2 years'),
  threePlus: t('3 年以上', '3+ years'),
  notAssessed: t('未评估', 'Not assessed'),
};

/** The meeting's decision on a successor (people's cell). */
export const SUCCESSOR_DECISION = { zh: ['确认', '待定', '不采纳'], en: ['Confirmed', 'Pending', 'Rejected'] } as const;

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/gu, (m, k: string) => (k in values ? String(values[k]) : m));
}

export const HEADLINE_TEXT = {
  title: t('关键岗位与人才供需', 'Key positions, supply and demand'),
  coverage: t(
    '关键岗位 {posts} 个：已覆盖（有即刻可用的后备）{covered} 个，高风险且未覆盖 {risk} 个（详见「继任规划」）',
    'Key positions: {posts} · covered (a successor ready now): {covered} · at high risk and not covered: {risk} (see Succession)',
  ),
  noPosts: t('没有关键岗位（名单中没有标为关键岗位的工程师，也没有「关键岗位」工作表）', 'No key positions (none marked on the roster, no Key positions sheet)'),
  scarce: t(
    '紧缺需求 {lines} 项：缺口合计 {gap} 人，内部培育候选 {inside} 人，需外部引进 {hire} 人（详见「人才地图」）',
    'Scarce demand lines: {lines} · short in all: {gap} · to grow inside: {inside} · to hire: {hire} (see Talent map)',
  ),
  noScarce: t('需求规划中没有紧缺需求（详见「人才地图」）', 'No scarce demand in the demand sheet (see Talent map)'),
  noDemand: t('未提供「需求规划」：人才地图只显示现有人数', 'No Demand sheet: the talent map shows supply only'),
  noPostsHere: t('本部门没有关键岗位', 'No key positions in this department'),
  noScarceHere: t('需求规划中本部门没有紧缺需求（详见「人才地图」）', 'No scarce demand for this department in the demand sheet (see Talent map)'),
} satisfies Record<string, Text>;

/** The posts and scarce lines a headline speaks of: the whole company, or one department's (a meeting pack). */
export interface HeadlineScope {
  posts: readonly PostSuccession[];
  scarce: readonly ScarceLine[];
  /** One department: 「本部门」 wording where there is nothing to report. */
  department?: boolean;
}

/**
 * The two lines on succession and the scarce catalogue (issue 18: the headline of each) — the summary's for the
 * company, a meeting pack's for its department (`scope`).
 */
export function planningHeadline(planning: Planning, lang: 'zh-CN' | 'en-US', scope?: HeadlineScope): string[] {
  const L = (x: Text): string => pick(x, lang);
  const here = scope?.department === true;
  const c = coverageOf(scope?.posts ?? planning.succession.posts);
  const lines = [c.posts === 0 ? L(here ? HEADLINE_TEXT.noPostsHere : HEADLINE_TEXT.noPosts) : fill(L(HEADLINE_TEXT.coverage), { posts: c.posts, covered: c.covered, risk: c.atRiskUncovered })];
  const scarce = scope?.scarce ?? planning.map.scarce;
  if (!planning.map.demandGiven) lines.push(L(HEADLINE_TEXT.noDemand));
  else if (scarce.length === 0) lines.push(L(here ? HEADLINE_TEXT.noScarceHere : HEADLINE_TEXT.noScarce));
  else {
    lines.push(
      fill(L(HEADLINE_TEXT.scarce), {
        lines: scarce.length,
        gap: scarce.reduce((n, s) => n + Math.max(0, s.line.gap), 0),
        inside: scarce.reduce((n, s) => n + s.internal.length, 0),
        hire: scarce.reduce((n, s) => n + s.toHire, 0),
      }),
    );
  }
  return lines;
}
