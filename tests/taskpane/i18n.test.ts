// The pane's English says "1 engineer" and "2 engineers"; the Chinese has no plural and is untouched.
import { strings } from '../../src/taskpane/i18n';
import { webStrings } from '../../src/web/webStrings';

it('puts the English noun for the count in the pane\'s and the page\'s messages', () => {
  const en = strings('en-US');
  expect(en.t('runDone', { n: 1, sheets: 'Nine-box' })).toBe('Reviewed 1 engineer; written: Nine-box');
  expect(en.t('runDone', { n: 12, sheets: 'Nine-box' })).toBe('Reviewed 12 engineers; written: Nine-box');
  expect(en.t('settingsSaved', { n: 1, sheet: 'Settings' })).toBe('Saved 1 setting to "Settings"');
  expect(webStrings('en-US').t('downloaded', { file: 'a.xlsx', n: 0 })).toBe('Downloaded "a.xlsx" (0 engineers)');
  expect(strings('zh-CN').t('runDone', { n: 1, sheets: '九宫格' })).toBe('已盘点 1 人，写入：九宫格');
});
