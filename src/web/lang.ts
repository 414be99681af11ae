// The page's language: the browser's first preferred language (zh, zh-CN, zh-TW, zh-Hans… → Chinese),
// English otherwise; a person can switch it in the page.
import type { Lang } from '../domain/types';
import { paneLang } from '../taskpane/i18n';

export function browserLang(preferred: readonly string[]): Lang {
  return paneLang(preferred[0]);
}
