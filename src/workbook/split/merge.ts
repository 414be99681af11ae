// Merging department returns into the roster (DOMAIN.md, Department workbooks: split and merge). For each
// engineer (by ID) a cell a department changed since the split replaces the roster's; a returned value equal
// to the roster's is no change; a formula cell is never overwritten; a later return of the same department
// workbook replaces an earlier one; every conflict is reported with both values and the file, and the
// roster's value is kept. Pure over hosts: the result is the changes (for the add-in to write into the open
// roster) and plans of a new merged roster workbook (for the command line and the page).
import { idKey } from '../../domain/calibration';
import type { Lang } from '../../domain/types';
import type { WorkbookHost } from '../host';
import type { SheetPlan } from '../plan';
import { a1Range, type Problem } from '../problems';
import { sortProblems } from '../read';
import { OUTPUT_SHEET_NAMES, sheetKey } from '../read/sheets';
import { inputCopyPlan } from '../write/inputCopy';
import { buildCheckPlan } from '../write/check';
import { sameValue, valueKey } from './cellValue';
import { conflicts as say, type Conflict } from './conflicts';
import { isMergeLogName, loggedKey, mergeLogPlan, readMergeLog, type CellChange, type EarlierLog } from './mergeLog';
import { RECORD_SHEET, readRecord } from './record';
import { diffReturn, splitFileOf, type LoadedReturn, type Proposal } from './returnDiff';
import { readRosterSource, valueAt, type RosterSource } from './rosterSource';

export interface ReturnFile {
  /** The file's name as the person knows it (shown in every message). */
  file: string;
  host: WorkbookHost;
}

export interface MergeOptions {
  /** ISO date (the roster is read as a review would read it on that day). */
  today: string;
  /** When the merge ran, as the merge log shows it. */
  time: string;
  lang?: Lang;
  /** 0-based `row:col` of a sheet's formula cells: the grids do not say, the host does. */
  formulaCells?: (sheet: string) => ReadonlySet<string>;
}

export interface MergeSummary {
  /** Returns given. */
  files: number;
  /** Returns whose changes were weighed (of the main split, the last of each department workbook). */
  merged: number;
  engineersUpdated: number;
  cellsChanged: number;
  conflicts: number;
}

export type MergeOutcome =
  | {
      ok: true;
      rosterSheet: string;
      /** The language of what the merge writes: the one asked for, else the roster's output language. */
      lang: Lang;
      /** The roster's cells to change, in sheet order. */
      changes: CellChange[];
      conflicts: Conflict[];
      /** What 数据检查 lists: rows the roster could not give, then every conflict. */
      problems: Problem[];
      /** The merged roster workbook: the roster's sheets (values only, changes applied), 数据检查 and 合并记录. */
      plans: SheetPlan[];
      summary: MergeSummary;
    }
  | { ok: false; fatal: Problem };

export async function mergeReturns(original: WorkbookHost, returns: readonly ReturnFile[], options: MergeOptions): Promise<MergeOutcome> {
  const read = await readRosterSource(original, options.today);
  if (!read.ok) return read;
  const source = read.source;
  const lang = options.lang ?? source.lang;
  const rosterIndex = new Map(source.rows.map((r) => [idKey(r.id), r.row] as const));
  const sheets = await original.sheets();
  const logInfo = sheets.find((s) => isMergeLogName(s.name));
  const earlier = readMergeLog(logInfo ? (await original.readSheets([logInfo.name]))[0] : undefined, idKey);

  const found: Conflict[] = [];
  const loaded: LoadedReturn[] = [];
  for (const ret of returns) {
    const r = await loadReturn(ret);
    if ('kind' in r) found.push(r);
    else loaded.push(r);
  }
  // The split most returns come from is this merge's; a later return of one department workbook replaces an earlier.
  const votes = new Map<string, number>();
  for (const l of loaded) votes.set(l.record.splitId, (votes.get(l.record.splitId) ?? 0) + 1);
  const main = [...votes].reduce<[string, number] | undefined>((best, v) => (best === undefined || v[1] > best[1] ? v : best), undefined)?.[0];
  const lastOf = new Map<string, number>();
  loaded.forEach((l, i) => {
    const prev = lastOf.get(splitFileOf(l.record));
    if (prev !== undefined) found.push(say.sameSplitFile(loaded[prev].file, l.file, l.record.group));
    lastOf.set(splitFileOf(l.record), i);
  });
  const kept = loaded.filter((l, i) => lastOf.get(splitFileOf(l.record)) === i);
  const mainReturn = kept.find((l) => l.record.splitId === main);
  const recordedIn = new Map<string, string>();
  for (const l of kept) if (l.record.splitId === main) for (const r of l.record.rows) recordedIn.set(idKey(r.id), l.file);

  const proposals: Proposal[] = [];
  for (const l of kept) {
    const other = l.record.splitId !== main;
    if (other && mainReturn) found.push(say.otherSplitFile(l.file, describe(l), describe(mainReturn)));
    const diff = diffReturn(l, source, rosterIndex, recordedIn, other);
    proposals.push(...diff.proposals);
    found.push(...diff.conflicts);
  }
  const changes = resolve(proposals, source, earlier, options.formulaCells?.(source.grid.name) ?? new Set<string>(), found);
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const sorted = sortProblems(found, order) as Conflict[];
  const problems = sortProblems([...source.problems, ...found], order);
  const plans = await mergedPlans(original, source, changes, found, problems, earlier, options.time, lang);
  const counted = found.filter((c) => c.kind !== 'sameSplitFile');
  return {
    ok: true,
    rosterSheet: source.grid.name,
    lang,
    changes,
    conflicts: sorted,
    problems,
    plans,
    summary: {
      files: returns.length,
      merged: kept.filter((l) => l.record.splitId === main).length,
      engineersUpdated: new Set(changes.map((c) => idKey(c.id))).size,
      cellsChanged: changes.length,
      conflicts: counted.length,
    },
  };
}

