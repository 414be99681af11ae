// The real pane on the fake Excel host, in headless Chromium: it renders in Chinese and in English, a run
// shows the nine-box with the engine's counts, no console error or CSP violation appears, no request leaves
// the pane's origin and, after the run, the browser holds nothing (the review lives in the workbook only).
// Screenshots go to out/e2e/ for a person to look at.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { BOX_TABLE } from '../../src/domain/catalogue';
import type { Box, Lang } from '../../src/domain/types';
import type { Problem } from '../../src/workbook/problems';
import { checkReview } from '../../src/workbook/run';
import { strings } from '../../src/taskpane/i18n';
import { CONDITIONAL_OUTPUTS, PANE_OUTPUTS } from '../../src/taskpane/RunTab';
import { shareText } from '../../src/taskpane/NineBox';
import { sheetName } from '../../src/workbook/write/text';
import { gridOf, MemoryHost } from '../helpers/memoryHost';
import { E2E_ROSTER_SHEET, e2eRosterRows } from './paneOnFake.seed';
import { launchChromium, type Browser } from './browser';
import { browserStorage, cspViolations, NOTHING_STORED, offOrigin, watchCsp } from './privacy';
import type { E2eProbe } from './fakeProbe';
import { serveStatic, type StaticServer } from './staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'out', 'e2e');
/** A task pane is about this wide in Excel on the web and on Windows. */
const PANE = { width: 360, height: 900 };
/** The task pane of Excel on Windows at its default size. */
const DESKTOP_PANE = { width: 320, height: 455 };

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

/** What the engine makes of the same roster, computed here in Node on an in-memory host. */
async function expected(): Promise<{ reviewed: number; problems: Problem[]; counts: Map<Box, number> }> {
  const host = new MemoryHost([gridOf(E2E_ROSTER_SHEET, e2eRosterRows())]);
  const checked = await checkReview(host, { today: '2026-01-15' });
  if (!checked.ok) throw new Error('the e2e roster should review');
  const counts = new Map<Box, number>();
  for (const r of checked.result.reviews) counts.set(r.finalBox, (counts.get(r.finalBox) ?? 0) + 1);
  return { reviewed: checked.result.reviews.length, problems: checked.input.problems, counts };
}

function probe(page: Page): Promise<{ sheets: string[]; active?: string; selection?: string; rosterWrites: string[] }> {
  return page.evaluate((roster) => {
    const { e2e } = window as unknown as { e2e: E2eProbe };
    return { sheets: e2e.sheetNames(), active: e2e.activeSheet(), selection: e2e.selection(), rosterWrites: e2e.writesTo(roster) };
  }, E2E_ROSTER_SHEET);
}

/** Opens the pane in `lang`, recording console errors and uncaught exceptions. */
async function openPane(lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  await page.goto(`${server.origin}/e2e/index.html?lang=${lang}`);
  return { page, errors };
}

