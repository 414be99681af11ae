/** @jest-environment jsdom */
// Home: whether the roster was found, how many engineers can be reviewed, and the problems, each a way to
// its cell in the workbook.
import { fireEvent, screen, within } from '@testing-library/react';
import { foreignHost, ROSTER_ROWS, rosterHost } from './fixtures';
import { renderPane } from './render';

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
  for (const name of ['Home', 'Run', 'Columns', 'Settings', 'Template']) expect(screen.getByRole('tab', { name })).toBeTruthy();
});

it('says the roster was not found, and offers the column mapping instead of failing', async () => {
  renderPane(foreignHost());
  expect(await screen.findByText('未找到可用的工程师名单')).toBeTruthy();
  expect(screen.getByText(/找不到工程师名单工作表/u)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '去映射列' }));
  expect(screen.getByRole('tab', { name: '列映射' }).getAttribute('aria-selected')).toBe('true');
  expect(await screen.findByRole('combobox', { name: '名单工作表' })).toBeTruthy();
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
