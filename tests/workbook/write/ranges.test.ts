import fc from 'fast-check';
import { RangeCollector } from '../../../src/workbook/write/ranges';
import { inRange } from './helpers';
import { a1 } from '../../../src/workbook/problems';

describe('grouping cells of one style into ranges', () => {
  it('joins a column run into one range and equal runs side by side into one rectangle', () => {
    const c = new RangeCollector<'x'>();
    for (let r = 3; r <= 9; r++) c.add('x', r, 7);
    expect(c.ranges('x')).toEqual(['H4:H10']);
    const d = new RangeCollector<'x'>();
    d.addRect('x', 1, 0, 2, 3);
    d.add('x', 5, 0);
    expect(d.ranges('x')).toEqual(['A2:D3', 'A6']);
  });

  it('covers exactly the cells added, never one more', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(12), fc.nat(6)), { selector: ([r, c]) => `${r},${c}` }), (cells) => {
        const c = new RangeCollector<'k'>();
        for (const [r, col] of cells) c.add('k', r, col);
        const ranges = c.ranges('k');
        for (let r = 0; r <= 12; r++) {
          for (let col = 0; col <= 6; col++) {
            const covered = ranges.filter((x) => inRange(a1(r, col), x)).length;
            expect(covered).toBe(cells.some(([cr, cc]) => cr === r && cc === col) ? 1 : 0);
          }
        }
        expect(ranges.length).toBeLessThanOrEqual(cells.length);
      }),
    );
  });

  it('covers the union of overlapping rectangles added in any order, each cell once', () => {
    const rect = fc.tuple(fc.nat(12), fc.nat(6), fc.nat(3), fc.nat(2));
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 12 }), (rects) => {
        const c = new RangeCollector<'k'>();
        const want = new Set<string>();
        for (const [r, col, h, w] of rects) {
          c.addRect('k', r, col, r + h, col + w);
          for (let y = r; y <= r + h; y++) for (let x = col; x <= col + w; x++) want.add(`${y},${x}`);
        }
        const ranges = c.ranges('k');
        for (let r = 0; r <= 16; r++) {
          for (let col = 0; col <= 9; col++) {
            const covered = ranges.filter((x) => inRange(a1(r, col), x)).length;
            expect(covered).toBe(want.has(`${r},${col}`) ? 1 : 0);
          }
        }
      }),
    );
  });
});
