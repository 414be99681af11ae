// Required competency levels from the standards sheet (DOMAIN.md, 能力素质标准). For each competency the
// most specific non-empty cell wins: (category, level), (category, *), (*, level), (*, *); where nothing
// matches, the *default* specific standard DEFAULT_REQUIRED (初级 2, 中级 3, 高级 4, no level 3).
import { DEFAULT_REQUIRED } from './catalogue';
import { normalizeKey } from './text';
import { COMPETENCIES, type CompetencyKey, type LevelKey, type StandardRow } from './types';

/**
 * Category text as compared: normalised (NFKC, no spaces, lower case) and without quotes or 型, so
 * `"双跨"型工程师`, `“双跨”型工程师` and `双跨工程师` are one category.
 */
export function categoryKey(category: string): string {
  return normalizeKey(category).replace(/["'“”‘’「」『』型]/gu, '');
}

const WILD = '\u0000*';

function slot(category: string | undefined, level: LevelKey | undefined): string {
  const c = category === undefined || categoryKey(category) === '' ? WILD : categoryKey(category);
  return `${c}\u0001${level ?? WILD}`;
}

function usable(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export interface StandardsLookup {
  /** Required level per competency for an engineer of this category and level (both optional). */
  required(category: string | undefined, level: LevelKey | undefined): Record<CompetencyKey, number>;
}

/**
 * Indexes the rows once, so looking up an engineer costs four map reads per competency whatever the
 * number of rows. Among rows of the same specificity, the first row with a non-empty cell wins.
 */
export function standardsLookup(standards: readonly StandardRow[]): StandardsLookup {
  const cells = new Map<string, Partial<Record<CompetencyKey, number>>>();
  for (const row of standards) {
    const key = slot(row.category, row.level);
    const cell = cells.get(key) ?? {};
    for (const c of COMPETENCIES) {
      const v = row.required[c];
      if (cell[c] === undefined && usable(v)) cell[c] = v;
    }
    cells.set(key, cell);
  }
  const memo = new Map<string, Record<CompetencyKey, number>>();
  return {
    required(category, level) {
      const cat = category === undefined || categoryKey(category) === '' ? undefined : category;
      const memoKey = slot(cat, level);
      const hit = memo.get(memoKey);
      if (hit) return { ...hit };
      // Most specific first; an engineer without a category or level matches only `*` there.
      const tiers: Partial<Record<CompetencyKey, number>>[] = [];
      const push = (c: string | undefined, l: LevelKey | undefined): void => {
        const cell = cells.get(slot(c, l));
        if (cell) tiers.push(cell);
      };
      if (cat !== undefined && level !== undefined) push(cat, level);
      if (cat !== undefined) push(cat, undefined);
      if (level !== undefined) push(undefined, level);
      push(undefined, undefined);
      const fallback = DEFAULT_REQUIRED[level ?? 'none'];
      const out = {} as Record<CompetencyKey, number>;
      for (const c of COMPETENCIES) {
        let v: number | undefined;
        for (const t of tiers) {
          v = t[c];
          if (v !== undefined) break;
        }
        out[c] = v ?? fallback;
      }
      memo.set(memoKey, out);
      return { ...out };
    },
  };
}

/** One-off lookup; a review builds the lookup once with standardsLookup instead. */
export function requiredLevels(
  category: string | undefined,
  level: LevelKey | undefined,
  standards: readonly StandardRow[],
): Record<CompetencyKey, number> {
  return standardsLookup(standards).required(category, level);
}
