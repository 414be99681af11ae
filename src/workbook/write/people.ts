// People's cells: what a person types into the output sheets (a plan's owner, due date, status, notes and
// sign-off; a pair's lifecycle; the summary's sign-off). A hidden key column (A) names each such row by
// engineer ID and a stable row key, and records where each field sits and what the product wrote there.
// A re-run reads them first and writes them back to the same engineer or pair, wherever the row is now;
// cells whose row is gone go to an archive section at the end of the sheet, never silently dropped.
import { pick } from '../../domain/catalogue';
import { isoDateToSerial } from '../../domain/settingsKeys';
import type { Lang, Text } from '../../domain/types';
import type { RawValue, SheetGrid } from '../host';
import type { PlanValue } from '../plan';
import { RangeCollector } from './ranges';

/** Which sheet's cells: a development plan, a mentoring pair, the summary, a successor of a key position. */
export type PeopleScope = 'plan' | 'pair' | 'summary' | 'succession';

/** The hidden key column. */
export const KEY_COL = 0;

/** A people's cell as the last run left it, read back before writing. */
export interface TypedCell {
  scope: PeopleScope;
  owner: string;
  row: string;
  field: string;
  value: RawValue;
  /** As displayed (a date as a date). */
  text: string;
  /** Differs from what the product wrote there: a person typed it. */
  changed: boolean;
  /** Still the default the product wrote (a plan's owner and due date): no person's word, so never archived. */
  untouchedDefault?: boolean;
  /** Who and what, as the sheet showed them, for the archive. */
  person: string;
  item: string;
}

/** One archived cell: a row of the archive section. */
export interface ArchivedEntry {
  scope: PeopleScope;
  owner: string;
  row: string;
  field: string;
  person: string;
  item: string;
  fieldLabel: string;
  content: string;
  date: string;
}

export interface PeopleCells {
  /** By cellKey(scope, owner, row, field). */
  cells: Map<string, TypedCell>;
  archived: ArchivedEntry[];
}

export function emptyPeopleCells(): PeopleCells {
  return { cells: new Map(), archived: [] };
}

/** Length-prefixed parts: unambiguous whatever an ID holds, and cheaper than JSON on 50,000 engineers. */
export function cellKey(scope: PeopleScope, owner: string, row: string, field: string): string {
  return `${scope}|${owner.length}:${owner}|${row.length}:${row}|${field}`;
}

interface RowKey {
  s: PeopleScope;
  o: string;
  r: string;
  p: string;
  /** What the row is, for the archive; absent where the sheet can say it from the row key. */
  i?: string;
  /** field → [0-based column, the value written, 1 when that value was the field's default]. */
  c: Record<string, [number, PlanValue] | [number, PlanValue, 1]>;
}

interface ArchiveKey {
  a: PeopleScope;
  o: string;
  r: string;
  f: string;
  /** 0-based columns of person, item, field, content, date. */
  x: [number, number, number, number, number];
}

const SCOPES: readonly PeopleScope[] = ['plan', 'pair', 'summary', 'succession'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isScope(v: unknown): v is PeopleScope {
  return typeof v === 'string' && (SCOPES as readonly string[]).includes(v);
}
function isPlanValue(v: unknown): v is PlanValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
function isCol(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 16384;
}

function parseKey(text: unknown): RowKey | ArchiveKey | undefined {
  if (typeof text !== 'string' || !text.startsWith('{')) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(v)) return undefined;
  if (isScope(v.s) && typeof v.o === 'string' && typeof v.r === 'string' && isRecord(v.c)) {
    const c: Record<string, [number, PlanValue] | [number, PlanValue, 1]> = {};
    for (const [field, at] of Object.entries(v.c)) {
      if (Array.isArray(at) && isCol(at[0]) && isPlanValue(at[1])) c[field] = at[2] === 1 ? [at[0], at[1], 1] : [at[0], at[1]];
    }
    return { s: v.s, o: v.o, r: v.r, p: typeof v.p === 'string' ? v.p : v.o, i: typeof v.i === 'string' ? v.i : '', c };
  }
  if (isScope(v.a) && typeof v.o === 'string' && typeof v.r === 'string' && typeof v.f === 'string' && Array.isArray(v.x)) {
    const x = v.x;
    if (x.length === 5 && x.every(isCol)) return { a: v.a, o: v.o, r: v.r, f: v.f, x: x as ArchiveKey['x'] };
  }
  return undefined;
}

