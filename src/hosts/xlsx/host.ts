// WorkbookHost over an exceljs workbook (Node and the browser). It translates, it decides nothing.
import type ExcelJS from 'exceljs';
import type { CellWrite, MergeWrite, SheetGrid, SheetInfo, WorkbookHost } from '../../workbook/host';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { sheetIdCells } from '../../workbook/write/registry';
import { applyPlans } from './apply';
import { gridFromWorksheet, sheetInfoOf } from './grid';

export class XlsxHost implements WorkbookHost {
  constructor(private readonly wb: ExcelJS.Workbook) {}

  get workbook(): ExcelJS.Workbook {
    return this.wb;
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map(sheetInfoOf);
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const out: SheetGrid[] = [];
    for (const name of names) {
      const ws = this.wb.getWorksheet(name);
      if (ws) out.push(gridFromWorksheet(ws));
    }
    return out;
  }

  async apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
    applyPlans(this.wb, plans, progress);
    // The registry records the ids exceljs gave the sheets it just made.
    const registry = plans.find((p) => p.role === 'registry');
    const ws = registry && this.wb.getWorksheet(registry.name);
    if (!registry || !ws) return;
    const idOf = (name: string): string | undefined => {
      const sheet = this.wb.getWorksheet(name);
      return sheet ? String(sheet.id) : undefined;
    };
    for (const c of sheetIdCells(registry, idOf)) ws.getCell(c.row + 1, c.col + 1).value = c.value;
  }

  /** With `merge` (a merge the person confirmed in the pane): the log's rows go under 合并记录, made when missing. */
  async writeCells(sheet: string, cells: CellWrite[], merge?: MergeWrite): Promise<void> {
    if (merge) {
      const hasLog = this.wb.getWorksheet(merge.logSheet) !== undefined;
      await this.appendRows(merge.logSheet, hasLog ? merge.logRows : [merge.logHeaders, ...merge.logRows]);
    }
    const ws = this.wb.getWorksheet(sheet) ?? this.wb.addWorksheet(sheet);
    for (const c of cells) {
      // A plain string is stored as text by exceljs, never as a formula.
      ws.getCell(c.row + 1, c.col + 1).value = c.value;
    }
  }

  /** No window outside Excel: nothing to select. */
  async select(): Promise<void> {}

  /** Under the last row holding a value (a row that only carries a format does not count). */
  async appendRows(sheet: string, rows: PlanValue[][]): Promise<void> {
    const ws = this.wb.getWorksheet(sheet) ?? this.wb.addWorksheet(sheet);
    let last = 0;
    ws.eachRow((row, r) => {
      if (row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = Math.max(last, r);
    });
    rows.forEach((values, i) => {
      values.forEach((v, c) => {
        // A plain string is stored as text by exceljs, never as a formula.
        if (v !== null && v !== '') ws.getCell(last + 1 + i, c + 1).value = v;
      });
    });
  }
}
