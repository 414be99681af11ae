// Test page (built with `--env fake` into dist/e2e/, never released): the real pane on the recording fake of
// Excel, seeded with a sample roster, in the language of `?lang=` (zh-CN by default). The browser test reads
// back what reached the fake workbook through window.e2e.
import type { Lang } from '../../src/domain/types';
import { ExcelHost } from '../../src/hosts/excel/host';
import { mountPane } from '../../src/taskpane/mount';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { E2E_ROSTER_SHEET, e2eRosterRows } from './paneOnFake.seed';

/** What the browser test may ask the page about the fake workbook. */
export interface E2eProbe {
  /** Sheets that exist now, in tab order. */
  sheetNames(): string[];
  activeSheet(): string | undefined;
  /** The selected cell as `sheet!A1`. */
  selection(): string | undefined;
  /** Changes made to a sheet (an input sheet must have none). */
  writesTo(sheet: string): string[];
}

const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
const fake = createFakeExcel([{ name: E2E_ROSTER_SHEET, rows: e2eRosterRows() }]);

const probe: E2eProbe = {
  sheetNames: () => fake.workbook.sheets.filter((s) => !s.deleted).map((s) => s.name),
  activeSheet: () => fake.workbook.active,
  selection: () => {
    const sel = fake.workbook.selection;
    return sel && `${sel.sheet}!${sel.address}`;
  },
  writesTo: (sheet) => [...(fake.sheet(sheet)?.writes ?? [])],
};
(window as unknown as { e2e: E2eProbe }).e2e = probe;

const root = document.getElementById('root');
if (root) mountPane(root, new ExcelHost(fake.run), lang);
