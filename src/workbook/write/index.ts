// The output sheets of a review as SheetPlans, plus the values-only input copies and the registry.
// A plan replaces the existing sheet of its role (found through the registry) when that sheet's name
// differs, so a renamed or re-languaged output sheet is replaced, never duplicated. Sheets of which a run
// writes several (one-person plans, meeting packs) keep the name they were written under, and a new one
// takes a name no sheet in the workbook has: else it would overwrite, or be removed as, another's sheet —
// or a person's own.
import { followUp as computeFollowUp } from '../../domain/followUp';
import type { FollowUp } from '../../domain/followUpTypes';
import { hasPrevious, movementMatrix } from '../../domain/movement';
import type { Settings } from '../../domain/settings';
import type { Lang, ReviewResult } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { PlanValue, SheetPlan } from '../plan';
import type { Problem } from '../problems';
import { resultsTotals } from '../../domain/achievements';
import type { EngineerAssessment } from '../../domain/assessment';
import { buildAssessmentSummaryPlan } from './assessmentSummary';
import { buildCheckPlan } from './check';
import { buildGapsPlan } from './gaps';
import { buildGridPlan } from './grid';
import { inputCopyPlan } from './inputCopy';
import { buildMentoringPlan } from './mentoring';
import { buildOverviewPlan } from './overview';
import { overviewOf } from '../../domain/overview';
import { emptyPeopleCells, type PeopleCells } from './people';
import { buildPlansParts, withStalePartsRemoved } from './planParts';
import { buildOnePersonPlan, onePersonKey, onePersonSheetName, type FollowContext } from './plans';
import { buildPoolPlan } from './pool';
import { identityOf, registryPlan, type RegistryEntry } from './registry';
import { askedGroups, buildMeetingPackPlan, meetingGroups, meetingKey, meetingSheetName, type MeetingGroup } from './meetingPack';
import { buildResultsPlan } from './results';
import { buildSummaryPlan } from './summary';
import { buildSuccessionPlan } from './succession';
import { buildTalentMapPlan } from './talentMap';
import type { Planning } from '../../domain/planning';
import type { CardChoice } from '../../domain/cards';
import { buildCardsPlan } from './cards';

export type { RegistryEntry } from './registry';
export type { PeopleCells } from './people';
export { readPeopleCells, emptyPeopleCells } from './people';
export { readRegistry, firstReviewDate } from './registry';
export { REGISTRY_SHEET, SHEET_NAMES, RESULTS_HEADERS, sheetName } from './text';

export interface WriteContext {
  lang: Lang;
  settings: Settings;
  /** ISO yyyy-mm-dd: the review date of the first run (kept in the registry) or of this one. */
  reviewDate: string;
  /** ISO timestamp of this run. */
  writtenAt: string;
  /** The registry as read from the workbook before writing. */
  existing: RegistryEntry[];
  /** People's cells of the sheets the last run wrote, read before writing (empty for a new workbook). */
  people?: PeopleCells;
  /** Engineers who also get a one-person plan sheet (--plans-for; the pane's selection). */
  plansFor?: readonly string[];
  /** The follow-up of the review, when the caller has it already. */
  followUp?: FollowUp;
  /**
   * Names of the sheets the target has, or the run copies into it: a new one-person plan or meeting pack
   * takes none of them (a sheet of a person's own is never written over).
   */
  occupied?: readonly string[];
  /** The minutes typed into the meeting packs' notes boxes, by pack key (meetingNotesOf). */
  meetingNotes?: ReadonlyMap<string, PlanValue>;
  /** Supply against demand and succession: the 人才地图 and 继任规划 sheets (written when given). */
  planning?: Planning;
  /** The aggregates of 能力评价 by ID key, where the workbook has that sheet: 评价汇总 is written. */
  assessments?: ReadonlyMap<string, EngineerAssessment>;
  /** Who gets a talent card (人才卡片); the default set when absent, no sheet for `none`. */
  cards?: CardChoice;
}

function withReplaces(plan: SheetPlan, existing: readonly RegistryEntry[]): SheetPlan {
  const before = existing.find((e) => identityOf(e) === identityOf(plan) && (plan.role !== 'input' || e.sheet === plan.name));
  return before && before.sheet !== plan.name ? { ...plan, replaces: before.sheet } : plan;
}

/**
 * Plans that do not replace a sheet another plan writes (`others`: names, lower case, written beside these):
 * that sheet is the other plan's now, and replacing it would remove what the other plan wrote.
 */