function describe(l: LoadedReturn): string {
  return `${l.record.date}，${l.record.sourceFile}`;
}

async function loadReturn(ret: ReturnFile): Promise<LoadedReturn | Conflict> {
  const sheets = await ret.host.sheets();
  const recordInfo = sheets.find((s) => sheetKey(s.name) === sheetKey(RECORD_SHEET));
  const recordGrid = recordInfo ? (await ret.host.readSheets([recordInfo.name]))[0] : undefined;
  const read = recordGrid ? readRecord(recordGrid) : { ok: false as const };
  if (!read.ok) return say.notAReturn(ret.file);
  const { record } = read;
  const rosterInfo = sheets.find((s) => sheetKey(s.name) === sheetKey(record.rosterSheet));
  const grid = rosterInfo ? (await ret.host.readSheets([rosterInfo.name]))[0] : undefined;
  if (!grid) return say.noRosterSheet(ret.file, record.rosterSheet);
  return { file: ret.file, record, grid };
}

/** Weighs each changed cell against the roster and the other returns; conflicts go to `found`. */
function resolve(
  proposals: readonly Proposal[],
  source: RosterSource,
  earlier: EarlierLog,
  formulas: ReadonlySet<string>,
  found: Conflict[],
): CellChange[] {
  const byCell = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const k = `${p.row}:${p.col}`;
    const list = byCell.get(k) ?? [];
    list.push(p);
    byCell.set(k, list);
  }
  const changes: CellChange[] = [];
  for (const [k, list] of byCell) {
    const first = list[0];
    const ours = valueAt(source.grid, first.row, first.col);
    const values = [...new Map(list.map((p) => [valueKey(p.theirs), p.theirs] as const)).values()];
    if (values.length > 1) {
      found.push(say.twoReturnsCell({ ...first, ours }, list.map((p) => ({ file: p.file, value: p.theirs }))));
      continue;
    }
    const p = list[list.length - 1];
    if (sameValue(p.theirs, ours)) continue;
    // The roster's value differs from the split's: changed by HR since, unless it is what an earlier merge of
    // this same department workbook wrote (its later return then replaces it).
    const logged = loggedKey(p.splitFile, idKey(p.id), p.column);
    const ourOwn = earlier.written.has(logged) && sameValue(earlier.written.get(logged), ours);
    if (!sameValue(ours, p.base) && !ourOwn) {
      for (const q of list) found.push(say.bothChanged({ ...q, ours }, q.date));
      continue;
    }
    if (formulas.has(k)) {
      for (const q of list) found.push(say.formula({ ...q, ours }));
      continue;
    }
    changes.push({
      row: p.row,
      col: p.col,
      sheet: source.grid.name,
      id: p.id,
      column: p.column,
      old: ours,
      value: p.theirs,
      file: [...new Set(list.map((q) => q.file))].join('、'),
      splitFile: p.splitFile,
    });
  }
  return changes.sort((a, b) => a.row - b.row || a.col - b.col);
}

const CHANGED_FILL = '#C6EFCE';
const CONFLICT_FILL = '#FFEB9C';

async function mergedPlans(
  original: WorkbookHost,
  source: RosterSource,
  changes: readonly CellChange[],
  found: readonly Conflict[],
  problems: readonly Problem[],
  earlier: EarlierLog,
  time: string,
  lang: Lang,
): Promise<SheetPlan[]> {
  const outputs = new Set(OUTPUT_SHEET_NAMES.map(sheetKey));
  const infos = (await original.sheets()).filter(
    (s) => s.visibility !== 'veryHidden' && !outputs.has(sheetKey(s.name)) && !isMergeLogName(s.name) && sheetKey(s.name) !== sheetKey(RECORD_SHEET),
  );
  const grids = new Map((await original.readSheets(infos.map((s) => s.name))).map((g) => [g.name, g] as const));
  const { grid } = source;
  const values = grid.values.map((r) => [...r]);
  for (const c of changes) {
    const row = values[c.row - grid.origin.row];
    const col = c.col - grid.origin.col;
    while (row.length <= col) row.push(null);
    row[col] = c.value;
  }
  const plans: SheetPlan[] = [];
  for (const info of infos) {
    const g = info.name === grid.name ? { ...grid, values } : grids.get(info.name);
    if (!g) continue;
    const plan = inputCopyPlan(g, lang, info.name === grid.name ? source.headerRow : undefined);
    if (info.visibility === 'hidden') plan.visibility = 'hidden';
    if (info.name === grid.name) {
      const changed = changes.map((c) => a1Range(c.row, c.col, c.row, c.col));
      const conflicted = found.filter((c) => c.sheet === grid.name && c.cell !== '' && c.kind !== 'rowDeleted').map((c) => c.cell);
      if (conflicted.length > 0) plan.styles.push({ style: { fill: CONFLICT_FILL }, ranges: [...new Set(conflicted)] });
      if (changed.length > 0) plan.styles.push({ style: { fill: CHANGED_FILL }, ranges: changed });
    }
    plans.push(plan);
  }
  plans.push(buildCheckPlan(problems, lang));
  plans.push(mergeLogPlan(earlier.rows, changes, time, lang));
  return plans;
}
