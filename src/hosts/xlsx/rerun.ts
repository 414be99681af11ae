// The target of a re-run into an existing review workbook, written by streaming (the command line's monthly
// re-run: people typed notes, appended calibration rows, and the same -o is given again). The workbook is
// never loaded into exceljs's model: the sheets the review reads (the registry, the sheets people type into,
// the calibration log) are read as grids by the streaming reader, and every other sheet is replaced by a plan
// anyway. The file is then written anew from the plans, plus the calibration log — which a run never
// replaces, only appends to — rebuilt from its rows at its own tab position. Taken only for a workbook that
// holds nothing but the product's sheets: a sheet of a person's own could not be carried over by plans.
import type { CellWrite, SheetGrid, SheetInfo, WorkbookHost } from '../../workbook/host';
import { PEOPLE_ROLES, type PlanValue, type SheetPlan } from '../../workbook/plan';
import { LOG_SHEET_NAMES, findCalibrationLog } from '../../workbook/read/calibration';
import { rowsAsShown } from '../../workbook/read/values';
import { targetRegistry } from '../../workbook/run';
import { calibrationLogPlan } from '../../workbook/write/calibration';
import { withStreamedSheetIds } from './stream';
import { placePlan, type Tab } from './tabs';
import { keyedColumns } from '../../workbook/write/people';
import { resolveRegistry, readRegistry, type RegistryEntry } from '../../workbook/write/registry';
import { REGISTRY_SHEET } from '../../workbook/write/text';
import { formatNumber } from './numberFormat';
import { openTarget, readTargetSheets } from './targetReader';

/** Roles whose sheets the run reads only for people's cells (readPeople): the cells their row keys name. */
const PEOPLE = new Set<string>(PEOPLE_ROLES);
/** Roles whose sheets a run reads from the target (people's cells, the log, the meeting packs' minutes). */
const READ_ROLES = new Set<string>([...PEOPLE_ROLES, 'calibration', 'meetingPack']);

const key = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

export class StreamedRerunTarget implements WorkbookHost {
  /** Plans given to apply(), in order. */
  readonly plans: SheetPlan[] = [];
  private finalPlans: SheetPlan[] | undefined;

  private constructor(
    private readonly file: string,
    private readonly infos: SheetInfo[],
    private readonly grids: Map<string, SheetGrid>,
    /** Sheets whose grids stay after they are read: the registry and the calibration log. */
    private readonly kept: Set<string>,
  ) {}

  /**
   * Opens an existing review workbook for a streamed re-run; undefined when it is not one (no registry) or
   * holds a sheet that is neither the product's (registered) nor the calibration log — a person's own.
   */
  static async open(file: string): Promise<StreamedRerunTarget | undefined> {
    const target = await openTarget(file);
    const registryGrid = (await target.read((name) => name === REGISTRY_SHEET)).get(REGISTRY_SHEET);
    if (!registryGrid) return undefined;
    const registry = resolveRegistry(readRegistry(registryGrid), target.infos);
    if (registry.length === 0) return undefined;
    const registered = new Set([REGISTRY_SHEET, ...registry.map((e) => e.sheet)].map(key));
    const logNames = new Set(LOG_SHEET_NAMES.map(key));
    if (!target.infos.every((s) => registered.has(key(s.name)) || logNames.has(key(s.name)))) return undefined;
    // The sheets the run will read; any other asked later costs a pass of its own. Of the sheets people
    // type into, the run reads only the cells the row keys name (a tenth of the plans sheet's).
    const read = new Set(registry.filter((e) => READ_ROLES.has(e.role)).map((e) => key(e.sheet)));
    const people = new Set(registry.filter((e) => PEOPLE.has(e.role)).map((e) => key(e.sheet)));
    const grids = await target.read(
      (name) => read.has(key(name)) || logNames.has(key(name)),
      (name) => (people.has(key(name)) && !logNames.has(key(name)) ? keyedColumns : undefined),
    );
    grids.set(REGISTRY_SHEET, registryGrid);
    const logs = registry.filter((e) => e.role === 'calibration').map((e) => key(e.sheet));
    return new StreamedRerunTarget(file, target.infos, grids, new Set([key(REGISTRY_SHEET), ...logNames, ...logs]));
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.infos.map((s) => ({ ...s }));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const present = new Set(this.infos.map((s) => s.name));
    const missing = names.filter((n) => present.has(n) && !this.grids.has(n));
    if (missing.length > 0) {
      const more = await readTargetSheets(this.file, (n) => missing.includes(n));
      for (const [n, g] of more.grids) this.grids.set(n, g);
    }
    const out = names.map((n) => this.grids.get(n)).filter((g): g is SheetGrid => g !== undefined);
    // The sheets people type into are read once (readPeople); the plans sheet of 50,000 engineers is
    // hundreds of MB of grid, let go while the review runs. The registry and the log are read again.
    for (const g of out) if (!this.kept.has(key(g.name))) this.grids.delete(g.name);
    return out;
  }

