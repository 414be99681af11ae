// The development plan per engineer (一人一策, DOMAIN.md, Development plan; §四(三)2(3)): box and strategy,
// strengths, growth stage, career track, mentor, then the action rows a department head signs — the box's
// actions, one action per top gap (the first its gates allow), the mentoring action, and retention actions
// (flight risk 高 in box 9, 8 or 6, table 2) — each with a measurable target, a training type by one rule, a
// default owner (the direct manager; the mentor for mentoring) and the 复盘日期 as due date.
import { gapActionFor, RETENTION_BOXES, retentionFor, trainingTypeOf, type GateFacts, type RetentionBox } from './actions';
import { boxActionsFor } from './boxActions';
import { BOX_TABLE, COMPETENCY_LABELS, STRATEGY_WITHOUT_MENTOR, type CareerTrack, type GrowthStage } from './catalogue';
import type { DevelopmentPlan, MentorPair, PlanAction } from './followUpTypes';
import { formatNumber } from './gaps';
import type { Settings } from './settings';
import type { Box, EngineerReview, Text } from './types';

/**
 * An ISO date plus whole months, the day clamped to the target month's end (08-31 + 6 → 02-28, or 02-29 in a
 * leap year). undefined for a date that is not yyyy-mm-dd.
 */
export function addMonths(iso: string, months: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim());
  if (!m || !Number.isInteger(months)) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const index = year * 12 + (month - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  const nd = Math.min(day, daysIn(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isRetentionBox(box: Box): box is RetentionBox {
  return (RETENTION_BOXES as readonly Box[]).includes(box);
}

export interface PlanContext {
  mentor?: MentorPair;
  /** Why no mentor is named, where none is. */
  mentorNote?: Text;
  growthStage?: GrowthStage;
  careerTrack?: CareerTrack;
  mentorEligible?: boolean;
  /** 市级培育库参考 = 是. */
  cityPool?: boolean;
  /** The direct manager as a person reads them (a reviewed manager's name for an ID). */
  manager?: string;
}

/** Gap target: 「<能力> 由 <actual> 提升到 <required>（复盘时由直接上级评估）」. */
export function gapTarget(competency: keyof typeof COMPETENCY_LABELS, actual: number, required: number): Text {
  const a = formatNumber(actual);
  const r = formatNumber(required);
  return {
    zh: `${COMPETENCY_LABELS[competency].zh} 由 ${a} 提升到 ${r}（复盘时由直接上级评估）`,
    en: `${COMPETENCY_LABELS[competency].en} from ${a} to ${r}, assessed by the line manager at the next review`,
  };
}

const MENTORING_ACTION: Pick<PlanAction, 'label' | 'target'> = {
  label: { zh: '导师带教', en: 'Mentoring' },
  target: { zh: '签订带教协议，每月至少一次带教记录', en: 'Mentoring agreement signed; at least one mentoring record a month' },
};

const RETENTION_TARGET: Record<'short' | 'long', Text> = {
  short: { zh: '1 个月内完成留任面谈并落实', en: 'Retention conversation held and measures in place within one month' },
  long: { zh: '纳入职业生涯规划，复盘时确认', en: 'Written into the career plan; confirmed at the next review' },
};

const RETENTION_LABEL: Record<'short' | 'long', Text> = {
  short: { zh: '短期激励', en: 'Short-term incentives' },
  long: { zh: '长期激励', en: 'Long-term incentives' },
};

/**
 * Action rows are the same for everyone with the same box, gates, stage and gap, so they are made once and
 * shared (50,000 plans of a handful of rows each would otherwise be a million objects); a plan's owner is
 * its own (DevelopmentPlan.owner), only the mentoring row names someone else. Bounded, like the builder's cache.
 */
const shared = new Map<string, PlanAction>();
function once(key: string, make: () => PlanAction): PlanAction {
  let a = shared.get(key);
  if (a === undefined) {
    if (shared.size >= 20_000) shared.clear();
    a = make();
    shared.set(key, a);
  }
  return a;
}

export function developmentPlan(
  review: EngineerReview,
  context: PlanContext,
  settings: Pick<Settings, 'reviewDate' | 'reviewMonths' | 'boxLabels' | 'boxActions'>,
): DevelopmentPlan {
  const e = review.engineer;
  const box = review.finalBox;
  const info = BOX_TABLE[box];
  const override = settings.boxLabels[box];
  const boxLabel: Text = override === undefined ? info.label : { zh: override, en: override };
  const facts: GateFacts = { box, level: e.level, mentorEligible: context.mentorEligible === true, cityPool: context.cityPool === true };
  const stage = context.growthStage;
  const custom = settings.boxActions[box];
  const factsKey = `${box}|${e.level ?? ''}|${facts.mentorEligible ? 1 : 0}|${facts.cityPool ? 1 : 0}|${stage ?? ''}`;

  const actions: PlanAction[] = [];
  for (const a of boxActionsFor(box, facts, custom)) {
    const make = (): PlanAction => {
      const training = trainingTypeOf({ key: a.key, training: a.training }, stage);
      return { section: 'box', key: `box:${a.key}`, label: a.label, target: a.target, ...(training ? { training } : {}) };
    };
    // A setting's rows are the workbook's own: not shared across settings.
    actions.push(custom ? make() : once(`box|${factsKey}|${a.key}`, make));
  }
  const taken = new Set<string>();
  for (const gap of review.topGaps) {
    const actual = gap.actual;
    if (actual === undefined) continue;
    const a = gapActionFor(gap.competency, facts, taken);
    taken.add(a.key);
    actions.push(
      once(`gap|${factsKey}|${gap.competency}|${a.key}|${actual}|${gap.required}|${gap.gap ?? ''}|${gap.severity}`, () => {
        const training = trainingTypeOf(a, stage);
        return {
          section: 'gap',
          key: `action:${gap.competency}:${a.key}`,
          label: a.label,
          target: gapTarget(gap.competency, actual, gap.required),
          gap,
          ...(training ? { training } : {}),
        };
      }),
    );
  }
  const mentor = context.mentor;
  if (mentor && mentor.menteeId === e.id) {
    const mentorOwner = mentor.mentorName ?? mentor.mentorId;
    const training = trainingTypeOf({ key: 'mentoring', training: true }, context.growthStage);
    actions.push({ section: 'mentoring', key: 'mentoring', ...MENTORING_ACTION, owner: mentorOwner, ...(training ? { training } : {}) });
  }
  if (e.flightRisk === 'high' && isRetentionBox(box)) {
    for (const term of ['short', 'long'] as const) {
      actions.push(
        once(`retain|${box}|${term}`, () => {
          const items = retentionFor(box)[term];
          const label: Text = {
            zh: `${RETENTION_LABEL[term].zh}：${items.map((i) => i.label.zh).join('、')}`,
            en: `${RETENTION_LABEL[term].en}: ${items.map((i) => i.label.en).join(', ')}`,
          };
          return { section: 'retention', key: `retain:${term}`, label, target: RETENTION_TARGET[term] };
        }),
      );
    }
  }

  const strategy = mentor === undefined ? STRATEGY_WITHOUT_MENTOR[box] ?? info.strategy : info.strategy;
  const plan: DevelopmentPlan = {
    engineerId: e.id,
    name: e.name,
    department: e.department,
    position: e.position,
    category: e.category,
    level: e.level,
    box,
    boxLabel,
    strategy,
    strengths: [...review.strengths],
    actions,
    mentor,
    growthStage: context.growthStage,
    careerTrack: context.careerTrack,
    careerInterest: e.careerInterest,
    reviewDate: settings.reviewDate === undefined ? undefined : addMonths(settings.reviewDate, settings.reviewMonths),
  };
  if (mentor === undefined && context.mentorNote) plan.mentorNote = context.mentorNote;
  if (context.manager !== undefined) plan.owner = context.manager;
  if (review.placement.box !== box) plan.calibratedFrom = review.placement.box;
  // Results (实绩) for the plan to show beside the gaps; counts as given, never scored.
  if (e.results) plan.results = { ...e.results };
  if (e.performanceHistory && e.performanceHistory.length > 0) {
    plan.performance = e.performance.band;
    plan.performanceHistory = e.performanceHistory.map((h) => ({ ...h }));
  }
  return plan;
}
