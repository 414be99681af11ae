// Inserts the input sheets (and, on request, sample engineers) into the open workbook, unless one of them is
// there already: then nothing is inserted and the sheets found are named. Used by Home's first step and by
// the template page.
import type { Lang } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import { findSheetByName, ROSTER_SHEET_NAMES, SETTINGS_SHEET_NAMES, STANDARDS_SHEET_NAMES } from '../workbook/read/sheets';
import { templatePlans } from '../workbook/template';

/** Sample engineers Home's 插入模板（含示例） adds: enough to fill every box of the grid. */
export const HOME_SAMPLE = 20;

export type TemplateOutcome = { ok: true; sheets: string[] } | { ok: false; existing: string[] };

export async function insertTemplate(host: WorkbookHost, lang: Lang, sample: number): Promise<TemplateOutcome> {
  const sheets = await host.sheets();
  const existing = [ROSTER_SHEET_NAMES, STANDARDS_SHEET_NAMES, SETTINGS_SHEET_NAMES]
    .map((names) => findSheetByName(sheets, names)?.name)
    .filter((x): x is string => x !== undefined);
  if (existing.length > 0) return { ok: false, existing };
  const plans = templatePlans(lang, sample);
  await host.apply(plans);
  return { ok: true, sheets: plans.map((p) => p.name) };
}
