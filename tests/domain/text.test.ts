import fc from 'fast-check';
import { countEn, normalizeKey, normalizeText } from '../../src/domain/text';

const slowText = (s: string): string => s.normalize('NFKC').trim();
const slowKey = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

describe('normalizeText / normalizeKey', () => {
  it('match full-width, spaced and differently cased spellings of a header', () => {
    expect(normalizeKey('工 号 ')).toBe('工号');
    expect(normalizeKey('ＩＤ')).toBe('id');
    expect(normalizeKey('Id')).toBe('id');
    expect(normalizeText('　８５　')).toBe('85');
    expect(normalizeText('  E001 ')).toBe('E001');
  });

  it('give the same as the normaliser itself for any text, ASCII or not, asked once or many times', () => {
    const pieces = fc.constantFrom('a', 'Z', ' ', '\t', '　', 'Ａ', '８', '研发', 'ﾊﾟ', 'é', 'ﬁ', '①', '-', '\n', '㍿');
    const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join('')));
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i < 2; i++) {
          expect(normalizeText(s)).toBe(slowText(s));
          expect(normalizeKey(s)).toBe(slowKey(s));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stay right past the size of its memory', () => {
    for (let i = 0; i < 10_000; i++) expect(normalizeKey(`部门 ${i}`)).toBe(`部门${i}`);
    expect(normalizeKey('部门 1')).toBe('部门1');
  });
});

describe('countEn', () => {
  it('says one in the singular and every other count in the plural', () => {
    expect([0, 1, 2].map((n) => countEn(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
    expect(countEn(1, 'mentee')).toBe('1 mentee');
    expect(countEn(3, 'category', 'categories')).toBe('3 categories');
  });
});
