/** @jest-environment jsdom */
// Map columns: a roster whose headers and sheet name the reader does not know is mapped in the pane; the
// choice is saved as `列:` rows (and 名单工作表) in 盘点设置, and the re-check then finds the roster.
import { fireEvent, screen } from '@testing-library/react';
import { readSettingsSheet } from '../../src/workbook/read/settingsSheet';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { FOREIGN_HEADER, foreignHost, ROSTER_ROWS } from './fixtures';
import { control, openTab, renderPane } from './render';

async function openMap(host: LiveMemoryHost, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<void> {
  renderPane(host, lang);
  await screen.findByText(lang === 'zh-CN' ? '未找到可用的工程师名单' : 'No usable roster found');
  openTab(lang === 'zh-CN' ? '列映射' : 'Columns');
  await screen.findByRole('combobox', { name: lang === 'zh-CN' ? '名单工作表' : 'Roster sheet' });
}

/** Opens the folded fields (those the reader finds by name, or finds no guess for). */
function unfold(name: RegExp = /^(其他字段|Other fields)/u): void {
  const header = screen.queryByRole('button', { name });
  if (header && header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
}

function choose(label: string, header: string): void {
  unfold();
  const select = control('combobox', label) as HTMLSelectElement;
  const option = [...select.options].find((o) => o.textContent?.endsWith(` · ${header}`));
  if (!option) throw new Error(`no option ${header} in ${label}`);
  fireEvent.change(select, { target: { value: option.value } });
}

const selectedText = (label: string): string | null => (control('combobox', label) as HTMLSelectElement).selectedOptions[0].textContent;

it('offers the sheet and its headers, with the best guess preselected', async () => {
  await openMap(foreignHost());
  expect((screen.getByRole('combobox', { name: '名单工作表' }) as HTMLSelectElement).value).toBe('员工信息');
  // 员工工号 contains 工号: guessed, and marked as a guess to confirm.
  expect(selectedText('工号')).toBe('A 列 · 员工工号');
  expect(screen.getByText('按列名推测，请确认')).toBeTruthy();
  expect(screen.getByRole('button', { name: '确认「工号」的推测' })).toBeTruthy();
  expect(selectedText('绩效')).toBe('（不使用）');
  const options = [...(control('combobox', '绩效') as HTMLSelectElement).options].map((o) => o.textContent);
  expect(options).toEqual(['（不使用）', ...FOREIGN_HEADER.map((h, c) => `${String.fromCharCode(65 + c)} 列 · ${h}`)]);
});

it('saves a guess only once it is confirmed', async () => {
  const host = foreignHost();
  await openMap(host);
  choose('绩效', '年度考核');
  choose('姓名', '员工名');
  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));
  expect(await screen.findByText('请确认或改选推测的列：工号')).toBeTruthy();
  expect(host.written).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: '确认「工号」的推测' }));
  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));
  expect(await screen.findByText('已保存到「盘点设置」，已重新检查')).toBeTruthy();
  expect(host.valuesOf('盘点设置')?.map((r) => r[0])).toEqual(['设置项', '名单工作表', '列:工号', '列:姓名', '列:绩效']);
});

it('saves 列: rows and the roster sheet into 盘点设置, then the re-check finds the roster', async () => {
  const host = foreignHost();
  await openMap(host);
  fireEvent.click(screen.getByRole('button', { name: '确认「工号」的推测' }));
  choose('姓名', '员工名');
  choose('部门', '所在单位');
  choose('绩效', '年度考核');
  choose('潜力', '发展评估');
  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));

  expect(await screen.findByText('已保存到「盘点设置」，已重新检查')).toBeTruthy();
  const reviewable = ROSTER_ROWS.filter((r) => r[3] !== null).length;
  expect(await screen.findByText(`已找到名单工作表「员工信息」 · 可盘点工程师：${reviewable} 人`)).toBeTruthy();
  // The run is offered right there, in the bar that stays in view.
  expect(screen.getByRole('button', { name: `运行盘点（${reviewable} 人）` })).toBeTruthy();
  expect(host.written.map((w) => w.sheet)).toEqual(['盘点设置']);
  expect(host.applied).toEqual([]);
  expect(host.valuesOf('盘点设置')).toEqual([
    ['设置项', '值', '说明'],
    ['名单工作表', '员工信息', null],
    ['列:工号', '员工工号', null],
    ['列:姓名', '员工名', null],
    ['列:部门', '所在单位', null],
    ['列:绩效', '年度考核', null],
    ['列:潜力', '发展评估', null],
  ]);
  // The home page agrees.
  openTab('概览');
  expect(await screen.findByText('已找到名单工作表「员工信息」')).toBeTruthy();
});

