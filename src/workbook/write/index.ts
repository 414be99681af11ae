// The output sheets of a review as SheetPlans, plus the values-only input copies and the registry.
// A plan replaces the existing sheet of its role (found through the registry) when that sheet's name
// differs, so a renamed or re-languaged output sheet is replaced, never duplicated.
import type { Settings } from '../../domain/settings';
import type { Lang, ReviewResult } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { SheetPlan } from '../plan';
import type { Problem } from '../problems';
import { buildCheckPlan } from './check';
import { buildGapsPlan } from './gaps';
import { buildGridPlan } from './grid';
import { inputCopyPlan } from './inputCopy';
import { registryPlan, type RegistryEntry } from './registry';
import { buildResultsPlan } from './results';

export type { RegistryEntry } from './registry';
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
}

function withReplaces(plan: SheetPlan, existing: readonly RegistryEntry[]): SheetPlan {
  const before = existing.find((e) => e.role === plan.role && (plan.role !== 'input' || e.sheet === plan.name));
  return before && before.sheet !== plan.name ? { ...plan, replaces: before.sheet } : plan;
}

/** 盘点结果, 九宫格, 能力差距, 数据检查 — in that tab order. */
export function buildOutputPlans(result: ReviewResult, problems: Problem[], ctx: WriteContext): SheetPlan[] {
  const { lang, settings } = ctx;
  return [
    buildResultsPlan(result, lang, settings),
    { ...buildGridPlan(result, lang, settings, ctx.reviewDate), activate: true },
    buildGapsPlan(result, lang, settings),
    buildCheckPlan(problems, lang),
  ].map((p) => withReplaces(p, ctx.existing));
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
