/** @jest-environment jsdom */
// Insert template: the input sheets for a new workbook, with sample engineers on request; a workbook that
// already has any of them is left alone, with a message naming them.
import { fireEvent, screen } from '@testing-library/react';
import { LiveMemoryHost } from '../helpers/memoryHost';
import { rosterHost } from './fixtures';
import { control, openTab, renderPane } from './render';

async function openTemplate(h: LiveMemoryHost, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<void> {
  renderPane(h, lang);
  await screen.findByRole('region', { name: lang === 'zh-CN' ? '下一步' : 'Next step' });
  openTab(lang === 'zh-CN' ? '模板' : 'Template');
}

it('adds the roster, standards and settings sheets with their headers to a new workbook', async () => {
  const h = new LiveMemoryHost([]);
  await openTemplate(h);
  fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
  expect(await screen.findByText('已添加：「工程师名单」、「能力素质标准」、「盘点设置」、「需求规划」、「关键岗位」')).toBeTruthy();
  expect(h.applied).toHaveLength(1);
  const [roster] = h.applied[0];
  expect(roster.values).toHaveLength(1);
  expect(roster.values[0].slice(0, 2)).toEqual(['工号', '姓名']);
});

it('adds sample engineers on request, and the home page then finds them', async () => {
  const h = new LiveMemoryHost([]);
  await openTemplate(h);
  fireEvent.click(screen.getByRole('checkbox', { name: '同时添加示例工程师' }));
  fireEvent.change(control('spinbutton', '示例人数'), { target: { value: '5' } });
  fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
  await screen.findByText(/已添加/u);
  expect(h.applied[0][0].values).toHaveLength(6);
  openTab('概览');
  expect(await screen.findByText('可盘点工程师：5 人')).toBeTruthy();
});

it('writes English sheets when the template language is English', async () => {
  const h = new LiveMemoryHost([]);
  await openTemplate(h, 'en-US');
  fireEvent.click(screen.getByRole('button', { name: 'Insert template' }));
  expect(await screen.findByText('Added: "Roster", "Standards", "Settings", "Demand", "Key positions"')).toBeTruthy();
});

it('refuses to insert over a workbook that already has a roster', async () => {
  const h = rosterHost();
  await openTemplate(h);
  fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
  expect(await screen.findByText('工作簿中已有「工程师名单」，模板未插入，现有工作表未改动。')).toBeTruthy();
  expect(h.applied).toEqual([]);
  expect(h.written).toEqual([]);
});
