// The review as every host runs it: all reads first (target registry, people's cells of the sheets the last
// run wrote, roster, settings), then the engine, then all writes as SheetPlans. Hosts only translate; this
// file decides the order.
import { applyCalibration, idKey } from '../domain/calibration';
import { unknownCardIds, type CardChoice } from '../domain/cards';
import { digitsOf, matchPrevious } from '../domain/ids';
import { followUp } from '../domain/followUp';
import { planningOf, withSuccessionActions } from '../domain/planning';
import { reviewEngineers } from '../domain/review';
import type { Settings } from '../domain/settings';
import type { Box, Lang, ReviewResult } from '../domain/types';
import type { SheetGrid, WorkbookHost } from './host';
import { PEOPLE_ROLES, type OutputRole, type PlanValue, type SheetPlan } from './plan';
import { problem, type Problem } from './problems';
import type { ReviewInput } from './read';
import { readCleanInput } from './readClean';
import { findCalibrationLog, logCell, readCalibrationLog, type CalibrationLog } from './read/calibration';
import { readPreviousBoxes, type PreviousBoxes } from './read/previous';
import {
  buildInputCopyPlans,
  buildMeetingPlans,
  buildOutputPlans,
  buildRegistryPlan,
  readPeopleCells,
  type PeopleCells,
  type WriteContext,
} from './write';
import { calibrationLogPlan } from './write/calibration';
import { inMeetingOrder } from './write/order';
import { limitPlanCells } from './write/cellLimits';
import { buildCheckPlan } from './write/check';
import { keepOwnSheets } from './write/ownSheets';
import { isPartKey, partNumber, splitNote } from './write/planParts';
import { askedGroups, meetingNotesOf } from './write/meetingPack';
import { keepPersonNames, readRegistry, resolveRegistry, type RegistryEntry } from './write/registry';
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
  /**
   * An earlier review workbook (CLI --previous; the pane's previous file): previous boxes are its results'
   * 校准后九宫格 by ID, instead of the roster's 上期九宫格.
   */
  previous?: WorkbookHost;
  /** A department, or 全部 / all: meeting pack sheets (CLI --meeting-pack; the pane's button). */
  meetingPack?: string;
  /** Who gets a talent card (CLI --cards); the default set (box 9 and 8, key posts) when absent. */
  cards?: CardChoice;
  /** When the clock says, for the registry's written-at. */
  now?: () => Date;
  progress?: (stage: Stage, detail?: { done: number; total: number }) => void;
}

export type RunOutcome =
  | {
      ok: true;
      input: ReviewInput;
      /** After calibration: final boxes, counts and checks on the calibrated boxes. */
      result: ReviewResult;
      problems: Problem[];
      plans: SheetPlan[];
      lang: Lang;
      /** The calibration log applied (undefined when the workbook has none yet). */
      log?: CalibrationLog;
    }
  | { ok: false; fatal: Problem; problems: Problem[] };

/**
 * Reads the registry of the workbook the review is written to (empty for a new one), each entry under the
 * name its sheet has now: a sheet a person renamed is found by its id (resolveRegistry).
 */
export async function targetRegistry(target: WorkbookHost): Promise<RegistryEntry[]> {
  const sheets = await target.sheets();
  if (!sheets.some((s) => s.name === REGISTRY_SHEET)) return [];
  const grids: SheetGrid[] = await target.readSheets([REGISTRY_SHEET]);
  return resolveRegistry(readRegistry(grids[0]), sheets);
}


/** Within a role: the parts of the plans sheet by number, then sheets of a key of another kind (one-person plans). */
function peopleRank(e: RegistryEntry): number {
  return e.role === 'plans' && isPartKey(e.key) ? partNumber(e.key) : Number.MAX_SAFE_INTEGER;
}

/**
 * Reads what people typed into the output sheets the last run wrote (found through the registry, in any
 * language), before anything is written.
 */
