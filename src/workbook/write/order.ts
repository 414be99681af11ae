// Tabs in meeting order (DOMAIN.md, Printing): 盘点总览, 九宫格, 盘点汇总, the meeting packs, then the working
// sheets, then 数据检查, 校准记录 and the input copies last — so printing the whole workbook gives the
// meeting set first. A new workbook takes the plans' order as its tab order.
import type { OutputRole, SheetPlan } from '../plan';

const MEETING_ORDER: readonly OutputRole[] = [
  'grid', 'summary', 'meetingPack', 'results', 'gaps', 'plans', 'pool', 'mentoring', 'talentMap', 'succession', 'assessment', 'check',
  'calibration', 'input', 'registry',
];

/** Where a role's sheets go; a role not listed (a new one) goes with the working sheets. */
export function rank(role: OutputRole): number {
  const i = MEETING_ORDER.indexOf(role);
  return i < 0 ? MEETING_ORDER.indexOf('mentoring') + 0.5 : i;
}

/** The plans in meeting order; plans of one role keep their order. */
export function inMeetingOrder(plans: readonly SheetPlan[]): SheetPlan[] {
  return plans.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.role) - rank(b.p.role) || a.i - b.i).map((x) => x.p);
}
