// The very-hidden registry `_卓越盘点`: one row per sheet the product wrote (role, name, language, the
// review date of the first run, when it was written), so a renamed or re-languaged output sheet is found
// and replaced on the next run, never duplicated. Its header keys are language-neutral.
import type { Lang } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { OutputRole, PlanValue, SheetPlan } from '../plan';
import { REGISTRY_SHEET } from './text';

export interface RegistryEntry {
  role: OutputRole;
  sheet: string;
  lang: Lang;
  reviewDate: string;
  /** Tells apart sheets of one role (a one-person plan sheet: `plan:<ID>`); see SheetPlan.key. */
  key?: string;
}

const HEADERS = ['role', 'sheet', 'lang', 'reviewDate', 'writtenAt', 'key'] as const;

/** A role and key: what one output sheet is, whatever its name. */
export function identityOf(e: { role: OutputRole; key?: string }): string {
  return `${e.role}|${e.key ?? ''}`;
}

const ROLES: readonly OutputRole[] = [
  'results', 'grid', 'gaps', 'check', 'plans', 'pool', 'mentoring', 'summary', 'calibration', 'meetingPack', 'registry', 'input',
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
  const rows: PlanValue[][] = [[...HEADERS]];
  for (const p of written) rows.push([p.role, p.name, p.lang, reviewDate, writtenAt, p.key ?? null]);
  const roles = new Set(written.filter((p) => p.role !== 'input').map(identityOf));
  const names = new Set(written.map((p) => p.name));
  const replaced = new Set(written.map((p) => p.replaces).filter((s): s is string => s !== undefined));
  for (const e of existing) {
    if (e.role === 'registry' || names.has(e.sheet) || replaced.has(e.sheet)) continue;
    if (e.role !== 'input' && roles.has(identityOf(e))) continue;
    rows.push([e.role, e.sheet, e.lang, e.reviewDate, null, e.key ?? null]);
  }
  return {
    role: 'registry',
    name: REGISTRY_SHEET,
    lang: written[0]?.lang ?? 'zh-CN',
    visibility: 'veryHidden',
    values: rows,
    columnWidths: [12, 24, 8, 12, 26, 16],
    numberFormats: [{ format: '@', ranges: [`A1:F${rows.length}`] }],
    styles: [],
    merges: [],
  };
}
