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

/** Opens a tab by its label. */
export function openTab(name: string): void {
  fireEvent.click(screen.getByRole('tab', { name }));
}

/** The select of a roster field or setting, by its label (a required mark may follow). */
export function control(role: 'combobox' | 'textbox' | 'spinbutton', label: string, scope: HTMLElement = document.body): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return within(scope).getByRole(role, { name: new RegExp(`^${escaped}\\s*\\*?$`, 'u') });
}
