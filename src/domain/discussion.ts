// The meeting's discussion list (需讨论的人员, issue 17; DOMAIN.md, The nine boxes, Cultivation pool, Calibration,
// Key positions and succession, Mentoring): per department, the engineers the review meeting must talk about and
// why — box 9, 8 or 6 at high flight risk; 建议出库; a key post of the department without a successor ready now;
// a calibrated box, or a calibration proposed in the log without a decider; a score close to a cut-off (within
// 2 points on 0–100, 0.2 on 1–5, or a derived potential within 0.1); a mentee with no mentor. One item per
// person (or per vacant post), every reason on it, items in the order of their most pressing reason.
import { isCalibrated } from './calibration';
import { UNPAIRED_LABELS, boxLabel } from './catalogue';
import type { EngineerFollowUp } from './followUpTypes';
import type { Cutoffs, Settings } from './settings';
import type { PostSuccession } from './succession';
import { round2 } from './text';
import type { Box, EngineerReview, Scale, Text } from './types';

/** Why someone is on the list, in the order the meeting takes them. */
export const DISCUSSION_KINDS = ['flightRisk', 'poolExit', 'keyPost', 'calibrated', 'proposed', 'borderline', 'unpaired'] as const;
export type DiscussionKind = (typeof DISCUSSION_KINDS)[number];

export interface DiscussionReason {
  kind: DiscussionKind;
  text: Text;
}

export interface DiscussionItem {
  /** The engineer; absent for a vacant key post (nobody holds it). */
  id?: string;
  /** The engineer's name, or the vacant post's. */
  name: string;
  reasons: DiscussionReason[];
}

export interface DiscussionInput {
  /** The department's engineers, in review order. */
  reviews: readonly EngineerReview[];
  /** Follow-up by engineer ID (pool decision, unpaired mentee). */
  followUps: ReadonlyMap<string, EngineerFollowUp>;
  /** The department's key posts (by the post's department, else its holder's). */
  posts?: readonly PostSuccession[];
}

type DiscussionSettings = Pick<
  Settings,
  'performanceCutoffs100' | 'performanceCutoffs5' | 'potentialCutoffs100' | 'potentialCutoffs5' | 'derivedPotentialCutoffs' | 'boxLabels'
>;

/** How close to a cut-off is borderline: 2 points on 0–100, 0.2 on 1–5; a derived potential 0.1. */
export const BORDERLINE_MARGIN: Record<Scale | 'derived', number> = { 100: 2, 5: 0.2, derived: 0.1 };

const RETAIN_BOXES: ReadonlySet<Box> = new Set<Box>([9, 8, 6]);
const t = (zh: string, en: string): Text => ({ zh, en });

function num(n: number, signed = false): string {
  const r = round2(n);
  const s = String(Math.abs(r));
  return r < 0 ? `−${s}` : signed && r > 0 ? `+${s}` : s;
}

function box(b: Box, settings: DiscussionSettings): Text {
  return { zh: `${b} ${boxLabel(b, 'zh-CN', settings.boxLabels)}`, en: `${b} ${boxLabel(b, 'en-US', settings.boxLabels)}` };
}

interface CutoffNames {
  what: Text;
  upper: Text;
  middle: Text;
}

const PERF: CutoffNames = { what: t('绩效得分', 'performance score'), upper: t('优秀线', 'Excellent cut-off'), middle: t('合格线', 'Qualified cut-off') };
const POT: CutoffNames = { what: t('潜力得分', 'potential score'), upper: t('高线', 'High cut-off'), middle: t('中线', 'Medium cut-off') };
const DERIVED: CutoffNames = { what: t('由能力推导的潜力', 'potential derived from competencies'), upper: t('高线', 'High cut-off'), middle: t('中线', 'Medium cut-off') };

/** Reasons for a value within `margin` of either cut-off (at most one: the nearer). */
function nearCutoff(value: number, cutoffs: Cutoffs, margin: number, names: CutoffNames, signed: boolean): DiscussionReason[] {
  const near = (['upper', 'middle'] as const)
    .map((k) => ({ k, d: Math.abs(round2(value - cutoffs[k])) }))
    .filter((x) => x.d <= margin + 1e-9)
    .sort((a, b) => a.d - b.d)[0];
  if (!near) return [];
  const c = cutoffs[near.k];
  const name = names[near.k];
  return [{
    kind: 'borderline',
    text: {
      zh: `临界：${names.what.zh} ${num(value, signed)}，${name.zh} ${num(c, signed)}（相差 ${num(near.d)}）`,
      en: `Borderline: ${names.what.en} ${num(value, signed)}, ${name.en} ${num(c, signed)} (${num(near.d)} apart)`,
    },
  }];
}

/** The score a band was cut from, when it was a score (a rating is not borderline). */
function scoreOf(source: EngineerReview['engineer']['performance']['source']): { value: number; scale: Scale } | undefined {
  if (source.kind === 'score') return source;
  if (source.kind === 'twoLine' && source.lines.combined?.kind === 'score') return source.lines.combined;
  return undefined;
}

