// Test page (built with `--env fake` into dist/e2e/, never released): the real pane on the recording fake of
// Excel, seeded with a sample roster (or another seed), in the language of `?lang=` (zh-CN by default). The browser test reads
// back what reached the fake workbook through window.e2e.
import type { Lang } from '../../src/domain/types';
import { ExcelHost } from '../../src/hosts/excel/host';
import { mountPane } from '../../src/taskpane/mount';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { probeOf } from './fakeProbe';
import { e2eSeedSheets, type E2eSeed } from './paneOnFake.seed';

export type { E2eProbe } from './fakeProbe';

const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
// `?seed=blank|nopotential|foreign` opens another workbook (paneOnFake.seed.ts); the sample roster otherwise.
const params = new URLSearchParams(location.search);
const seed = (['blank', 'nopotential', 'foreign'] as const).find((x) => x === params.get('seed')) ?? ('roster' satisfies E2eSeed);
const fake = createFakeExcel(e2eSeedSheets(seed));
(window as unknown as { e2e: unknown }).e2e = probeOf(fake);

const root = document.getElementById('root');
if (root) mountPane(root, new ExcelHost(fake.run), lang);
