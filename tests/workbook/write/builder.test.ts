// The sheet builder's row heights: tall enough for the text they hold, never past Excel's 409 pt.
import { SheetBuilder } from '../../../src/workbook/write/builder';

describe('row heights', () => {
  test('a row grows with its wrapped text, up to Excel’s 409 pt and no further', () => {
    const b = new SheetBuilder([10, 10]);
    b.fit(0, 0, 1, '一人一策'.repeat(10));
    b.fit(1, 0, 1, '一人一策'.repeat(5000));
    expect(b.rowHeights[1]).toBeGreaterThan(15);
    expect(b.rowHeights[1]).toBeLessThan(409);
    expect(b.rowHeights[2]).toBe(409);
    b.height(2, 1000);
    expect(b.rowHeights[3]).toBe(409);
  });
});
