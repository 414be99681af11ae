// Writing 盘点设置 when a person saves: the value cell of a key row that exists (whatever spelling of the
// key it uses), new rows under the last used row, a header row for a new sheet, and no other cell.
import fc from 'fast-check';
import type { RawValue, SheetGrid } from '../../src/workbook/host';
import { readSettingsSheet } from '../../src/workbook/read/settingsSheet';
import { settingsCellWrites } from '../../src/workbook/settingsWrite';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

async function applied(grid: SheetGrid | undefined, writes: ReturnType<typeof settingsCellWrites>): Promise<SheetGrid> {
  const host = new LiveMemoryHost(grid ? [grid] : []);
  await host.writeCells(writes.sheet, writes.cells);
  return (await host.readSheets([writes.sheet]))[0];
}

describe('a new settings sheet', () => {
  it.each([
    ['zh-CN', '盘点设置', ['设置项', '值', '说明'], '列:工号'],
    ['en-US', 'Settings', ['Key', 'Value', 'Notes'], 'column:id'],
  ] as const)('%s: named %s, with a header row, entries below it', (lang, sheet, header, key) => {
    const w = settingsCellWrites(undefined, [{ key, value: 'Staff No' }], lang);
    expect(w.sheet).toBe(sheet);
    expect(w.cells).toEqual([
      { row: 0, col: 0, value: header[0] },
      { row: 0, col: 1, value: header[1] },
      { row: 0, col: 2, value: header[2] },
      { row: 1, col: 0, value: key },
      { row: 1, col: 1, value: 'Staff No' },
    ]);
  });
});

describe('an existing settings sheet', () => {
  const rows: RawValue[][] = [
    ['设置项', '值', '说明'],
    ['列:工号', '员工号', '旧映射'],
    ['差距高线', 1.5, ''],
    [null, null, null],
    ['# 备注行', null, '人写的'],
  ];

  it('updates the value cell of the key, however it is spelled (列:工号 = column:id)', () => {
    const w = settingsCellWrites(gridOf('盘点设置', rows), [{ key: 'column:id', value: 'Staff No' }], 'en-US');
    expect(w).toEqual({ sheet: '盘点设置', cells: [{ row: 1, col: 1, value: 'Staff No' }] });
  });

  it.each([
    ['gap high cutoff', 2, { row: 2, col: 1, value: 2 }],
    ['ＣＯＬＵＭＮ : ＩＤ', 'X', { row: 1, col: 1, value: 'X' }],
    ['列:员工编号', 'X', undefined], // 员工编号 is an alias, not a field name: a new key
  ] as const)('%s', (key, value, expected) => {
    const w = settingsCellWrites(gridOf('盘点设置', rows), [{ key, value }], 'zh-CN');
    if (expected) expect(w.cells).toEqual([expected]);
    else expect(w.cells.map((c) => c.row)).toEqual([5, 5]);
  });

  it('appends new keys under the last used row, leaving blank and comment rows alone', async () => {
    const grid = gridOf('盘点设置', rows);
    const w = settingsCellWrites(grid, [{ key: '导师名额', value: 4 }, { key: '名单工作表', value: '员工信息' }], 'zh-CN');
    const after = await applied(gridOf('盘点设置', rows), w);
    expect(after.values).toEqual([
      ...rows,
      ['导师名额', 4, null],
      ['名单工作表', '员工信息', null],
    ]);
    const read = readSettingsSheet(after);
    expect([read.settings.mentorCapacity, read.settings.rosterSheet, read.settings.columnMap.id]).toEqual([4, '员工信息', '员工号']);
  });

  it('updates the first row of a key written twice, the one the settings reader lets win', async () => {
    const twice: RawValue[][] = [['差距高线', 1], ['导师名额', 2], ['gap high cutoff', 1.2]];
    const w = settingsCellWrites(gridOf('盘点设置', twice), [{ key: '差距高线', value: 2 }], 'zh-CN');
    expect(w.cells).toEqual([{ row: 0, col: 1, value: 2 }]);
    expect(readSettingsSheet(await applied(gridOf('盘点设置', twice), w)).settings.gapCutoffs.upper).toBe(2);
  });

  it('writes where the used range starts (a sheet whose table begins at B3)', () => {
    const grid: SheetGrid = { ...gridOf('Settings', [['Key', 'Value'], ['mentor capacity', 3]]), origin: { row: 2, col: 1 } };
    const w = settingsCellWrites(grid, [{ key: '导师名额', value: 5 }, { key: 'review months', value: 12 }], 'en-US');
    expect(w.cells).toEqual([
      { row: 3, col: 2, value: 5 },
      { row: 4, col: 1, value: 'review months' },
      { row: 4, col: 2, value: 12 },
    ]);
  });

  it('writes a header row into a settings sheet that is empty', () => {
    const w = settingsCellWrites(gridOf('盘点设置', []), [{ key: '导师名额', value: 5 }], 'zh-CN');
    expect(w.cells.map((c) => [c.row, c.value])).toEqual([[0, '设置项'], [0, '值'], [0, '说明'], [1, '导师名额'], [1, 5]]);
  });
});

describe('properties', () => {
  // Spellings of a few keys, in both languages, as a person might type them.
  const KEYS: string[][] = [
    ['差距高线', 'gap high cutoff', 'Gap High Cutoff'],
    ['导师名额', 'mentor capacity', 'MENTOR CAPACITY'],
    ['列:工号', 'column:id', '列：工号', 'col:ID'],
    ['列:绩效', 'column:performance', '列:performance'],
    ['复盘月数', 'review months'],
    ['自定义', '自定义 '],
  ];
  const spelling = fc.tuple(fc.nat(KEYS.length - 1), fc.nat(3)).map(([k, s]) => ({ k, key: KEYS[k][s % KEYS[k].length] }));
  const row = fc.tuple(spelling, fc.integer({ min: 1, max: 9 }), fc.boolean());

  it('after writing, each key reads back its value, and no other cell changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), fc.array(fc.tuple(spelling, fc.integer({ min: 10, max: 99 })), { minLength: 1, maxLength: 6 }), async (existing, entries) => {
        const rows: RawValue[][] = existing.map(([s, v, blank]) => (blank ? [null, null, null] : [s.key, v, 'note']));
        const w = settingsCellWrites(gridOf('盘点设置', rows), entries.map(([s, v]) => ({ key: s.key, value: v })), 'zh-CN');
        const after = (await applied(gridOf('盘点设置', rows), w)).values;
        // Each key's value: the first row of that key (any spelling), the one the reader uses, holds the last value given for it.
        for (const [s] of entries) {
          const want = [...entries].reverse().find(([t]) => t.k === s.k)![1];
          const firstRow = after.find((r) => KEYS[s.k].some((sp) => typeof r[0] === 'string' && r[0].trim().replace('：', ':') === sp.trim().replace('：', ':')));
          expect(firstRow?.[1]).toBe(want);
        }
        // Rows already there keep their key and notes cells; only value cells of written keys change.
        rows.forEach((r, i) => {
          if (r[0] === null) return; // a blank row (an all-blank sheet gets its header row there)
          expect(after[i][0]).toEqual(r[0]);
          expect(after[i][2] ?? null).toEqual(r[2]);
          const written = w.cells.some((c) => c.row === i && c.col === 1);
          if (!written) expect(after[i][1]).toEqual(r[1]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
