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

