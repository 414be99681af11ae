// Sheet names Excel takes, however long the department or person's name they are made from.
import { isSheetName, safeSheetName, withSuffix } from '../../../src/workbook/write/text';

describe('safeSheetName', () => {
  test('a cut at 31 characters that ends on an apostrophe loses it (Excel refuses a name ending in one)', () => {
    const name = safeSheetName("Meeting-Asia-Pacific Engineers' Council");
    expect(name).toBe('Meeting-Asia-Pacific Engineers');
    expect(name.endsWith("'")).toBe(false);
  });

  test('a cut never splits an emoji into half a surrogate pair', () => {
    const name = safeSheetName(`${'会'.repeat(30)}😀尾`);
    expect(name).toBe('会'.repeat(30));
    expect(name).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  test('forbidden characters become _, names within 31 characters, with a suffix too', () => {
    expect(safeSheetName('研发/工艺:一部')).toBe('研发_工艺_一部');
    expect(withSuffix("Meeting-Shanghai Plant Manager's Office", '(2)')).toBe('Meeting-Shanghai Plant Manag(2)');
    expect(withSuffix('x'.repeat(40), '(2)')).toHaveLength(31);
  });
});

test('isSheetName holds Excel’s rules, and every name safeSheetName makes passes it', () => {
  for (const bad of ['', 'x'.repeat(32), "'Notes", "Notes'", 'History', 'a/b', 'a[1]', 'a:b']) expect({ bad, ok: isSheetName(bad) }).toEqual({ bad, ok: false });
  for (const good of ['盘点结果', 'x'.repeat(31), "Bob's plan", 'History2']) expect({ good, ok: isSheetName(good) }).toEqual({ good, ok: true });
  for (const raw of ["Meeting-Asia-Pacific Engineers' Council", `${'会'.repeat(30)}😀尾`, '研发/工艺:一部', "'''x'''"]) expect(isSheetName(safeSheetName(raw))).toBe(true);
});


describe('names made from any text (issue 14)', () => {
  test('a suffix cut never leaves half an emoji before it', () => {
    const name = withSuffix(`Meeting-${'😀'.repeat(15)}`, '(2)');
    expect(name).toBe(`Meeting-${'😀'.repeat(10)}(2)`);
    expect(name).not.toMatch(/\p{Cs}/u);
  });

  test('half a surrogate pair anywhere in the name goes (a caller cut before the suffix)', () => {
    const cutByCaller = `Meeting-😀`.slice(0, 9); // 'Meeting-' and a lone high surrogate
    expect(safeSheetName(`${cutByCaller}(2)`)).toBe('Meeting-(2)');
  });

  test('control characters and U+FFFE go; leading apostrophes too', () => {
    expect(safeSheetName('研发\u0007\uFFFE一部')).toBe('研发一部');
    expect(safeSheetName("'Quoted Dept'")).toBe('Quoted Dept');
  });

  test('a name with nothing left, or History, still passes Excel’s rules', () => {
    expect(safeSheetName("''")).toBe('_');
    expect(safeSheetName('\u0001')).toBe('_');
    expect(safeSheetName('history')).toBe('history_');
    for (const raw of ["''", '\u0001', 'History', `${'😀'.repeat(20)}`, "x'".repeat(20), 'a\uFFFFb']) expect({ raw, ok: isSheetName(safeSheetName(raw)) }).toEqual({ raw, ok: true });
  });

  test('isSheetName refuses control characters and half surrogate pairs', () => {
    for (const bad of ['a\u0001b', 'a\uFFFEb', 'a\uD83Db']) expect({ bad, ok: isSheetName(bad) }).toEqual({ bad, ok: false });
    expect(isSheetName('会议😀')).toBe(true);
  });
});
