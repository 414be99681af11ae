// The development plan per engineer (一人一策, DOMAIN.md, Development plan; §四(三)2(3)): box and strategy,
// strengths, the top three gaps each with two catalogue actions and a training type, mentor, growth stage,
// career track, retention actions (flight risk 高 in box 9, 8 or 6, table 2) and the review date.
import { actionsFor, RETENTION_BOXES, retentionFor, trainingTypeFor, type RetentionBox } from './actions';
import { BOX_TABLE, type CareerTrack, type GrowthStage } from './catalogue';
import type { DevelopmentPlan, MentorPair, PlanGap } from './followUpTypes';
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
  growthStage?: GrowthStage;
  careerTrack?: CareerTrack;
}

export function developmentPlan(
  review: EngineerReview,
  context: PlanContext,
  settings: Pick<Settings, 'reviewDate' | 'reviewMonths' | 'boxLabels'>,
): DevelopmentPlan {
  const e = review.engineer;
  const box = review.finalBox;
  const info = BOX_TABLE[box];
  const override = settings.boxLabels[box];
  const boxLabel: Text = override === undefined ? info.label : { zh: override, en: override };
  const gaps: PlanGap[] = [];
  for (const gap of review.topGaps) {
    const actions = actionsFor(gap.competency, gap.severity);
    if (actions) gaps.push({ gap, actions, training: trainingTypeFor(gap.severity, context.growthStage) });
  }
  const plan: DevelopmentPlan = {
    engineerId: e.id,
    name: e.name,
    department: e.department,
    position: e.position,
    category: e.category,
    level: e.level,
    box,
    boxLabel,
    strategy: info.strategy,
    strengths: [...review.strengths],
    gaps,
    mentor: context.mentor,
    growthStage: context.growthStage,
    careerTrack: context.careerTrack,
    careerInterest: e.careerInterest,
    reviewDate: settings.reviewDate === undefined ? undefined : addMonths(settings.reviewDate, settings.reviewMonths),
  };
  if (review.placement.box !== box) plan.calibratedFrom = review.placement.box;
  if (e.flightRisk === 'high' && isRetentionBox(box)) plan.retention = retentionFor(box);
  // Results (实绩) for the plan to show beside the gaps; counts as given, never scored.
  if (e.results) plan.results = { ...e.results };
  return plan;
}
