// A text a sheet puts together can pass Excel's 32,767 characters though each part is within it: cut, with a
// note at its output cell (issue 14).
import type { SheetPlan } from '../../../src/workbook/plan';
import { limitCells } from '../../../src/workbook/write/cellLimits';
import { MAX_CELL_CHARS } from '../../../src/workbook/limits';

function plan(values: SheetPlan['values']): SheetPlan {
  return { role: 'plans', name: '个人发展计划', lang: 'zh-CN', visibility: 'visible', values, columnWidths: [], numberFormats: [], styles: [], merges: [] };
}

test('a title around a name of 32,767 characters is cut to the limit, ending in …, with a note at its cell', () => {
  const p = plan([[null, `个人发展计划（一人一策） · ${'长'.repeat(MAX_CELL_CHARS)}（E001）`]]);
  const notes = limitCells(p);
  const cell = p.values[0][1] as string;
  expect(cell).toHaveLength(MAX_CELL_CHARS);
  expect(cell.endsWith('…')).toBe(true);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ sheet: '个人发展计划', cell: 'B1', severity: 'warning' });
  expect(notes[0].message.en).toContain("32,788 characters, past Excel's 32,767");
});

test('a number that is not finite is left empty with a note; forbidden characters go without one', () => {
  const p = plan([['a\uFFFEb', NaN, 3]]);
  const notes = limitCells(p);
  expect(p.values[0]).toEqual(['ab', null, 3]);
  expect(notes.map((n) => n.cell)).toEqual(['B1']);
});

test('cells within the limits are left as they are, with no notes', () => {
  const values = [['x'.repeat(MAX_CELL_CHARS), 1.5, true, null]];
  const p = plan(values.map((r) => r.slice()));
  expect(limitCells(p)).toEqual([]);
  expect(p.values).toEqual(values);
});
