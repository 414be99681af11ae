// Builders for the follow-up sheet tests: a review with years, projects and flight risk, the follow-up
// context, and reading a written plan back as the next run would.
import { followUp } from '../../../src/domain/followUp';
import { defaultSettings, type Settings } from '../../../src/domain/settings';
import type { Engineer, Lang, ReviewResult } from '../../../src/domain/types';
import type { PlanValue, SheetPlan } from '../../../src/workbook/plan';
import { emptyPeopleCells, readPeopleCells, type PeopleCells } from '../../../src/workbook/write/people';
import type { FollowContext } from '../../../src/workbook/write/plans';
import { review, type EngineerSpec } from '../../fixtures/reviews';
import { gridOf } from '../../helpers/memoryHost';

export type Spec = EngineerSpec & Partial<Pick<Engineer, 'years' | 'projectsLed' | 'flightRisk' | 'inPool' | 'keyPosition' | 'mentorId' | 'position'>>;

export function reviewed(specs: Spec[], settings: Settings = defaultSettings()): ReviewResult {
  const result = review(specs, settings);
  result.reviews.forEach((r, i) => {
    const s = specs[i];
    Object.assign(r.engineer, {
      years: s.years, projectsLed: s.projectsLed, flightRisk: s.flightRisk, inPool: s.inPool, keyPosition: s.keyPosition,
      mentorId: s.mentorId, position: s.position,
    });
  });
  return result;
}

export function follow(lang: Lang = 'zh-CN', people: PeopleCells = emptyPeopleCells(), settings: Settings = defaultSettings()): FollowContext {
  return { lang, settings: { ...settings, reviewDate: '2025-06-30' }, reviewDate: '2025-06-30', archiveDate: '2025-12-31', people };
}

export function followOf(result: ReviewResult, settings: Settings = defaultSettings()) {
  return followUp(result, { ...settings, reviewDate: '2025-06-30' });
}

/** What the next run reads from these sheets. */
export function reread(...plans: SheetPlan[]): PeopleCells {
  return readPeopleCells(plans.map((p) => gridOf(p.name, p.values)));
}

/** A copy of the plan's values with some cells typed in, as a person would. */
export function typed(plan: SheetPlan, cells: { row: number; col: number; value: PlanValue }[]): SheetPlan {
  const values = plan.values.map((r) => [...r]);
  for (const { row, col, value } of cells) {
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = value;
  }
  return { ...plan, values };
}

/** Every text of a plan, for "never written" checks. */
export function allText(plan: SheetPlan): string {
  return plan.values.map((r) => r.map((v) => (v === null ? '' : String(v))).join('\t')).join('\n');
}
