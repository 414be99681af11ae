// Reading a workbook into the review's input: settings first (they name the roster sheet, its columns
// and value maps), then standards and roster. Row problems are collected; only a missing roster, ID column
// or performance column stops the review.
import type { FieldKey, Settings } from '../../domain/settings';
import type { Engineer, StandardRow } from '../../domain/types';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../host';
import { columnLetters, problem, type Problem } from '../problems';
import { ALIASES, aliasList, findHeaderRow, headerRowAt, mapColumns, fieldOfHeader, type HeaderRow } from './columns';
import { fillMergedDown } from './merges';
import { readPlanningSheets, unknownPostIds } from './planning';
import type { DemandRow } from '../../domain/talentMap';
import type { KeyPostsRead } from './keyPosts';
import { readRoster } from './roster';
import { aggregateAssessments, applyAssessments, givesReview, type EngineerAssessment, type Rating } from '../../domain/assessment';
import { normalizeKey } from '../../domain/text';
import { ASSESSMENT_SHEET_NAMES, readAssessments, unknownAssessedIds } from './assessments';
import { findRosterByContent } from './rosterDetect';
import { sharedCause } from './sharedCause';
import { attachPerformanceHistory } from './rosterHistory';
import { readSettingsSheet } from './settingsSheet';
import {
  findSheetByName,
  ROSTER_SHEET_NAMES,
  rosterCandidates,
  SETTINGS_SHEET_NAMES,
  sheetKey,
  STANDARDS_SHEET_NAMES,
} from './sheets';
import { readStandards } from './standards';
import { cellAt, readText } from './values';

export interface ReadOptions {
  /** A second workbook whose settings and standards sheets are used instead (CLI --settings). */
  settingsHost?: WorkbookHost;
  /** Used when settings give no review date (the registry's first-run date, or today), ISO yyyy-mm-dd. */
  fallbackReviewDate: string;
}

export interface ReviewInput {
  engineers: Engineer[];
  standards: StandardRow[];
  /** reviewDate always set. */
  settings: Settings;
  problems: Problem[];
  rosterSheet: string;
  /** 0-based sheet row of the header (the lower row of a two-row header). */
  headerRow: number;
  /** Field → 0-based sheet column. */
  columns: Partial<Record<FieldKey, number>>;
  /** The input sheets the review used (roster, standards, settings), for values-only copies. */
  sourceSheets: SheetGrid[];
  /** Non-blank data rows of the roster. */
  rowsRead: number;
  /** 需求规划 lines; undefined without a demand sheet. */
  demand?: DemandRow[];
  /** 关键岗位 posts; undefined without a key-position sheet. */
  keyPosts?: KeyPostsRead;
  /** 能力评价, where the workbook has it with at least one usable rating: the ratings and their aggregates by ID key. */
  assessments?: { sheet: string; ratings: Rating[]; byId: Map<string, EngineerAssessment> };
}

export type ReadOutcome = { ok: true; input: ReviewInput } | { ok: false; fatal: Problem; problems: Problem[] };

