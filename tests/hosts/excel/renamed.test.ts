// Inside Excel: output sheets a person renamed are the product's still, found by Worksheet.id (kept
// through a rename). Reading the ids costs no sync of its own; a sheet the person made stays theirs.
import { ExcelHost } from '../../../src/hosts/excel/host';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';
import { fakeWithRoster, reviewOnFake, ROSTER } from './review';

test('sheets(): one Excel.run and one sync, each sheet with the id it keeps through a rename', async () => {
  const fake = fakeWithRoster(3);
  fake.seed({ name: 'Notes', rows: [['x']] });
  const host = new ExcelHost(fake.run);
  const before = await host.sheets();
  fake.resetStats();
  fake.sheet('Notes')!.name = '我的笔记';
  const after = await host.sheets();
  expect({ runs: fake.stats.runs, syncs: fake.stats.syncs }).toEqual({ runs: 1, syncs: 1 });
  expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
  expect(new Set(after.map((s) => s.id)).size).toBe(after.length);
});

test('九宫格 and 盘点结果 renamed: replaced under the new names, no sheet added; the person\'s own sheet untouched', async () => {
  const fake = fakeWithRoster(12);
  expect((await reviewOnFake(fake)).ok).toBe(true);
  fake.sheet('九宫格')!.name = '会上用的九宫格';
  fake.sheet('盘点结果')!.name = '我的结果';
  fake.seed({ name: 'Notes', rows: [['my own notes']] });
  const names = fake.workbook.sheets.map((s) => s.name);
  const renamedIds = [fake.sheet('会上用的九宫格')!.id, fake.sheet('我的结果')!.id];

  expect((await reviewOnFake(fake)).ok).toBe(true);
  // Same tabs in the same places (the registry, as always, last).
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual([...names.filter((n) => n !== REGISTRY_SHEET), REGISTRY_SHEET]);
  // Fresh sheets in their place (new ids), with the product's content.
  expect([fake.sheet('会上用的九宫格')!.id, fake.sheet('我的结果')!.id]).not.toEqual(renamedIds);
  expect(fake.valuesOf('我的结果')[0][0]).toBe('工号');
  expect(fake.sheet('Notes')!.writes).toEqual([]);
  expect(fake.sheet(ROSTER)!.writes).toEqual([]);
  // The registry records the new sheets by their names and ids.
  const rows = fake.valuesOf(REGISTRY_SHEET);
  const [cSheet, cId, cNamed] = ['sheet', 'sheetId', 'named'].map((h) => rows[0].indexOf(h));
  const row = rows.find((r) => r[cSheet] === '我的结果');
  expect(row && [row[cId], row[cNamed]]).toEqual([fake.sheet('我的结果')!.id, 'person']);
});

test('a calibration log a person renamed still takes appended rows (it is found by its id)', async () => {
  const fake = fakeWithRoster(3);
  expect((await reviewOnFake(fake)).ok).toBe(true);
  const log = fake.workbook.sheets.find((s) => s.name === '校准记录');
  expect(log).toBeDefined();
  log!.name = '校准会记录';
  const host = new ExcelHost(fake.run);
  fake.resetStats();
  await host.appendRows('校准会记录', [['2026-01-15', 'E001']]);
  // As many syncs as before ids: what exists, the log's used range, the rows.
  expect(fake.stats.syncs).toBe(3);
  expect(fake.valuesOf('校准会记录').some((r) => r[0] === '2026-01-15' && r[1] === 'E001')).toBe(true);
});
