// The page starts in the browser's first preferred language: any Chinese → 中文, anything else → English.
import { browserLang } from '../../src/web/lang';

test.each([
  [['zh-CN', 'en-US'], 'zh-CN'],
  [['zh'], 'zh-CN'],
  [['zh-TW'], 'zh-CN'],
  [['zh-Hans-CN'], 'zh-CN'],
  [['en-GB', 'zh-CN'], 'en-US'],
  [['de-DE'], 'en-US'],
  [[], 'en-US'],
] as const)('%j → %s', (preferred, lang) => {
  expect(browserLang(preferred)).toBe(lang);
});
