/// <reference types="office-js" />
// WorkbookHost over Office.js: the open workbook inside Excel. It translates, it decides nothing.
// Each method is one Excel.run; `run` is Excel.run in the add-in and the recording fake in tests.
import { SettingNotSavedError, type CellWrite, type HostSelection, type MergeWrite, type SheetGrid, type SheetInfo, type SheetVisibility, type WorkbookHost } from '../../workbook/host';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { SETTINGS_SHEET_NAMES, sheetKey } from '../../workbook/read/sheets';
import { a1, a1Range } from '../../workbook/problems';
import { isMergeLogName } from '../../workbook/split/mergeLog';
import { readRegistry, resolveRegistry } from '../../workbook/write/registry';
import { REGISTRY_SHEET } from '../../workbook/write/text';
import { applyPlans } from './apply';
import { SyncLedger } from './budget';
import { readFormulas, writeMerge } from './mergeWrite';
import { readGrids } from './read';
import { needsTextFormat } from './text';

/** Registry roles that are not output tables a person views: never filtered. */
const NOT_FILTERED: readonly string[] = ['input', 'calibration', 'registry'];

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** The part of Office's document settings (Office.context.document.settings) the host uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

function officeSettings(): DocumentSettings | undefined {
  // Absent outside Office (tests, the standalone page).
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.document?.settings as DocumentSettings | undefined;
}

/**
 * A save succeeded only when Office says so. office.js defines AsyncResultStatus.Succeeded as the string
 * 'succeeded' (@types/office-js declares a plain enum), so the string is compared too, and the enum is read
 * only where Office has one (tests and the stand-in page do not).
 */
function saveSucceeded(status: unknown): boolean {
  const statuses = typeof Office === 'undefined' ? undefined : (Office.AsyncResultStatus as typeof Office.AsyncResultStatus | undefined);
  return status === 'succeeded' || (statuses !== undefined && status === statuses.Succeeded);
}

/** Excel.createWorkbook where Office says the set that has it (ExcelApi 1.8) is there. */
function officeCreateWorkbook(): ((base64: string) => Promise<void>) | undefined {
  if (typeof Excel === 'undefined' || typeof Office === 'undefined') return undefined;
  if (!Office.context?.requirements?.isSetSupported('ExcelApi', '1.8')) return undefined;
  return (base64) => Excel.createWorkbook(base64);
}

/** `Sheet1!A5:C5`, `'盘点 结果'!B7` → the sheet and the address. */
export function splitAddress(full: string): { sheet: string; address: string } | undefined {
  const at = full.lastIndexOf('!');
  if (at < 0) return undefined;
  let sheet = full.slice(0, at);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/gu, "'");
  return { sheet, address: full.slice(at + 1) };
}

export class ExcelHost implements WorkbookHost {
  /** What the last apply sent, as the byte model weighs it (budget.ts): the tests hold it against Office.js. */
  readonly ledger = new SyncLedger();

  /**
   * Production: `new ExcelHost(excelRun)` (run.ts: Excel.run that waits while a cell is being edited). `settings` are the document's settings
   * (Office's, when absent).
   */
  constructor(
    private readonly run: ExcelRun,
    private readonly settings: () => DocumentSettings | undefined = officeSettings,
    /** Excel.createWorkbook where this Excel has it (ExcelApi 1.8); tests give a recorder. */
    private readonly create: ((base64: string) => Promise<void>) | undefined = officeCreateWorkbook(),
  ) {
    if (!this.create) this.createWorkbook = undefined;
  }

  sheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // The id (kept through a rename) comes in the same load: the registry finds a renamed sheet by it.
      sheets.load(['items/name', 'items/visibility', 'items/id']);
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? 'visible', id: s.id }));
    });
  }

  readSheets(names: string[]): Promise<SheetGrid[]> {
    return this.run((context) => readGrids(context, names));
  }

  apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
    return this.run((context) => applyPlans(context, plans, this.ledger, progress));
  }

  /**
   * Only 盘点设置 (Settings) is written this way: it is an input sheet a person saves from the pane. The one
   * other input sheet written is the roster, by a merge the person confirmed (`merge`): then every cell has
   * the value the preview read and the merge log gets its rows in the same Excel.run (mergeWrite.ts).
   */
  writeCells(sheet: string, cells: CellWrite[], merge?: MergeWrite): Promise<void> {
    if (merge) {
      if (!isMergeLogName(merge.logSheet) || isMergeLogName(sheet) || sheetKey(sheet) === sheetKey(REGISTRY_SHEET)) {
        return Promise.reject(new Error(`A merge writes a roster and logs it in the merge log, not "${sheet}" and "${merge.logSheet}"`));
      }
      if (merge.expected.length !== cells.length || merge.logRows.length < cells.length) {
        return Promise.reject(new Error('A merge gives every cell its previewed value and a row of the log'));
      }
      if (cells.length === 0) return Promise.resolve();
      return this.run((context) => writeMerge(context, sheet, cells, merge));
    }
    if (!SETTINGS_SHEET_NAMES.some((n) => sheetKey(n) === sheetKey(sheet))) {
      return Promise.reject(new Error(`writeCells writes the settings sheet only, not "${sheet}"`));
    }
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const found = sheets.getItemOrNullObject(sheet);
      await context.sync();
      const ws = found.isNullObject ? sheets.add(sheet) : found;
      for (const c of cells) {
        const range = ws.getRange(a1(c.row, c.col));
        // Text format first where Excel would read the text as a formula, number or date.
        if (needsTextFormat(c.value)) range.numberFormat = [['@']];
        range.values = [[c.value ?? '']]; // '' clears the cell; null would leave it as it was
      }
      await context.sync();
    });
  }

  /**
   * Appends under the used range of the calibration log: the sheet must be registered with role
   * 'calibration' or not exist yet (then it is created). Any other sheet is refused. One Excel.run.
   */
  appendRows(sheet: string, rows: PlanValue[][]): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const registry = sheets.getItemOrNullObject(REGISTRY_SHEET);
      const registryUsed = registry.getUsedRangeOrNullObject(true);
      registryUsed.load('values');
      const found = sheets.getItemOrNullObject(sheet);
      // Names and ids in the same sync: a log a person renamed is found by its id, as the run found it.
      sheets.load(['items/name', 'items/id']);
      await context.sync();
      let start = 0;
      let ws: Excel.Worksheet;
      if (found.isNullObject) {
        ws = sheets.add(sheet);
      } else {
        const values = registry.isNullObject || registryUsed.isNullObject ? [] : (registryUsed.values as PlanValue[][]);
        const grid: SheetGrid = { name: REGISTRY_SHEET, origin: { row: 0, col: 0 }, values, texts: [], formats: [], errors: [], hiddenRows: [] };
        const infos = sheets.items.map((s) => ({ name: s.name, visibility: 'visible' as const, id: s.id }));
        const isLog = resolveRegistry(readRegistry(grid), infos).some((e) => e.role === 'calibration' && e.sheet.toLowerCase() === sheet.toLowerCase());
        if (!isLog) throw new Error(`appendRows appends to the calibration log only, not "${sheet}"`);
        const used = found.getUsedRangeOrNullObject(true);
        used.load(['rowIndex', 'rowCount']);
        await context.sync();
        if (!used.isNullObject) start = used.rowIndex + used.rowCount;
        ws = found;
      }
      const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
      if (rows.length === 0 || width === 0) return;
      const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
      const range = ws.getRange(a1Range(start, 0, start + rows.length - 1, width - 1));
      // Text format first where Excel would read the text as a formula, number or date.
      if (values.some((r) => r.some(needsTextFormat))) range.numberFormat = values.map((r) => r.map((v) => (needsTextFormat(v) ? '@' : 'General')));
      range.values = values;
      await context.sync();
    });
  }

  /**
   * Filters the table of an output sheet on one column (TableColumn.filter.applyValuesFilter, ExcelApi 1.2)
   * and activates the sheet. The registry must list the sheet as an output: never an input, the log or the
   * registry. One Excel.run: the registry, then the sheet's tables, then the filter.
   */
  showFiltered(sheet: string, column: string, values: string[]): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const registryUsed = sheets.getItemOrNullObject(REGISTRY_SHEET).getUsedRangeOrNullObject(true);
      registryUsed.load('values');
      const found = sheets.getItemOrNullObject(sheet);
      sheets.load(['items/name', 'items/id']);
      await context.sync();
      const rows = registryUsed.isNullObject ? [] : (registryUsed.values as PlanValue[][]);
      const grid: SheetGrid = { name: REGISTRY_SHEET, origin: { row: 0, col: 0 }, values: rows, texts: [], formats: [], errors: [], hiddenRows: [] };
      const infos = sheets.items.map((s) => ({ name: s.name, visibility: 'visible' as const, id: s.id }));
      const entry = found.isNullObject ? undefined : resolveRegistry(readRegistry(grid), infos).find((e) => e.sheet.toLowerCase() === sheet.toLowerCase());
      if (!entry || NOT_FILTERED.includes(entry.role)) throw new Error(`showFiltered filters an output sheet of the review only, not "${sheet}"`);
      const tables = found.tables;
      tables.load('items/name');
      await context.sync();
      const table = tables.items[0];
      if (!table) throw new Error(`"${sheet}" has no table to filter`);
      tables.getItem(table.name).columns.getItem(column).filter.applyValuesFilter(values);
      found.activate();
      await context.sync();
    });
  }

  /**
   * getSelectedRange throws when several ranges are selected (Ctrl+click); getSelectedRanges (ExcelApi 1.9,
   * the set the pane requires) answers for one area and for several, so several areas are a value.
   */
  selection(): Promise<HostSelection | undefined> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRanges();
      selected.load(['address', 'areaCount']);
      await context.sync();
      if (selected.areaCount > 1) return { areas: selected.areaCount };
      return splitAddress(selected.address);
    });
  }

  async documentSetting(key: string): Promise<string | undefined> {
    const v = this.settings()?.get(key);
    return typeof v === 'string' ? v : undefined;
  }

  /** Rejects with SettingNotSavedError when Office reports that the settings were not saved. */
  setDocumentSetting(key: string, value: string): Promise<void> {
    const settings = this.settings();
    if (!settings) return Promise.resolve();
    settings.set(key, value);
    return new Promise((resolve, reject) =>
      settings.saveAsync((result) => {
        if (saveSucceeded(result.status)) {
          resolve();
          return;
        }
        const detail = result.error?.message ?? String(result.status);
        reject(new SettingNotSavedError({ zh: `Excel 未能保存本工作簿的设置：${detail}`, en: `Excel did not save the workbook's settings: ${detail}` }));
      }),
    );
  }

  /** Which of the cells hold a formula: one Excel.run, the cells' formulas in as few syncs as the budget allows. */
  formulasAt(sheet: string, cells: readonly { row: number; col: number }[]): Promise<Set<string>> {
    return this.run((context) => readFormulas(context, sheet, cells));
  }

  /** Excel opens the workbook in a window of its own, unsaved (Excel.createWorkbook). */
  createWorkbook?(base64: string): Promise<void> {
    return this.create ? this.create(base64) : Promise.reject(new Error('This Excel cannot create workbooks'));
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address !== '') ws.getRange(address).select();
      await context.sync();
    });
  }
}
