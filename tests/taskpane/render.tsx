// Renders the pane on a fake host, as a person would see it.
import './setup';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/domain/types';
import type { WorkbookHost } from '../../src/workbook/host';

export const TODAY = '2025-06-30';

export function renderPane(host: WorkbookHost, lang: Lang = 'zh-CN') {
  return render(<App host={host} lang={lang} today={() => TODAY} />);
}

const SETUP_PAGES = ['列映射', '盘点设置', '模板', '部门工作簿', 'Columns', 'Options', 'Template', 'Departments'];

/** Opens a page by its tab's label; a setup page (列映射, 盘点设置, 模板) through the 设置 tab first. */
export function openTab(name: string): void {
  if (SETUP_PAGES.includes(name) && screen.queryByRole('tab', { name }) === null) {
    fireEvent.click(screen.getByRole('tab', { name: /^[\u4e00-\u9fff]+$/u.test(name) ? '设置' : 'Setup' }));
  }
  fireEvent.click(screen.getByRole('tab', { name }));
}

/** The select of a roster field or setting, by its label (a required mark may follow). */
export function control(role: 'combobox' | 'textbox' | 'spinbutton', label: string, scope: HTMLElement = document.body): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return within(scope).getByRole(role, { name: new RegExp(`^${escaped}\\s*\\*?$`, 'u') });
}