export async function readPeople(target: WorkbookHost, existing: readonly RegistryEntry[]): Promise<PeopleCells> {
  const present = new Set((await target.sheets()).map((s) => s.name));
  const entries = existing
    .filter((e) => PEOPLE_ROLES.includes(e.role) && present.has(e.sheet))
    .sort((a, b) => PEOPLE_ROLES.indexOf(a.role) - PEOPLE_ROLES.indexOf(b.role) || peopleRank(a) - peopleRank(b));
  if (entries.length === 0) return readPeopleCells([]);
  const grids = await target.readSheets(entries.map((e) => e.sheet));
  const byName = new Map(grids.map((g) => [g.name, g] as const));
  // One-person plan sheets copy rows of the plans sheet; every part of a split plans sheet holds its own.
  const copies = new Set(entries.filter((e) => e.role === 'plans' && !isPartKey(e.key)).map((e) => e.sheet));
  return readPeopleCells(entries.map((e) => byName.get(e.sheet)).filter((g): g is SheetGrid => g !== undefined), copies);
}

/** Reads and reviews without writing anything (`talent-review check`, the pane's home page). */
export async function checkReview(
  source: WorkbookHost,
  options: Pick<RunOptions, 'today' | 'settingsHost'> & { existing?: RegistryEntry[] },
): Promise<{ ok: true; input: ReviewInput; result: ReviewResult } | { ok: false; fatal: Problem; problems: Problem[] }> {
  const fallbackReviewDate = options.existing?.find((e) => e.reviewDate)?.reviewDate ?? options.today;
  const read = await readCleanInput(source, { settingsHost: options.settingsHost, fallbackReviewDate });
  if (!read.ok) return read;
  const result = reviewEngineers(read.input.engineers, read.input.standards, read.input.settings);
  return { ok: true, input: read.input, result };
}

/** Previous boxes of `previous` by ID, in place of the roster's 上期九宫格 (absent: no previous box). */
export function withPreviousBoxes(result: ReviewResult, boxes: ReadonlyMap<string, Box>): ReviewResult {
  const matched = matchPrevious(result.reviews, boxes);
  const reviews = result.reviews.map((r) => {
    const { previousBox: _dropped, ...engineer } = r.engineer;
    const box = matched.get(r.engineer.id);
    return { ...r, engineer: box === undefined ? engineer : { ...engineer, previousBox: box } };
  });
  return { ...result, reviews };
}

/** A previous review that names engineers, none of them in this one: said, not silently empty. */
function previousProblems(result: ReviewResult, previous: PreviousBoxes): Problem[] {
  if (previous.boxes.size === 0 || result.reviews.some((r) => r.engineer.previousBox !== undefined)) return [];
  const sample = [...previous.boxes.keys()].slice(0, 3).join(', ');
  return [
    problem(previous.sheet ?? '', '', 'warning',
      `上期盘点结果中的 ${previous.boxes.size} 个工号（如 ${sample}）与本次盘点的工号都对不上，未读取上期九宫格；请检查两期的工号写法是否一致`,
      `None of the ${previous.boxes.size} IDs of the previous results (e.g. ${sample}) is in this review, so no previous box was read; check that both reviews write the IDs the same way`),
  ];
}

/** The calibration log's problems: its own rows', then rows naming nobody reviewed, then stale rows. */
export function calibrationProblems(
  log: CalibrationLog,
  unknown: ReturnType<typeof applyCalibration>['unknown'],
  stale: ReturnType<typeof applyCalibration>['stale'],
  /** The reviewed IDs: an unknown ID that lost its leading zeros is told which one it may mean. */
  reviewed: readonly string[] = [],
): Problem[] {
  const out = [...log.problems];
  const byDigits = new Map<string, string[]>();
  for (const id of reviewed) {
    const d = digitsOf(id);
    if (d !== undefined) byDigits.set(d, [...(byDigits.get(d) ?? []), id]);
  }
  for (const u of unknown) {
    const d = digitsOf(u.id);
    const like = d === undefined ? [] : byDigits.get(d) ?? [];
    const hint = like.length === 1 ? { zh: `；名单中有工号 ${like[0]}，是否前导零丢失（请把单元格设为文本后填写完整工号）？`, en: `; the roster has ID ${like[0]}: were its leading zeros lost (format the cell as text and type the whole ID)?` } : { zh: '', en: '' };
    out.push(
      problem(log.sheet, logCell(log, u.row, 'id'), 'warning',
        `校准记录中的工号 ${u.id} 不在本次盘点中，此行未应用${hint.zh}`,
        `The calibration log names ID ${u.id}, who is not in this review; the row was not applied${hint.en}`),
    );
  }
  for (const s of stale) {
    out.push(
      problem(log.sheet, logCell(log, s.record.row, 'from'), 'warning',
        `工号 ${s.record.id} 校准时的九宫格为 ${s.origin}，按当前数据计算为 ${s.computed}：盘点数据在校准后有变化，校准结果 ${s.record.to} 仍然适用，请复核`,
        `ID ${s.record.id} was in box ${s.origin} when calibrated, and the data now give box ${s.computed}: the inputs changed since the meeting; the calibrated box ${s.record.to} still applies — please review it`),
    );
  }
  return out;
}

