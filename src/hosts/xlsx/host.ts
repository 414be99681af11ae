// WorkbookHost over an exceljs workbook (Node and the browser). It translates, it decides nothing.
import type ExcelJS from 'exceljs';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../../workbook/host';
import type { SheetPlan } from '../../workbook/plan';
import { applyPlans } from './apply';
import { gridFromWorksheet } from './grid';

export class XlsxHost implements WorkbookHost {
  constructor(private readonly wb: ExcelJS.Workbook) {}

  get workbook(): ExcelJS.Workbook {
    return this.wb;
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? 'visible' }));
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
  }
}
