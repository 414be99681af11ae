// The workbench the properties drive: a roster, a target workbook the review is written to, runs, and what
// a person does in between (typing into the people's cells, adding calibration rows). Two flavours:
// - memory: one in-memory workbook that is both source and target, as the add-in works inside Excel;
// - xlsx: the command line's way — the roster is an .xlsx file, the review workbook is written to bytes
//   after every run and loaded back from them before the next (and before and after a person types into it).
import ExcelJS from 'exceljs';
import type { Box, Lang } from '../../src/domain/types';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { loadWorkbook } from '../../src/hosts/xlsx/load';
import { xlsxBytes } from '../../src/hosts/xlsx/memory';
import type { CellWrite, RawValue, SheetGrid } from '../../src/workbook/host';
import type { PlanValue } from '../../src/workbook/plan';
import { runReview, type RunOutcome } from '../../src/workbook/run';
import { readRegistry, REGISTRY_SHEET } from '../../src/workbook/write';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { expected, idKey, layout, type Roster } from './arbitraries';

export const TODAY = '2025-06-30';
/** Run n happens on day n after the review date, so an archive date says which run wrote it. */
export const nowOf = (n: number): Date => new Date(Date.UTC(2025, 5, 30 + n, 8, 0, 0));

export type Flavour = 'memory' | 'xlsx';

/** Absolute sheet rows (0-based) of a grid, whatever its used range's origin. */
export function absolute(grid: SheetGrid): RawValue[][] {
  const out: RawValue[][] = Array.from({ length: grid.origin.row }, () => []);
  for (const row of grid.values) out.push([...Array.from({ length: grid.origin.col }, () => null), ...row]);
  return out;
}

/** A LiveMemoryHost whose roster can be replaced in place, with error cells. */
class RosterMemoryHost extends LiveMemoryHost {
  putSheet(grid: SheetGrid): void {
    const at = this.grids.findIndex((g) => g.name === grid.name);
    if (at >= 0) this.grids.splice(at, 1, grid);
    else this.grids.push(grid);
  }
  allNames(): string[] {
    return this.grids.map((g) => g.name);
  }
}

export function rosterGrid(roster: Roster): SheetGrid {
  const { rows } = layout(roster);
  const width = Math.max(...rows.map((r) => r.length));
  const pad = <T>(r: T[], fill: T): T[] => [...r, ...Array.from({ length: width - r.length }, () => fill)];
  return {
    name: roster.sheet,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => pad(r.map((c) => c.v), null)),
    texts: rows.map((r) => pad(r.map((c) => (c.v === null ? '' : typeof c.v === 'boolean' ? (c.v ? 'TRUE' : 'FALSE') : String(c.v))), '')),
    formats: rows.map((r) => pad(r.map(() => 'General'), 'General')),
    errors: rows.map((r) => pad(r.map((c) => c.error === true), false)),
    hiddenRows: [],
  };
}

/** The roster as the bytes of an .xlsx file, as HR would save it (error values as Excel errors). */
export async function rosterBytes(roster: Roster): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(roster.sheet);
  layout(roster).rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.v === null) return;
      ws.getCell(r + 1, col + 1).value = c.error ? { error: c.v as ExcelJS.CellErrorValue['error'] } : c.v;
    }),
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array, name: string): Promise<XlsxHost> {
  const loaded = await loadWorkbook(bytes, name);
  if (!loaded.ok) throw new Error(`${name} did not load: ${loaded.problem.message.en}`);
  return new XlsxHost(loaded.workbook);
}

export interface RunArgs {
  lang: Lang;
  /** Engineers who also get a one-person plan sheet (CLI --plans-for). */
  plansFor?: string[];
  now: Date;
}

/** One target workbook and the roster it is reviewed from. */
export interface Bench {
  readonly flavour: Flavour;
  setRoster(roster: Roster): Promise<void>;
  run(args: RunArgs): Promise<RunOutcome>;
  /** The target's sheets (the registry too), as absolute rows. */
  snapshot(): Promise<Map<string, RawValue[][]>>;
  type(sheet: string, cells: CellWrite[]): Promise<void>;
  append(sheet: string, rows: PlanValue[][]): Promise<void>;
}

class MemoryBench implements Bench {
  readonly flavour = 'memory';
  private readonly host = new RosterMemoryHost([]);
  async setRoster(roster: Roster): Promise<void> {
    this.host.putSheet(rosterGrid(roster));
  }
  run({ lang, now, plansFor }: RunArgs): Promise<RunOutcome> {
    return runReview(this.host, this.host, { today: TODAY, lang, copyInputs: false, now: () => now, plansFor });
  }
  async snapshot(): Promise<Map<string, RawValue[][]>> {
    const grids = await this.host.readSheets(this.host.allNames());
    return new Map(grids.map((g) => [g.name, absolute(g)] as const));
  }
  type(sheet: string, cells: CellWrite[]): Promise<void> {
    return this.host.writeCells(sheet, cells);
  }
  append(sheet: string, rows: PlanValue[][]): Promise<void> {
    return this.host.appendRows(sheet, rows);
  }
}