export async function readReviewInput(host: WorkbookHost, options: ReadOptions): Promise<ReadOutcome> {
  const sheets = await host.sheets();
  const settingsHost = options.settingsHost ?? host;
  const settingsSheets = options.settingsHost ? await options.settingsHost.sheets() : sheets;
  const settingsInfo = findSheetByName(settingsSheets, SETTINGS_SHEET_NAMES);
  const standardsInfo = findSheetByName(settingsSheets, STANDARDS_SHEET_NAMES);
  const namedRosters = sheets.filter((s) => ROSTER_SHEET_NAMES.some((n) => sheetKey(n) === sheetKey(s.name)));
  const assessmentsInfo = findSheetByName(sheets, ASSESSMENT_SHEET_NAMES);

  // One batch for everything likely needed; the settings host's sheets in a second when it is another workbook.
  const aux = [settingsInfo, standardsInfo].filter((s): s is SheetInfo => s !== undefined).map((s) => s.name);
  const grids = new Map<string, SheetGrid>();
  const auxGrids = new Map<string, SheetGrid>();
  if (settingsHost === host) {
    for (const g of await host.readSheets([...new Set([...aux, ...namedRosters.map((s) => s.name), ...(assessmentsInfo ? [assessmentsInfo.name] : [])])])) {
      grids.set(g.name, g);
      auxGrids.set(g.name, g);
    }
  } else {
    for (const g of await host.readSheets([...namedRosters.map((s) => s.name), ...(assessmentsInfo ? [assessmentsInfo.name] : [])])) grids.set(g.name, g);
    for (const g of await settingsHost.readSheets(aux)) auxGrids.set(g.name, g);
  }
  const settingsGrid = settingsInfo ? auxGrids.get(settingsInfo.name) : undefined;
  const standardsGrid = standardsInfo ? auxGrids.get(standardsInfo.name) : undefined;

  const settingsRead = readSettingsSheet(settingsGrid);
  const settings: Settings & { reviewDate: string } = {
    ...settingsRead.settings,
    reviewDate: settingsRead.settings.reviewDate ?? options.fallbackReviewDate,
  };
  // What the host left out or guessed reading the input sheets (cells far from the table, stray bytes).
  const problems: Problem[] = [...(settingsGrid?.notes ?? []), ...(standardsGrid?.notes ?? []), ...settingsRead.problems];
  const order = sheetOrder(sheets, settingsSheets);
  const fail = (fatal: Problem): ReadOutcome => ({ ok: false, fatal, problems: sortProblems(problems, order) });

  // ---- The roster: by the settings' name, then the usual names, then (a CSV, a foreign workbook) by its columns.
  let rosterGrid: SheetGrid | undefined;
  const src = settingsRead.rosterSheetSource;
  if (src && !findSheetByName(sheets, [settings.rosterSheet])) {
    problems.push(
      problem(src.sheet, src.cell, 'warning',
        `名单工作表「${settings.rosterSheet}」不存在，改按常用名称查找名单`,
        `The roster sheet "${settings.rosterSheet}" does not exist; looking for the roster by its usual names instead`),
    );
  }
  const byName = findSheetByName(sheets, [settings.rosterSheet, ...ROSTER_SHEET_NAMES]);
  if (byName) {
    rosterGrid = grids.get(byName.name) ?? (await host.readSheets([byName.name]))[0];
    // Two sheets with roster names (工程师名单 and Roster, say) and no 名单工作表 setting: one is taken by the
    // order of the names, and the person must hear that the other was left out, not find it out later.
    const chosenInSettings = src !== undefined && sheetKey(byName.name) === sheetKey(settings.rosterSheet);
    if (!chosenInSettings) {
      for (const other of namedRosters.filter((s) => s.name !== byName.name)) {
        problems.push(
          problem(other.name, 'A1', 'warning',
            `工作簿中有多个名单工作表：「${byName.name}」和「${other.name}」。本次使用「${byName.name}」，「${other.name}」中的工程师未参与盘点；如需使用另一个，请在「盘点设置」中设置「名单工作表」`,
            `The workbook has more than one roster sheet: "${byName.name}" and "${other.name}". "${byName.name}" is used and the engineers on "${other.name}" are not reviewed; to use the other one, set "roster sheet" (名单工作表) in the Settings sheet (盘点设置)`),
        );
      }
    }
  } else {
    const candidates = rosterCandidates(sheets).filter((s) => !grids.has(s.name));
    const candidateGrids = candidates.length > 0 ? await host.readSheets(candidates.map((s) => s.name)) : [];
    const byContent = findRosterByContent(candidateGrids, settings.columnMap, sheets.length);
    if (byContent) {
      rosterGrid = byContent.grid;
      if (byContent.info) problems.push(byContent.info);
    }
  }
  if (!rosterGrid) {
    const found = sheets.map((s) => `「${s.name}」`).join('、') || '（无）';
    const foundEn = sheets.map((s) => `"${s.name}"`).join(', ') || '(none)';
    return fail(
      problem('', '', 'error',
        `找不到工程师名单工作表。工作簿中的工作表：${found}。请将名单工作表命名为「工程师名单」（或 花名册、人员名单、Roster、Engineers），或在「盘点设置」中设置「名单工作表」`,
        `No roster sheet found. Sheets in the workbook: ${foundEn}. Name the roster sheet "工程师名单" (or 花名册, 人员名单, Roster, Engineers), or set "roster sheet" (名单工作表) in the Settings sheet (盘点设置)`),
    );
  }

  problems.push(...(rosterGrid.notes ?? []));

  // ---- Header row and columns.
  const header = settings.headerRow !== undefined ? headerRowAt(rosterGrid, settings.headerRow, settings.columnMap) : findHeaderRow(rosterGrid, settings.columnMap);
  if (!header) return fail(noHeader(rosterGrid, settings));
  const mapping = mapColumns(rosterGrid, header, settings.columnMap, settingsRead.mappingSources);
  problems.push(...mapping.problems);
  const headerRange = rangeOfRow(rosterGrid, header);
  if (mapping.columns.id === undefined) {
    return fail(missingColumn(rosterGrid.name, headerRange, 'id', { zh: '工号', en: 'ID' }));
  }
  const lineColumns = [mapping.columns.postPerformance, mapping.columns.postPerformanceScore, mapping.columns.innovationPerformance, mapping.columns.innovationPerformanceScore];
  if (mapping.columns.performance === undefined && mapping.columns.performanceScore === undefined && lineColumns.every((c) => c === undefined)) {
    return fail(
      missingColumn(rosterGrid.name, headerRange, 'performance', { zh: '绩效', en: 'performance' }, 'performanceScore'),
    );
  }

  const standardsRead = readStandards(standardsGrid, settings);
  problems.push(...standardsRead.problems);
  // A value merged down over data rows belongs to each of them (merges.ts).
  const filled = fillMergedDown(rosterGrid, header.row);
  if (filled.note) problems.push(filled.note);
  // 能力评价 before the roster: a row the aggregate gives a potential or a competency is reviewed on it.
  const assessmentsGrid = assessmentsInfo ? grids.get(assessmentsInfo.name) : undefined;
  const assessmentsRead = assessmentsGrid ? readAssessments(assessmentsGrid, settings) : undefined;
  const aggregates = assessmentsRead ? aggregateAssessments(assessmentsRead.ratings, settings) : new Map<string, EngineerAssessment>();
  const roster = readRoster({
    grid: filled.grid,
    header,
    columns: mapping.columns,
    settings,
    extraCategories: standardsRead.categories,
    assessed: (id) => givesReview(aggregates.get(normalizeKey(id))),
  });
  const shared = sharedCause(rosterGrid, header, mapping.columns, mappedFields(settings), roster.engineers.length, [...problems, ...roster.problems]);
  if (shared) return { ok: false, fatal: shared.fatal, problems: sortProblems(shared.problems, order) };
  problems.push(...roster.problems);
  const performanceChoice = mapping.choices.find((c) => c.field === 'performance');
  if (performanceChoice) attachPerformanceHistory(rosterGrid, performanceChoice.history, roster.engineers);

  let engineers = roster.engineers;
  let assessments: ReviewInput['assessments'];
  if (assessmentsGrid && assessmentsRead) {
    problems.push(...assessmentsRead.problems, ...unknownAssessedIds(assessmentsRead, assessmentsGrid.name, engineers.map((e) => e.id)));
    if (assessmentsRead.ratings.length > 0) {
      engineers = applyAssessments(engineers, aggregates);
      assessments = { sheet: assessmentsGrid.name, ratings: assessmentsRead.ratings, byId: aggregates };
    }
  }

  const planning = await readPlanningSheets(host, sheets, settings);
  problems.push(...planning.problems);
  if (planning.keyPosts) problems.push(...unknownPostIds(planning.keyPosts, roster.engineers));

  const columns: Partial<Record<FieldKey, number>> = {};
  for (const [f, c] of Object.entries(mapping.columns) as [FieldKey, number][]) columns[f] = rosterGrid.origin.col + c;
  const sourceSheets = [rosterGrid, standardsGrid, settingsGrid, assessmentsGrid, ...planning.grids].filter((g): g is SheetGrid => g !== undefined);
  return {
    ok: true,
    input: {
      engineers,
      standards: standardsRead.standards,
      settings,
      problems: sortProblems(problems, order),
      rosterSheet: rosterGrid.name,
      headerRow: rosterGrid.origin.row + header.row,
      columns,
      sourceSheets,
      rowsRead: roster.rowsRead,
      demand: planning.demand,
      keyPosts: planning.keyPosts,
      ...(assessments ? { assessments } : {}),
    },
  };
}

