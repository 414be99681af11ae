// A value merged down over data rows belongs to each row it covers (DOMAIN.md, Input sheets; issue 14).
import type { SheetGrid } from '../../../src/workbook/host';
import { fillMergedDown } from '../../../src/workbook/read/merges';

function gridOf(rows: (string | number | null)[][], merges: SheetGrid['merges']): SheetGrid {
  return {
    name: '名单',
    origin: { row: 0, col: 0 },
    values: rows,
    texts: rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: rows.map((r) => r.map(() => 'General')),
    errors: rows.map((r) => r.map(() => false)),
    hiddenRows: [],
    merges,
  };
}

const ROWS = [
  ['工号', '部门', '绩效'],
  ['E1', '研发', 'A'],
  ['E2', null, 'B'],
  ['E3', null, 'C'],
  [null, null, null],
];

it('the merged value goes to every data row the merge covers, with one note naming it', () => {
  const g = gridOf(ROWS, [{ r1: 1, c1: 1, r2: 4, c2: 1 }]);
  const { grid, note } = fillMergedDown(g, 0);
  expect(grid.values.map((r) => r[1])).toEqual(['部门', '研发', '研发', '研发', null]);
  expect(grid.texts[3][1]).toBe('研发');
  expect([note?.cell, note?.severity]).toEqual(['B2', 'warning']);
  expect(note?.message.en).toContain('(B2:B4)');
  // The grid read is left as it was.
  expect(g.values[2][1]).toBeNull();
});

it('a merge starting on the header row (a two-row header) or one row high is left alone', () => {
  const g = gridOf(ROWS, [{ r1: 0, c1: 1, r2: 2, c2: 1 }, { r1: 1, c1: 0, r2: 1, c2: 2 }]);
  const { grid, note } = fillMergedDown(g, 0);
  expect(grid).toBe(g);
  expect(note).toBeUndefined();
});
