// An in-memory WorkbookHost over plain 2-D arrays, for tests that do not need a real file.
import type { CellWrite, RawValue, SheetGrid, SheetInfo, WorkbookHost } from '../../src/workbook/host';
import type { SheetPlan } from '../../src/workbook/plan';

export function gridOf(name: string, rows: RawValue[][]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: values.map((r) => r.map(() => 'General')),
    errors: values.map((r) => r.map(() => false)),
    hiddenRows: [],
  };
}

export class MemoryHost implements WorkbookHost {
  readonly applied: SheetPlan[][] = [];
  constructor(private readonly grids: SheetGrid[]) {}
  async sheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.name, visibility: 'visible' }));
  }
  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return this.grids.filter((g) => names.includes(g.name));
  }
  readonly written: { sheet: string; cells: CellWrite[] }[] = [];
  readonly selected: string[] = [];
  async apply(plans: SheetPlan[]): Promise<void> {
    this.applied.push(plans);
  }
  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    this.written.push({ sheet, cells });
  }
  async select(sheet: string, address: string): Promise<void> {
    this.selected.push(`${sheet}!${address}`);
  }
}
