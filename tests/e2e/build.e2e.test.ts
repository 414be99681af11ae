// `npm run build` writes what Office loads: the pane, the commands page, the manifest and the icons, with the
// content security policy in each page, and leaves the command line's files in dist/ alone. Privacy (issue 7):
// every page the build ships keeps to its own origin by its CSP, and the production pane, office.js answered by
// a stand-in on the fake Excel, runs a whole review sending nothing anywhere but the Office CDN's office.js
// (the offline build: nowhere at all) and storing nothing in the browser.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { strings } from '../../src/taskpane/i18n';
import { CONDITIONAL_OUTPUTS, PANE_OUTPUTS } from '../../src/taskpane/RunTab';
import { sheetName } from '../../src/workbook/write/text';
import { launchChromium, type StandIn } from './browser';
import type { E2eProbe } from './fakeProbe';
import { buildOfficeStandIn } from './officeStandInBuild';
import { E2E_ROSTER_SHEET } from './paneOnFake.seed';
import { browserStorage, cspProblems, cspViolations, declaredCsp, NOTHING_STORED, offOrigin, watchCsp, type BrowserStorage } from './privacy';
import { serveStatic } from './staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const { CDN_OFFICE_JS, keptByClean } = require('../../webpack.config.js') as { CDN_OFFICE_JS: string; keptByClean: (asset: string) => boolean };
const CDN_ORIGIN = new URL(CDN_OFFICE_JS).origin;
/** The pages Office itself loads (the manifest's SourceLocation and FunctionFile): only these load office.js. */
const ADDIN_PAGES = ['taskpane.html', 'commands.html'];
/** The stand-in office.js (officeStandIn.ts), built once for this file. */
let standInScript = '';

function build(...env: string[]): void {
  execFileSync('npx', ['webpack', '--mode', 'production', ...env.flatMap((e) => ['--env', e])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), 'utf8');
}

/** The page as a browser parses it (the build minifies the HTML). */
function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The CSP a page declares in its meta tag. */
function csp(html: string): string {
  const meta = dom(html).querySelector('meta[http-equiv="Content-Security-Policy"]');
  const content = meta?.getAttribute('content');
  if (!content) throw new Error('no Content-Security-Policy meta');
  return content;
}

/** The scripts a page loads, in order. */
function scripts(html: string): string[] {
  return Array.from(dom(html).querySelectorAll('script[src]')).map((el) => el.getAttribute('src') ?? '');
}

/**
 * Opens the offline build's pane in Chromium (outside Office, so the pane itself cannot start): office.js and
 * the files it loads come from the add-in's server, and nothing is requested anywhere else.
 */
async function expectOfficeJsServedLocally(): Promise<void> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium({ width: 360, height: 700 });
  try {
    const page = await browser.context.newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual(expect.arrayContaining(['/office-js/office.js', expect.stringMatching(/^\/taskpane\.[0-9a-f]{8}\.js$/)]));
    expect(browser.leaving).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
}

function standInFor(isOfficeJs: (url: URL) => boolean): (url: URL) => StandIn | undefined {
  return (url) => (isOfficeJs(url) ? { contentType: 'text/javascript; charset=utf-8', body: standInScript } : undefined);
}

/**
 * Every .html file this build wrote into dist/, whatever its name or folder (not the folders other builds own,
 * e.g. the browser tests' dist/e2e): every page a release ships.
 */
function shippedPages(dir = DIST): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? shippedPages(path.join(dir, e.name)) : [path.relative(DIST, path.join(dir, e.name)).split(path.sep).join('/')]))
    .filter((f) => f.endsWith('.html') && !keptByClean(f))
    .sort();
}

/** Microsoft's own pages in the offline copy of office.js (its error page), copied as shipped: no CSP of ours. */
function isMicrosofts(page: string): boolean {
  return page.startsWith('office-js/');
}

/** URLs a page names in src or href that are not relative to the page (a scheme, or //host). */
function absoluteReferences(html: string): string[] {
  const doc = dom(html);
  return Array.from(doc.querySelectorAll('[src], [href]'))
    .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
    .filter((u) => /^([a-z][a-z0-9+.-]*:|\/\/)/iu.test(u.trim()));
}