function withoutReplacesOnto(plans: SheetPlan[], others: ReadonlySet<string> = new Set()): SheetPlan[] {
  const writers = new Map<string, number>();
  for (const p of plans) writers.set(p.name.toLowerCase(), (writers.get(p.name.toLowerCase()) ?? 0) + 1);
  return plans.map((p) => {
    if (p.replaces === undefined) return p;
    const target = p.replaces.toLowerCase();
    const own = target === p.name.toLowerCase() ? 1 : 0;
    if (!others.has(target) && (writers.get(target) ?? 0) <= own) return p;
    const { replaces: _theirs, ...plan } = p;
    return plan;
  });
}

/** Names (lower case) of every sheet the registry knows or the workbook has: a new sheet takes none of them. */
function takenNames(ctx: Pick<WriteContext, 'existing' | 'occupied'>): Set<string> {
  return new Set([...ctx.existing.map((e) => e.sheet), ...(ctx.occupied ?? [])].map((n) => n.toLowerCase()));
}

/**
 * Who gets a one-person plan sheet: those asked for now, then those who had one before (it is kept up to
 * date until a person deletes the sheet), each once and only with a plan.
 */
export function onePersonIds(ctx: Pick<WriteContext, 'plansFor' | 'existing'>): string[] {
  const ids = [...(ctx.plansFor ?? [])];
  for (const e of ctx.existing) if (e.role === 'plans' && e.key?.startsWith('plan:')) ids.push(e.key.slice('plan:'.length));
  return [...new Set(ids)];
}

/**
 * 盘点结果, 九宫格, 能力差距, 数据检查, 个人发展计划 (and past 1,000 plans 个人发展计划(2)…, planParts.ts),
 * 培育库, 导师结对, 人才地图 and 继任规划 (when planning is given), 评价汇总, 人才卡片 (unless `cards` is none),
 * 盘点汇总, 盘点总览 — then the one-person plan sheets (run.ts puts them in meeting order, 盘点总览 first).
 */
export function buildOutputPlans(result: ReviewResult, problems: Problem[], ctx: WriteContext): SheetPlan[] {
  const { lang, settings } = ctx;
  const fu = ctx.followUp ?? computeFollowUp(result, settings);
  const follow: FollowContext = {
    lang,
    settings,
    reviewDate: ctx.reviewDate,
    archiveDate: ctx.writtenAt.slice(0, 10),
    people: ctx.people ?? emptyPeopleCells(),
  };
  const plans: SheetPlan[] = [
    buildResultsPlan(result, lang, settings, fu),
    { ...buildGridPlan(result, lang, settings, ctx.reviewDate), activate: true },
    buildGapsPlan(result, lang, settings),
    buildCheckPlan(problems, lang),
    ...buildPlansParts(fu.plans, follow),
    buildPoolPlan(result, fu, follow),
    buildMentoringPlan(result, fu, follow),
    ...(ctx.planning ? planningPlans(ctx.planning, result, follow) : []),
    ...(ctx.assessments ? [buildAssessmentSummaryPlan(result, ctx.assessments, lang, settings)] : []),
    ...cardsPlans(result, fu, ctx),
    buildSummaryPlan(fu, follow, hasPrevious(result.reviews) ? movementMatrix(result.reviews) : undefined, resultsTotals(result.reviews), ctx.planning),
    buildOverviewPlan(overviewOf(result, settings, ctx.planning?.succession), lang, settings, ctx.reviewDate),
  ];
  const written = new Set(plans.map((p) => p.name.toLowerCase()));
  const inWorkbook = takenNames(ctx);
  const byId = new Map(fu.plans.map((p) => [p.engineerId, p] as const));
  for (const id of onePersonIds(ctx)) {
    const plan = byId.get(id);
    if (!plan) continue;
    // A sheet written before keeps its name (a re-run replaces it in place); a new one takes a name that
    // neither this run nor any sheet in the workbook has — not the name of a same-named colleague's sheet.
    const key = onePersonKey(id);
    const before = ctx.existing.find((e) => e.role === 'plans' && e.key === key && e.lang === lang);
    const name =
      before && !written.has(before.sheet.toLowerCase())
        ? before.sheet
        : onePersonSheetName(plan, lang, new Set([...written, ...inWorkbook]));
    written.add(name.toLowerCase());
    plans.push(buildOnePersonPlan(plan, name, follow));
  }
  return withoutStaleAssessment(withStalePartsRemoved(withoutReplacesOnto(plans.map((p) => withReplaces(p, ctx.existing))), ctx.existing), ctx);
}