function mappedFields(settings: Settings): Set<FieldKey> {
  return new Set((Object.entries(settings.columnMap) as [FieldKey, string | undefined][]).filter(([, v]) => v !== undefined && v !== '').map(([f]) => f));
}

function rangeOfRow(grid: SheetGrid, header: HeaderRow): string {
  const row = grid.origin.row + header.row + 1;
  const from = `${columnLetters(grid.origin.col)}${row}`;
  const to = `${columnLetters(grid.origin.col + Math.max(0, header.headers.length - 1))}${row}`;
  return from === to ? from : `${from}:${to}`;
}

function missingColumn(sheet: string, range: string, field: FieldKey, name: { zh: string; en: string }, alt?: FieldKey): Problem {
  const zhAliases = alt ? `${aliasList(field)}（等级），或 ${aliasList(alt)}（分数）` : aliasList(field);
  const enAliases = alt ? `${ALIASES[field].join(', ')} (a rating), or ${ALIASES[alt].join(', ')} (a score)` : ALIASES[field].join(', ');
  return problem(sheet, range, 'error',
    `工作表「${sheet}」没有${name.zh}列。可识别的列名：${zhAliases}。如果该列用了别的名称，请在「盘点设置」中加一行：键「列:${name.zh}」，值为该列的列名`,
    `Sheet "${sheet}" has no ${name.en} column. Column names recognised: ${enAliases}. If the column has another name, add a row to the Settings sheet (盘点设置): key "column:${field === 'id' ? 'id' : 'performance'}", value the column's name`);
}