/**
 * The 0-based columns a row key names (its people's cells, or an archive row's columns), or undefined for
 * a row without a key: what a reader must keep of a sheet read for its people's cells.
 */
export function keyedColumns(text: unknown): number[] | undefined {
  const key = parseKey(text);
  if (!key) return undefined;
  return 'a' in key ? [...key.x] : Object.values(key.c).map(([col]) => col);
}

function isEmpty(v: RawValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

interface Keyed {
  grid: SheetGrid;
  keys: (RowKey | ArchiveKey | undefined)[];
}

/** Each grid's row keys, parsed once (a plans sheet of 10,000 engineers has 170,000). */
function keyedGrids(grids: readonly SheetGrid[]): Keyed[] {
  return grids
    .filter((grid) => KEY_COL - grid.origin.col >= 0)
    .map((grid) => ({ grid, keys: grid.values.map((row) => parseKey(row[KEY_COL - grid.origin.col])) }));
}

/** A scope's own sheets (the plans sheet, or every part of a split one) and the cells they hold. */
interface MainRows {
  grids: Set<SheetGrid>;
  cells: Set<string>;
}

/**
 * Per scope, the cells of its own sheets: those not in `copies`, or without `copies` the first sheet holding
 * keys of that scope (the plans sheet before one-person sheets).
 */
function mainSheetRows(grids: readonly Keyed[], copies?: ReadonlySet<string>): Map<PeopleScope, MainRows> {
  const main = new Map<PeopleScope, MainRows>();
  for (const { grid, keys } of grids) {
    for (const key of keys) {
      if (!key) continue;
      const scope = 'a' in key ? key.a : key.s;
      let m = main.get(scope);
      if (!m) {
        m = { grids: new Set([grid]), cells: new Set() };
        main.set(scope, m);
      } else if (copies && !copies.has(grid.name)) m.grids.add(grid);
      if (!m.grids.has(grid) || 'a' in key) continue;
      for (const field of Object.keys(key.c)) m.cells.add(cellKey(key.s, key.o, key.r, field));
    }
  }
  return main;
}

/**
 * The people's cells of the sheets the last run wrote, in the order given: where two sheets hold the same
 * cell (the plans sheet and a one-person plan sheet), a typed change wins over an untouched copy, and
 * between two changes the later sheet wins. `copies`: the names of the sheets that copy rows of another (the
 * one-person plan sheets), so that every other sheet is its scope's own — each part of a split plans sheet
 * (个人发展计划, 个人发展计划(2)…) holds its engineers' cells; without it, only a scope's first sheet is.
 */
export function readPeopleCells(grids: readonly SheetGrid[], copies?: ReadonlySet<string>): PeopleCells {
  const out = emptyPeopleCells();
  const archivedSeen = new Set<string>();
  // A one-person plan sheet of an engineer no longer reviewed is left as it was, so its untouched cells are
  // stale copies: what they hold was archived (or typed over) in the plans sheet when the row went. Read
  // again on every run, they were archived anew each time a person had since changed the note, so a re-run
  // with no edit added archive rows (found by tests/properties). A cell a person changed there still counts.
  const keyed = keyedGrids(grids);
  const main = mainSheetRows(keyed, copies);
  for (const { grid, keys } of keyed) {
    const at = (r: number, col: number): { value: RawValue; text: string } => {
      const c = col - grid.origin.col;
      const value = grid.values[r]?.[c] ?? null;
      const error = grid.errors[r]?.[c] ?? false;
      if (error) return { value: null, text: '' };
      return { value, text: grid.texts[r]?.[c] ?? (value === null ? '' : String(value)) };
    };
    keys.forEach((key, r) => {
      if (!key) return;
      if ('a' in key) {
        const [cp, ci, cf, cc, cd] = key.x.map((col) => at(r, col).text);
        const entry: ArchivedEntry = { scope: key.a, owner: key.o, row: key.r, field: key.f, person: cp, item: ci, fieldLabel: cf, content: cc, date: cd };
        const id = archiveId(entry);
        if (!archivedSeen.has(id)) {
          archivedSeen.add(id);
          out.archived.push(entry);
        }
        return;
      }
      for (const [field, [col, written, byDefault]] of Object.entries(key.c)) {
        const { value, text } = at(r, col);
        const changed = !(value === written || (isEmpty(value) && (written === null || written === '')));
        const cell: TypedCell = { scope: key.s, owner: key.o, row: key.r, field, value, text, changed, person: key.p, item: key.i ?? '' };
        if (!changed && byDefault === 1) cell.untouchedDefault = true;
        const k = cellKey(key.s, key.o, key.r, field);
        const m = main.get(key.s);
        if (!changed && m && !m.grids.has(grid) && !m.cells.has(k)) continue;
        const before = out.cells.get(k);
        if (!before || changed) out.cells.set(k, cell);
      }
    });
  }
  return out;
}

function archiveId(e: Pick<ArchivedEntry, 'scope' | 'owner' | 'row' | 'field' | 'content'>): string {
  return JSON.stringify([e.scope, e.owner, e.row, e.field, e.content]);
}

/** Where cells go (the sheet being built). */
export interface CellSink {
  set(r: number, c: number, v: PlanValue): void;
}

export interface FieldSpec {
  field: string;
  col: number;
  /** Written when nobody typed anything. */
  initial?: PlanValue;
  /** Drop-down values in both languages: a value typed in the other language is shown in this one. */
  choices?: { zh: readonly string[]; en: readonly string[] };
  date?: boolean;
}

/** Writes the people's rows of one sheet and collects what is left for its archive. */
export class PeopleWriter {
  /** Keys of the cells read back that this run wrote again (the rest go to the archive). */
  private readonly used = new Set<string>();
  private readonly descriptions = new Map<string, string | undefined>();
  /** The date cells of the sheet being written (nextSheet starts another's). */
  dateCells = new RangeCollector<'date'>();

  constructor(
    private readonly old: PeopleCells,
    private readonly scope: PeopleScope,
    private readonly lang: Lang,
    private readonly fieldLabels: Record<string, Text>,
    /** Names a row key in this run's language (so keys need not carry it); undefined: use the stored text. */
    private readonly describe?: (row: string) => string | undefined,
  ) {}

  /**
   * Starts the next sheet of a split one (个人发展计划(2)…): its date cells are its own, while what every
   * sheet wrote still counts, so the archive on the last holds only what no sheet wrote again.
   */
  nextSheet(): void {
    this.dateCells = new RangeCollector<'date'>();
  }

  /** The newest archived content of each cell of this scope, by cell key (an engineer who left and came back). */
  private archivedContent(): Map<string, ArchivedEntry> {
    if (!this.archivedByKey) {
      this.archivedByKey = new Map();
      for (const e of this.old.archived) if (e.scope === this.scope) this.archivedByKey.set(cellKey(e.scope, e.owner, e.row, e.field), e);
    }
    return this.archivedByKey;
  }
  private archivedByKey: Map<string, ArchivedEntry> | undefined;

  /**
   * Sets the key cell of sheet row `r` and each field's value: as the last run left it (typed, or cleared);
   * else, for a row that comes back (an engineer left off the roster for a month), what the archive kept of
   * it — the archive row stays; else the initial one.
   */
  row(sheet: CellSink, r: number, owner: string, rowKey: string, person: string, item: string, fields: readonly FieldSpec[]): void {
    const c: Record<string, [number, PlanValue] | [number, PlanValue, 1]> = {};
    // Only cells the last run left matter to the archive, so a first run (nothing read back) skips the keys.
    const anyOld = this.old.cells.size > 0 || this.old.archived.length > 0;
    for (const f of fields) {
      let typed: TypedCell | undefined;
      let restored: ArchivedEntry | undefined;
      if (anyOld) {
        const k = cellKey(this.scope, owner, rowKey, f.field);
        typed = this.old.cells.get(k);
        if (typed) this.used.add(k);
        else restored = this.archivedContent().get(k);
      }
      // A cell a person cleared (emptied, or left only spaces) is written as empty, and an empty cell the last
      // run wrote stays empty: writing the blank text back made the next run read it as untouched and write
      // nothing, so two runs with no edit in between gave different sheets (found by tests/properties).
      // A default nobody changed follows this run's default (a new manager, a new 复盘日期).
      const byDefault = f.initial !== undefined && f.initial !== null && (typed ? typed.untouchedDefault === true : !restored);
      let v: PlanValue = byDefault
        ? f.initial ?? null
        : typed
          ? isEmpty(typed.value) ? null : typed.value
          : restored
            ? restoredValue(restored.content, f)
            : f.initial ?? null;
      if (typeof v === 'string' && f.choices) v = this.translate(v, f.choices);
      sheet.set(r, f.col, v);
      c[f.field] = byDefault ? [f.col, v, 1] : [f.col, v];
      if (f.date) this.dateCells.add('date', r, f.col);
    }
    const key: RowKey = { s: this.scope, o: owner, r: rowKey, p: person, c };
    if (!this.described(rowKey)) key.i = item;
    sheet.set(r, KEY_COL, JSON.stringify(key));
  }

  /** `describe` of a row key, once per key: a plans sheet has a few dozen kinds of row and tens of thousands of rows. */
  private described(rowKey: string): string | undefined {
    if (!this.describe) return undefined;
    if (this.descriptions.has(rowKey)) return this.descriptions.get(rowKey);
    const text = this.describe(rowKey);
    this.descriptions.set(rowKey, text);
    return text;
  }

  private translate(v: string, choices: { zh: readonly string[]; en: readonly string[] }): string {
    const from = this.lang === 'zh-CN' ? choices.en : choices.zh;
    const to = this.lang === 'zh-CN' ? choices.zh : choices.en;
    const i = from.indexOf(v.trim());
    return i >= 0 ? to[i] : v;
  }

  /**
   * The archive after this run: what was archived before (it stays archived), then every non-empty typed
   * cell of this scope whose row this run did not write (an engineer who left, an action no longer in the
   * plan, a pair that changed). `owners` limits it to cells this sheet is responsible for.
   */
  archive(date: string, owners?: (owner: string) => boolean): ArchivedEntry[] {
    const out = this.old.archived.filter((e) => e.scope === this.scope && (!owners || owners(e.owner)));
    const seen = new Set(out.map(archiveId));
    const left = [...this.old.cells.values()].filter(
      (c) =>
        c.scope === this.scope &&
        !c.untouchedDefault &&
        !this.used.has(cellKey(c.scope, c.owner, c.row, c.field)) &&
        !isEmpty(c.value) &&
        (!owners || owners(c.owner)),
    );
    for (const c of left) {
      const label = this.fieldLabels[c.field];
      const entry: ArchivedEntry = {
        scope: c.scope,
        owner: c.owner,
        row: c.row,
        field: c.field,
        person: c.person,
        item: this.described(c.row) ?? c.item,
        fieldLabel: label ? pick(label, this.lang) : c.field,
        content: c.text !== '' ? c.text : String(c.value),
        date,
      };
      const id = archiveId(entry);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(entry);
    }
    return out;
  }
}

/** An archived cell's content (its text) back in its field: a date field's ISO date as a date again. */
function restoredValue(content: string, f: FieldSpec): PlanValue {
  if (f.date && /^\d{4}-\d{2}-\d{2}$/u.test(content.trim())) return isoDateToSerial(content.trim());
  return content;
}

/** The key cell of an archive row. */
export function archiveKey(e: ArchivedEntry, cols: [number, number, number, number, number]): string {
  const key: ArchiveKey = { a: e.scope, o: e.owner, r: e.row, f: e.field, x: cols };
  return JSON.stringify(key);
}
