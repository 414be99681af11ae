// The review as every host runs it: all reads first (target registry, people's cells of the sheets the last
// run wrote, roster, settings), then the engine, then all writes as SheetPlans. Hosts only translate; this
// file decides the order.
import { followUp } from '../domain/followUp';
import { reviewEngineers } from '../domain/review';
import type { Lang, ReviewResult } from '../domain/types';
import type { SheetGrid, WorkbookHost } from './host';
import type { OutputRole, SheetPlan } from './plan';
import { problem, type Problem } from './problems';
import { readReviewInput, type ReviewInput } from './read';
import { buildInputCopyPlans, buildOutputPlans, buildRegistryPlan, readPeopleCells, type PeopleCells, type WriteContext } from './write';
import { readRegistry, type RegistryEntry } from './write/registry';
import { REGISTRY_SHEET } from './write/text';

export type Stage = 'read' | 'review' | 'write' | 'done';

export interface RunOptions {
  /** Today, ISO yyyy-mm-dd: the review date of a first run. */
  today: string;
  /** Wins over the workbook's 输出语言 setting (the CLI's --lang). */
  lang?: Lang;
  /** Settings and standards from another workbook (CLI --settings). */
  settingsHost?: WorkbookHost;
  /** Write values-only copies of the input sheets (review workbooks outside Excel). */
  copyInputs: boolean;
  /** Which output sheets to write (the pane's choice); all when absent. The registry is always written. */
  outputs?: readonly OutputRole[];
  /** Engineers (IDs) who also get a one-person plan sheet 一人一策-<name> (CLI --plans-for; the pane's selection). */
  plansFor?: readonly string[];
  /** When the clock says, for the registry's written-at. */
  now?: () => Date;
  progress?: (stage: Stage, detail?: { done: number; total: number }) => void;
}

export type RunOutcome =
  | { ok: true; input: ReviewInput; result: ReviewResult; problems: Problem[]; plans: SheetPlan[]; lang: Lang }
  | { ok: false; fatal: Problem; problems: Problem[] };

/** Reads the registry of the workbook the review is written to (empty for a new one). */
export async function targetRegistry(target: WorkbookHost): Promise<RegistryEntry[]> {
  const sheets = await target.sheets();
  if (!sheets.some((s) => s.name === REGISTRY_SHEET)) return [];
  const grids: SheetGrid[] = await target.readSheets([REGISTRY_SHEET]);
  return readRegistry(grids[0]);
}

/** The sheets holding people's cells, in the order their cells merge: the plans sheet, one-person plans, the rest. */
const PEOPLE_ROLES: readonly OutputRole[] = ['plans', 'mentoring', 'summary'];

/**
 * Reads what people typed into the output sheets the last run wrote (found through the registry, in any
 * language), before anything is written.
 */
export async function readPeople(target: WorkbookHost, existing: readonly RegistryEntry[]): Promise<PeopleCells> {
  const present = new Set((await target.sheets()).map((s) => s.name));
  const entries = existing
    .filter((e) => PEOPLE_ROLES.includes(e.role) && present.has(e.sheet))
    .sort((a, b) => PEOPLE_ROLES.indexOf(a.role) - PEOPLE_ROLES.indexOf(b.role) || Number(a.key !== undefined) - Number(b.key !== undefined));
  if (entries.length === 0) return readPeopleCells([]);
  const grids = await target.readSheets(entries.map((e) => e.sheet));
  const byName = new Map(grids.map((g) => [g.name, g] as const));
  return readPeopleCells(entries.map((e) => byName.get(e.sheet)).filter((g): g is SheetGrid => g !== undefined));
}

/** Reads and reviews without writing anything (`talent-review check`, the pane's home page). */
export async function checkReview(
  source: WorkbookHost,
  options: Pick<RunOptions, 'today' | 'settingsHost'> & { existing?: RegistryEntry[] },
): Promise<{ ok: true; input: ReviewInput; result: ReviewResult } | { ok: false; fatal: Problem; problems: Problem[] }> {
  const fallbackReviewDate = options.existing?.find((e) => e.reviewDate)?.reviewDate ?? options.today;
  const read = await readReviewInput(source, { settingsHost: options.settingsHost, fallbackReviewDate });
  if (!read.ok) return read;
  const result = reviewEngineers(read.input.engineers, read.input.standards, read.input.settings);
  return { ok: true, input: read.input, result };
}

/** Reads `source`, reviews, and writes the output sheets into `target` (the same host inside Excel). */
export async function runReview(source: WorkbookHost, target: WorkbookHost, options: RunOptions): Promise<RunOutcome> {
  options.progress?.('read');
  const registry = await targetRegistry(target);
  const people = await readPeople(target, registry);
  // A one-person plan sheet a person deleted is not written again.
  const present = new Set((await target.sheets()).map((s) => s.name));
  const existing = registry.filter((e) => e.key === undefined || present.has(e.sheet));
  const checked = await checkReview(source, { ...options, existing });
  if (!checked.ok) return checked;
  const { input, result } = checked;
  options.progress?.('review');
  const fu = followUp(result, input.settings);
  const problems = [...input.problems, ...plansForProblems(options.plansFor ?? [], fu.plans.map((p) => p.engineerId), result.reviews.map((r) => r.engineer.id))];

  const lang = options.lang ?? input.settings.language;
  const reviewDate = input.settings.reviewDate ?? options.today;
  const ctx: WriteContext = {
    lang,
    settings: input.settings,
    reviewDate,
    writtenAt: (options.now ?? (() => new Date()))().toISOString(),
    existing,
    people,
    plansFor: options.plansFor,
    followUp: fu,
  };
  const wanted = options.outputs;
  const plans = buildOutputPlans(result, problems, ctx).filter((p) => !wanted || wanted.includes(p.role));
  if (options.copyInputs) plans.push(...buildInputCopyPlans(input.sourceSheets, ctx));
  plans.push(buildRegistryPlan(plans, ctx));

  options.progress?.('write');
  await target.apply(plans, (done, total) => options.progress?.('write', { done, total }));
  options.progress?.('done');
  return { ok: true, input, result, problems, plans, lang };
}

/** An ID asked for a one-person plan that was not reviewed, or has no plan (plan scope 培育库): a warning. */
export function plansForProblems(asked: readonly string[], withPlan: readonly string[], reviewed: readonly string[]): Problem[] {
  const planned = new Set(withPlan);
  const known = new Set(reviewed);
  const out: Problem[] = [];
  for (const id of new Set(asked)) {
    if (planned.has(id)) continue;
    out.push(
      known.has(id)
        ? problem('', '', 'warning', `工号 ${id} 没有个人发展计划（计划范围为培育库），未生成一人一策工作表`, `${id} has no development plan (plan scope is the pool): no one-person plan sheet`)
        : problem('', '', 'warning', `工号 ${id} 不在本次盘点中，未生成一人一策工作表`, `${id} is not in this review: no one-person plan sheet`),
    );
  }
  return out;
}
