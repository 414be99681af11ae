// The pane at the sizes HR meets it: 320 × 455 (Excel on Windows) and 350 × 378 (Excel on the web), in Chinese
// and in English, in every page and state of Home. Each state is screenshot into out/e2e/sizes/ for a person to
// look at; a test fails when anything is cut off sideways, when the state's primary action is below the fold at
// 320 × 455, or when axe finds a violation.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/domain/types';
import { strings, type Strings } from '../../src/taskpane/i18n';
import { departmentsStrings } from '../../src/taskpane/departmentsText';
import { axeViolations } from './axe';
import { launchChromium, type Browser } from './browser';
import { e2eReturns } from './departmentReturns';
import type { E2eSeed } from './paneOnFake.seed';
import { serveStatic, type StaticServer } from './staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'out', 'e2e', 'sizes');
const SIZES = [
  { name: 'desktop', width: 320, height: 455 },
  { name: 'web', width: 350, height: 378 },
] as const;

interface State {
  name: string;
  seed: E2eSeed;
  /** Brings the pane into the state, from Home once the check is done. */
  go: (page: Page, s: Strings) => Promise<void>;
  /** Whether the state has a primary action that must be above the fold at 320 × 455. */
  primary: boolean;
}

/** Home's card, once the check is done. */
const card = async (page: Page, s: Strings): Promise<void> => void (await page.getByRole('region', { name: s.t('nextStep') }).waitFor({ timeout: 60_000 }));
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const setup = async (page: Page, s: Strings, name: 'tabMap' | 'tabSettings' | 'tabTemplate' | 'tabDepartments'): Promise<void> => {
  await tab(page, s.t('tabSetup'));
  await tab(page, s.t(name));
};

const STATES: State[] = [
  { name: 'home-blank', seed: 'blank', primary: true, go: card },
  { name: 'home-ready', seed: 'roster', primary: true, go: card },
  { name: 'home-nobody', seed: 'nopotential', primary: true, go: card },
  { name: 'home-foreign', seed: 'foreign', primary: true, go: card },
  {
    name: 'run-idle',
    seed: 'roster',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await tab(page, s.t('tabRun'));
    },
  },
  {
    name: 'run-options',
    seed: 'roster',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await tab(page, s.t('tabRun'));
      await page.getByRole('button', { name: s.t('runOptions') }).click();
    },
  },
  {
    name: 'run-done',
    seed: 'roster',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await page.locator('[data-primary]').click();
      await page.getByRole('group', { name: s.t('gridTitle') }).waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'run-box',
    seed: 'roster',
    primary: false,
    go: async (page, s) => {
      await card(page, s);
      await page.locator('[data-primary]').click();
      await page.getByRole('group', { name: s.t('gridTitle') }).waitFor({ timeout: 60_000 });
      await page.locator('button[data-box="5"]').click();
      await page.locator('button[data-box="5"]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'calibrate',
    seed: 'roster',
    primary: false,
    go: async (page, s) => {
      await card(page, s);
      await tab(page, s.t('tabCalibrate'));
      await page.getByRole('button', { name: s.t('calUseSelection') }).waitFor();
    },
  },
  {
    name: 'setup-map',
    seed: 'foreign',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await page.locator('[data-primary]').click();
      await page.getByRole('button', { name: s.t('mapSave') }).waitFor();
    },
  },
  {
    name: 'setup-settings',
    seed: 'roster',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await setup(page, s, 'tabSettings');
      await page.getByRole('button', { name: s.t('settingsSave') }).waitFor();
    },
  },
  {
    name: 'setup-template',
    seed: 'roster',
    primary: false,
    go: async (page, s) => {
      await card(page, s);
      await setup(page, s, 'tabTemplate');
      await page.getByRole('button', { name: s.t('templateInsert') }).waitFor();
    },
  },
  {
    // Two department returns picked: the preview of the merge, before the person confirms.
    name: 'setup-departments-preview',
    seed: 'roster',
    primary: true,
    go: async (page, s) => {
      await card(page, s);
      await setup(page, s, 'tabDepartments');
      await page.locator('input[data-testid="returns"]').setInputFiles(await e2eReturns());
      await page.getByRole('region', { name: departmentsStrings(s.lang).t('previewTitle') }).waitFor({ timeout: 60_000 });
    },
  },
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  execFileSync('npx', ['webpack', '--mode', 'development', '--env', 'fake'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(path.join(ROOT, 'dist'));
  browser = await launchChromium(SIZES[0]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visible elements whose right edge passes the window's (text cut off or a sideways scroll bar). */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('[aria-hidden="true"]') || el.closest('.fui-Tab__content--reserved-space')) continue;
      if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} "${(el.textContent ?? '').slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  });
}

/** The bottom of the state's primary action in the window, and the window's height. */
function primaryBottom(page: Page): Promise<{ bottom: number; height: number; text: string } | undefined> {
  return page.evaluate(() => {
    const el = Array.from(document.querySelectorAll<HTMLElement>('[data-primary]')).find((e) => e.offsetParent !== null);
    if (!el) return undefined;
    return { bottom: el.getBoundingClientRect().bottom, height: window.innerHeight, text: el.textContent ?? '' };
  });
}

describe.each<Lang>(['zh-CN', 'en-US'])('the pane in %s', (lang) => {
  const s = strings(lang);
  describe.each(SIZES.map((z) => [z.name, z] as const))('at the %s size', (_name, size) => {
    test.each(STATES.map((st) => [st.name, st] as const))('%s: nothing cut off sideways, the primary action in view, no axe violation', async (_n, state) => {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${server.origin}/e2e/index.html?lang=${lang}&seed=${state.seed}`);
      await state.go(page, s);
      // Fonts and Fluent's styles settle before the picture.
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(SHOTS, `${state.name}-${size.width}x${size.height}-${lang}.png`) });

      expect(await cutOff(page)).toEqual([]);
      const primary = await primaryBottom(page);
      if (state.primary) {
        expect(primary).toBeDefined();
        if (size.name === 'desktop' && primary) expect({ ...primary, inView: primary.bottom <= primary.height }).toEqual({ ...primary, inView: true });
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