class XlsxBench implements Bench {
  readonly flavour = 'xlsx';
  private source?: Uint8Array;
  private target?: Uint8Array;
  async setRoster(roster: Roster): Promise<void> {
    this.source = await rosterBytes(roster);
  }
  private async targetHost(): Promise<XlsxHost> {
    return this.target ? load(this.target, 'review.xlsx') : new XlsxHost(new ExcelJS.Workbook());
  }
  async run({ lang, now, plansFor }: RunArgs): Promise<RunOutcome> {
    if (!this.source) throw new Error('no roster');
    const source = await load(this.source, 'roster.xlsx');
    const target = await this.targetHost();
    const out = await runReview(source, target, { today: TODAY, lang, copyInputs: true, now: () => now, plansFor });
    if (out.ok) this.target = await xlsxBytes(target);
    return out;
  }
  /** The snapshot of the bytes it was read from: reading the same bytes again gives the same sheets. */
  private cached?: { bytes: Uint8Array; snap: Map<string, RawValue[][]> };
  async snapshot(): Promise<Map<string, RawValue[][]>> {
    if (this.target && this.cached?.bytes === this.target) return new Map([...this.cached.snap].map(([k, v]) => [k, v.map((r) => [...r])] as const));
    const host = await this.targetHost();
    const names = (await host.sheets()).map((s) => s.name);
    const grids = await host.readSheets(names);
    const snap = new Map(grids.map((g) => [g.name, absolute(g)] as const));
    if (this.target) this.cached = { bytes: this.target, snap: new Map([...snap].map(([k, v]) => [k, v.map((r) => [...r])] as const)) };
    return snap;
  }
  /** A person opens the review workbook, types, and saves it. */
  async type(sheet: string, cells: CellWrite[]): Promise<void> {
    const host = await this.targetHost();
    await host.writeCells(sheet, cells);
    this.target = await xlsxBytes(host);
  }
  async append(sheet: string, rows: PlanValue[][]): Promise<void> {
    const host = await this.targetHost();
    if (!host.appendRows) throw new Error('no appendRows');
    await host.appendRows(sheet, rows);
    this.target = await xlsxBytes(host);
  }
}

export function bench(flavour: Flavour): Bench {
  return flavour === 'memory' ? new MemoryBench() : new XlsxBench();
}

/**
 * A snapshot as plain data to compare, without the registry columns named (by their header): `writtenAt`
 * says when a run wrote, `sheetId` is the host's id of a sheet it made anew (every run replaces its sheets).
 */
export function comparable(snap: Map<string, RawValue[][]>, drop: readonly string[]): Record<string, RawValue[][]> {
  const out: Record<string, RawValue[][]> = {};
  for (const [name, rows] of snap) {
    if (name !== REGISTRY_SHEET) {
      out[name] = rows;
      continue;
    }
    const header = rows.find((r) => r.includes('role')) ?? [];
    const cols = new Set(drop.map((d) => header.indexOf(d)).filter((c) => c >= 0));
    out[name] = rows.map((r) => r.filter((_, c) => !cols.has(c)));
  }
  return out;
}

/** The target's registry, read from a snapshot. */
export function registryOf(snap: Map<string, RawValue[][]>): ReturnType<typeof readRegistry> {
  const values = snap.get(REGISTRY_SHEET);
  if (!values) return [];
  return readRegistry(gridOf(REGISTRY_SHEET, values));
}

// ---- The review a run must give, by the oracle of arbitraries.ts ----------------------------------------

/** 0-based row of an A1 address. */
export function rowOfA1(address: string): number {
  return Number(/\d+/u.exec(address)?.[0] ?? '0') - 1;
}

const PERF_IDX = { needs: 0, qualified: 1, excellent: 2 } as const;
const POT_IDX = { low: 0, medium: 1, high: 2 } as const;

/**
 * Every valid row lands in exactly one box (the one its bands give), no engineer is invented, the counts
 * add up, the rows left out are exactly those with an error, and 盘点结果 has one row per engineer.
 */
