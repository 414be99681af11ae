// 盘点总览 / Overview (DOMAIN.md, Output sheets): the one page the meeting reads first — headcount, the
// distribution against the guidance, the nine counts, 双高 and key-position coverage, the flags that matter
// (significant distribution flags, manager bias, key posts at risk without a ready successor, flight risk in
// boxes 9/8/6), movement since the last cycle where known, and three to five key messages written from those
// figures (「研发中心 超级明星占比 36%（5/14 人），显著高于指引 5%」). Figures only: the sheet is in workbook/write.
import { boxLabel } from './catalogue';
import { sharePercent } from './distribution';
import { hasPrevious, movementMatrix } from './movement';
import type { Settings } from './settings';
import type { SuccessionResult } from './succession';
import { round2 } from './text';
import { BOXES, type Box, type DistributionFlag, type DistributionGroup, type EngineerReview, type Lang, type ManagerBiasFlag, type ReviewResult, type Text } from './types';

export interface OverviewBox {
  box: Box;
  count: number;
  /** Shares in percent (0–100, 2 decimals). */
  share: number;
  guidance: number;
  /** share − guidance, in points. */
  deviation: number;
}

export interface OverviewPerson {
  id: string;
  name: string;
  department?: string;
  box: Box;
}

export interface OverviewKeyPosts {
  posts: number;
  covered: number;
  /** Posts at risk 高 with no ready-now successor, by name (DOMAIN.md: red in 继任规划). */
  atRiskUncovered: string[];
  /** 双高 in key positions: holders in box 9. */
  doubleHighHolders: number;
}

export interface OverviewMovement {
  /** Engineers with a previous box. */
  compared: number;
  up: number;
  down: number;
  same: number;
  lateral: number;
}

/** One significant distribution flag with its group (the flags DOMAIN.md keeps: both off by the tolerance and significant). */
export interface OverviewFlag {
  group: DistributionGroup;
  flag: DistributionFlag;
}

export interface Overview {
  total: number;
  counts: Record<Box, number>;
  /** Boxes 9 to 1, as the grid's table reads. */
  boxes: OverviewBox[];
  /** 双高: box 9. */
  doubleHigh: { count: number; share: number };
  /** Boxes 7, 8 and 9. */
  highPotential: { count: number; share: number };
  /** From succession, where the review has key posts. */
  keyPosts?: OverviewKeyPosts;
  /** Flight risk 高 in boxes 9, 8, 6 (empty where the handout hides flight risk). */
  flightRisk: OverviewPerson[];
  /** Significant flags, most significant first. */
  flags: OverviewFlag[];
  managerBias: ManagerBiasFlag[];
  movement?: OverviewMovement;
  /** Three to five key messages, most important first. */
  messages: Text[];
}

type OverviewSettings = Pick<Settings, 'guidance' | 'boxLabels' | 'hideSensitiveInPrint'>;

const MAX_MESSAGES = 5;
const MIN_MESSAGES = 3;
/** Flags spelled out in the messages; the rest are counted. */
const FLAG_MESSAGES = 2;
/** Names a message lists before 「等 N 人」. */
const NAMES_IN_MESSAGE = 3;

/** Boxes whose labels a handout leaves out (as write/sensitive.ts). */
const SENSITIVE: readonly Box[] = [1, 4];

function label(box: Box, lang: Lang, settings: OverviewSettings): string {
  if (settings.hideSensitiveInPrint && SENSITIVE.includes(box)) return lang === 'zh-CN' ? `${box} 格` : `box ${box}`;
  return boxLabel(box, lang, settings.boxLabels);
}

function both(make: (lang: Lang) => string): Text {
  return { zh: make('zh-CN'), en: make('en-US') };
}

const pct = (share: number): string => `${Math.round(share)}%`;
const guidancePct = (g: number): string => `${round2(g)}%`;

function flagGroupName(g: DistributionGroup, lang: Lang): string {
  if (g.groupKind === 'all') return lang === 'zh-CN' ? '全体' : 'Everyone';
  if (g.groupKind === 'manager') return lang === 'zh-CN' ? `上级 ${g.group} 名下` : `Manager ${g.group}'s engineers`;
  return g.group;
}

/** 「研发中心 超级明星占比 36%（5/14 人），显著高于指引 5%」 */
export function flagMessage(f: OverviewFlag, settings: OverviewSettings): Text {
  const { group, flag } = f;
  const above = flag.actual > flag.guidance;
  return both((lang) =>
    lang === 'zh-CN'
      ? `${flagGroupName(group, lang)} ${label(flag.box, lang, settings)}占比 ${pct(flag.actual)}（${flag.count}/${group.total} 人），显著${above ? '高于' : '低于'}指引 ${guidancePct(flag.guidance)}`
      : `${flagGroupName(group, lang)}: ${label(flag.box, lang, settings)} share ${pct(flag.actual)} (${flag.count} of ${group.total}), significantly ${above ? 'above' : 'below'} the guidance of ${guidancePct(flag.guidance)}`,
  );
}

