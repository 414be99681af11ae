// The page reads a GBK CSV with the browser's TextDecoder (src/web/gbk.ts) where the command line uses
// iconv-lite: both must give the same text for what Chinese Excel writes.
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { decode } from '../../src/web/gbk';
import { decodeCsv } from '../../src/hosts/xlsx/load';

const ROSTER = ['工号,姓名,部门,绩效,潜力', '001,张伟,研发中心,A,高', '002,欧阳娜娜,“双跨”型工程师,B,中', '003,王芳,质量管理部（青岛）,C,低'].join('\r\n');

test('a Chinese roster saved as GBK reads the same as with iconv-lite', () => {
  const bytes = new Uint8Array(iconv.encode(ROSTER, 'gbk'));
  expect(decode(bytes, 'gbk')).toBe(ROSTER);
  expect(decode(bytes, 'gbk')).toBe(iconv.decode(Buffer.from(bytes), 'gbk'));
});

test('any text GBK can hold decodes as iconv-lite decodes it', () => {
  // Characters from ASCII, CJK Unified Ideographs and full-width punctuation: what a roster holds.
  const char = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x4e00, max: 0x9fa5 }),
    fc.constantFrom(0x3001, 0x3002, 0xff0c, 0xff08, 0xff09, 0x201c, 0x201d, 0x2014),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 60 }), (codes) => {
      const bytes = new Uint8Array(iconv.encode(String.fromCodePoint(...codes), 'gbk'));
      expect(decode(bytes, 'gbk')).toBe(iconv.decode(Buffer.from(bytes), 'gbk'));
    }),
  );
});

test('the CSV reader still takes UTF-8, with or without a BOM, before trying GBK', () => {
  const utf8 = new TextEncoder().encode(ROSTER);
  expect(decodeCsv(utf8)).toBe(ROSTER);
  expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(ROSTER);
});
