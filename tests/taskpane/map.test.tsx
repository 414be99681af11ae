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
  expect(await screen.findByText('同一列不能对应两个字段')).toBeTruthy();
  expect(host.written).toEqual([]);
});