function biasMessage(b: ManagerBiasFlag): Text {
  const lenient = b.mean > b.othersMean;
  return both((lang) =>
    lang === 'zh-CN'
      ? `上级 ${b.manager}（${b.count} 人）评价可能偏${lenient ? '宽' : '严'}：绩效与潜力指数均值 ${b.mean.toFixed(2)}，其他人 ${b.othersMean.toFixed(2)}`
      : `Manager ${b.manager} (${b.count}) may rate too ${lenient ? 'leniently' : 'strictly'}: mean performance + potential index ${b.mean.toFixed(2)}, everyone else ${b.othersMean.toFixed(2)}`,
  );
}

/** 「甲、乙、丙 等 5 人」: the first names, then how many in all. `unit`: 人 for people, 个 for posts. */
function names(items: readonly string[], lang: Lang, unit: '人' | '个'): string {
  const shown = items.slice(0, NAMES_IN_MESSAGE).join(lang === 'zh-CN' ? '、' : ', ');
  const rest = items.length - NAMES_IN_MESSAGE;
  if (rest <= 0) return shown;
  return lang === 'zh-CN' ? `${shown} 等 ${items.length} ${unit}` : `${shown} and ${rest} more`;
}

function headline(o: Pick<Overview, 'total' | 'doubleHigh' | 'highPotential'>, settings: OverviewSettings): Text {
  return both((lang) =>
    lang === 'zh-CN'
      ? `本次盘点 ${o.total} 人：${label(9, lang, settings)}（双高）${o.doubleHigh.count} 人，占 ${pct(o.doubleHigh.share)}（指引 ${guidancePct(settings.guidance[9])}）；高潜力（7–9 格）${o.highPotential.count} 人，占 ${pct(o.highPotential.share)}`
      : `${o.total} engineers reviewed: box 9 ${label(9, lang, settings)} (high performance, high potential) ${o.doubleHigh.count}, ${pct(o.doubleHigh.share)} (guidance ${guidancePct(settings.guidance[9])}); high potential (boxes 7–9) ${o.highPotential.count}, ${pct(o.highPotential.share)}`,
  );
}

function keyPostMessage(k: OverviewKeyPosts): Text {
  const coverage = k.posts === 0 ? 0 : (k.covered * 100) / k.posts;
  return both((lang) => {
    const head =
      lang === 'zh-CN'
        ? `关键岗位 ${k.posts} 个，${k.covered} 个有即刻可用的后备（覆盖 ${pct(coverage)}）`
        : `${k.posts} key positions, ${k.covered} with a ready-now successor (${pct(coverage)} covered)`;
    if (k.atRiskUncovered.length === 0) return head + (lang === 'zh-CN' ? '；高风险岗位均有后备' : '; every post at risk has one');
    return lang === 'zh-CN'
      ? `${head}；${k.atRiskUncovered.length} 个高风险岗位无即刻可用的后备：${names(k.atRiskUncovered, lang, '个')}`
      : `${head}; ${k.atRiskUncovered.length} at risk without one: ${names(k.atRiskUncovered, lang, '个')}`;
  });
}

function flightMessage(people: readonly OverviewPerson[]): Text {
  return both((lang) =>
    lang === 'zh-CN'
      ? `${people.length} 名核心人才（9/8/6 格）流失风险高：${names(people.map((p) => p.name), lang, '人')}`
      : `${people.length} key ${people.length === 1 ? 'engineer' : 'engineers'} (boxes 9/8/6) at high flight risk: ${names(people.map((p) => p.name), lang, '人')}`,
  );
}

function movementMessage(m: OverviewMovement): Text {
  return both((lang) =>
    lang === 'zh-CN'
      ? `较上期（${m.compared} 人可比）：上升 ${m.up} 人，下降 ${m.down} 人，持平 ${m.same} 人，平移 ${m.lateral} 人`
      : `Since the last cycle (${m.compared} compared): ${m.up} up, ${m.down} down, ${m.same} same box, ${m.lateral} lateral`,
  );
}

const NO_FLAGS: Text = {
  zh: '各部门、各上级的九宫格分布与指引无显著偏离，未发现上级评价偏差',
  en: 'No department or manager departs significantly from the guidance; no manager bias found',
};

