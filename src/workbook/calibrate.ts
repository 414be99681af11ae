// What the pane's calibration page calls: the review as it stands after the log (each engineer's computed
// and final box, explanation, gaps and log rows), a move appended as ONE row of 校准记录, an undo as a
// reversing row, the sanity warnings before saving, and the engineer of the selected row. The log is never
// replaced: when there is none yet it is created once (headers) and recorded in the registry.
import { applyCalibration, calibrationSanity, historyOf, idKey, type SanityWarning } from '../domain/calibration';
import type { Box, CalibrationRecord, Lang, ReviewResult } from '../domain/types';
import type { WorkbookHost } from './host';
import { parseA1Row } from './a1Row';
import type { PlanValue } from './plan';
import { problem, type Problem } from './problems';
import type { ReviewInput } from './read';
import { findCalibrationLog, readCalibrationLog } from './read/calibration';
import { cellAt, readId } from './read/values';
import { calibrationProblems, checkReview, targetRegistry } from './run';
import { calibrationLogPlan, logRowValues, logTime } from './write/calibration';
import { firstReviewDate, registryPlan, type RegistryEntry } from './write/registry';

/** The document setting where the pane remembers the last 决定人 typed (Office's document settings). */
export const DECIDED_BY_SETTING = 'talentReview.decidedBy';

export interface CalibrationView {
  ok: true;
  input: ReviewInput;
  /** Final boxes after the log. */
  result: ReviewResult;
  /** Every row of the log, in log order. */
  records: CalibrationRecord[];
  /** The log sheet, when there is one. */
  logSheet?: string;
  /** The log's problems (unknown engineers and boxes, stale rows). */
  problems: Problem[];
}

export type CalibrationLoad = CalibrationView | { ok: false; fatal: Problem; problems: Problem[] };

/** The workbook's log, read and applied to a checked review; undefined when the workbook has none. */
async function appliedLog(host: WorkbookHost, registry: readonly RegistryEntry[], checked: { input: ReviewInput; result: ReviewResult }) {
  const found = await findCalibrationLog(host, registry);
  if (!found) return undefined;
  const log = readCalibrationLog(found.grid, checked.input.settings);
  return { log, applied: applyCalibration(checked.result, log.records, checked.input.settings) };
}

/**
 * What a check says of the workbook's log (talent-review check, the pane's home page), as a run would: its
 * rows' own problems, rows naming nobody reviewed, rows calibrated from a box the data no longer give.
 */
export async function logProblems(
  host: WorkbookHost,
  registry: readonly RegistryEntry[],
  checked: { input: ReviewInput; result: ReviewResult },
): Promise<Problem[]> {
  const got = await appliedLog(host, registry, checked);
  return got ? calibrationProblems(got.log, got.applied.unknown, got.applied.stale, checked.result.reviews.map((r) => r.engineer.id)) : [];
}

/** Reads and reviews, then applies the log: what the pane shows before a move. Writes nothing. */
export async function loadCalibration(host: WorkbookHost, today: string): Promise<CalibrationLoad> {
  const registry = await targetRegistry(host);
  const checked = await checkReview(host, { today, existing: registry });
  if (!checked.ok) return checked;
  const got = await appliedLog(host, registry, checked);
  if (!got) return { ok: true, input: checked.input, result: checked.result, records: [], problems: [] };
  const { log, applied } = got;
  return {
    ok: true,
    input: checked.input,
    result: applied.result,
    records: log.records,
    logSheet: log.sheet,
    problems: calibrationProblems(log, applied.unknown, applied.stale, checked.result.reviews.map((r) => r.engineer.id)),
  };
}

/** One engineer's rows of the log, in order. */
export function engineerHistory(view: Pick<CalibrationView, 'records'>, id: string): CalibrationRecord[] {
  return historyOf(view.records, id);
}

/** Warnings before moving `id` to `to`: the department's box share and the manager's mean (DOMAIN.md). */
export function sanityWarnings(view: Pick<CalibrationView, 'result' | 'input'>, id: string, to: Box): SanityWarning[] {
  return calibrationSanity(view.result, id, to, view.input.settings);
}

export interface CalibrationRequest {
  id: string;
  name: string;
  from: Box;
  to: Box;
  reason: string;
  decidedBy: string;
}

export type AppendOutcome = { ok: true; sheet: string; row: PlanValue[] } | { ok: false; problem: Problem };

function refused(zh: string, en: string): AppendOutcome {
  return { ok: false, problem: problem('', '', 'error', zh, en) };
}