/**
 * The log of the workbook written to; where it has none, the log of the workbook read (a review workbook
 * given as input), to be carried over unchanged. Rows the input's log has and the target's lacks are
 * appended to the target's, so the log only grows. The CLI never adds rows of its own.
 */
async function calibrationLogs(
  source: WorkbookHost,
  target: WorkbookHost,
  registry: readonly RegistryEntry[],
  settings: Settings,
): Promise<{ log?: CalibrationLog; registered: boolean; carried?: CalibrationLog }> {
  const found = await findCalibrationLog(target, registry);
  let fromSource: CalibrationLog | undefined;
  if (source !== target) {
    const got = await findCalibrationLog(source, await targetRegistry(source));
    if (got) fromSource = readCalibrationLog(got.grid, settings);
  }
  if (!found) return fromSource ? { carried: fromSource, registered: false } : { registered: false };
  let log = readCalibrationLog(found.grid, settings);
  if (fromSource && target.appendRows) {
    const key = (row: readonly unknown[]): string => {
      const cells = row.map((v) => (v === null || v === undefined ? '' : String(v)));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return JSON.stringify(cells);
    };
    const have = new Set(log.rows.map(key));
    const header = fromSource.headerRow < 0 ? fromSource.rows.length : fromSource.headerRow + 1;
    const missing = fromSource.rows.slice(header).filter((r) => r.some((v) => v !== null && v !== '') && !have.has(key(r)));
    if (missing.length > 0) {
      await target.appendRows(log.sheet, missing);
      const [again] = await target.readSheets([log.sheet]);
      if (again) log = readCalibrationLog(again, settings);
    }
  }
  return { log, registered: found.registered };
}

/** The minutes typed into the meeting packs the last run wrote, by pack key: a re-run writes them back. */
async function readMeetingNotes(target: WorkbookHost, existing: readonly RegistryEntry[]): Promise<Map<string, PlanValue>> {
  const packs = existing.filter((e) => e.role === 'meetingPack' && e.key !== undefined);
  const out = new Map<string, PlanValue>();
  if (packs.length === 0) return out;
  const grids = new Map((await target.readSheets(packs.map((e) => e.sheet))).map((g) => [g.name, g] as const));
  for (const e of packs) {
    const grid = grids.get(e.sheet);
    const notes = grid ? meetingNotesOf(grid) : undefined;
    if (notes !== undefined && e.key !== undefined) out.set(e.key, notes);
  }
  return out;
}