/**
 * No header row: say whether the ID column or the other fields are missing, which rows were searched, and
 * how to name the header row (the 标题行 setting) when it is further down.
 */
function noHeader(grid: SheetGrid, settings: Settings): Problem {
  const set = settings.headerRow;
  const from = set !== undefined ? set - 1 - grid.origin.row : 0;
  const to = set !== undefined ? from + 1 : Math.min(10, grid.values.length);
  let idSeen = false;
  for (let r = Math.max(0, from); r < to && !idSeen; r++) {
    for (let c = 0; c < (grid.values[r]?.length ?? 0); c++) {
      const t = readText(cellAt(grid, r, c));
      if (t.kind !== 'ok') continue;
      const mapped = settings.columnMap.id !== undefined && sheetKey(settings.columnMap.id) === sheetKey(t.value);
      if (mapped || fieldOfHeader(t.value)?.field === 'id') idSeen = true;
    }
  }
  const first = `${columnLetters(grid.origin.col)}${grid.origin.row + 1}`;
  if (set !== undefined) {
    return problem(grid.name, `${columnLetters(grid.origin.col)}${set}`, 'error',
      `「盘点设置」中的标题行为第 ${set} 行，但工作表「${grid.name}」第 ${set} 行${idSeen ? '除工号列外没有至少两个其他列（如 姓名、绩效、潜力）' : '没有工号列'}。请把「标题行」改为表头所在的行号，或删除该设置由系统在前 10 行中查找`,
      `The Settings sheet sets the header row to row ${set}, but row ${set} of sheet "${grid.name}" ${idSeen ? 'has the ID column but not two other fields (e.g. name, performance, potential)' : 'has no ID column'}. Set "header row" (标题行) to the row the header is on, or delete the setting to have it found among the first 10 rows`);
  }
  const rows = `${grid.origin.row + 1}–${grid.origin.row + Math.max(1, to)}`;
  const how = {
    zh: `如表头在更下面的行，请删除其上方的标题行，或在「盘点设置」中加一行：键「标题行」，值为表头所在的行号`,
    en: `If the header is further down, delete the title rows above it, or add a row to the Settings sheet (盘点设置): key "header row" (标题行), value the header's row number`,
  };
  if (!idSeen) {
    const missing = missingColumn(grid.name, first, 'id', { zh: '工号', en: 'ID' });
    return problem(grid.name, first, 'error',
      `${missing.message.zh}（已查找第 ${rows} 行）。${how.zh}`,
      `${missing.message.en} (rows ${rows} were searched). ${how.en}`);
  }
  return problem(grid.name, first, 'error',
    `工作表「${grid.name}」第 ${rows} 行中没有表头行：表头行须有工号列和至少两个其他列（如 姓名、绩效、潜力）。${how.zh}`,
    `Sheet "${grid.name}" has no header row in rows ${rows}: the header row needs the ID column and at least two other fields (e.g. name, performance, potential). ${how.en}`);
}

/** Sheets in tab order: the roster workbook's, then the settings workbook's. */
function sheetOrder(sheets: readonly SheetInfo[], settingsSheets: readonly SheetInfo[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const s of [...sheets, ...settingsSheets]) if (!order.has(s.name)) order.set(s.name, order.size);
  return order;
}

function cellPosition(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)/u.exec(cell);
  if (!m) return { row: -1, col: -1 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Problems by sheet (tab order), then row, then column; stable for equal cells. */
export function sortProblems(problems: readonly Problem[], order: Map<string, number>): Problem[] {
  const rank = (s: string): number => (s === '' ? -1 : (order.get(s) ?? order.size));
  return problems
    .map((p, i) => ({ p, i, pos: cellPosition(p.cell) }))
    .sort(
      (a, b) =>
        rank(a.p.sheet) - rank(b.p.sheet) ||
        a.p.sheet.localeCompare(b.p.sheet) ||
        a.pos.row - b.pos.row ||
        a.pos.col - b.pos.col ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
