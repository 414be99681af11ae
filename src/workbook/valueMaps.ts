// Value maps (绩效映射, 潜力映射, 层级映射; DOMAIN.md, Settings keys) as the pane edits them: the values found in
// the column mapped to performance, potential or level, what each reads as now (a saved map, the built-in
// vocabulary, or nothing), and the settings rows that record a person's choices.
import { bandPerformanceRating, bandPotentialRating } from '../domain/banding';
import { LEVEL_LABELS, PERF_LABELS, POT_LABELS } from '../domain/catalogue';
import type { FieldKey, Settings } from '../domain/settings';
import { parseLevelWord, parseNumberText } from '../domain/settingsKeys';
import { normalizeKey } from '../domain/text';
import type { Lang, LevelKey, PerfBand, PotBand, Text } from '../domain/types';
import type { SheetGrid } from './host';
import { cellAt, readText } from './read/values';
import type { SettingsWriteEntry } from './settingsWrite';

export type ValueMapKind = 'performance' | 'potential' | 'level';
export type MapBand = PerfBand | PotBand | LevelKey;

export const VALUE_MAP_KINDS: readonly ValueMapKind[] = ['performance', 'potential', 'level'];

/** The roster field whose column each map reads. */
export const VALUE_MAP_FIELD: Record<ValueMapKind, FieldKey> = { performance: 'performance', potential: 'potential', level: 'level' };

/** The bands of each map, best first (as the pane lists them), with their names. */
export const MAP_BANDS: Record<ValueMapKind, readonly { band: MapBand; label: Text }[]> = {
  performance: (['excellent', 'qualified', 'needs'] as const).map((b) => ({ band: b, label: PERF_LABELS[b] })),
  potential: (['high', 'medium', 'low'] as const).map((b) => ({ band: b, label: POT_LABELS[b] })),
  level: (['senior', 'intermediate', 'junior'] as const).map((b) => ({ band: b, label: LEVEL_LABELS[b] })),
};

/** The key prefix in each language. */
const PREFIX: Record<ValueMapKind, Text> = {
  performance: { zh: '绩效映射', en: 'performance map' },
  potential: { zh: '潜力映射', en: 'potential map' },
  level: { zh: '层级映射', en: 'level map' },
};

/** The value written for a band: a word parseSettings reads back in that key language. */
const BAND_WORD: Record<MapBand, Text> = {
  excellent: { zh: '优秀', en: 'excellent' },
  qualified: { zh: '合格', en: 'qualified' },
  needs: { zh: '待提升', en: 'needs improvement' },
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
  senior: { zh: '高级', en: 'senior' },
  intermediate: { zh: '中级', en: 'intermediate' },
  junior: { zh: '初级', en: 'junior' },
};

export interface FoundValue {
  /** The value as the reader reads it (the cell's text, normalised). */
  text: string;
  /** The map's key for it (normalised as parseSettings stores it). */
  key: string;
  /** Rows holding it. */
  count: number;
  /** What a saved map row says, if any. */
  saved?: MapBand;
  /** What the reader makes of it without a map row, if anything. */
  builtIn?: MapBand;
  /**
   * A number the reader takes as a score on the column's scale when no map row names it (performance and
   * potential only; a level is never a score).
   */
  score: boolean;
}

type MapSettings = Pick<Settings, 'performanceMap' | 'potentialMap' | 'levelMap'>;

function savedBand(kind: ValueMapKind, key: string, settings: MapSettings): MapBand | undefined {
  if (kind === 'performance') return settings.performanceMap[key];
  if (kind === 'potential') return settings.potentialMap[key];
  return settings.levelMap[key];
}

function builtInBand(kind: ValueMapKind, text: string): MapBand | undefined {
  if (kind === 'performance') return bandPerformanceRating(text, { performanceMap: {} });
  if (kind === 'potential') return bandPotentialRating(text, { potentialMap: {} });
  return parseLevelWord(text);
}

/** What the value reads as now: the saved map row first, then the built-in words. */
export function bandNow(v: Pick<FoundValue, 'saved' | 'builtIn'>): MapBand | undefined {
  return v.saved ?? v.builtIn;
}

/** True when the reader can read the value now: a band, or a score. */
function readable(v: FoundValue): boolean {
  return bandNow(v) !== undefined || v.score;
}

/**
 * The distinct values of column `col` below the header row `headerRow` (0-based sheet row), most frequent
 * first, at most `max` of them; `more` counts those left out. Empty and error cells are not values.
 */
export function valuesInColumn(
  grid: SheetGrid,
  headerRow: number,
  col: number,
  kind: ValueMapKind,
  settings: MapSettings,
  max: number,
): { values: FoundValue[]; more: number } {
  const byKey = new Map<string, FoundValue>();
  const c = col - grid.origin.col;
  for (let r = headerRow - grid.origin.row + 1; r < grid.values.length; r++) {
    const t = readText(cellAt(grid, r, c));
    if (t.kind !== 'ok' || t.value === '') continue;
    const key = normalizeKey(t.value);
    const found = byKey.get(key);
    if (found) found.count++;
    else {
      const score = kind !== 'level' && parseNumberText(t.value) !== undefined;
      byKey.set(key, { text: t.value, key, count: 1, saved: savedBand(kind, key, settings), builtIn: builtInBand(kind, t.value), score });
    }
  }
  // Values nothing reads yet first (what HR has to do), then by count, then as they first appear.
  const all = [...byKey.values()].sort(
    (a, b) => Number(readable(a)) - Number(readable(b)) || b.count - a.count,
  );
  return { values: all.slice(0, max), more: Math.max(0, all.length - max) };
}

/** The settings key for one value, in the settings sheet's key language. */
export function valueMapKey(kind: ValueMapKind, text: string, lang: Lang): string {
  return `${lang === 'zh-CN' ? PREFIX[kind].zh : PREFIX[kind].en}:${text}`;
}

/**
 * Settings rows for the choices a person made: `chosen` maps a value's key to a band, or to null for "as the
 * built-in words read it" (which empties a saved row). A choice equal to what is saved writes nothing.
 */
export function valueMapEntries(
  kind: ValueMapKind,
  found: readonly FoundValue[],
  chosen: Readonly<Record<string, MapBand | null>>,
  lang: Lang,
): SettingsWriteEntry[] {
  const out: SettingsWriteEntry[] = [];
  for (const v of found) {
    if (!(v.key in chosen)) continue;
    const band = chosen[v.key];
    if ((band ?? undefined) === v.saved) continue;
    out.push({ key: valueMapKey(kind, v.text, lang), value: band === null ? '' : lang === 'zh-CN' ? BAND_WORD[band].zh : BAND_WORD[band].en });
  }
  return out;
}
