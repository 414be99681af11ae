// Test page (built with `--env fake` into dist/e2e/, never released): the real pane on the recording fake of
// Excel, seeded with a sample roster, in the language of `?lang=` (zh-CN by default). The browser test reads
// back what reached the fake workbook through window.e2e.
import type { Lang } from '../../src/domain/types';
import { ExcelHost } from '../../src/hosts/excel/host';
import { mountPane } from '../../src/taskpane/mount';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { probeOf } from './fakeProbe';
import { E2E_ROSTER_SHEET, e2eRosterRows } from './paneOnFake.seed';

export type { E2eProbe } from './fakeProbe';

const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
const fake = createFakeExcel([{ name: E2E_ROSTER_SHEET, rows: e2eRosterRows() }]);
(window as unknown as { e2e: unknown }).e2e = probeOf(fake);

const root = document.getElementById('root');
if (root) mountPane(root, new ExcelHost(fake.run), lang);