/**
 * Every page the build ships: its CSP meta comes before anything it loads and passes cspProblems (scripts from
 * `officeJsOrigins` too on the add-in pages only); opened in Chromium (office.js answered by the stand-in where
 * `isOfficeJs` says so), it reports no CSP violation and requests nothing off its origin but the stand-in's URL.
 */
async function expectEveryPageKeepsToItsOrigin(officeJsOrigins: string[], isOfficeJs: (url: URL) => boolean): Promise<void> {
  const all = shippedPages();
  expect(all).toEqual(expect.arrayContaining(['commands.html', 'help.html', 'taskpane.html', 'web.html']));
  // Microsoft's pages get no CSP of ours; they must still name nothing outside the add-in's server.
  const microsofts = all.filter(isMicrosofts);
  expect(microsofts.map((page) => ({ page, absolute: absoluteReferences(read(page)) }))).toEqual(microsofts.map((page) => ({ page, absolute: [] })));
  const pages = all.filter((p) => !isMicrosofts(p));
  const declared = pages.map((page) => {
    const { policy, before } = declaredCsp(read(page));
    const problems = policy === undefined ? ['no Content-Security-Policy meta'] : cspProblems(policy, ADDIN_PAGES.includes(page) ? officeJsOrigins : []);
    return { page, problems, loadedBeforeCsp: before };
  });
  expect(declared).toEqual(pages.map((page) => ({ page, problems: [], loadedBeforeCsp: [] })));

  const server = await serveStatic(DIST);
  const browser = await launchChromium({ width: 360, height: 700 }, { standIn: standInFor(isOfficeJs) });
  try {
    await watchCsp(browser.context);
    const seen = [];
    for (const name of pages) {
      const page = await browser.context.newPage();
      const from = browser.requests.length;
      await page.goto(`${server.origin}/${name}`);
      await page.waitForLoadState('networkidle');
      const elsewhere = offOrigin(browser.requests.slice(from), server.origin).filter((u) => !isOfficeJs(new URL(u)));
      seen.push({ page: name, csp: await cspViolations(page), elsewhere });
      await page.close();
    }
    expect(seen).toEqual(pages.map((page) => ({ page, csp: [], elsewhere: [] })));
  } finally {
    await browser.close();
    await server.close();
  }
}

interface PaneRun {
  origin: string;
  requests: string[];
  offOrigin: string[];
  csp: string[];
  errors: string[];
  storage: BrowserStorage;
}

/**
 * Opens dist/taskpane.html in Chromium with office.js answered by the stand-in (the pane on the fake Excel,
 * seeded with the e2e roster) and runs a whole review as a person does: the roster found, Run, the nine-box,
 * a box's engineers. Returns everything requested, CSP violations, errors and what the browser holds after.
 */
