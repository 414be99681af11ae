// What the pane reads from the workbook, through the WorkbookHost only: the check of the home page and
// the settings sheet the map and settings pages write into.
import type { FieldKey, Settings } from '../domain/settings';
import type { Lang, ReviewResult } from '../domain/types';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import type { ReviewInput } from '../workbook/read';
import { readSettingsSheet } from '../workbook/read/settingsSheet';
import { findSheetByName, SETTINGS_SHEET_NAMES, sheetKey } from '../workbook/read/sheets';
import { logProblems } from '../workbook/calibrate';
import { checkReview, targetRegistry } from '../workbook/run';
import { proposeMapping } from '../workbook/mapping';
import { rosterCandidates } from '../workbook/read/sheets';
import { COMPETENCIES } from '../domain/types';

export type CheckOutcome =
  /**
   * `problems`: the roster's and settings' (input.problems), then the calibration log's. `ranBefore`: the
   * workbook holds output sheets of an earlier run. `missing`: when nobody can be reviewed, the roster field
   * whose column the reader could not find (the one-click fix is to map it).
   */
  | { ok: true; input: ReviewInput; result: ReviewResult; problems: Problem[]; ranBefore: boolean; missing?: FieldKey }
  /** `blank`: no sheet holds anything (a new workbook): the next step is the template. */
  | { ok: false; fatal: Problem; problems: Problem[]; blank: boolean; missing?: FieldKey };

export type CheckState =
  | { status: 'loading' }
  | { status: 'ready'; outcome: CheckOutcome }
  | { status: 'failed'; error: unknown };

/** Today in the local calendar, ISO yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Reads and reviews without writing (the registry's first-run date stands in for a missing review date); the
 * calibration log is checked too, so a row naming nobody shows before the run, not after.
 */
export async function checkWorkbook(host: WorkbookHost, today: string): Promise<CheckOutcome> {
  const existing = await targetRegistry(host);
  const checked = await checkReview(host, { today, existing });
  if (!checked.ok) {
    // Only on this path (no usable roster) are the candidate sheets read again: to tell a new workbook
    // from a roster whose columns need mapping.
    const candidates = rosterCandidates(await host.sheets()).map((c) => c.name);
    const grids = candidates.length > 0 ? await host.readSheets(candidates) : [];
    const filled = grids.filter((g) => g.values.some((row) => row.some((v) => v !== null && v !== '')));
    const missing = filled.length > 0 ? missingField(filled[0], (await readSettingsState(host)).settings) : undefined;
    return { ...checked, blank: filled.length === 0, missing };
  }
  const problems = [...checked.input.problems, ...(await logProblems(host, existing, checked))];
  let missing: FieldKey | undefined;
  if (checked.result.reviews.length === 0) {
    const [grid] = await host.readSheets([checked.input.rosterSheet]);
    missing = grid ? missingField(grid, checked.input.settings) : undefined;
  }
  return { ...checked, problems, ranBefore: existing.length > 0, missing };
}

/**
 * The roster field a person should map first: ID, then performance (the review stops without them), then
 * potential when neither a potential column nor any competency is found (nobody can be placed).
 */
export function missingField(grid: SheetGrid, settings: Pick<Settings, 'columnMap'> | undefined): FieldKey | undefined {
  const proposal = proposeMapping(grid, settings ?? { columnMap: {} });
  const found = (f: FieldKey): boolean => proposal.fields.some((p) => p.field === f && (p.source === 'alias' || p.source === 'mapping'));
  if (!found('id')) return 'id';
  if (!found('performance') && !found('performanceScore')) return 'performance';
  if (!found('potential') && !found('potentialScore') && !COMPETENCIES.some(found)) return 'potential';
  return undefined;
}

export interface SettingsSheetState {
  sheets: SheetInfo[];
  grid: SheetGrid | undefined;
  settings: Settings;
}

/** The settings sheet (盘点设置 / Settings) and the settings it holds; defaults when there is none. */
export async function readSettingsState(host: WorkbookHost): Promise<SettingsSheetState> {
  const sheets = await host.sheets();
  const info = findSheetByName(sheets, SETTINGS_SHEET_NAMES);
  const grid = info ? (await host.readSheets([info.name]))[0] : undefined;
  return { sheets, grid, settings: readSettingsSheet(grid).settings };
}

/** Keys are written in the settings sheet's own language (its name tells), else in the pane's. */
export function keyLang(grid: SheetGrid | undefined, paneLang: Lang): Lang {
  if (!grid) return paneLang;
  return sheetKey(grid.name) === sheetKey('Settings') ? 'en-US' : 'zh-CN';
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
}