/** Reads `source`, reviews, and writes the output sheets into `target` (the same host inside Excel). */
export async function runReview(source: WorkbookHost, target: WorkbookHost, options: RunOptions): Promise<RunOutcome> {
  options.progress?.('read');
  const registry = await targetRegistry(target);
  const people = await readPeople(target, registry);
  // A one-person plan sheet a person deleted is not written again.
  const present = new Set((await target.sheets()).map((s) => s.name));
  const existing = registry.filter((e) => e.key === undefined || present.has(e.sheet));
  const meetingNotes = await readMeetingNotes(target, existing);
  const checked = await checkReview(source, { ...options, existing });
  if (!checked.ok) return checked;
  const { input } = checked;
  const logs = await calibrationLogs(source, target, existing, input.settings);
  const previous = options.previous ? await readPreviousBoxes(options.previous, input.settings) : undefined;
  options.progress?.('review');

  // Previous boxes, then calibration: the last log row per engineer sets the final box.
  let result = previous ? withPreviousBoxes(checked.result, previous.boxes) : checked.result;
  const log = logs.log ?? logs.carried;
  const problems = [...input.problems];
  if (previous) problems.push(...previous.problems, ...previousProblems(result, previous));
  if (log) {
    const applied = applyCalibration(result, log.records, input.settings);
    result = applied.result;
    problems.push(...calibrationProblems(log, applied.unknown, applied.stale, result.reviews.map((r) => r.engineer.id)));
  }
  const computed = followUp(result, input.settings);
  const planning = planningOf(
    result,
    computed,
    { demand: input.demand, posts: input.keyPosts?.posts, standards: input.standards },
    input.settings,
    options.lang ?? input.settings.language,
  );
  const fu = withSuccessionActions(computed, planning.succession);
  // IDs asked for as the roster has them: `e040` or `Ｅ040` means E040, as in the roster's repeat check.
  const byKey = new Map(result.reviews.map((r) => [idKey(r.engineer.id), r.engineer.id] as const));
  const plansFor = options.plansFor?.map((id) => byKey.get(idKey(id)) ?? id.trim());
  problems.push(...plansForProblems(plansFor ?? [], fu.plans.map((p) => p.engineerId), result.reviews.map((r) => r.engineer.id)));

  const lang = options.lang ?? input.settings.language;
  const reviewDate = input.settings.reviewDate ?? options.today;
  const wanted = options.outputs;
  const wants = (role: OutputRole): boolean => !wanted || wanted.includes(role);
  // A log found by its name (made by hand, or by the pane before any run) joins the registry as it is.
  const known: RegistryEntry[] =
    logs.log && !logs.registered ? [...existing, { role: 'calibration', sheet: logs.log.sheet, lang, reviewDate }] : existing;
  const ctx: WriteContext = {
    lang,
    settings: input.settings,
    reviewDate,
    writtenAt: (options.now ?? (() => new Date()))().toISOString(),
    existing: known,
    people,
    plansFor,
    followUp: fu,
    occupied: [...present, ...(options.copyInputs ? input.sourceSheets.map((g) => g.name) : [])],
    meetingNotes,
    planning,
    ...(input.assessments ? { assessments: input.assessments.byId } : {}),
    ...(options.cards ? { cards: options.cards } : {}),
  };
  for (const id of options.cards ? unknownCardIds(result.reviews, options.cards) : []) {
    problems.push(problem('', '', 'warning', `工号 ${id} 不在本次盘点中，没有人才卡片`, `${id} is not in this review: no talent card`));
  }
  const packsAsked = options.meetingPack !== undefined && options.meetingPack.trim() !== '' ? options.meetingPack.trim() : undefined;
  if (packsAsked !== undefined && askedGroups(result, packsAsked).missing) {
    problems.push(
      problem('', '', 'warning',
        `部门「${packsAsked}」不在本次盘点中，未生成会议材料（可用“全部”生成每个部门的会议材料）`,
        `Department "${packsAsked}" is not in this review: no meeting pack was written (use "all" for one per department)`),
    );
  }
  // A sheet a person renamed keeps their name.
  const output = keepPersonNames(buildOutputPlans(result, problems, ctx), known);
  const meetings = buildMeetingPlans(result, ctx, packsAsked, new Set(output.map((p) => p.name)), wants('meetingPack'));
  const plans = output.filter((p) => wants(p.role));
  if (options.copyInputs) plans.push(...buildInputCopyPlans(input.sourceSheets, ctx));
  // The log is created once and never replaced: headers only, or the input's log carried over unchanged.
  if (!logs.log && wants('calibration')) {
    plans.push(calibrationLogPlan(lang, logs.carried ? { name: logs.carried.sheet, rows: logs.carried.rows } : undefined));
  }
  plans.push(...keepPersonNames(meetings.plans, known, plans));
  const kept = keepOwnSheets(plans, [...present], known);
  // Said once where the plans were split, under the names the parts are written as.
  const notes = [...kept.problems, ...splitNote(kept.plans, fu.plans), ...limitPlanCells(kept.plans.filter((p) => p.role !== 'check'))];
  if (notes.length > 0) {
    problems.push(...notes);
    // The data check, built before, lists these too.
    kept.plans.forEach((p, i) => {
      if (p.role === 'check') kept.plans[i] = { ...buildCheckPlan(problems, lang), name: p.name, ...(p.replaces === undefined ? {} : { replaces: p.replaces }) };
    });
  }
  // The data check quotes cells: cut, too, where a quote makes a message pass Excel's limit.
  limitPlanCells(kept.plans.filter((p) => p.role === 'check'));
  const written = inMeetingOrder(kept.plans);
  written.push(buildRegistryPlan(written, ctx));

  options.progress?.('write');
  await target.apply(written, (done, total) => options.progress?.('write', { done, total }));
  options.progress?.('done');
  return { ok: true, input, result, problems, plans: written, lang, log };
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
