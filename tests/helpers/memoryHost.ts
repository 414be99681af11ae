// An in-memory WorkbookHost over plain 2-D arrays, for tests that do not need a real file.
import type { CellWrite, RawValue, SheetGrid, SheetInfo, WorkbookHost } from '../../src/workbook/host';
import type { PlanValue, SheetPlan } from '../../src/workbook/plan';
import { sheetIdCells } from '../../src/workbook/write/registry';

/** Each grid's id, as Excel gives a sheet one: kept while the grid is renamed, new for a new grid. */
const ids = new WeakMap<SheetGrid, string>();
let made = 0;
export function idOfGrid(grid: SheetGrid): string {
  let id = ids.get(grid);
  if (id === undefined) {
    id = `mem-${++made}`;
    ids.set(grid, id);
  }
  return id;
}

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
  constructor(protected readonly grids: SheetGrid[]) {}
  async sheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.name, visibility: 'visible', id: idOfGrid(g) }));
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
  /** Every appendRows call, in order. */
  readonly appended: { sheet: string; rows: PlanValue[][] }[] = [];
  async appendRows(sheet: string, rows: PlanValue[][]): Promise<void> {
    this.appended.push({ sheet, rows: rows.map((r) => [...r]) });
  }
  /** What selection() answers; set by a test. */
  selectedRange: { sheet: string; address: string } | undefined;
  async selection(): Promise<{ sheet: string; address: string } | undefined> {
    return this.selectedRange;
  }
  /** The document's settings (Office.context.document.settings in Excel). */
  readonly documentSettings = new Map<string, string>();
  async documentSetting(key: string): Promise<string | undefined> {
    return this.documentSettings.get(key);
  }
  async setDocumentSetting(key: string, value: string): Promise<void> {
    this.documentSettings.set(key, value);
  }
}

/**
 * A MemoryHost whose writes land in its sheets, so that a later read sees them (the pane saves a mapping,
 * then checks again). Plans replace or add a sheet with their values; writeCells sets single cells.
 */
export class LiveMemoryHost extends MemoryHost {
  override async apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
    await super.apply(plans);
    plans.forEach((plan, i) => {
      for (const gone of plan.removes ?? []) {
        const k = this.grids.findIndex((g) => g.name === gone);
        if (k >= 0) this.grids.splice(k, 1);
      }
      const at = this.grids.findIndex((g) => g.name === (plan.replaces ?? plan.name));
      const grid = gridOf(plan.name, plan.values);
      if (at >= 0) this.grids.splice(at, 1, grid);
      else this.grids.push(grid);
      progress?.(i + 1, plans.length);
    });
    // As every host does: the registry records the ids of the sheets as they are now.
    const registry = plans.find((p) => p.role === 'registry');
    const grid = registry && this.grids.find((g) => g.name === registry.name);
    if (!registry || !grid) return;
    const idOf = (name: string): string | undefined => {
      const g = this.grids.find((x) => x.name === name);
      return g && idOfGrid(g);
    };
    for (const c of sheetIdCells(registry, idOf)) setCell(grid, c.row, c.col, c.value);
  }

  override async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    await super.writeCells(sheet, cells);
    let grid = this.grids.find((g) => g.name === sheet);
    if (!grid) {
      grid = gridOf(sheet, []);
      this.grids.push(grid);
    }
    for (const { row, col, value } of cells) setCell(grid, row - grid.origin.row, col - grid.origin.col, value);
  }

  /** Rows land under the last row holding a value, in a sheet created when missing. */
  override async appendRows(sheet: string, rows: PlanValue[][]): Promise<void> {
    await super.appendRows(sheet, rows);
    let grid = this.grids.find((g) => g.name === sheet);
    if (!grid) {
      grid = gridOf(sheet, []);
      this.grids.push(grid);
    }
    let last = grid.values.length - 1;
    while (last >= 0 && grid.values[last].every((v) => v === null || v === '')) last--;
    rows.forEach((row, i) => row.forEach((v, c) => setCell(grid, last + 1 + i, c, v)));
  }

  /** The values of a sheet, or undefined when it does not exist. */
  valuesOf(sheet: string): RawValue[][] | undefined {
    return this.grids.find((g) => g.name === sheet)?.values;
  }
}

/** Sets one cell of a grid, growing its parallel arrays as needed. */
function setCell(grid: SheetGrid, r: number, c: number, value: RawValue): void {
  const width = Math.max(c + 1, ...grid.values.map((row) => row.length));
  while (grid.values.length <= r) {
    grid.values.push([]);
    grid.texts.push([]);
    grid.formats.push([]);
    grid.errors.push([]);
  }
  for (let i = 0; i < grid.values.length; i++) {
    while (grid.values[i].length < width) {
      grid.values[i].push(null);
      grid.texts[i].push('');
      grid.formats[i].push('General');
      grid.errors[i].push(false);
    }
  }
  grid.values[r][c] = value;
  grid.texts[r][c] = value === null ? '' : String(value);
}