beforeAll(async () => {
  // Built here, in development mode, so that React's own warnings reach the console.
  execFileSync('npx', ['webpack', '--mode', 'development', '--env', 'fake'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(path.join(ROOT, 'dist'));
  browser = await launchChromium(PANE);
  context = browser.context;
  await watchCsp(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each<Lang>(['zh-CN', 'en-US'])('the pane in %s on the fake Excel', (lang) => {
  const s = strings(lang);
  /** The page the run test ran its review in. */
  let ranPage: Page | undefined;

  test('shows the roster, how many engineers and the problems; a click on a problem selects its cell', async () => {
    const want = await expected();
    expect(want.problems.length).toBeGreaterThan(0);
    const { page, errors } = await openPane(lang);
    await page.getByText(s.t('rosterFound', { sheet: E2E_ROSTER_SHEET })).waitFor();
    await page.getByText(s.t('engineersReviewable', { n: want.reviewed })).waitFor();
    const list = page.getByRole('list', { name: s.t('problemsTitle', { n: want.problems.length }) });
    expect(await list.getByRole('listitem').count()).toBe(want.problems.length);
    for (const tab of ['tabHome', 'tabRun', 'tabCalibrate', 'tabSetup'] as const) {
      await page.getByRole('tab', { name: s.t(tab) }).waitFor();
    }
    await page.screenshot({ path: path.join(SHOTS, `home-${lang}.png`), fullPage: true });

    const target = want.problems.find((p) => p.sheet !== '' && p.cell !== '');
    if (!target) throw new Error('a problem with a cell was expected');
    await page.getByTitle(s.t('problemGoTo', { sheet: target.sheet, cell: target.cell })).first().click();
    const wanted = `${target.sheet}!${target.cell}`;
    await page
      .waitForFunction((w) => (window as unknown as { e2e: E2eProbe }).e2e.selection() === w, wanted, { timeout: 5000 })
      .catch(() => undefined);
    expect((await probe(page)).selection).toBe(wanted);

    expect({ errors, csp: await cspViolations(page) }).toEqual({ errors: [], csp: [] });
    expect(offOrigin(browser.requests, server.origin)).toEqual([]);
    await page.close();
  });

  test('Run writes the outputs into the workbook and shows the nine-box with the engine’s counts', async () => {
    const { page, errors } = await openPane(lang);
    const want = await expected();
    await page.getByText(s.t('engineersReviewable', { n: want.reviewed })).waitFor();
    await page.getByRole('tab', { name: s.t('tabRun') }).click();
    await page.getByRole('button', { name: s.t('runButton') }).click();
    await page.getByRole('group', { name: s.t('gridTitle') }).waitFor();

    for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) {
      // The button's visible text is its accessible name.
      const n = want.counts.get(box) ?? 0;
      const button = page.getByRole('button', { name: `${box} ${s.pick(BOX_TABLE[box].label)} ${n} ${shareText(n, want.reviewed)}`, exact: true });
      expect(await button.getAttribute('data-box')).toBe(String(box));
    }
    expect([...want.counts.values()].reduce((a, b) => a + b, 0)).toBe(want.reviewed);
    await page.screenshot({ path: path.join(SHOTS, `run-${lang}.png`), fullPage: true });

    // A click on the fullest box lists its engineers.
    const [fullest, people] = [...want.counts.entries()].sort((a, b) => b[1] - a[1])[0];
    await page.locator(`button[data-box="${fullest}"]`).click();
    const table = page.getByRole('table', {
      name: s.t('boxPeople', { box: fullest, label: s.pick(BOX_TABLE[fullest].label), count: people }),
    });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(people);
    await page.screenshot({ path: path.join(SHOTS, `box-${lang}.png`), fullPage: true });

    // What reached the workbook: the outputs, named in the workbook's output language (a workbook setting,
    // Chinese by default) whatever the pane's language; the grid shown; the roster untouched.
    const workbook = await probe(page);
    expect(workbook.sheets).toEqual(
      expect.arrayContaining([E2E_ROSTER_SHEET, ...PANE_OUTPUTS.filter((r) => !CONDITIONAL_OUTPUTS.includes(r)).map((r) => sheetName(r, 'zh-CN'))]),
    );
    expect(workbook.active).toBe(sheetName('grid', 'zh-CN'));
    expect(workbook.rosterWrites).toEqual([]);
    expect({ errors, csp: await cspViolations(page) }).toEqual({ errors: [], csp: [] });
    // Left open for the privacy test below (sessionStorage belongs to this tab).
    ranPage = page;
  });

  test('Calibrate: two ranges selected (Ctrl+click) give a hint to select one row, at the size of the pane in Excel desktop', async () => {
    const { page, errors } = await openPane(lang);
    await page.setViewportSize(DESKTOP_PANE);
    await page.getByText(s.t('engineersReviewable', { n: (await expected()).reviewed })).waitFor();
    await page.getByRole('tab', { name: s.t('tabCalibrate') }).click();
    await page.evaluate((roster) => (window as unknown as { e2e: E2eProbe }).e2e.selectCells(roster, 'A3:F3,A5:F5'), E2E_ROSTER_SHEET);
    await page.getByRole('button', { name: s.t('calUseSelection') }).click();
    const hint = page.getByText(s.t('calSeveralAreas', { n: 2 }));
    await hint.waitFor();
    await hint.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `calibrate-areas-${lang}.png`) });
    expect(await page.getByText(s.t('failedTitle')).count()).toBe(0);
    expect({ errors, csp: await cspViolations(page) }).toEqual({ errors: [], csp: [] });
    await page.close();
  });

  test('privacy: after the run above, nothing left the pane’s origin and the browser holds nothing (no storage, cache, cookie or service worker)', async () => {
    // Every request of every pane opened so far, the runs included; they are listed when one went elsewhere.
    expect(browser.requests.filter((u) => u.includes('/e2e/pane.js')).length).toBeGreaterThanOrEqual(2);
    expect({ offOrigin: offOrigin(browser.requests, server.origin), leaving: browser.leaving }).toEqual({ offOrigin: [], leaving: [] });
    const page = ranPage;
    if (!page) throw new Error('the run above did not finish');
    ranPage = undefined;
    expect(await browserStorage(page)).toEqual(NOTHING_STORED);
    await page.close();
  });
});