it('keeps the rows already in 盘点设置 and writes English keys into an English Settings sheet', async () => {
  const settings = [
    ['Key', 'Value', 'Notes'],
    ['mentor capacity', 4, 'kept'],
  ];
  const host = new LiveMemoryHost([
    ...(await foreignHost().readSheets(['员工信息'])),
    gridOf('Settings', settings),
  ]);
  await openMap(host, 'en-US');
  fireEvent.click(screen.getByRole('button', { name: 'Confirm the guess for ID' }));
  choose('Name', '员工名');
  choose('Performance', '年度考核');
  fireEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
  expect(await screen.findByText('Saved to "Settings"; checked again')).toBeTruthy();
  const rows = host.valuesOf('Settings');
  expect(rows?.slice(0, 2)).toEqual(settings);
  expect(rows?.slice(2)).toEqual([
    ['roster sheet', '员工信息', null],
    ['column:id', '员工工号', null],
    ['column:name', '员工名', null],
    ['column:performance', '年度考核', null],
  ]);
  const read = readSettingsSheet((await host.readSheets(['Settings']))[0]);
  expect(read.settings.mentorCapacity).toBe(4);
  expect(read.settings.columnMap).toEqual({ id: '员工工号', name: '员工名', performance: '年度考核' });
});

it('refuses to save without a performance column, writing nothing', async () => {
  const host = foreignHost();
  await openMap(host);
  fireEvent.click(screen.getByRole('button', { name: '确认「工号」的推测' }));
  choose('姓名', '员工名');
  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));
  expect(await screen.findByText('绩效或绩效得分至少选一个')).toBeTruthy();
  expect(host.written).toEqual([]);
});

it('refuses one column for two fields', async () => {
  const host = foreignHost();
  await openMap(host);
  fireEvent.click(screen.getByRole('button', { name: '确认「工号」的推测' }));
  choose('绩效', '年度考核');
  choose('潜力', '年度考核');
  fireEvent.click(screen.getByRole('button', { name: '保存映射' }));
  expect(await screen.findByText('同一列不能对应两个字段：绩效、潜力 都选了「D 列 · 年度考核」，请把其中一个改为（不使用）')).toBeTruthy();
  expect(host.written).toEqual([]);
});

// Value maps: a rating column whose words the reader does not know (甲/乙/丙, a level of 1–3) lists its
// values; a person maps each, and 保存映射 records 绩效映射/层级映射 rows the re-check then reads.
const CODED_HEADER = ['工号', '姓名', '年度考核', '潜力', '职级'];
const CODED_ROWS = [
  ['E1', '甲一', '甲', '高', 1],
  ['E2', '乙二', '乙', '中', 2],
  ['E3', '丙三', '丙', '低', 3],
  ['E4', '甲四', '甲', '中', 2],
  ['E5', '优五', '优秀', '高', 1],
];

function codedHost(): LiveMemoryHost {
  return new LiveMemoryHost([gridOf('工程师名单', [CODED_HEADER, ...CODED_ROWS])]);
}

async function openMapOf(h: LiveMemoryHost, lang: 'zh-CN' | 'en-US'): Promise<void> {
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
  const h = codedHost();
  await openMapOf(h, 'zh-CN');
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
  expect(read.problems).toEqual([]);
  expect(read.settings.performanceMap).toEqual({ 甲: 'excellent', 乙: 'qualified', 丙: 'needs' });
  // Everyone can be reviewed now, and the saved maps show as the values' choices after the reload.
  expect(await screen.findByText('已找到名单工作表「工程师名单」 · 可盘点工程师：5 人')).toBeTruthy();
  // The fold stays open across the save, and says nothing is left to map.
  expect(screen.getByRole('button', { name: /^绩效取值（「年度考核」列，4 种）$/u }).getAttribute('aria-expanded')).toBe('true');
  expect((control('combobox', '「甲」（2 人）') as HTMLSelectElement).selectedOptions[0].textContent).toBe('优秀');
});

it('en-US: an English Settings sheet gets English map keys; setting a value back to "as read" empties its saved row', async () => {
  const h = new LiveMemoryHost([
    gridOf('工程师名单', [CODED_HEADER, ...CODED_ROWS]),
    gridOf('Settings', [['Key', 'Value', 'Notes'], ['column:performance', '年度考核', ''], ['performance map:优秀', 'qualified', '']]),
  ]);
  await openMapOf(h, 'en-US');
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