function largestBoxMessage(boxes: readonly OverviewBox[], settings: OverviewSettings): Text {
  const top = [...boxes].sort((a, b) => b.count - a.count || b.box - a.box)[0];
  return both((lang) =>
    lang === 'zh-CN'
      ? `人数最多的是 ${top.box} ${label(top.box, lang, settings)}：${top.count} 人，占 ${pct(top.share)}（指引 ${guidancePct(top.guidance)}）`
      : `The largest box is ${top.box} ${label(top.box, lang, settings)}: ${top.count}, ${pct(top.share)} (guidance ${guidancePct(top.guidance)})`,
  );
}

/** Significant flags of every group, most significant (smallest adjusted p) first, then largest deviation. */
function significantFlags(groups: readonly DistributionGroup[]): OverviewFlag[] {
  return groups
    .flatMap((group) => group.flags.map((flag) => ({ group, flag })))
    .sort((a, b) => a.flag.pAdjusted - b.flag.pAdjusted || Math.abs(b.flag.actual - b.flag.guidance) - Math.abs(a.flag.actual - a.flag.guidance));
}

function person(r: EngineerReview): OverviewPerson {
  const e = r.engineer;
  return { id: e.id, name: e.name, department: e.department, box: r.finalBox };
}

function keyPostsOf(s: SuccessionResult): OverviewKeyPosts {
  return {
    posts: s.coverage.posts,
    covered: s.coverage.covered,
    atRiskUncovered: s.posts.filter((p) => p.risk === 'high' && !p.covered).map((p) => p.post.name),
    doubleHighHolders: s.doubleHigh.length,
  };
}

/** The messages in order of importance, three to five of them. */
function messagesOf(o: Omit<Overview, 'messages'>, settings: OverviewSettings): Text[] {
  const out: Text[] = [headline(o, settings)];
  const concerns = [...o.flags.map((f) => flagMessage(f, settings)), ...o.managerBias.map(biasMessage)];
  if (concerns.length === 0) out.push(NO_FLAGS);
  else {
    out.push(...concerns.slice(0, FLAG_MESSAGES));
    const rest = concerns.length - FLAG_MESSAGES;
    if (rest > 0) out.push(both((lang) => (lang === 'zh-CN' ? `另有 ${rest} 处显著偏离，见「九宫格」分布检查` : `${rest} more significant ${rest === 1 ? 'deviation' : 'deviations'}: see the nine-box's distribution checks`)));
  }
  if (o.keyPosts && o.keyPosts.posts > 0) out.push(keyPostMessage(o.keyPosts));
  if (o.flightRisk.length > 0) out.push(flightMessage(o.flightRisk));
  if (o.movement) out.push(movementMessage(o.movement));
  if (out.length < MIN_MESSAGES && o.total > 0) out.push(largestBoxMessage(o.boxes, settings));
  // The headline and the distribution come first; what follows is cut to five in that order.
  return out.slice(0, MAX_MESSAGES);
}

/**
 * The overview of a review on its final boxes. `succession` where the review has it (planning): key-post
 * coverage; without it the key-post figures are left out.
 */
export function overviewOf(result: ReviewResult, settings: OverviewSettings, succession?: SuccessionResult): Overview {
  const total = result.reviews.length;
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 } as Record<Box, number>;
  for (const r of result.reviews) counts[r.finalBox]++;
  const boxes: OverviewBox[] = [...BOXES].reverse().map((box) => {
    const share = sharePercent(counts[box], total);
    return { box, count: counts[box], share, guidance: settings.guidance[box], deviation: round2(share - settings.guidance[box]) };
  });
  const high = counts[7] + counts[8] + counts[9];
  const flightRisk = settings.hideSensitiveInPrint
    ? []
    : result.reviews.filter((r) => r.engineer.flightRisk === 'high' && (r.finalBox === 9 || r.finalBox === 8 || r.finalBox === 6)).map(person);
  let movement: OverviewMovement | undefined;
  if (hasPrevious(result.reviews)) {
    const m = movementMatrix(result.reviews);
    movement = { compared: m.total, ...m.byMovement };
  }
  const base: Omit<Overview, 'messages'> = {
    total,
    counts,
    boxes,
    doubleHigh: { count: counts[9], share: sharePercent(counts[9], total) },
    highPotential: { count: high, share: sharePercent(high, total) },
    ...(succession && succession.coverage.posts > 0 ? { keyPosts: keyPostsOf(succession) } : {}),
    flightRisk,
    flags: significantFlags(result.distribution),
    managerBias: result.managerBias,
    ...(movement ? { movement } : {}),
  };
  return { ...base, messages: messagesOf(base, settings) };
}
