/** @jest-environment jsdom */
// The pane never goes blank: a failing host or a bug shows a message with a way on; Excel too old for the
// host's API set gets a message in both languages pointing to the standalone page; language and theme
// follow Office.
import './setup';
import { fireEvent, render, screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import { paneLang, strings } from '../../src/taskpane/i18n';
import { themeFor } from '../../src/taskpane/theme';
import { TooOld } from '../../src/taskpane/TooOld';
import type { SheetGrid } from '../../src/workbook/host';
import { LiveMemoryHost } from '../helpers/memoryHost';
import { rosterHost } from './fixtures';
import { openTab, renderPane } from './render';

/** A host whose reads fail until told otherwise (Excel busy in a cell edit, a lost connection). */
class FlakyHost extends LiveMemoryHost {
  failing = true;
  override async readSheets(names: string[]): Promise<SheetGrid[]> {
    if (this.failing) throw new Error('RichApi.Error: The workbook is busy');
    return super.readSheets(names);
  }
}

it('shows a failure with retry, the column mapping and the standalone page, and recovers on retry', async () => {
  const grids = await rosterHost().readSheets(['工程师名单']);
  const host = new FlakyHost(grids);
  renderPane(host);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('出错了');
  expect(alert.textContent).toContain('RichApi.Error: The workbook is busy');
  expect(screen.getByRole('button', { name: '去映射列' })).toBeTruthy();
  expect(screen.getByRole('link', { name: '打开独立网页版' }).getAttribute('href')).toBe('web.html');
  host.failing = false;
  fireEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('已找到名单工作表「工程师名单」')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('catches a bug while rendering and offers a way on instead of a blank pane', () => {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  let broken = true;
  function Page() {
    if (broken) throw new Error('bug');
    return <p>page</p>;
  }
  const onMap = jest.fn();
  render(
    <ErrorBoundary s={strings('en-US')} onMap={onMap}>
      <Page />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toContain('Your workbook was not changed');
  broken = false;
  fireEvent.click(screen.getByRole('button', { name: 'Map columns' }));
  expect(onMap).toHaveBeenCalledTimes(1);
  expect(screen.getByText('page')).toBeTruthy();
  quiet.mockRestore();
});

it('tells, in both languages, that Excel is too old and points to the standalone page', () => {
  render(<TooOld version="1.9" />);
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('此版本的 Excel 太旧');
  expect(alert.textContent).toContain('This version of Excel is too old');
  expect(alert.textContent).toContain('ExcelApi 1.9');
  const links = screen.getAllByRole('link');
  expect(links.map((l) => l.getAttribute('href'))).toEqual(['web.html', 'web.html']);
});

it('renders the whole pane in Chinese and in English', async () => {
  const { unmount } = renderPane(rosterHost(), 'zh-CN');
  await screen.findByText('已找到名单工作表「工程师名单」');
  for (const name of ['概览', '运行', '校准', '设置']) expect(screen.getByRole('tab', { name })).toBeTruthy();
  expect(screen.getByRole('link', { name: '帮助' }).getAttribute('href')).toBe('help.html');
  unmount();
  renderPane(rosterHost(), 'en-US');
  await screen.findByText('Roster found: sheet "工程师名单"');
  // Office shows the add-in's name above the pane: the heading is for screen readers only.
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Talent Review');
  for (const name of ['Home', 'Run', 'Calibrate', 'Setup']) expect(screen.getByRole('tab', { name })).toBeTruthy();
  openTab('Columns');
  for (const name of ['Columns', 'Options', 'Template']) expect(screen.getByRole('tab', { name })).toBeTruthy();
  openTab('Home');
  expect(await screen.findByRole('button', { name: 'Check again' })).toBeTruthy();
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Run the review', 'Data problems (2)']);
  expect(screen.getByRole('link', { name: 'Help' })).toBeTruthy();
});

it('follows the Office display language and theme', () => {
  expect(['zh-CN', 'zh-TW', 'ZH-cn', 'en-US', 'en-GB', 'de-DE', undefined].map(paneLang)).toEqual([
    'zh-CN', 'zh-CN', 'zh-CN', 'en-US', 'en-US', 'en-US', 'en-US',
  ]);
  expect(themeFor('#FFFFFF')).toBe(webLightTheme);
  expect(themeFor('#E6E6E6')).toBe(webLightTheme);
  expect(themeFor('#262626')).toBe(webDarkTheme);
  expect(themeFor('#000000')).toBe(webDarkTheme);
  expect(themeFor(undefined)).toBe(webLightTheme);
});
