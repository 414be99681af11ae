// The very-hidden registry `_卓越盘点`: one row per sheet the product wrote (role, name, language, the
// review date of the first run, when it was written, the host's id of the sheet), so a renamed or
// re-languaged output sheet is found and replaced on the next run, never duplicated. Its header keys are
// language-neutral. A sheet's id is known only once the host has made the sheet, so the registry plan is
// written without them and each host fills them in (sheetIdCells) as it writes the registry.
import type { Lang } from '../../domain/types';
import type { CellWrite, SheetGrid, SheetInfo } from '../host';
import type { OutputRole, PlanValue, SheetPlan } from '../plan';
import { rank } from './order';
import { REGISTRY_SHEET } from './text';

export interface RegistryEntry {
  role: OutputRole;
  sheet: string;
  lang: Lang;
  reviewDate: string;
  /** Tells apart sheets of one role (a one-person plan sheet: `plan:<ID>`); see SheetPlan.key. */
  key?: string;
  /** The host's id of the sheet (SheetInfo.id) when it was written; absent in older registries. */
  sheetId?: string;
  /** The sheet's name is one a person gave it (a rename found by its id): later runs keep it. */
  named?: 'person';
}

const HEADERS = ['role', 'sheet', 'lang', 'reviewDate', 'writtenAt', 'key', 'sheetId', 'named'] as const;

/** A role and key: what one output sheet is, whatever its name. */
export function identityOf(e: { role: OutputRole; key?: string }): string {
  return `${e.role}|${e.key ?? ''}`;
}

const ROLES: readonly OutputRole[] = [
  'results', 'grid', 'gaps', 'check', 'plans', 'pool', 'mentoring', 'summary', 'calibration', 'meetingPack', 'registry', 'input',
  'talentMap', 'succession', 'assessment', 'cards', 'overview',
];

