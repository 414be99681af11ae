// Mounts the pane into a page element: used by index.tsx inside Excel and, later, by the standalone page.
import { webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../domain/types';
import type { WorkbookHost } from '../workbook/host';
import { App } from './App';

export function mountPane(element: HTMLElement, host: WorkbookHost, lang: Lang, theme: Theme = webLightTheme): Root {
  const root = createRoot(element);
  root.render(<App host={host} lang={lang} theme={theme} />);
  return root;
}
