// How 评价汇总 measures its text as LibreOffice prints it without Microsoft YaHei: DejaVu Sans for Latin text
// (widths from the font's hmtx table: a digit 1303/2048 em, a space or a full stop 651/2048, a parenthesis
// 799/2048; a 10-point em is 13.33 px, a column unit 7 px), Noto Sans CJK for Chinese at 2 units.
import {
  MAX_COLUMN_POINTS,
  headerWord,
  longestWord,
  printedWidth,
  splitRoom,
  wrappedLines,
} from '../../../src/workbook/write/assessmentColumns';
import { columnPoints } from '../../../src/workbook/write/layout';

const unit = (advance: number): number => ((advance / 2048) * 13.333) / 7;

describe('measuring printed text', () => {
  it('measures a mean with its raters from the font', () => {
    // 2.13 (4): four digits, a full stop, a space, two parentheses.
    expect(printedWidth('2.13 (4)')).toBeCloseTo(4 * unit(1303) + 2 * unit(651) + 2 * unit(799), 1);
    // 2.13（4人）: the full-width parentheses and 人 are two units each.
    expect(printedWidth('2.13（4人）')).toBeCloseTo(4 * unit(1303) + unit(651) + 6, 1);
  });

  it('counts the longest word of a header, a run of Chinese characters as one word', () => {
    // The reviewer's 「Departm ent」 in a column 10 wide: the bold word needs more than 9 units.
    expect(headerWord('Department')).toBeGreaterThan(9);
    expect(headerWord('Peers/reports')).toBeCloseTo(longestWord('reports', true), 5);
    expect(headerWord('名单值')).toBe(6);
    expect(longestWord('名单值')).toBe(2);
  });

  it('wraps word by word, breaking after "/" and never at a no-break space', () => {
    expect(wrappedLines('Engineering practice & application', 26)).toBe(2);
    expect(wrappedLines('Engineering practice & application', 40)).toBe(1);
    expect(wrappedLines('专业学科交叉与整合能力', 23)).toBe(1);
    expect(wrappedLines('专业学科交叉与整合能力', 20)).toBe(2);
    expect(wrappedLines('Peers/reports', 9)).toBe(2);
    // 「Low 0 · High 2」 in a column with room for 「Low 0 · High」 only: the no-break space takes 「High 2」 down together.
    const room = Math.ceil(printedWidth('Low 0 · High') + 1.2);
    expect(wrappedLines('Low 0 · High 2', room)).toBe(2);
    expect(wrappedLines('Low\u00a00 · High\u00a02', room)).toBe(2);
    expect(wrappedLines('Low\u00a00 · High\u00a02', Math.ceil(printedWidth('Low 0 · High 2') + 1))).toBe(1);
  });
});

describe('sharing the room left between the competency and flags columns', () => {
  const name = 'Engineering practice & application';
  const flag = 'Blind spot (self above others)';
  const nameWidth = Math.ceil(printedWidth(name) + 1);
  const flagWidth = Math.ceil(printedWidth(flag) + 1);
  // Fixed columns leaving room for the longest name on one line and the flag on two, not both on one line.
  const roomFor = (a: number, b: number): number[] => {
    const fixed = [10, 10, 10, 10, 10];
    while (fixed.reduce((s, w) => s + columnPoints(w), 0) + columnPoints(a) + columnPoints(b) + columnPoints(1) <= MAX_COLUMN_POINTS) fixed[0]++;
    return fixed;
  };
  const fixed = roomFor(nameWidth, Math.ceil(flagWidth / 2) + 2);

  it('widens the column whose text wraps on more rows', () => {
    // Every row has the long name, one has the flag: the name gets one line, the flag two.
    const rows = [...Array.from({ length: 9 }, () => ({ a: name, b: '', fixedLines: 1 })), { a: name, b: flag, fixedLines: 1 }];
    const [a, b] = splitRoom(fixed, { min: 12, max: nameWidth }, { min: 12, max: flagWidth }, rows);
    expect(wrappedLines(name, a)).toBe(1);
    expect(wrappedLines(flag, b)).toBe(2);
    // The other way round when the flags are on every row and the long name on one.
    const flagged = [...Array.from({ length: 9 }, () => ({ a: 'Short', b: flag, fixedLines: 1 })), { a: name, b: flag, fixedLines: 1 }];
    const [a2, b2] = splitRoom(fixed, { min: 12, max: nameWidth }, { min: 12, max: flagWidth }, flagged);
    expect(wrappedLines(flag, b2)).toBe(1);
    expect(wrappedLines(name, a2)).toBe(2);
  });

  it('keeps every column within the page at 8-point print where it can', () => {
    const [a, b] = splitRoom(fixed, { min: 12, max: 60 }, { min: 12, max: 60 }, [{ a: name, b: flag, fixedLines: 1 }]);
    expect([...fixed, a, b].reduce((s, w) => s + columnPoints(w), 0)).toBeLessThanOrEqual(MAX_COLUMN_POINTS);
  });
});
