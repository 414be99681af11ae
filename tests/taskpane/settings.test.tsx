/** @jest-environment jsdom */
// Settings: current values come from the workbook's 盘点设置; saving writes only the changed keys into that
// sheet (nothing else in the workbook), after parseSettings has accepted them.
import { fireEvent, screen } from '@testing-library/react';
import { readSettingsSheet } from '../../src/workbook/read/settingsSheet';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { ROSTER_HEADER, ROSTER_ROWS } from './fixtures';
import { control, openTab, renderPane } from './render';

const SETTINGS = [
  ['设置项', '值', '说明'],
  ['导师名额', 5, '每位导师最多带教人数'],
  ['输出语言', 'zh-CN', ''],
];

function host(withSettings = true): LiveMemoryHost {
  const roster = gridOf('工程师名单', [ROSTER_HEADER, ...ROSTER_ROWS]);
  return new LiveMemoryHost(withSettings ? [roster, gridOf('盘点设置', SETTINGS)] : [roster]);
}

async function openSettings(h: LiveMemoryHost, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<void> {
  renderPane(h, lang);
  await screen.findByText(lang === 'zh-CN' ? /可盘点工程师/u : /Engineers that can be reviewed/u);
  openTab(lang === 'zh-CN' ? '盘点设置' : 'Options');
  await screen.findByRole('button', { name: lang === 'zh-CN' ? '保存设置' : 'Save settings' });
  // The thresholds are folded under 高级.
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '高级：分档线与检查阈值' : 'Advanced: cut-offs and thresholds' }));
}

const type = (label: string, value: string): void => {
  fireEvent.change(control('textbox', label), { target: { value } });
};

it('shows the values in the workbook, and the defaults of DOMAIN.md for the rest', async () => {
  await openSettings(host());
  expect((control('textbox', '导师名额') as HTMLInputElement).value).toBe('5');
  expect((control('textbox', '差距高线') as HTMLInputElement).value).toBe('1.5');
  expect((control('textbox', '百分制绩效优秀线') as HTMLInputElement).value).toBe('85');
  expect((control('combobox', '输出语言') as HTMLSelectElement).value).toBe('zh-CN');
});

it('saves only the changed keys, into 盘点设置 only: an existing row in place, a new key below', async () => {
  const h = host();
  await openSettings(h);
  type('导师名额', '4');
  type('差距高线', '2');
  fireEvent.click(screen.getByRole('switch', { name: '打印隐藏敏感信息' }));
  fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText('已保存 3 项到「盘点设置」')).toBeTruthy();

  expect(h.written.map((w) => w.sheet)).toEqual(['盘点设置']);
  expect(h.applied).toEqual([]);
  expect(h.valuesOf('盘点设置')).toEqual([
    ['设置项', '值', '说明'],
    ['导师名额', 4, '每位导师最多带教人数'],
    ['输出语言', 'zh-CN', ''],
    ['打印隐藏敏感信息', '是', null],
    ['差距高线', 2, null],
  ]);
  const read = readSettingsSheet((await h.readSheets(['盘点设置']))[0]);
  expect(read.problems).toEqual([]);
  expect([read.settings.mentorCapacity, read.settings.gapCutoffs.upper, read.settings.hideSensitiveInPrint]).toEqual([4, 2, true]);
});

it('refuses a value parseSettings refuses, and writes nothing', async () => {
  const h = host();
  await openSettings(h);
  type('差距高线', '9');
  // Folding 高级 again: the error unfolds it, so the message shows at its field.
  fireEvent.click(screen.getByRole('button', { name: '高级：分档线与检查阈值' }));
  expect(screen.queryByRole('textbox', { name: /差距高线/u })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText('请先更正标红的项')).toBeTruthy();
  const message = screen.getByText('「9」不是 0.01–4 之间的数字');
  expect(control('textbox', '差距高线').getAttribute('aria-describedby')).toContain(message.id);
  type('差距高线', '0.3'); // below the middle line 0.5
  fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText(/上线 0.3 低于中线 0.5/u)).toBeTruthy();
  expect(h.written).toEqual([]);
});

it('creates an English Settings sheet with a header row when the workbook has none', async () => {
  const h = host(false);
  await openSettings(h, 'en-US');
  fireEvent.change(control('combobox', 'Output language'), { target: { value: 'en-US' } });
  type('Months until plan review', '12');
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByText('Saved 2 settings to "Settings"')).toBeTruthy();
  expect(h.valuesOf('Settings')).toEqual([
    ['Key', 'Value', 'Notes'],
    ['output language', 'en-US', null],
    ['review months', 12, null],
  ]);
  // The re-check after saving reads the new output language: the run page names the sheets in English.
  openTab('Run');
  fireEvent.click(screen.getByRole('button', { name: 'Options' }));
  expect(await screen.findByRole('checkbox', { name: 'Review results' })).toBeTruthy();
});
