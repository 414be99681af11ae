/** @jest-environment jsdom */
// Home reports the 能力评价 sheet's problems like the roster's: each with its sheet and cell, a way to it.
import { fireEvent, screen, within } from '@testing-library/react';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { ROSTER_HEADER, ROSTER_ROWS } from './fixtures';
import { openTab, renderPane } from './render';

it('lists the assessment sheet’s problems with their cells beside the roster’s', async () => {
  const ratings = [
    ['工号', '评价来源', '评价人', '专业技术研究能力'],
    ['E001', '上级', '孙', 4],
    ['E001', '客户', '丁', 4],
    ['E099', '同事', '甲', 3],
  ];
  renderPane(new LiveMemoryHost([gridOf('工程师名单', [ROSTER_HEADER, ...ROSTER_ROWS]), gridOf('能力评价', ratings)]));
  const list = await screen.findByRole('list', { name: '数据问题（4）' });
  const items = within(list).getAllByRole('listitem').map((i) => i.textContent);
  expect(items).toEqual(expect.arrayContaining([
    expect.stringMatching(/^警告能力评价!B3评价来源「客户」无法识别/u),
    expect.stringMatching(/^警告能力评价!A4工号「E099」不在名单中/u),
  ]));
});

it.each([
  ['with', true],
  ['without', false],
] as const)('offers 评价汇总 among the outputs only in a workbook %s a 能力评价 sheet', async (_, withSheet) => {
  const ratings = [['工号', '评价来源', '评价人', '专业技术研究能力'], ['E001', '上级', '孙', 4]];
  const sheets = [gridOf('工程师名单', [ROSTER_HEADER, ...ROSTER_ROWS]), ...(withSheet ? [gridOf('能力评价', ratings)] : [])];
  renderPane(new LiveMemoryHost(sheets));
  await screen.findByText(/可盘点工程师/u);
  openTab('运行');
  fireEvent.click(screen.getByRole('button', { name: '选项' }));
  expect(screen.getByRole('checkbox', { name: '盘点结果' })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: '评价汇总' }) !== null).toBe(withSheet);
});