  /** Keeps the plans; the file is written from them afterwards (take()). */
  async apply(plans: SheetPlan[]): Promise<void> {
    this.plans.push(...plans);
    if (plans.some((p) => p.role === 'registry')) this.finalPlans = await this.arrange();
  }

  /** Under the last row holding a value, from column A, as the in-memory host appends (XlsxHost.appendRows). */
  async appendRows(sheet: string, rows: PlanValue[][]): Promise<void> {
    const [grid] = await this.readSheets([sheet]);
    if (!grid) throw new Error(`Rows are appended to the calibration log only, which this workbook has: ${sheet}`);
    this.grids.set(sheet, appended(grid, rows));
  }

  /** The re-run writes plans only; cells are written one by one only in Excel's pane. */
  async writeCells(_sheet: string, _cells: CellWrite[]): Promise<void> {
    throw new Error('A streamed re-run writes plans only');
  }

  async select(): Promise<void> {}

  /**
   * The plans to stream, in the tab order writing them in memory gives (apply.ts applyPlans), with the
   * calibration log rebuilt where it stands; undefined when a sheet of the workbook would be left as it is
   * by the plans yet is not the log (an earlier meeting pack not asked again…): such a workbook is written
   * in memory instead.
   */
  streamable(): boolean {
    return this.finalPlans !== undefined;
  }

  /** Hands the plans over one at a time and lets each go: the caller streams them into the file. */
  *take(): Generator<SheetPlan> {
    const plans = this.finalPlans ?? [];
    this.finalPlans = undefined;
    this.plans.length = 0;
    for (let plan = plans.shift(); plan !== undefined; plan = plans.shift()) yield plan;
  }

  get total(): number {
    return this.finalPlans?.length ?? 0;
  }

  private async arrange(): Promise<SheetPlan[] | undefined> {
    const tabs: (Tab & { plan?: SheetPlan })[] = this.infos.map((s, i) => ({ name: s.name, order: i }));
    for (const plan of this.plans) {
      const order = placePlan(tabs, plan);
      const placed = tabs.find((t) => t.name === plan.name && t.order === order);
      if (placed) placed.plan = plan;
    }
    tabs.sort((a, b) => a.order - b.order);

    const registry: RegistryEntry[] = await targetRegistry(this);
    const log = await findCalibrationLog(this, registry);
    const logEntry = registry.find((e) => e.role === 'calibration');
    const lang = logEntry?.lang ?? this.plans.find((p) => p.role === 'registry')?.lang ?? 'zh-CN';
    const out: SheetPlan[] = [];
    for (const t of tabs) {
      if (t.plan) out.push(t.plan);
      else if (log && t.name === log.grid.name) {
        const plan = calibrationLogPlan(lang, { name: t.name, rows: sheetRows(log.grid) });
        const state = this.infos.find((s) => s.name === t.name)?.visibility ?? 'visible';
        out.push({ ...plan, visibility: state });
      } else return undefined;
    }
    this.grids.clear();
    return withStreamedSheetIds(out);
  }
}

/** A grid's values placed at their sheet rows and columns, from A1. */
function sheetRows(grid: SheetGrid): PlanValue[][] {
  const { row: r0, col: c0 } = grid.origin;
  const rows: PlanValue[][] = [];
  for (let r = 0; r < r0; r++) rows.push([]);
  for (const values of rowsAsShown(grid)) rows.push([...new Array<PlanValue>(c0).fill(null), ...values]);
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || v === '')) rows.pop();
  return rows;
}

function textOf(v: PlanValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v, 'General');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/**
 * The grid with rows appended under its last row, from column A, as the sheet then reads: the grid is
 * widened to start at A1 (empty cells in General), and appended cells are in General.
 */
function appended(grid: SheetGrid, rows: PlanValue[][]): SheetGrid {
  const { row: r0, col: c0 } = grid.origin;
  const width = Math.max(c0 + (grid.values[0]?.length ?? 0), ...rows.map((r) => r.length));
  const out: SheetGrid = { name: grid.name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], errors: [], hiddenRows: [...grid.hiddenRows] };
  const push = (values: PlanValue[], texts: string[], formats: string[], errors: boolean[]): void => {
    const pad = <T>(a: T[], fill: T): T[] => [...a, ...new Array<T>(Math.max(0, width - a.length)).fill(fill)];
    out.values.push(pad(values, null));
    out.texts.push(pad(texts, ''));
    out.formats.push(pad(formats, 'General'));
    out.errors.push(pad(errors, false));
  };
  for (let r = 0; r < r0; r++) push([], [], [], []);
  const lead = <T>(fill: T): T[] => new Array<T>(c0).fill(fill);
  grid.values.forEach((values, r) => {
    push([...lead<PlanValue>(null), ...values], [...lead(''), ...grid.texts[r]], [...lead('General'), ...grid.formats[r]], [...lead(false), ...grid.errors[r]]);
  });
  for (const row of rows) {
    const values = row.map((v) => (v === '' ? null : v));
    push(values, values.map(textOf), values.map(() => 'General'), values.map(() => false));
  }
  return out;
}
