// Test page (built with `--env fake` into dist/e2e/, never released): the real pane on the recording fake of
// Excel, seeded with a sample roster (or another seed), in the language of `?lang=` (zh-CN by default). The browser test reads
// back what reached the fake workbook through window.e2e.
import type { Lang } from '../../src/domain/types';
import { ExcelHost } from '../../src/hosts/excel/host';
import { mountPane } from '../../src/taskpane/mount';
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { probeOf } from './fakeProbe';
import { e2eSeedSheets, IBM_SAMPLE_FILE, type E2eSeed } from './paneOnFake.seed';

export type { E2eProbe } from './fakeProbe';

const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
// `?seed=blank|nopotential|foreign|ibm` opens another workbook (paneOnFake.seed.ts); the sample roster otherwise.
const params = new URLSearchParams(location.search);
const seed = (['blank', 'nopotential', 'foreign', 'ibm'] as const).find((x) => x === params.get('seed')) ?? ('roster' satisfies E2eSeed);

/**
 * `?seed=ibm`: the public IBM HR sample as Excel opens the CSV (one sheet named after the file, numbers as
 * numbers), fetched from beside the page where the test puts it. The sample has no quoted fields.
 */
async function ibmSheet(): Promise<{ name: string; rows: (string | number)[][] }> {
  const text = (await (await fetch(IBM_SAMPLE_FILE)).text()).replace(/^\uFEFF/u, '');
  const rows = text
    .split(/\r?\n/u)
    .filter((l) => l !== '')
    .map((l) => l.split(',').map((f) => (/^\d+$/u.test(f) ? Number(f) : f)));
  return { name: IBM_SAMPLE_FILE.replace(/\.csv$/u, ''), rows };
}

async function start(): Promise<void> {
  const fake = createFakeExcel(seed === 'ibm' ? [await ibmSheet()] : e2eSeedSheets(seed));
  (window as unknown as { e2e: unknown }).e2e = probeOf(fake);
  const root = document.getElementById('root');
  if (root) mountPane(root, new ExcelHost(fake.run), lang);
}
void start();