async function runPaneOnStandIn(isOfficeJs: (url: URL) => boolean): Promise<PaneRun> {
  const s = strings('zh-CN');
  const server = await serveStatic(DIST);
  const browser = await launchChromium({ width: 360, height: 900 }, { standIn: standInFor(isOfficeJs) });
  try {
    await watchCsp(browser.context);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
    await page.goto(`${server.origin}/taskpane.html?lang=zh-CN`);
    await page.getByText(s.t('rosterFound', { sheet: E2E_ROSTER_SHEET })).waitFor();
    await page.getByRole('tab', { name: s.t('tabRun') }).click();
    await page.getByRole('button', { name: s.t('runButton') }).click();
    await page.getByRole('group', { name: s.t('gridTitle') }).waitFor();
    // The fullest box's engineers (their names now on screen).
    const counts = await page.locator('button[data-box]').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-box'), Number(/(\d+)\s+(?:\d+%|<1%)\s*$/u.exec(el.textContent ?? '')?.[1] ?? 0)] as const),
    );
    const [fullest] = [...counts].sort((a, b) => b[1] - a[1]);
    await page.locator(`button[data-box="${fullest[0]}"]`).click();
    await page.getByRole('table').waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { e2e: E2eProbe }).e2e.sheetNames());
    // The review reached the (fake) workbook: the run really happened in this bundle.
    expect(sheets).toEqual(expect.arrayContaining(PANE_OUTPUTS.filter((r) => !CONDITIONAL_OUTPUTS.includes(r)).map((r) => sheetName(r, 'zh-CN'))));
    await page.waitForLoadState('networkidle');
    return {
      origin: server.origin,
      requests: [...browser.requests],
      offOrigin: offOrigin(browser.requests, server.origin),
      csp: await cspViolations(page),
      errors,
      storage: await browserStorage(page),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('npm run build', () => {
  // A folder the command line's build would have written: the add-in build must keep it.
  const marker = path.join(DIST, 'cli', '.e2e-keep-marker');

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(marker, 'kept');
    build();
    standInScript = await buildOfficeStandIn();
  });
  afterAll(() => fs.rmSync(marker, { force: true }));

  test('writes the pane, the commands page, the help page, the manifest and every icon', () => {
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']) {
      expect({ f, built: fs.existsSync(path.join(DIST, f)) }).toEqual({ f, built: true });
    }
    expect(fs.readdirSync(path.join(DIST, 'assets')).sort()).toEqual(fs.readdirSync(path.join(ROOT, 'assets')).sort());
    expect(read('manifest.xml')).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  });

  test('each page loads office.js from the CDN first, then its own script, which exists', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const [office, own, ...rest] = scripts(read(page));
      expect(office).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(own).toMatch(new RegExp(`^${page.replace('.html', '')}\\.[0-9a-f]{8}\\.js$`));
      expect(rest).toEqual([]);
      expect(fs.statSync(path.join(DIST, own)).size).toBeGreaterThan(0);
    }
  });

  test('privacy: every page the build ships declares a CSP keeping it to its own origin, office.js from the Office CDN the one exception', async () => {
    await expectEveryPageKeepsToItsOrigin([CDN_ORIGIN], (url) => url.href === CDN_OFFICE_JS);
  });

  test('privacy: the production pane runs a whole review sending nothing anywhere but the Office CDN for office.js, storing nothing in the browser', async () => {
    const run = await runPaneOnStandIn((url) => url.href === CDN_OFFICE_JS);
    expect(run.requests.length).toBeGreaterThan(2);
    expect({ offOrigin: run.offOrigin, csp: run.csp, errors: run.errors }).toEqual({ offOrigin: [CDN_OFFICE_JS], csp: [], errors: [] });
    expect(run.storage).toEqual(NOTHING_STORED);
  });

  test('keeps what the command line wrote into dist/', () => {
    expect(fs.readFileSync(marker, 'utf8')).toBe('kept');
  });

  describe('officejs=local and url=…', () => {
    beforeAll(() => build('officejs=local', 'url=https://addin.example.com'));
    // Leave dist/ as a default build, without the 86 MB office.js copy.
    afterAll(() => build());

    test('office.js beside the pages, no CDN, and the manifest for that server', async () => {
      for (const page of ['taskpane.html', 'commands.html']) {
        const html = read(page);
        expect(scripts(html)[0]).toBe('office-js/office.js');
        expect(html).not.toContain('appsforoffice.microsoft.com');
        expect(csp(html)).toContain("script-src 'self';");
      }
      for (const f of ['office.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js']) {
        expect({ f, copied: fs.existsSync(path.join(DIST, 'office-js', f)) }).toEqual({ f, copied: true });
      }
      await expectOfficeJsServedLocally();
      const manifest = read('manifest.xml');
      expect(manifest).not.toContain('localhost');
      expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.example.com/taskpane.html"/>');
    });

    test('privacy: every page of the offline build declares a CSP keeping it to its own origin, scripts included', async () => {
      // The real office.js this time: it and what it loads come from the add-in's own server.
      await expectEveryPageKeepsToItsOrigin([], () => false);
    });

    test('privacy: the offline pane runs a whole review with no request off its origin at all, storing nothing in the browser', async () => {
      const run = await runPaneOnStandIn((url) => url.hostname === 'localhost' && url.pathname === '/office-js/office.js');
      expect(run.requests).toEqual(expect.arrayContaining([`${run.origin}/office-js/office.js`]));
      expect({ offOrigin: run.offOrigin, csp: run.csp, errors: run.errors }).toEqual({ offOrigin: [], csp: [], errors: [] });
      expect(run.storage).toEqual(NOTHING_STORED);
    });
  });

  test('a default build afterwards removes the offline copy of office.js', () => {
    expect(fs.existsSync(path.join(DIST, 'office-js'))).toBe(false);
  });
});