function isRole(v: unknown): v is OutputRole {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

function isLang(v: unknown): v is Lang {
  return v === 'zh-CN' || v === 'en-US';
}

/** Entries of the registry sheet; a missing sheet or a row that does not parse is left out. */
export function readRegistry(grid: SheetGrid | undefined): RegistryEntry[] {
  if (!grid) return [];
  const rows = grid.values;
  const headerIndex = rows.findIndex((r) => r.some((v) => v === 'role'));
  if (headerIndex < 0) return [];
  const header = rows[headerIndex].map((v) => (typeof v === 'string' ? v.trim() : ''));
  const col = (key: (typeof HEADERS)[number]): number => header.indexOf(key);
  const [cRole, cSheet, cLang, cDate, cKey] = [col('role'), col('sheet'), col('lang'), col('reviewDate'), col('key')];
  const [cId, cNamed] = [col('sheetId'), col('named')];
  if (cRole < 0 || cSheet < 0) return [];
  const out: RegistryEntry[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const role = row[cRole];
    const sheet = row[cSheet];
    if (!isRole(role) || typeof sheet !== 'string' || sheet === '') continue;
    const lang = cLang >= 0 ? row[cLang] : undefined;
    const date = cDate >= 0 ? row[cDate] : undefined;
    const key = cKey >= 0 ? row[cKey] : undefined;
    const entry: RegistryEntry = { role, sheet, lang: isLang(lang) ? lang : 'zh-CN', reviewDate: typeof date === 'string' ? date : '' };
    if (typeof key === 'string' && key !== '') entry.key = key;
    const id = cId >= 0 ? row[cId] : undefined;
    // exceljs's ids are numbers; a cell formatted as text may still hand one back as a number.
    if ((typeof id === 'string' && id !== '') || typeof id === 'number') entry.sheetId = String(id);
    if (cNamed >= 0 && row[cNamed] === 'person') entry.named = 'person';
    out.push(entry);
  }
  return out;
}

/** The review date of the first run, as the registry keeps it; undefined before any run. */
export function firstReviewDate(entries: readonly RegistryEntry[]): string | undefined {
  return entries.find((e) => e.reviewDate !== '')?.reviewDate;
}

/**
 * The registry after this run: every plan written now, then the earlier entries of sheets this run left
 * alone (a role, or for input copies a sheet, no plan covers), so later features' sheets stay known.
 */
export function registryPlan(
  plans: readonly SheetPlan[],
  existing: readonly RegistryEntry[],
  reviewDate: string,
  writtenAt: string,
): SheetPlan {
  const written = plans.filter((p) => p.role !== 'registry');
  const body: { role: OutputRole; row: PlanValue[] }[] = [];
  const personNamed = (p: SheetPlan): boolean =>
    p.role !== 'input' && existing.some((e) => e.named === 'person' && e.sheet === p.name && identityOf(e) === identityOf(p));
  // A written sheet's id is left empty here: the host fills it once the sheet exists.
  for (const p of written) body.push({ role: p.role, row: [p.role, p.name, p.lang, reviewDate, writtenAt, p.key ?? null, null, personNamed(p) ? 'person' : null] });
  const roles = new Set(written.filter((p) => p.role !== 'input').map(identityOf));
  const names = new Set(written.map((p) => p.name));
  // Sheets a plan replaces or removes (a split sheet's parts no longer needed) are gone after this run.
  const replaced = new Set(written.flatMap((p) => [p.replaces, ...(p.removes ?? [])]).filter((s): s is string => s !== undefined));
  for (const e of existing) {
    if (e.role === 'registry' || names.has(e.sheet) || replaced.has(e.sheet)) continue;
    if (e.role !== 'input' && roles.has(identityOf(e))) continue;
    body.push({ role: e.role, row: [e.role, e.sheet, e.lang, e.reviewDate, null, e.key ?? null, e.sheetId ?? null, e.named ?? null] });
  }
  // Rows in meeting order (a stable sort), whether written or kept this run: a re-run that keeps a sheet (the
  // calibration log) must list it where the run that wrote it did, so a run with no edit changes nothing.
  body.sort((a, b) => rank(a.role) - rank(b.role));
  const rows: PlanValue[][] = [[...HEADERS], ...body.map((b) => b.row)];
  return {
    role: 'registry',
    name: REGISTRY_SHEET,
    lang: written[0]?.lang ?? 'zh-CN',
    visibility: 'veryHidden',
    values: rows,
    columnWidths: [12, 24, 8, 12, 26, 16, 40, 8],
    numberFormats: [{ format: '@', ranges: [`A1:H${rows.length}`] }],
    styles: [],
    merges: [],
  };
}

/**
 * The cells of the registry plan's sheetId column, once the host has made the sheets: `idOf` gives the id
 * of the sheet now under a name (undefined where the host has none). Only cells with an id are listed.
 */
export function sheetIdCells(registry: SheetPlan, idOf: (sheet: string) => string | undefined): CellWrite[] {
  const header = registry.values[0] ?? [];
  const cSheet = header.indexOf('sheet');
  const cId = header.indexOf('sheetId');
  if (cSheet < 0 || cId < 0) return [];
  const out: CellWrite[] = [];
  registry.values.forEach((row, r) => {
    const sheet = row[cSheet];
    if (r === 0 || typeof sheet !== 'string') return;
    const id = idOf(sheet);
    if (id !== undefined) out.push({ row: r, col: cId, value: id });
  });
  return out;
}

/** The registry plan with its sheetId column filled (a host that writes the plan's values as they are). */
export function withSheetIds(registry: SheetPlan, idOf: (sheet: string) => string | undefined): SheetPlan {
  const values = registry.values.map((row) => [...row]);
  for (const c of sheetIdCells(registry, idOf)) {
    while (values[c.row].length <= c.col) values[c.row].push(null);
    values[c.row][c.col] = c.value;
  }
  return { ...registry, values };
}

/**
 * The registry with each entry under the name its sheet has now. An entry whose name is gone is found by
 * the id recorded for it: the sheet a person renamed keeps being the product's (replaced on the next run,
 * its people's cells read), and its new name is marked as the person's. Ids decide only when they agree
 * with the names: if any registered sheet still under its name has another id than the one recorded (a
 * tool that renumbers sheets when it saves, or a workbook last written by the other host), or an entry
 * has no id (an older registry, a host without ids), the names alone decide, as they always did. Input
 * copies are keyed by their name and are never looked for by id; a sheet another entry names, or the
 * registry itself, is never taken.
 */
export function resolveRegistry(entries: readonly RegistryEntry[], sheets: readonly SheetInfo[]): RegistryEntry[] {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s] as const));
  const agree = entries.every((e) => {
    const s = byName.get(e.sheet.toLowerCase());
    return s === undefined || e.sheetId === undefined || s.id === e.sheetId;
  });
  const registered = new Set([REGISTRY_SHEET.toLowerCase(), ...entries.map((e) => e.sheet.toLowerCase())]);
  const byId = new Map(sheets.filter((s) => s.id !== undefined).map((s) => [s.id, s] as const));
  const claimed = new Set<string>();
  return entries.map((e) => {
    if (byName.has(e.sheet.toLowerCase())) return e;
    const s = agree && e.role !== 'input' && e.sheetId !== undefined ? byId.get(e.sheetId) : undefined;
    if (!s || registered.has(s.name.toLowerCase()) || claimed.has(s.name.toLowerCase())) {
      // Not found: a sheet deleted. A name the person gave it is not given to the sheet written anew.
      const { named: _gone, ...rest } = e;
      return rest;
    }
    claimed.add(s.name.toLowerCase());
    return { ...e, sheet: s.name, named: 'person' };
  });
}

/**
 * Plans whose sheet a person renamed keep the person's name (they chose it), in place of the product's:
 * the plan then replaces that sheet by its own name. Where another plan already has that name, the
 * product's name is used, and the renamed sheet is replaced as `replaces` says. `others`: plans written
 * beside these, whose names are taken too.
 */
export function keepPersonNames(
  plans: readonly SheetPlan[],
  existing: readonly RegistryEntry[],
  others: readonly SheetPlan[] = [],
): SheetPlan[] {
  const taken = new Set([...others, ...plans].map((p) => p.name.toLowerCase()));
  return plans.map((p) => {
    if (p.role === 'input' || p.role === 'registry') return p;
    const e = existing.find((x) => x.named === 'person' && identityOf(x) === identityOf(p));
    if (!e || e.sheet === p.name || taken.has(e.sheet.toLowerCase())) return p;
    taken.delete(p.name.toLowerCase());
    taken.add(e.sheet.toLowerCase());
    const { replaces: _replaced, ...plan } = p;
    return { ...plan, name: e.sheet };
  });
}
