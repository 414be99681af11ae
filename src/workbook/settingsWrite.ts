// The cells the pane writes into 盘点设置 when a person saves a mapping or settings: the value cell of a key
// row that exists, new rows under the last used row for keys that do not, and nothing else.
import { settingsKeyIdentity } from '../domain/settingsKeys';
import { normalizeKey, normalizeText } from '../domain/text';
import type { Lang } from '../domain/types';
import type { CellWrite, SheetGrid } from './host';
import { cellAt, isEmpty } from './read/values';

export interface SettingsWriteEntry {
  key: string;
  value: string | number;
}

/** The settings sheet's name when the pane creates it. */
export function newSettingsSheetName(lang: Lang): string {
  return lang === 'zh-CN' ? '盘点设置' : 'Settings';
}

const HEADER: Record<Lang, [string, string, string]> = {
  'zh-CN': ['设置项', '值', '说明'],
  'en-US': ['Key', 'Value', 'Notes'],
};

/** Keys compare as parseSettings reads them; an unknown key still matches itself, normalised. */
function identity(key: string): string {
  return settingsKeyIdentity(key) ?? `raw:${normalizeKey(normalizeText(key))}`;
}

function keyText(grid: SheetGrid, r: number): string {
  const v = cellAt(grid, r, 0).value;
  return typeof v === 'string' ? v : v === null ? '' : String(v);
}

function rowUsed(grid: SheetGrid, r: number): boolean {
  const row = grid.values[r] ?? [];
  return row.some((_, c) => !isEmpty(cellAt(grid, r, c)));
}

/**
 * Cell writes (0-based sheet rows and columns) that set each entry in the settings sheet `existing`, or in a
 * new one (with a header row) when it is undefined or empty. A key written twice in the sheet has its first
 * row updated, since the settings reader lets the first one win (and warns about the other). Entries later in `entries` win over earlier ones.
 */
export function settingsCellWrites(
  existing: SheetGrid | undefined,
  entries: readonly SettingsWriteEntry[],
  lang: Lang,
): { sheet: string; cells: CellWrite[] } {
  const sheet = existing?.name ?? newSettingsSheetName(lang);
  const origin = existing?.origin ?? { row: 0, col: 0 };
  const cells: CellWrite[] = [];

  // First row of each key in the sheet, and the last used row.
  const rowOf = new Map<string, number>();
  let lastUsed = -1;
  if (existing) {
    for (let r = 0; r < existing.values.length; r++) {
      if (!rowUsed(existing, r)) continue;
      lastUsed = r;
      const key = normalizeText(keyText(existing, r));
      if (key !== '' && !rowOf.has(identity(key))) rowOf.set(identity(key), r);
    }
  }

  let next: number;
  if (lastUsed < 0) {
    HEADER[lang].forEach((h, c) => cells.push({ row: origin.row, col: origin.col + c, value: h }));
    next = origin.row + 1;
  } else {
    next = origin.row + lastUsed + 1;
  }

  // The last entry of each key wins, in the order keys first appear.
  const wanted = new Map<string, SettingsWriteEntry>();
  for (const e of entries) {
    const id = identity(e.key);
    if (normalizeText(e.key) === '') continue;
    wanted.set(id, e);
  }
  for (const [id, e] of wanted) {
    const r = rowOf.get(id);
    if (r !== undefined) {
      cells.push({ row: origin.row + r, col: origin.col + 1, value: e.value });
    } else {
      cells.push({ row: next, col: origin.col, value: normalizeText(e.key) });
      cells.push({ row: next, col: origin.col + 1, value: e.value });
      next++;
    }
  }
  return { sheet, cells };
}
