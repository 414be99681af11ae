/// <reference types="office-js" />
// WorkbookHost over Office.js: the open workbook inside Excel. It translates, it decides nothing.
// Each method is one Excel.run; `run` is Excel.run in the add-in and the recording fake in tests.
import type { CellWrite, SheetGrid, SheetInfo, SheetVisibility, WorkbookHost } from '../../workbook/host';
import type { SheetPlan } from '../../workbook/plan';
import { SETTINGS_SHEET_NAMES, sheetKey } from '../../workbook/read/sheets';
import { a1 } from '../../workbook/problems';
import { applyPlans } from './apply';
import { SyncLedger } from './budget';
import { readGrids } from './read';
import { needsTextFormat } from './text';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export class ExcelHost implements WorkbookHost {
  /** Bytes and data syncs of the reads since the last apply (see budget.ts). */
  readonly ledger = new SyncLedger();

  /** Production: `new ExcelHost((batch) => Excel.run(batch))`. */
  constructor(private readonly run: ExcelRun) {}

  sheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(['items/name', 'items/visibility']);
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? 'visible' }));
    });
  }

  readSheets(names: string[]): Promise<SheetGrid[]> {
    return this.run((context) => readGrids(context, names, this.ledger));
  }

  apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
    return this.run((context) => applyPlans(context, plans, this.ledger, progress));
  }

  /** Only 盘点设置 (Settings) is written this way: it is an input sheet a person saves from the pane. */
  writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
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

  select(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address !== '') ws.getRange(address).select();
      await context.sync();
    });
  }
}
