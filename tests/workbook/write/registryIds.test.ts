// The registry finds a sheet a person renamed by the id the host gave it (DOMAIN.md, Output sheets: a
// renamed output sheet is found and replaced, never duplicated). Ids decide only where they agree with
// the names; where they are missing or disagree, names decide as before ids were recorded.
import type { SheetInfo } from '../../../src/workbook/host';
import type { SheetPlan } from '../../../src/workbook/plan';
import {
  keepPersonNames,
  readRegistry,
  registryPlan,
  resolveRegistry,
  sheetIdCells,
  withSheetIds,
  type RegistryEntry,
} from '../../../src/workbook/write/registry';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';
import { gridOf } from '../../helpers/memoryHost';

const entry = (role: RegistryEntry['role'], sheet: string, sheetId?: string, more: Partial<RegistryEntry> = {}): RegistryEntry => ({
  role,
  sheet,
  lang: 'zh-CN',
  reviewDate: '2026-11-26',
  ...(sheetId !== undefined ? { sheetId } : {}),
  ...more,
});
const info = (name: string, id?: string): SheetInfo => ({ name, visibility: 'visible', ...(id !== undefined ? { id } : {}) });

function plan(role: SheetPlan['role'], name: string, more: Partial<SheetPlan> = {}): SheetPlan {
  return { role, name, lang: 'zh-CN', visibility: 'visible', values: [['x']], columnWidths: [], numberFormats: [], styles: [], merges: [], ...more };
}

describe('resolveRegistry: each entry under the name its sheet has now', () => {
  const registry = [entry('results', '盘点结果', '7'), entry('grid', '九宫格', '8'), entry('plans', '个人发展计划', '9')];

  test('盘点结果 renamed 我的结果 (same id): the entry is 我的结果, marked as the person\'s name', () => {
    const now = [info('工程师名单', '1'), info('我的结果', '7'), info('九宫格', '8'), info('个人发展计划', '9'), info(REGISTRY_SHEET, '10')];
    expect(resolveRegistry(registry, now)).toEqual([
      { ...registry[0], sheet: '我的结果', named: 'person' },
      registry[1],
      registry[2],
    ]);
  });

  test('a sheet still under its name is left as it is; a sheet deleted (its id gone) stays unresolved', () => {
    const now = [info('九宫格', '8'), info('个人发展计划', '9'), info('Notes', '11')];
    expect(resolveRegistry(registry, now)).toEqual(registry);
  });

  test('ids that disagree with the names (a tool renumbered the sheets): names alone decide', () => {
    // 九宫格 is still there but under another id: the person's Notes, now carrying 盘点结果's id, is not taken.
    const now = [info('Notes', '7'), info('九宫格', '3'), info('个人发展计划', '9')];
    expect(resolveRegistry(registry, now)).toEqual(registry);
  });

  test('no id (an older registry, a host without ids): names alone decide', () => {
    const old = [entry('results', '盘点结果'), entry('grid', '九宫格')];
    expect(resolveRegistry(old, [info('我的结果', '7'), info('九宫格', '8')])).toEqual(old);
    expect(resolveRegistry(registry, [info('我的结果'), info('九宫格'), info('个人发展计划')])).toEqual(registry);
  });

  test('never taken: a sheet another entry names, the registry itself; an input copy is not looked for', () => {
    const results = entry('results', '盘点结果', '7');
    // 九宫格's entry has no id (an older row); the sheet 九宫格 now carries 盘点结果's id.
    const other = [results, entry('grid', '九宫格')];
    expect(resolveRegistry(other, [info('九宫格', '7')])).toEqual(other);
    expect(resolveRegistry([results], [info(REGISTRY_SHEET, '7')])).toEqual([results]);
    const input = [entry('input', '工程师名单', '1')];
    expect(resolveRegistry(input, [info('名单副本', '1')])).toEqual(input);
  });
});

describe('keepPersonNames: a renamed sheet keeps the name the person gave it', () => {
  const renamed = [entry('results', '我的结果', '7', { named: 'person' })];

  test('the plan takes the person\'s name and replaces that sheet by it', () => {
    const [results, grid] = keepPersonNames([plan('results', '盘点结果', { replaces: '我的结果' }), plan('grid', '九宫格')], renamed);
    expect(results.name).toBe('我的结果');
    expect(results.replaces).toBeUndefined();
    expect(grid.name).toBe('九宫格');
  });

  test('a name another plan has already: the product\'s name, replacing the renamed sheet', () => {
    const clash = [entry('results', '九宫格', '7', { named: 'person' })];
    const plans = keepPersonNames([plan('results', '盘点结果', { replaces: '九宫格' }), plan('grid', '九宫格')], clash);
    expect(plans.map((p) => [p.name, p.replaces])).toEqual([['盘点结果', '九宫格'], ['九宫格', undefined]]);
  });

  test('names the product gave are not kept (a re-languaged sheet gets the new language\'s name)', () => {
    const [results] = keepPersonNames([plan('results', 'Results', { replaces: '盘点结果' })], [entry('results', '盘点结果', '7')]);
    expect(results).toMatchObject({ name: 'Results', replaces: '盘点结果' });
  });
});

describe('the registry records ids and whose name a sheet has', () => {
  test('written rows leave the id to the host; kept rows keep theirs; a kept person\'s name stays marked', () => {
    const existing = [entry('results', '我的结果', '7', { named: 'person' }), entry('calibration', '校准记录', '12')];
    const reg = registryPlan([plan('results', '我的结果'), plan('grid', '九宫格')], existing, '2026-11-26', '2026-11-26T09:00:00Z');
    const back = readRegistry(gridOf(REGISTRY_SHEET, reg.values));
    expect(back).toEqual([
      { role: 'grid', sheet: '九宫格', lang: 'zh-CN', reviewDate: '2026-11-26' },
      { role: 'results', sheet: '我的结果', lang: 'zh-CN', reviewDate: '2026-11-26', named: 'person' },
      { role: 'calibration', sheet: '校准记录', lang: 'zh-CN', reviewDate: '2026-11-26', sheetId: '12' },
    ]);
    // The host fills the ids once its sheets exist; read back, every row has the id of its sheet.
    const ids: Record<string, string> = { 我的结果: '21', 九宫格: '22', 校准记录: '12' };
    expect(sheetIdCells(reg, (n) => ids[n]).map((c) => c.value)).toEqual(['22', '21', '12']);
    const filled = readRegistry(gridOf(REGISTRY_SHEET, withSheetIds(reg, (n) => ids[n]).values));
    expect(filled.map((e) => [e.sheet, e.sheetId])).toEqual([['九宫格', '22'], ['我的结果', '21'], ['校准记录', '12']]);
  });

  test('an older registry (no sheetId, no named column) reads as before; a numeric id reads as text', () => {
    const old = gridOf(REGISTRY_SHEET, [['role', 'sheet', 'lang', 'reviewDate', 'writtenAt', 'key'], ['results', '盘点结果', 'zh-CN', '2025-06-30', null, null]]);
    expect(readRegistry(old)).toEqual([{ role: 'results', sheet: '盘点结果', lang: 'zh-CN', reviewDate: '2025-06-30' }]);
    const numeric = gridOf(REGISTRY_SHEET, [['role', 'sheet', 'sheetId'], ['results', '盘点结果', 3]]);
    expect(readRegistry(numeric)[0].sheetId).toBe('3');
  });
});
