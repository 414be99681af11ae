// What the pane reads from the workbook, through the WorkbookHost only: the check of the home page and
// the settings sheet the map and settings pages write into.
import type { Settings } from '../domain/settings';
import type { Lang, ReviewResult } from '../domain/types';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import type { ReviewInput } from '../workbook/read';
import { readSettingsSheet } from '../workbook/read/settingsSheet';
import { findSheetByName, SETTINGS_SHEET_NAMES, sheetKey } from '../workbook/read/sheets';
import { logProblems } from '../workbook/calibrate';
import { checkReview, targetRegistry } from '../workbook/run';

export type CheckOutcome =
  /** `problems`: the roster's and settings' (input.problems), then the calibration log's. */
  | { ok: true; input: ReviewInput; result: ReviewResult; problems: Problem[] }
  | { ok: false; fatal: Problem; problems: Problem[] };

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
  if (!checked.ok) return checked;
  return { ...checked, problems: [...checked.input.problems, ...(await logProblems(host, existing, checked))] };
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