/**
 * 评价汇总 of an earlier run goes with the results once the workbook has no 能力评价: a summary of ratings the
 * review no longer reads would mislead the meeting.
 */
function withoutStaleAssessment(plans: SheetPlan[], ctx: Pick<WriteContext, 'assessments' | 'existing'>): SheetPlan[] {
  if (ctx.assessments) return plans;
  const stale = ctx.existing.filter((e) => e.role === 'assessment').map((e) => e.sheet);
  const i = plans.findIndex((p) => p.role === 'results');
  if (stale.length === 0 || i < 0) return plans;
  const out = [...plans];
  out[i] = { ...out[i], removes: [...new Set([...(out[i].removes ?? []), ...stale])] };
  return out;
}

function cardsPlans(result: ReviewResult, fu: FollowUp, ctx: WriteContext): SheetPlan[] {
  const plan = buildCardsPlan(result, fu, { lang: ctx.lang, settings: ctx.settings, reviewDate: ctx.reviewDate, choice: ctx.cards ?? { kind: 'default' }, planning: ctx.planning });
  return plan ? [plan] : [];
}

function planningPlans(planning: Planning, result: ReviewResult, follow: FollowContext): SheetPlan[] {
  const { lang, settings } = follow;
  return [
    buildTalentMapPlan(planning.map, { lang, scarceShare: settings.scarceShare, term: settings.cultivationTerm, targets: planning.targets, reviews: result.reviews }),
    buildSuccessionPlan(planning.succession, follow),
  ];
}

/**
 * Meeting packs (会议材料-<部门>): the departments asked for now (a name, or 全部 / all), then those that
 * had one before (kept up to date until a person deletes the sheet). `taken`: names of the other plans.
 */
export function buildMeetingPlans(
  result: ReviewResult,
  ctx: Pick<WriteContext, 'lang' | 'settings' | 'reviewDate' | 'existing' | 'occupied' | 'meetingNotes' | 'followUp' | 'planning'>,
  asked: string | undefined,
  taken: ReadonlySet<string>,
  refreshExisting = true,
): { plans: SheetPlan[]; missing: boolean } {
  const groups: MeetingGroup[] = [];
  let missing = false;
  if (asked !== undefined) {
    const a = askedGroups(result, asked);
    groups.push(...a.groups);
    missing = a.missing;
  }
  if (refreshExisting) {
    const all = meetingGroups(result);
    for (const e of ctx.existing) {
      if (e.role !== 'meetingPack' || e.key === undefined) continue;
      const g = all.find((x) => meetingKey(x.department) === e.key);
      if (g) groups.push(g);
    }
  }
  const others = new Set([...taken].map((n) => n.toLowerCase()));
  const names = new Set(others);
  const inWorkbook = takenNames(ctx);
  const seen = new Set<string>();
  const plans: SheetPlan[] = [];
  for (const g of groups) {
    const key = meetingKey(g.department);
    if (seen.has(key)) continue;
    seen.add(key);
    // A pack written before keeps its sheet's name, so a re-run replaces it in place; a new one takes a
    // name no sheet in the workbook has (two departments can share a sheet name once / and : become _).
    const before = ctx.existing.find((e) => e.role === 'meetingPack' && e.key === key && e.lang === ctx.lang);
    const name =
      before && !names.has(before.sheet.toLowerCase())
        ? before.sheet
        : meetingSheetName(g.department, ctx.lang, new Set([...names, ...inWorkbook]));
    names.add(name.toLowerCase());
    plans.push(withReplaces(buildMeetingPackPlan(result, g, name, ctx, ctx.meetingNotes?.get(key)), ctx.existing));
  }
  return { plans: withoutReplacesOnto(plans, others), missing };
}

/** `headerRows`: sheet name → 0-based header row, where the reader found it (made bold in the copy). */
export function buildInputCopyPlans(
  sheets: SheetGrid[],
  ctx: WriteContext,
  headerRows: Record<string, number> = {},
): SheetPlan[] {
  return sheets.map((s) => withReplaces(inputCopyPlan(s, ctx.lang, headerRows[s.name]), ctx.existing));
}

/** The very-hidden registry, recording every plan (input copies too); apply it last. */
export function buildRegistryPlan(plans: SheetPlan[], ctx: WriteContext): SheetPlan {
  return registryPlan(plans, ctx.existing, ctx.reviewDate, ctx.writtenAt);
}