/** Borderline reasons of one engineer: performance and potential scores, or a derived potential, near a cut-off. */
export function borderlineReasons(review: EngineerReview, settings: DiscussionSettings): DiscussionReason[] {
  const out: DiscussionReason[] = [];
  const perf = scoreOf(review.engineer.performance.source);
  if (perf) {
    const cut = perf.scale === 100 ? settings.performanceCutoffs100 : settings.performanceCutoffs5;
    out.push(...nearCutoff(perf.value, cut, BORDERLINE_MARGIN[perf.scale], PERF, false));
  }
  const basis = review.placement.potentialBasis;
  if (basis.kind === 'derived') {
    out.push(...nearCutoff(basis.meanSurplus, settings.derivedPotentialCutoffs, BORDERLINE_MARGIN.derived, DERIVED, true));
  } else if (basis.source.kind === 'score') {
    const cut = basis.source.scale === 100 ? settings.potentialCutoffs100 : settings.potentialCutoffs5;
    out.push(...nearCutoff(basis.source.value, cut, BORDERLINE_MARGIN[basis.source.scale], POT, false));
  }
  return out;
}

function engineerReasons(review: EngineerReview, fu: EngineerFollowUp | undefined, settings: DiscussionSettings): DiscussionReason[] {
  const out: DiscussionReason[] = [];
  const e = review.engineer;
  const final = box(review.finalBox, settings);
  if (e.flightRisk === 'high' && RETAIN_BOXES.has(review.finalBox)) {
    out.push({ kind: 'flightRisk', text: { zh: `流失风险高，九宫格 ${final.zh}`, en: `High flight risk in box ${final.en}` } });
  }
  if (fu?.pool.status === 'suggestExit') {
    out.push({ kind: 'poolExit', text: { zh: `建议出库：${fu.pool.reason.zh}`, en: `Suggest exit from the pool: ${fu.pool.reason.en}` } });
  }
  const c = review.calibration;
  if (c && isCalibrated(review)) {
    const from = box(review.placement.box, settings);
    const to = box(c.to, settings);
    const why = { zh: c.reason === '' ? '未填原因' : c.reason, en: c.reason === '' ? 'no reason given' : c.reason };
    out.push(
      c.decidedBy.trim() === ''
        ? { kind: 'proposed', text: { zh: `提议校准 ${from.zh} → ${to.zh}（校准记录未填决定人）：${why.zh}`, en: `Calibration proposed ${from.en} → ${to.en} (no decider in the log): ${why.en}` } }
        : { kind: 'calibrated', text: { zh: `会议校准 ${from.zh} → ${to.zh}（${c.decidedBy}）：${why.zh}`, en: `Calibrated ${from.en} → ${to.en} (${c.decidedBy}): ${why.en}` } },
    );
  }
  out.push(...borderlineReasons(review, settings));
  if (fu?.unpaired) {
    // The short why: the mentor conditions in full are on the mentoring sheet.
    const why = UNPAIRED_LABELS[fu.unpaired.why];
    out.push({ kind: 'unpaired', text: { zh: `需要导师但未结对：${why.zh}`, en: `Needs a mentor, none paired: ${why.en.charAt(0).toLowerCase()}${why.en.slice(1)}` } });
  }
  return out;
}

function postReason(p: PostSuccession): DiscussionReason {
  const risk = p.risk === 'high';
  const vacant = p.post.incumbentId === undefined;
  return {
    kind: 'keyPost',
    text: {
      zh: `关键岗位「${p.post.name}」${vacant ? '空缺，' : ''}没有即刻可用的后备${risk && !vacant ? '，且风险高' : ''}`,
      en: `Key position "${p.post.name}"${vacant ? ' is vacant and' : ''} has no successor ready now${risk && !vacant ? ', and it is at high risk' : ''}`,
    },
  };
}

/** The department's discussion list (see the header): one item per person, reasons in DISCUSSION_KINDS order. */
export function discussionList(input: DiscussionInput, settings: DiscussionSettings): DiscussionItem[] {
  const items = new Map<string, DiscussionItem & { order: number }>();
  const add = (key: string, order: number, item: Omit<DiscussionItem, 'reasons'>, reasons: DiscussionReason[]): void => {
    if (reasons.length === 0) return;
    const have = items.get(key);
    if (have) have.reasons.push(...reasons);
    else items.set(key, { ...item, reasons: [...reasons], order });
  };
  const position = new Map(input.reviews.map((r, i) => [r.engineer.id, i] as const));
  input.reviews.forEach((r, i) => add(`id:${r.engineer.id}`, i, { id: r.engineer.id, name: r.engineer.name }, engineerReasons(r, input.followUps.get(r.engineer.id), settings)));
  (input.posts ?? []).forEach((p, i) => {
    if (p.covered) return;
    const holder = p.incumbent?.engineer;
    if (holder) add(`id:${holder.id}`, position.get(holder.id) ?? input.reviews.length + i, { id: holder.id, name: holder.name }, [postReason(p)]);
    else add(`post:${i}`, input.reviews.length + i, { name: vacancyName(p) }, [postReason(p)]);
  });
  const rank = (k: DiscussionKind): number => DISCUSSION_KINDS.indexOf(k);
  return [...items.values()]
    .map((it) => ({ ...it, reasons: [...it.reasons].sort((a, b) => rank(a.kind) - rank(b.kind)) }))
    .sort((a, b) => rank(a.reasons[0].kind) - rank(b.reasons[0].kind) || a.order - b.order)
    .map(({ order: _order, ...it }) => it);
}

/** A post nobody reviewed holds: its incumbent ID as written (not on the roster), or the post itself when vacant. */
function vacancyName(p: PostSuccession): string {
  return p.post.incumbentId ?? p.post.name;
}

