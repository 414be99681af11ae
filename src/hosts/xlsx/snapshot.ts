// A read-only host over the grids of a workbook, taken once: the command line reads its inputs through it
// and lets exceljs's workbook go, which is several times larger than the grids (a roster of 50,000 rows).
import type ExcelJS from 'exceljs';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../../workbook/host';
import { gridFromWorksheet, sheetInfoOf } from './grid';

export class SnapshotHost implements WorkbookHost {
  private readonly infos: SheetInfo[];
  private readonly grids: Map<string, SheetGrid>;

  constructor(wb: ExcelJS.Workbook) {
    this.infos = wb.worksheets.map(sheetInfoOf);
    this.grids = new Map(wb.worksheets.map((ws) => [ws.name, gridFromWorksheet(ws)] as const));
  }

  async sheets(): Promise<SheetInfo[]> {
    return [...this.infos];
  }

  /** Rows read over all sheets: how large a review this will be. */
  rows(): number {
    let n = 0;
    for (const g of this.grids.values()) n += g.values.length;
    return n;
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return names.map((n) => this.grids.get(n)).filter((g): g is SheetGrid => g !== undefined);
  }

  /** Inputs are read, never written: a call here is a bug. */
  async apply(): Promise<void> {
    throw new Error('An input workbook is never written');
  }

  async writeCells(): Promise<void> {
    throw new Error('An input workbook is never written');
  }

  async select(): Promise<void> {}
}
