/// <reference types="office-js" />
// A stand-in for office.js, never released: the browser tests answer the Office CDN's office.js (or the offline
// build's office-js/office.js) with it, so the production pane bundle starts outside Office, on the recording
// fake of Excel seeded with the e2e roster, and a whole review runs in it. It offers only what the pane and the
// commands page call: Office.onReady, the host and its language, the API-set check, the document's settings,
// and Excel.run. The language is the page's `?lang=` (zh-CN by default).
import { createFakeExcel } from '../hosts/excel/fakeExcel';
import { probeOf } from './fakeProbe';
import { E2E_ROSTER_SHEET, e2eRosterRows } from './paneOnFake.seed';

const fake = createFakeExcel([{ name: E2E_ROSTER_SHEET, rows: e2eRosterRows() }]);
const documentSettings = new Map<string, unknown>();
const info = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: new URLSearchParams(location.search).get('lang') ?? 'zh-CN',
    requirements: { isSetSupported: (): boolean => true },
    document: {
      settings: {
        get: (name: string): unknown => (documentSettings.has(name) ? documentSettings.get(name) : null),
        set: (name: string, value: unknown): void => void documentSettings.set(name, value),
        saveAsync: (callback?: (result: { status: string }) => void): void => callback?.({ status: 'succeeded' }),
      },
    },
  },
  // As office.js: the callback and the promise once the page has loaded (after the page's own scripts ran).
  onReady: (callback?: (i: typeof info) => void): Promise<typeof info> =>
    new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    ),
};

type Batch = Parameters<typeof fake.run>[0];
/** Excel.run(batch) and, as the pane calls it (src/hosts/excel/run.ts), Excel.run(options, batch). */
const run = (...args: [Batch] | [Excel.RunOptions, Batch]): ReturnType<typeof fake.run> => fake.run(args.length === 1 ? args[0] : args[1]);

Object.assign(window as unknown as Record<string, unknown>, { Office: office, Excel: { run }, e2e: probeOf(fake) });