/**
 * Makes sure the log exists and is in the registry (the Office.js host appends to a registered log only),
 * creating it with its headers when missing. Returns its name.
 */
async function ensureLog(host: WorkbookHost, lang: Lang, now: Date): Promise<string> {
  const registry = await targetRegistry(host);
  const found = await findCalibrationLog(host, registry);
  if (found?.registered) return found.grid.name;
  const reviewDate = firstReviewDate(registry) ?? '';
  const writtenAt = now.toISOString();
  if (found) {
    // A log made by hand: recorded as it is, never rewritten.
    const entry: RegistryEntry = { role: 'calibration', sheet: found.grid.name, lang, reviewDate };
    await host.apply([registryPlan([], [...registry, entry], reviewDate, writtenAt)]);
    return found.grid.name;
  }
  const plan = calibrationLogPlan(lang);
  await host.apply([plan, registryPlan([plan], registry, reviewDate, writtenAt)]);
  return plan.name;
}

/**
 * Appends ONE row to 校准记录: time, ID, name, from, to, reason, who decided. The reason and who decided are
 * required, and the box must change; what a person can get wrong is a problem, never an exception.
 * `lang`: the log's language when it has to be created.
 */
export async function appendCalibration(
  host: WorkbookHost,
  request: CalibrationRequest,
  options: { lang: Lang; now?: Date },
): Promise<AppendOutcome> {
  const reason = request.reason.trim();
  const decidedBy = request.decidedBy.trim();
  if (reason === '') return refused('请填写校准原因', 'Give the reason for the calibration');
  if (decidedBy === '') return refused('请填写决定人', 'Say who decided');
  if (request.from === request.to) return refused('调整后与调整前相同，无需校准', 'The new box is the same as the current one');
  if (!host.appendRows) return refused('此环境不能写入校准记录', 'This host cannot write the calibration log');
  const now = options.now ?? new Date();
  const sheet = await ensureLog(host, options.lang, now);
  const row = logRowValues({ time: logTime(now), id: request.id, name: request.name, from: request.from, to: request.to, reason, decidedBy });
  await host.appendRows(sheet, [row]);
  return { ok: true, sheet, row };
}

/** The undo reason: 「撤销：<the reason undone>」. */
export function undoReason(record: CalibrationRecord | undefined, lang: Lang): string {
  const what = record?.reason ?? '';
  return lang === 'zh-CN' ? `撤销：${what}` : `Undo: ${what}`;
}

/**
 * Undoes an engineer's calibration by appending a reversing row (from the final box back to the computed
 * one): the log stays append-only. A problem when the engineer is not calibrated.
 */
export async function undoCalibration(
  host: WorkbookHost,
  view: Pick<CalibrationView, 'result' | 'records'>,
  id: string,
  decidedBy: string,
  options: { lang: Lang; now?: Date },
): Promise<AppendOutcome> {
  const review = view.result.reviews.find((r) => idKey(r.engineer.id) === idKey(id));
  if (!review || review.finalBox === review.placement.box) {
    return refused('此工程师没有可撤销的校准', 'This engineer has no calibration to undo');
  }
  const rows = historyOf(view.records, id);
  const last = rows[rows.length - 1];
  return appendCalibration(
    host,
    {
      id: review.engineer.id,
      name: review.engineer.name,
      from: review.finalBox,
      to: review.placement.box,
      reason: undoReason(last, options.lang),
      decidedBy,
    },
    options,
  );
}

/**
 * The engineer (ID) of the selected row, in any sheet: the first cell of that row holding a reviewed ID.
 * Undefined when nothing is selected, the host has no selection, or the row names nobody; `{ areas }` when
 * several ranges are selected at once, which name no one row.
 */
export async function selectedEngineer(host: WorkbookHost, view: Pick<CalibrationView, 'result'>): Promise<string | { areas: number } | undefined> {
  const sel = host.selection ? await host.selection() : undefined;
  if (!sel) return undefined;
  if ('areas' in sel) return { areas: sel.areas };
  const row = parseA1Row(sel.address);
  if (row === undefined) return undefined;
  const [grid] = await host.readSheets([sel.sheet]);
  if (!grid) return undefined;
  const ids = new Map(view.result.reviews.map((r) => [idKey(r.engineer.id), r.engineer.id] as const));
  const r = row - grid.origin.row;
  for (let c = 0; c < (grid.values[r]?.length ?? 0); c++) {
    const v = readId(cellAt(grid, r, c));
    if (v.kind === 'ok' && ids.has(idKey(v.value))) return ids.get(idKey(v.value));
  }
  return undefined;
}
