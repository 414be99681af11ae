// DOMAIN.md, The nine boxes: movement against a previous box — the sum of the two indexes rises 上升, falls
// 下降, same box 持平, same sum in another box 平移 — for every one of the 81 combinations, and the matrix.
import { BOXES, MOVEMENT_LABELS, defaultSettings, movement, movementMatrix, movementOf, reviewEngineers, type Box } from '../../src/domain';
import { rated } from './helpers';

/** Index sum by hand from the box table: 9 高×优秀 = 4 … 1 低×待提升 = 0. */
const SUM: Record<Box, number> = { 9: 4, 8: 3, 7: 2, 6: 3, 5: 2, 4: 1, 3: 2, 2: 1, 1: 0 };

describe('movement', () => {
  for (const prev of BOXES) {
    for (const cur of BOXES) {
      const expected = prev === cur ? '持平' : SUM[cur] > SUM[prev] ? '上升' : SUM[cur] < SUM[prev] ? '下降' : '平移';
      it(`${prev} → ${cur} is ${expected}`, () => {
        expect(MOVEMENT_LABELS[movement(prev, cur)].zh).toBe(expected);
      });
    }
  }

  it('names the lateral moves the grid has: 3↔5↔7 and 2↔4, 6↔8', () => {
    expect(movement(3, 7)).toBe('lateral');
    expect(movement(2, 4)).toBe('lateral');
    expect(movement(8, 6)).toBe('lateral');
    expect(movement(5, 9)).toBe('up');
    expect(movement(9, 1)).toBe('down');
  });
});

describe('movementMatrix', () => {
  const settings = defaultSettings();
  const result = reviewEngineers(
    [
      rated('A', 'excellent', 'high', { previousBox: 5 }), // 5 → 9 up
      rated('B', 'qualified', 'medium', { previousBox: 5 }), // 5 → 5 same
      rated('C', 'needs', 'low', { previousBox: 2 }), // 2 → 1 down
      rated('D', 'excellent', 'low', { previousBox: 7 }), // 7 → 3 lateral
      rated('E', 'qualified', 'high'), // no previous
    ],
    [],
    settings,
  );

  it('counts previous × current on the final box, and those without a previous box', () => {
    const m = movementMatrix(result.reviews);
    expect(m.cells[5][9]).toBe(1);
    expect(m.cells[5][5]).toBe(1);
    expect(m.cells[2][1]).toBe(1);
    expect(m.cells[7][3]).toBe(1);
    expect(m.total).toBe(4);
    expect(m.noPrevious).toBe(1);
    expect(m.byMovement).toEqual({ up: 1, same: 1, down: 1, lateral: 1 });
  });

  it('uses the calibrated box when there is one', () => {
    const calibrated = { ...result.reviews[1], finalBox: 8 as Box };
    expect(movementOf(calibrated)).toBe('up');
    expect(movementOf(result.reviews[4])).toBeUndefined();
  });
});
