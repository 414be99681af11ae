// 合并记录 / Merge log (DOMAIN.md, Input sheets: the second exception): every cell a merge changed, with its
// old and new value, so the merge can be checked and undone by hand. It only grows: a merge into a merged
// roster keeps the earlier rows, and reads them to know which values came from which department workbook
// (a later return of the same workbook then replaces the earlier one's values instead of conflicting).
import { pick } from '../../domain/catalogue';
import type { Lang, Text } from '../../domain/types';
import type { RawValue, SheetGrid } from '../host';
import type { PlanValue, SheetPlan } from '../plan';
import { a1Range, type Problem } from '../problems';
import { headerKey } from '../read/columns';
import { estimateWidths, printSetup, SHEET_FONT } from '../write/layout';

export const MERGE_LOG_SHEET: Text = { zh: '合并记录', en: 'Merge log' };

export const MERGE_LOG_HEADERS: readonly Text[] = [
  { zh: '时间', en: 'Time' },
  { zh: '文件', en: 'File' },
  { zh: '部门工作簿', en: 'Department workbook' },
  { zh: '工作表', en: 'Sheet' },
  { zh: '单元格', en: 'Cell' },
  { zh: '工号', en: 'ID' },
  { zh: '列', en: 'Column' },
  { zh: '原值', en: 'Old value' },
  { zh: '新值', en: 'New value' },
  // The add-in logs what it did not merge too (conflictLogRows): the conflict's message, in the log's language.
  { zh: '冲突', en: 'Conflict' },
];

/** One changed cell of the roster. */
export interface CellChange {
  /** 0-based sheet row and column of the roster. */
  row: number;
  col: number;
  sheet: string;
  id: string;
  column: string;
  old: RawValue;
  value: RawValue;
  file: string;
  /** Which department workbook: `<split id>/<group>`. */
  splitFile: string;
}

export function cellOf(c: Pick<CellChange, 'row' | 'col'>): string {
  return a1Range(c.row, c.col, c.row, c.col);
}

/** This merge's rows of the log, under MERGE_LOG_HEADERS (the add-in appends them to 合并记录). */
export function mergeLogRows(changes: readonly CellChange[], time: string): PlanValue[][] {
  return changes.map((c) => [time, c.file, c.splitFile, c.sheet, cellOf(c), c.id, c.column, c.old, c.value]);
}

/** Rows of the log for what a merge did not apply (the add-in's log; the command line lists them in 数据检查). */
export function conflictLogRows(conflicts: readonly (Problem & { file: string })[], time: string, lang: Lang): PlanValue[][] {
  return conflicts.map((c) => [time, c.file, '', c.sheet, c.cell, '', '', '', '', pick(c.message, lang)]);
}

/** The log's rows: the earlier log's, then this merge's. */
export function mergeLogPlan(earlier: PlanValue[][], changes: readonly CellChange[], time: string, lang: Lang): SheetPlan {
  const headers = MERGE_LOG_HEADERS.map((h) => pick(h, lang));
  const rows: PlanValue[][] = [...earlier, ...mergeLogRows(changes, time)];
  const values = [headers, ...rows];
  return {
    role: 'input',
    name: pick(MERGE_LOG_SHEET, lang),
    lang,
    visibility: 'visible',
    values,
    columnWidths: estimateWidths(values, 8, 40),
    numberFormats: [],
    styles: [{ style: { bold: true, fill: '#D9D9D9', border: 'thin' }, ranges: [a1Range(0, 0, 0, headers.length - 1)] }],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: printSetup(lang, 'landscape', { repeatRows: '1:1' }),
    font: SHEET_FONT,
  };
}

export function isMergeLogName(name: string): boolean {
  const k = headerKey(name);
  return k === headerKey(MERGE_LOG_SHEET.zh) || k === headerKey(MERGE_LOG_SHEET.en);
}

export interface EarlierLog {
  /** The rows below the header, as they are. */
  rows: PlanValue[][];
  /** `<split file>|<id key>|<column key>` → the value the last logged merge wrote. */
  written: Map<string, RawValue>;
}

export function loggedKey(splitFile: string, idKey: string, column: string): string {
  return `${splitFile}|${idKey}|${headerKey(column)}`;
}

/** Reads an earlier merge log (a merged roster merged into again). */
export function readMergeLog(grid: SheetGrid | undefined, idKeyOf: (id: string) => string): EarlierLog {
  const out: EarlierLog = { rows: [], written: new Map() };
  if (!grid || grid.origin.col !== 0) return out;
  const rows = grid.values.slice(grid.origin.row === 0 ? 1 : 0);
  for (const r of rows) {
    const row = r.map((v) => v);
    out.rows.push(row);
    const [, , splitFile, , , id, column, , value] = row;
    if (typeof splitFile === 'string' && id !== null && column !== null) {
      out.written.set(loggedKey(splitFile, idKeyOf(String(id)), String(column)), value ?? null);
    }
  }
  return out;
}
