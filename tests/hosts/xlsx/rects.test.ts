import { assertNoOverlap, parseRange } from '../../../src/hosts/xlsx/rects';

describe('A1 ranges of a plan', () => {
  it('reads single cells, ranges, absolute references and columns past Z', () => {
    expect(parseRange('B3')).toEqual({ r1: 3, c1: 2, r2: 3, c2: 2 });
    expect(parseRange('A1:P20')).toEqual({ r1: 1, c1: 1, r2: 20, c2: 16 });
    expect(parseRange('$AA$10:$C$2')).toEqual({ r1: 2, c1: 3, r2: 10, c2: 27 });
    expect(parseRange('xfd1048576')).toEqual({ r1: 1048576, c1: 16384, r2: 1048576, c2: 16384 });
  });

  it('refuses what is not an A1 reference', () => {
    for (const bad of ['', '3B', 'B', '12', 'B3:', 'B-3', '盘点!B3']) expect(() => parseRange(bad)).toThrow(/Not an A1 reference/u);
  });

  it('finds two merges that overlap, and only those', () => {
    expect(() => assertNoOverlap(['B2:F2', 'B3:F3', 'A4:A9', 'B4:C4', 'G1:G9'])).not.toThrow();
    expect(() => assertNoOverlap(['B2:F2', 'A1:A3', 'C1:C2'])).toThrow(/(B2:F2 overlaps merge C1:C2)|(C1:C2 overlaps merge B2:F2)/u);
    // A tall merge still open many rows later.
    expect(() => assertNoOverlap(['A1:A100', ...Array.from({ length: 50 }, (_, i) => `B${i + 1}:C${i + 1}`), 'A60:B60'])).toThrow(/A60:B60/u);
  });
});
