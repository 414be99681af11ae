/** @jest-environment jsdom */
// Home: whether the roster was found, how many engineers can be reviewed, and the problems, each a way to
// its cell in the workbook.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { foreignHost, ROSTER_HEADER, ROSTER_ROWS, rosterHost } from './fixtures';
import { control, openTab, renderPane } from './render';

/** The tabs' labels in order (Fluent repeats an unselected tab's label, hidden, to reserve its bold width). */
const tabNames = (): string[] =>
  screen.getAllByRole('tab').map((t) => {
    const text = t.textContent ?? '';
    const half = text.slice(0, text.length / 2);
    return text === half + half ? half : text;
  });

const reviewable = ROSTER_ROWS.filter((r) => r[3] !== null).length;

it('shows the roster sheet, the engineers that can be reviewed and the problems with their cells', async () => {
  renderPane(rosterHost());
  expect(await screen.findByText('已找到名单工作表「工程师名单」')).toBeTruthy();
  expect(screen.getByText(`可盘点工程师：${reviewable} 人`)).toBeTruthy();
  const list = screen.getByRole('list', { name: '数据问题（2）' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((i) => i.textContent)).toEqual([
    expect.stringMatching(/^错误工程师名单!D8绩效未填写/u),
    expect.stringMatching(/^警告工程师名单!F9「工龄」/u),
  ]);
});

it('selects the cell of a problem when it is clicked', async () => {
  const host = rosterHost();
  renderPane(host);
  const list = await screen.findByRole('list', { name: '数据问题（2）' });
  fireEvent.click(within(list).getByRole('button', { name: /F9/u }));
  fireEvent.click(within(list).getByRole('button', { name: /D8/u }));
  await screen.findByText(`可盘点工程师：${reviewable} 人`);
  expect(host.selected).toEqual(['工程师名单!F9', '工程师名单!D8']);
});

it('shows messages in English when Office speaks English', async () => {
  renderPane(rosterHost(), 'en-US');
  expect(await screen.findByText('Roster found: sheet "工程师名单"')).toBeTruthy();
  expect(screen.getByText(`Engineers that can be reviewed: ${reviewable}`)).toBeTruthy();
  expect(screen.getByText('The performance is not given; this row is left out of the review')).toBeTruthy();
  // The pages in the order of the work; the setup pages under one tab.
  expect(tabNames()).toEqual(['Home', 'Run', 'Calibrate', 'Setup']);
  openTab('Columns');
  expect(tabNames()).toEqual(['Home', 'Run', 'Calibrate', 'Setup', 'Columns', 'Options', 'Template', 'Departments']);
});

it('says the roster was not found, and opens the column mapping at the field that is missing', async () => {
  renderPane(foreignHost());
  expect(await screen.findByText('未找到可用的工程师名单')).toBeTruthy();
  expect(screen.getByText(/找不到工程师名单工作表/u)).toBeTruthy();
  // 员工工号 is only a guess: the ID column is what the reader lacks first.
  fireEvent.click(screen.getByRole('button', { name: '选择「工号」列' }));
  expect(screen.getByRole('tab', { name: '列映射' }).getAttribute('aria-selected')).toBe('true');
  expect(await screen.findByRole('combobox', { name: '名单工作表' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(control('combobox', '工号')));
});

it('welcomes a blank workbook with the template, and after it offers the run with the count', async () => {
  const host = new LiveMemoryHost([gridOf('Sheet1', [])]);
  renderPane(host);
  expect(await screen.findByText('欢迎使用卓越盘点')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '插入模板（含示例）' }));
  expect(await screen.findByText('可盘点工程师：20 人')).toBeTruthy();
  expect(host.selected).toEqual(['工程师名单!A1']);
  fireEvent.click(screen.getByRole('button', { name: '运行盘点（20 人）' }));
  // The run starts at once, on the Run page, and its result offers the grid sheet.
  expect(screen.getByRole('tab', { name: '运行' }).getAttribute('aria-selected')).toBe('true');
  fireEvent.click(await screen.findByRole('button', { name: '打开「九宫格」' }));
  await waitFor(() => expect(host.selected).toEqual(['工程师名单!A1', '九宫格!A1']));
});

it('says in one sentence why nobody can be reviewed, and opens the mapping at potential', async () => {
  const rows = ROSTER_ROWS.map((r) => [r[0], r[1], r[2], r[3]]);
  renderPane(new LiveMemoryHost([gridOf('工程师名单', [ROSTER_HEADER.slice(0, 4), ...rows])]));
  expect(await screen.findByText('可盘点工程师：0 人')).toBeTruthy();
  expect(screen.getByText(/找不到潜力列，也没有能力素质评分/u)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '选择「潜力」列' }));
  await screen.findByRole("combobox", { name: "名单工作表" });
  await waitFor(() => expect(document.activeElement).toBe(control('combobox', '潜力')));
});

it('re-checks the workbook on request', async () => {
  const host = rosterHost();
  renderPane(host);
  await screen.findByText(`可盘点工程师：${reviewable} 人`);
  // A person fixes E007's performance in the workbook, then checks again.
  await host.writeCells('工程师名单', [{ row: 7, col: 3, value: 'B' }]);
  fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
  expect(await screen.findByText(`可盘点工程师：${reviewable + 1} 人`)).toBeTruthy();
  expect(screen.getByRole('list', { name: '数据问题（1）' })).toBeTruthy();
});
