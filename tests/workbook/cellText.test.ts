// Input cells the output cannot hold as they are (DOMAIN.md "Limits of the file formats"; issue 14): read
// cleaned, with a note at each cell.
import { cleanGrid, cleanText, cutText } from '../../src/workbook/cellText';
import type { RawValue, SheetGrid } from '../../src/workbook/host';
import { MAX_CELL_CHARS } from '../../src/workbook/limits';

function grid(values: RawValue[][], origin = { row: 0, col: 0 }): SheetGrid {
  return {
    name: '工程师名单',
    origin,
    values,
    texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: values.map((r) => r.map(() => 'General')),
    errors: values.map((r) => r.map(() => false)),
    hiddenRows: [],
  };
}

test('XML-forbidden characters are removed, with a note naming the cell and the characters', () => {
  const { grid: g, problems } = cleanGrid(grid([['工号', '姓名'], ['E001', '王\uFFFE强\u0001']], { row: 2, col: 1 }));
  expect(g.values[1][1]).toBe('王强');
  expect(g.texts[1][1]).toBe('王强');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ sheet: '工程师名单', cell: 'C4', severity: 'warning' });
  expect(problems[0].message.zh).toContain('U+FFFE, U+0001');
  expect(problems[0].message.en).toContain('cannot store (U+FFFE, U+0001)');
});

test('NaN, Infinity and -Infinity are read as empty, each a note at its cell', () => {
  const { grid: g, problems } = cleanGrid(grid([[NaN, Infinity, -Infinity, 3]]));
  expect(g.values[0]).toEqual([null, null, null, 3]);
  expect(problems.map((p) => [p.cell, p.message.en.split(',')[0]])).toEqual([
    ['A1', 'The cell stores NaN'],
    ['B1', 'The cell stores Infinity'],
    ['C1', 'The cell stores -Infinity'],
  ]);
});

test('a text past 32,767 characters is cut to the limit, with the length in the note', () => {
  const { grid: g, problems } = cleanGrid(grid([['长'.repeat(40000)]]));
  expect(g.values[0][0]).toHaveLength(MAX_CELL_CHARS);
  expect(problems[0].message.zh).toContain('40,000 个字符');
});

test('a clean grid is handed back as it is, with no notes', () => {
  const clean = grid([['工号', '姓名'], ['E001', '张伟😀'], [1, 2.5]]);
  expect(cleanGrid(clean)).toEqual({ grid: clean, problems: [] });
});

test('a cut never ends on half an emoji; half pairs are removed', () => {
  expect(cutText(`ab😀`, 3)).toBe('ab');
  expect(cleanText('a\uD83Db')).toBe('ab');
  expect(cleanText('😀')).toBe('😀');
});
