// The pane's host in the page: the in-memory xlsx host, with two differences a person notices. Each call
// first yields to the browser, so the pane's spinner and progress bar paint between the steps of a run
// (exceljs works synchronously); and there is no sheet to select, so a click on a problem says where it is.
import type { XlsxHost } from '../hosts/xlsx/host';
import type { CellWrite, MergeWrite, SheetGrid, SheetInfo, WorkbookHost } from '../workbook/host';
import type { SheetPlan } from '../workbook/plan';

/** Lets the browser render before the next piece of work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageHost implements WorkbookHost {
  constructor(
    private readonly xlsx: XlsxHost,
    private readonly onSelect: (sheet: string, address: string) => void,
  ) {}

  async sheets(): Promise<SheetInfo[]> {
    await nextFrame();
    return this.xlsx.sheets();
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    await nextFrame();
    return this.xlsx.readSheets(names);
  }

  async apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
    await nextFrame();
    return this.xlsx.apply(plans, progress);
  }

  async writeCells(sheet: string, cells: CellWrite[], merge?: MergeWrite): Promise<void> {
    await nextFrame();
    return this.xlsx.writeCells(sheet, cells, merge);
  }

  async select(sheet: string, address: string): Promise<void> {
    this.onSelect(sheet, address);
  }
}
