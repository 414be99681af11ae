// Input sheets found by name (DOMAIN.md, Input sheets): NFKC, trimmed, inner spaces removed, case ignored.
import { normalizeKey } from '../../domain/text';
import type { SheetInfo } from '../host';

export const ROSTER_SHEET_NAMES = ['工程师名单', '花名册', '人员名单', 'Roster', 'Engineers'] as const;
export const STANDARDS_SHEET_NAMES = ['能力素质标准', '能力标准', '培育标准', 'Standards'] as const;
export const SETTINGS_SHEET_NAMES = ['盘点设置', 'Settings'] as const;
export const DEMAND_SHEET_NAMES = ['需求规划', '岗位需求', '人才需求', 'Demand'] as const;
export const KEY_POST_SHEET_NAMES = ['关键岗位', '关键岗位清单', 'Key positions', 'Key posts'] as const;
/** 能力评价 (DOMAIN.md, Assessments): optional, one row per rating. */
export const ASSESSMENT_SHEET_NAMES = ['能力评价', '评价记录', '360评价', 'Assessments'] as const;

/**
 * Sheets the product writes (both languages) and its registry: never taken for a roster when looking for
 * one by its columns, since 盘点结果 also has 工号 and 绩效等级 columns.
 */
export const OUTPUT_SHEET_NAMES = [
  '盘点结果', 'Review results', '数据检查', 'Data check', '九宫格', 'Nine-box', '能力差距', 'Gaps',
  '个人发展计划', 'Development plans', '培育库', 'Cultivation pool', '导师结对', 'Mentoring', '盘点汇总',
  'Summary', '校准记录', 'Calibration log', '人才地图', 'Talent map', '继任规划', 'Succession', '_卓越盘点', '评价汇总', 'Assessment summary', '盘点总览', 'Overview', '人才卡片', 'Talent cards',
] as const;

export function sheetKey(name: string): string {
  return normalizeKey(name);
}

/** The first sheet (by the order of `names`, then tab order) whose name matches one of `names`. */
export function findSheetByName(sheets: readonly SheetInfo[], names: readonly string[]): SheetInfo | undefined {
  for (const n of names) {
    const k = sheetKey(n);
    const hit = sheets.find((s) => sheetKey(s.name) === k);
    if (hit) return hit;
  }
  return undefined;
}

/** Sheets that may hold a roster under another name: not output, settings, standards, planning or very hidden. */
export function rosterCandidates(sheets: readonly SheetInfo[]): SheetInfo[] {
  const excluded = new Set(
    [...OUTPUT_SHEET_NAMES, ...STANDARDS_SHEET_NAMES, ...SETTINGS_SHEET_NAMES, ...DEMAND_SHEET_NAMES, ...KEY_POST_SHEET_NAMES, ...ASSESSMENT_SHEET_NAMES].map(sheetKey),
  );
  return sheets.filter((s) => s.visibility !== 'veryHidden' && !excluded.has(sheetKey(s.name)));
}
