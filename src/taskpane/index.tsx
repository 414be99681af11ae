/// <reference types="office-js" />
// The task pane's entry inside Excel: the only file that touches Office. It checks the API set the host
// needs before anything else, picks the language and theme from Office, and mounts the pane.
import type { Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../hosts/excel/host';
import { excelApiSupported, REQUIRED_EXCEL_API } from '../hosts/excel/apiSets';
import { excelRun } from '../hosts/excel/run';
import { NOT_IN_EXCEL, paneLang } from './i18n';
import { themeFor } from './theme';
import { mountPane } from './mount';
import { TooOld } from './TooOld';

function officeTheme(): Theme {
  // officeTheme is absent in some hosts (older Excel on the web and Mac builds): light then.
  return themeFor(Office.context.officeTheme?.bodyBackgroundColor);
}

void Office.onReady((info) => {
  const element = document.getElementById('root');
  if (!element) return;
  // Opened in a plain browser tab: office.js loads but there is no Excel to talk to.
  if (info.host !== Office.HostType.Excel) {
    createRoot(element).render(<TooOld version={REQUIRED_EXCEL_API} message={NOT_IN_EXCEL} />);
    return;
  }
  const theme = officeTheme();
  const supported = excelApiSupported((name, version) => Office.context.requirements.isSetSupported(name, version));
  if (!supported) {
    createRoot(element).render(<TooOld version={REQUIRED_EXCEL_API} theme={theme} />);
    return;
  }
  mountPane(element, new ExcelHost(excelRun), paneLang(Office.context.displayLanguage), theme);
});
