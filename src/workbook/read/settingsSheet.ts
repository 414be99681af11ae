// The settings sheet (盘点设置 / Settings): a key column, a value column and an ignored notes column. Each
// row feeds parseSettings; its issues come back with the sheet and the key or value cell.
import type { FieldKey, Settings } from '../../domain/settings';
import { fieldFromName, parseSettings, serialToIsoDate, settingsKeyIdentity, type SettingsEntry } from '../../domain/settingsKeys';
import { normalizeKey, normalizeText, round2 } from '../../domain/text';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem } from '../problems';
import type { MappingSource } from './columns';
import { cellAt, isDateFormat, type Cell } from './values';

export interface SettingsSheetRead {
  settings: Settings;
  problems: Problem[];
  /** Where each `列:` mapping was written. */
  mappingSources: Partial<Record<FieldKey, MappingSource>>;
  /** Where 名单工作表 / roster sheet was written, if it was. */
  rosterSheetSource?: MappingSource;
}

const KEY_HEADERS = new Set(['键', '设置项', '项目', '名称', '参数', '设置', '配置项', 'key', 'setting', 'settings', 'name', 'item']);
const VALUE_HEADERS = new Set(['值', '取值', '设置值', '内容', 'value', 'values']);

/** A settings cell as text: dates as ISO, percentages as points (`5%`), other numbers in full. */
function settingText(cell: Cell): string {
  const v = cell.value;
  if (cell.error || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateFormat(cell.format)) return serialToIsoDate(v) ?? String(v);
  if (/%/u.test(cell.format)) return `${round2(v * 100)}%`;
  return String(v);
}

/**
 * A key given twice (`列:工号` on two rows, or once as `column:id`): the first row is used and the later one
 * dropped from `entries` (and `rows`), with a warning at its key naming both rows. Rows without a value give
 * nothing, so they do not count.
 */
function firstOfEachKey(entries: SettingsEntry[], rows: number[], sheet: string, addr: (r: number, c: number) => string): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    if (normalizeText(entries[i].value) === '') continue;
    const id = settingsKeyIdentity(entries[i].key);
    if (id === undefined) continue;
    const j = first.get(id);
    if (j === undefined) {
      first.set(id, i);
      continue;
    }
    const [was, now] = [addr(rows[j], 0), addr(rows[i], 0)];
    const [a, b] = [entries[j], entries[i]];
    problems.push(problem(sheet, now, 'warning',
      `设置项「${a.key}」重复：${was}（值「${a.value}」）和 ${now}「${b.key}」（值「${b.value}」）。已使用第一个（${was}），忽略 ${now}；请删除不要的一行`,
      `The setting "${a.key}" is given twice: ${was} (value "${a.value}") and ${now} "${b.key}" (value "${b.value}"). The first (${was}) is used and ${now} is ignored; delete the row you do not want`));
    entries.splice(i, 1);
    rows.splice(i, 1);
    i--;
  }
  return problems;
}

export function readSettingsSheet(grid: SheetGrid | undefined, base?: Settings): SettingsSheetRead {
  if (!grid) return { ...parseSettings([], base), problems: [], mappingSources: {} };
  const entries: SettingsEntry[] = [];
  const rows: number[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const key = normalizeText(settingText(cellAt(grid, r, 0)));
    const value = settingText(cellAt(grid, r, 1));
    if (key === '') continue;
    if (entries.length === 0 && KEY_HEADERS.has(normalizeKey(key)) && (value === '' || VALUE_HEADERS.has(normalizeKey(value)))) continue;
    if (key.startsWith('#') || key.startsWith('//')) continue;
    entries.push({ key, value });
    rows.push(r);
  }
  const addr = (r: number, c: number): string => a1(grid.origin.row + r, grid.origin.col + c);
  const duplicates = firstOfEachKey(entries, rows, grid.name, addr);
  const { settings, issues } = parseSettings(entries, base);
  const problems = [
    ...duplicates,
    ...issues.map((i) => problem(grid.name, addr(rows[i.index], i.part === 'key' ? 0 : 1), 'warning', i.message.zh, i.message.en)),
  ];
  const mappingSources: Partial<Record<FieldKey, MappingSource>> = {};
  let rosterSheetSource: MappingSource | undefined;
  entries.forEach((e, i) => {
    const k = normalizeText(e.key);
    if (['名单工作表', 'rostersheet', 'roster'].includes(normalizeKey(k)) && normalizeText(e.value) !== '') {
      rosterSheetSource = { sheet: grid.name, cell: addr(rows[i], 1) };
    }
    const colon = k.indexOf(':');
    if (colon < 0 || !['列', 'column', 'col'].includes(normalizeKey(k.slice(0, colon)))) return;
    const field = fieldFromName(k.slice(colon + 1));
    if (field && normalizeText(e.value) !== '') mappingSources[field] = { sheet: grid.name, cell: addr(rows[i], 1) };
  });
  return { settings, problems, mappingSources, ...(rosterSheetSource ? { rosterSheetSource } : {}) };
}