export function expectReviewed(roster: Roster, out: RunOutcome): void {
  const want = expected(roster);
  // Nobody reviewable and the rows sharing one cause (unknown rating words): one error, the run stops.
  if (!out.ok) {
    expect(want.valid).toHaveLength(0);
    expect(out.fatal.message.en).toContain('so nobody can be reviewed');
    return;
  }
  const reviews = out.result.reviews;
  expect(reviews.map((r) => r.engineer.sourceRow).sort((a, b) => a - b)).toEqual(want.valid.map((v) => v.row));
  const byRow = new Map(want.valid.map((v) => [v.row, v] as const));
  for (const r of reviews) {
    const v = byRow.get(r.engineer.sourceRow);
    expect(v && idKey(r.engineer.id)).toBe(v?.key);
    const bands = v ? want.bands.get(v.person) : undefined;
    expect(r.placement.performance).toBe(bands?.perf);
    if (bands?.pot !== undefined) expect(r.placement.potential).toBe(bands.pot);
    else expect(r.placement.potentialBasis).not.toBe(undefined);
    expect(r.placement.box).toBe(3 * POT_IDX[r.placement.potential] + PERF_IDX[r.placement.performance] + 1);
    expect(r.finalBox).toBeGreaterThanOrEqual(1);
    expect(r.finalBox).toBeLessThanOrEqual(9);
  }
  const counts = Object.values(out.result.counts).reduce((a, b) => a + b, 0);
  expect(counts).toBe(reviews.length);
  expect(out.result.total).toBe(reviews.length);
  for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9] as Box[]) {
    expect(out.result.counts[box]).toBe(reviews.filter((r) => r.finalBox === box).length);
  }
  const errorRows = new Set(out.problems.filter((p) => p.severity === 'error' && p.sheet === roster.sheet).map((p) => rowOfA1(p.cell)));
  expect([...errorRows].sort((a, b) => a - b)).toEqual([...want.errorRows].sort((a, b) => a - b));
  // 盘点结果: one row per reviewed engineer under the header, each ID once, in the final box.
  const results = out.plans.find((p) => p.role === 'results');
  expect(results).toBeDefined();
  const rows = (results?.values ?? []).slice(1).filter((r) => r.some((v) => v !== null && v !== ''));
  expect(rows.map((r) => r[0]).sort()).toEqual(reviews.map((r) => r.engineer.id).sort());
  const finalById = new Map(reviews.map((r) => [r.engineer.id, r.finalBox] as const));
  for (const r of rows) expect(r[9]).toBe(finalById.get(String(r[0])));
}

// ---- People's cells: where a person can type, and what the last run wrote there --------------------------

type Scope = 'plan' | 'pair' | 'summary';

export interface Slot {
  row: number;
  col: number;
  scope: Scope;
  owner: string;
  rowKey: string;
  field: string;
}

export interface ArchiveRow {
  scope: Scope;
  owner: string;
  rowKey: string;
  field: string;
  content: RawValue;
}

function parse(v: RawValue): Record<string, unknown> | undefined {
  if (typeof v !== 'string' || !v.startsWith('{')) return undefined;
  try {
    const o: unknown = JSON.parse(v);
    return typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The people's cells of a written sheet, found by its hidden key column (A). */
export function slotsOf(values: RawValue[][]): Slot[] {
  const out: Slot[] = [];
  values.forEach((row, r) => {
    const k = parse(row[0] ?? null);
    if (!k || typeof k.s !== 'string' || typeof k.c !== 'object' || k.c === null) return;
    for (const [field, at] of Object.entries(k.c as Record<string, unknown>)) {
      if (Array.isArray(at) && typeof at[0] === 'number') {
        out.push({ row: r, col: at[0], scope: k.s as Scope, owner: String(k.o), rowKey: String(k.r), field });
      }
    }
  });
  return out;
}

/** The archive rows of a written sheet. */
export function archiveOf(values: RawValue[][]): ArchiveRow[] {
  const out: ArchiveRow[] = [];
  values.forEach((row) => {
    const k = parse(row[0] ?? null);
    if (!k || typeof k.a !== 'string' || !Array.isArray(k.x)) return;
    const contentCol = k.x[3];
    out.push({ scope: k.a as Scope, owner: String(k.o), rowKey: String(k.r), field: String(k.f), content: typeof contentCol === 'number' ? (row[contentCol] ?? null) : null });
  });
  return out;
}

export const PEOPLE_ROLES = ['plans', 'mentoring', 'summary'] as const;
export type PeopleRole = (typeof PEOPLE_ROLES)[number];

/** The sheets holding people's cells, by the target's registry: the main sheet of each role, and one-person plan sheets. */
export function peopleSheets(snap: Map<string, RawValue[][]>): { role: PeopleRole; sheet: string; onePerson: boolean }[] {
  return registryOf(snap)
    .filter((e): e is typeof e & { role: PeopleRole } => (PEOPLE_ROLES as readonly string[]).includes(e.role) && snap.has(e.sheet))
    .map((e) => ({ role: e.role, sheet: e.sheet, onePerson: e.key !== undefined }));
}

export const isBlankValue = (v: RawValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
