/** @jest-environment jsdom */
// Value maps in 列映射: a rating column whose words the reader does not know (甲/乙/丙, a JobLevel of 1–5)
// lists its values; a person maps each, and 保存映射 records 绩效映射/层级映射 rows the re-check then reads.
import { fireEvent, screen } from '@testing-library/react';
import { readSettingsSheet } from '../../src/workbook/read/settingsSheet';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { control, openTab, renderPane } from './render';

const HEADER = ['工号', '姓名', '年度考核', '潜力', '职级'];
const ROWS = [
  ['E1', '甲一', '甲', '高', 1],
  ['E2', '乙二', '乙', '中', 2],
  ['E3', '丙三', '丙', '低', 3],
  ['E4', '甲四', '甲', '中', 2],
  ['E5', '优五', '优秀', '高', 1],
];

function host(): LiveMemoryHost {
  return new LiveMemoryHost([gridOf('工程师名单', [HEADER, ...ROWS])]);
}

async function openMap(h: LiveMemoryHost, lang: 'zh-CN' | 'en-US'): Promise<void> {
  renderPane(h, lang);
  await screen.findByRole('region', { name: lang === 'zh-CN' ? '下一步' : 'Next step' });
  openTab(lang === 'zh-CN' ? '列映射' : 'Columns');
  await screen.findByRole('combobox', { name: lang === 'zh-CN' ? '名单工作表' : 'Roster sheet' });
}

function pick(label: string, optionText: string): void {
  const select = control('combobox', label) as HTMLSelectElement;
  const option = [...select.options].find((o) => o.textContent === optionText || o.textContent?.endsWith(` · ${optionText}`));
  if (!option) throw new Error(`no option ${optionText} in ${label}: ${[...select.options].map((o) => o.textContent).join(', ')}`);
  fireEvent.change(select, { target: { value: option.value } });
}

it('zh-CN: lists the values of the performance and level columns, and saves the choices as 绩效映射 and 层级映射 rows', async () => {
  const h = host();
  await openMap(h, 'zh-CN');
  // Nobody reviewable yet: 甲/乙/丙 are no performance words, only 优秀 is.
  pick('绩效', '年度考核');
  pick('培育层级', '职级');
  fireEvent.click(screen.getByRole('button', { name: /^绩效取值（「年度考核」列，4 种） · 3 个待映射/u }));
  fireEvent.click(screen.getByRole('button', { name: /^培育层级取值（「职级」列，3 种） · 3 个待映射/u }));
  // The built-in word reads as it is; the unknown ones come first and wait for a band.
  expect((control('combobox', '「优秀」（1 人）') as HTMLSelectElement).selectedOptions[0].textContent).toBe('按默认：优秀');
  expect(screen.getAllByText('未识别：请选择档次')).toHaveLength(6);
  pick('「甲」（2 人）', '优秀');
  pick('「乙」（1 人）', '合格');
  pick('「丙」（1 人）', '待提升');
  pick('「1」（2 人）', '初级培育对象');
  pick('「2」（2 人）', '中级培育对象');
  pick('「3」（1 人）', '高级培育对象');
  expect(screen.queryByText('未识别：请选择档次')).toBeNull();
  expect(h.written).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));
  expect(await screen.findByText('已保存到「盘点设置」，已重新检查')).toBeTruthy();
  const rows = h.valuesOf('盘点设置') ?? [];
  expect(rows.filter((r) => String(r[0]).includes('映射')).map((r) => [r[0], r[1]])).toEqual([
    ['绩效映射:甲', '优秀'],
    ['绩效映射:乙', '合格'],
    ['绩效映射:丙', '待提升'],
    ['层级映射:1', '初级'],
    ['层级映射:2', '中级'],
    ['层级映射:3', '高级'],
  ]);
  const read = readSettingsSheet((await h.readSheets(['盘点设置']))[0]);
  expect(read.issues).toEqual([]);
  expect(read.settings.performanceMap).toEqual({ 甲: 'excellent', 乙: 'qualified', 丙: 'needs' });
  // Everyone can be reviewed now, and the saved maps show as the values' choices after the reload.
  expect(await screen.findByText('已找到名单工作表「工程师名单」 · 可盘点工程师：5 人')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /^绩效取值（「年度考核」列，4 种）$/u }));
  expect((control('combobox', '「甲」（2 人）') as HTMLSelectElement).selectedOptions[0].textContent).toBe('优秀');
});

it('en-US: an English Settings sheet gets English map keys; setting a value back to "as read" empties its saved row', async () => {
  const h = new LiveMemoryHost([
    gridOf('工程师名单', [HEADER, ...ROWS]),
    gridOf('Settings', [['Key', 'Value', 'Notes'], ['column:performance', '年度考核', ''], ['performance map:优秀', 'qualified', '']]),
  ]);
  await openMap(h, 'en-US');
  fireEvent.click(screen.getByRole('button', { name: /^Performance values \("年度考核", 4\) · 3 to map/u }));
  expect((control('combobox', '"优秀" (1 row)') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Qualified');
  pick('"优秀" (1 row)', 'As read: Excellent');
  pick('"甲" (2 rows)', 'Excellent');
  fireEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
  expect(await screen.findByText('Saved to "Settings"; checked again')).toBeTruthy();
  expect(h.valuesOf('Settings')?.slice(1).map((r) => [r[0], r[1]])).toEqual([
    ['column:performance', '年度考核'],
    ['performance map:优秀', ''],
    ['performance map:甲', 'excellent'],
  ]);
});
