// The review as every host runs it: all reads first (target registry, roster, settings), then the engine,
// then all writes as SheetPlans. Hosts only translate; this file decides the order.
import { reviewEngineers } from '../domain/review';
import type { Lang, ReviewResult } from '../domain/types';
import type { SheetGrid, WorkbookHost } from './host';
import type { OutputRole, SheetPlan } from './plan';
import type { Problem } from './problems';
import { readReviewInput, type ReviewInput } from './read';
import { buildInputCopyPlans, buildOutputPlans, buildRegistryPlan, type WriteContext } from './write';
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
  const existing = await targetRegistry(target);
  const checked = await checkReview(source, { ...options, existing });
  if (!checked.ok) return checked;
  const { input, result } = checked;
  options.progress?.('review');

  const lang = options.lang ?? input.settings.language;
  const reviewDate = input.settings.reviewDate ?? options.today;
  const ctx: WriteContext = {
    lang,
    settings: input.settings,
    reviewDate,
    writtenAt: (options.now ?? (() => new Date()))().toISOString(),
    existing,
  };
  const wanted = options.outputs;
  const plans = buildOutputPlans(result, input.problems, ctx).filter((p) => !wanted || wanted.includes(p.role));
  if (options.copyInputs) plans.push(...buildInputCopyPlans(input.sourceSheets, ctx));
  plans.push(buildRegistryPlan(plans, ctx));

  options.progress?.('write');
  await target.apply(plans, (done, total) => options.progress?.('write', { done, total }));
  options.progress?.('done');
  return { ok: true, input, result, problems: input.problems, plans, lang };
}
