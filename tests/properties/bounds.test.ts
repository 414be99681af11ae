// Reading is bounded by content (issue 14), for any scatter of cells: the grid a host builds holds every
// cell that holds something either in place or in the one warning that names the cells left out, and its
// rows holding something times its width stay within MAX_DENSE_CELLS — whatever box the cells span.
import fc from 'fast-check';
import { gridCell, gridOfCells } from '../../src/hosts/xlsx/grid';
import { MAX_DENSE_CELLS } from '../../src/workbook/read/bounds';
import { params } from './arbitraries';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

// Positions near the table, near a gap's edge, or anywhere on the sheet.
const row = fc.oneof(fc.nat(30), fc.integer({ min: 990, max: 1_010 }), fc.nat(MAX_ROW));
const col = fc.oneof(fc.nat(10), fc.integer({ min: 95, max: 110 }), fc.nat(MAX_COL));
const value = fc.oneof(fc.constant(' '), fc.string({ minLength: 1, maxLength: 4 }), fc.integer());

it('every cell holding something is in the grid or named as left out; the grid stays small', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(row, col, value), { maxLength: 60, selector: ([r, c]) => `${r}:${c}` }), (scatter) => {
      const cells = [...scatter]
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([r, c, v]) => gridCell(r, c, { value: v, error: false }, 'General'));
      const grid = gridOfCells('S', cells, [], []);
      const solid = cells.filter((c) => !c.blank);
      const inGrid = solid.filter((c) => grid.values[c.row - grid.origin.row]?.[c.col - grid.origin.col] === c.value);
      const leftOut = solid.length - inGrid.length;
      const note = grid.notes?.[0];
      if (leftOut === 0) expect(note).toBeUndefined();
      else expect(note?.message.en).toMatch(new RegExp(`\\b${leftOut} cells?\\b`, 'u'));
      const holding = new Set(inGrid.map((c) => c.row)).size;
      expect(holding * (grid.values[0]?.length ?? 0)).toBeLessThanOrEqual(MAX_DENSE_CELLS);
      expect(grid.values.length).toBeLessThanOrEqual(Math.max(1, holding) * 1001);
    }),
    params(1),
  );
});
