// The page's department workbooks (issue 20) in headless Chromium, as HR uses them: split a roster into a .zip
// (by 部门, and by 直接上级), which must hold one workbook per department (per manager) with that group's rows;
// edit returns as heads do; drop the roster and the returns together (and choose them with the file button),
// merge, download; the merged roster must be the one the command line merges from the same files, the summary
// and the conflicts on the page must be the merge's. Screenshots of every state at 350 × 378 and 320 × 455 go
// to out/e2e/departments/; axe runs on each; nothing leaves the page's origin and nothing is cut off sideways.
import { execFileSync } from 'child_process';
import { promises as fsp } from 'fs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/domain/types';
import { localToday } from '../../src/taskpane/workbookState';
import { departmentStrings, type DepartmentStrings } from '../../src/web/departmentStrings';
import { webStrings } from '../../src/web/webStrings';
import { RECORD_SHEET } from '../../src/workbook/split/record';
import { captureIo, sheetRows, writeSampleRoster, type Cell } from '../helpers/workbooks';
import { axeViolations, type AxeViolation } from './axe';
import { launchChromium, type Browser } from './browser';
import { browserStorage, NOTHING_STORED, offOrigin } from './privacy';
import { serveStatic, type StaticServer } from './staticServer';
import { ensureWebBuild, ROOT } from './webBuild';

const SHOTS = path.join(ROOT, 'out', 'e2e', 'departments');
const SIZES = [
  { width: 350, height: 378 },
  { width: 320, height: 455 },
];

let server: StaticServer;
let work: string;

beforeAll(async () => {
  ensureWebBuild();
  fs.mkdirSync(SHOTS, { recursive: true });
  work = await fsp.mkdtemp(path.join(os.tmpdir(), 'web-departments-'));
  server = await serveStatic(path.join(ROOT, 'dist'));
});

afterAll(async () => {
  await server?.close();
  if (work) await fsp.rm(work, { recursive: true, force: true });
});

interface Session {
  browser: Browser;
  page: Page;
  lang: Lang;
  d: DepartmentStrings;
  errors: string[];
  axe: Record<string, AxeViolation[]>;
  sideways: Record<string, string[]>;
}

async function openPage(lang: Lang): Promise<Session> {
  const browser = await launchChromium(SIZES[0], { locale: lang });
  const page = await browser.context.newPage();
  const session: Session = { browser, page, lang, d: departmentStrings(lang), errors: [], axe: {}, sideways: {} };
  page.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => session.errors.push(`exception: ${e.message}`));
  await page.goto(`${server.origin}/web.html`);
  await page.getByRole('heading', { level: 1, name: webStrings(lang).t('pageTitle') }).waitFor();
  return session;
}

/** The department card's width at the window's: nothing may pass the window's right edge. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll('[data-testid=department-workbooks] *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('[hidden]')) continue;
      if (r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  });
}

/** A picture of the department card at both pane sizes, axe, and the sideways check, for the state `name`. */
async function step(session: Session, name: string): Promise<void> {
  const { page } = session;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(250);
    await page.getByTestId('department-workbooks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${session.lang}-${name}-${size.width}x${size.height}.png`), fullPage: true });
    const cut = await cutOff(page);
    if (cut.length > 0) session.sideways[`${name} ${size.width}`] = cut;
  }
  const found = await axeViolations(page);
  if (found.length > 0) session.axe[name] = found;
}

async function withPage(lang: Lang, name: string, body: (session: Session) => Promise<void>): Promise<void> {
  const session = await openPage(lang);
  try {
    await body(session);
    const storage = await browserStorage(session.page);
    const requests = { offOrigin: offOrigin(session.browser.requests, server.origin), leaving: [...session.browser.leaving] };
    await session.browser.close();
    expect({ errors: session.errors, axe: session.axe, sideways: session.sideways }).toEqual({ errors: [], axe: {}, sideways: {} });
    expect({ requests, storage }).toEqual({ requests: { offOrigin: [], leaving: [] }, storage: NOTHING_STORED });
  } catch (e) {
    await session.page.screenshot({ path: path.join(SHOTS, `FAILED-${lang}-${name}.png`), fullPage: true }).catch(() => undefined);
    await session.browser.close().catch(() => undefined);
    throw e;
  }
}

/** Clicks `button` (or sets the files of the input labelled `input`) and saves the download the browser receives. */
async function downloadFrom(page: Page, dir: string, act: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), act()]);
  await fsp.mkdir(dir, { recursive: true });
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

/** Clicks the button named `button` and picks `files` in the file chooser it opens, as a person does. */
async function chooseFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

/**
 * Drops files on an element as the browser does when several are dragged there from the desktop at once;
 * `modified` gives their times (ms), the files' own otherwise.
 */
async function dropFiles(page: Page, testId: string, files: string[], modified?: number[]): Promise<void> {
  const payload = await Promise.all(
    files.map(async (f, i) => ({ name: path.basename(f), b64: (await fsp.readFile(f)).toString('base64'), lastModified: modified?.[i] ?? (await fsp.stat(f)).mtimeMs })),
  );
  await page.evaluate(
    ({ payload, testId }) => {
      const data = new DataTransfer();
      for (const { name, b64, lastModified } of payload) data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { lastModified }));
      const zone = document.querySelector(`[data-testid=${testId}]`);
      if (!zone) throw new Error(`no ${testId}`);
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { payload, testId },
  );
}

/** The workbooks in a .zip, by name. */
async function unzipBooks(file: string): Promise<Map<string, ExcelJS.Workbook>> {
  const zip = await JSZip.loadAsync(await fsp.readFile(file));
  const out = new Map<string, ExcelJS.Workbook>();
  for (const name of Object.keys(zip.files)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await zip.files[name].async('arraybuffer'));
    out.set(name, wb);
  }
  return out;
}

/**
 * What Info-ZIP's unzip (Linux; macOS's command line) makes of the .zip: the names it extracts (in Chinese,
 * not mojibake), each a readable file; it checks every CRC as it goes (-t).
 */
function unzipCommand(zip: string, into: string): string[] {
  const env = { ...process.env, LANG: 'C.UTF-8' };
  execFileSync('unzip', ['-tq', zip], { env });
  execFileSync('unzip', ['-q', '-o', zip, '-d', into], { env });
  const names = fs.readdirSync(into).sort();
  for (const n of names) fs.accessSync(path.join(into, n), fs.constants.R_OK);
  expect(names.map((n) => (fs.statSync(path.join(into, n)).mode & 0o777).toString(8))).toEqual(names.map(() => '644'));
  return names;
}

/** Roster rows (header first) of the sheet 工程师名单. */
async function rosterRows(file: string): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return sheetRows(wb.getWorksheet('工程师名单')!);
}

/** Ids by group (the values of column `col`) of a roster's rows. */
function groups(rows: Cell[][], col: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows.slice(1)) out.set(String(r[col]), [...(out.get(String(r[col])) ?? []), String(r[0])]);
  return out;
}

/** Every group's workbook holds exactly that group's engineers, every column, and the split's record. */
function expectOnePerGroup(books: Map<string, ExcelJS.Workbook>, roster: Cell[][], col: number): void {
  const want = groups(roster, col);
  expect([...books.keys()].sort()).toEqual([...want.keys()].map((g) => `${g}.xlsx`).sort());
  for (const [name, wb] of books) {
    const rows = sheetRows(wb.getWorksheet('工程师名单')!);
    expect(rows[0]).toEqual(roster[0]);
    expect(rows.slice(1).map((r) => String(r[0]))).toEqual(want.get(name.replace(/\.xlsx$/u, '')));
    expect(wb.worksheets.find((ws) => ws.name === RECORD_SHEET)?.state).toBe('veryHidden');
  }
}

/** A department head's return: `edit` on its roster sheet, saved under `file`. */
async function editReturn(wb: ExcelJS.Workbook, file: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  edit(wb.getWorksheet('工程师名单')!);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every sheet's values but 合并记录's time column (the minute it ran). */
async function mergedContents(file: string): Promise<Record<string, Cell[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Cell[][]> = {};
  for (const ws of wb.worksheets) out[ws.name] = sheetRows(ws).map((r) => (ws.name === '合并记录' ? r.slice(1) : r));
  return out;
}

test('zh-CN: split by 部门 into a .zip of one workbook per department, edit two returns, drop roster and returns together, merge, download the merged roster', async () => {
  const dir = path.join(work, 'zh');
  const rosterFile = path.join(work, '花名册.xlsx');
  await writeSampleRoster(rosterFile, 36);
  const roster = await rosterRows(rosterFile);
  const dept = roster[0].indexOf('部门');
  const potential = roster[0].indexOf('潜力等级') + 1;
  await withPage('zh-CN', 'split-merge', async (session) => {
    const { page, d } = session;
    await step(session, '01-start');

    // 部门 is the default; the button opens the browser's file picker. The page's own file input stays the only
    // one in the page (its file card's).
    const zip = await downloadFrom(page, dir, () => chooseFiles(page, d.t('splitChoose'), [rosterFile]));
    expect(await page.locator('input[type=file]').count()).toBe(1);
    expect(path.basename(zip)).toBe('花名册-部门工作簿.zip');
    const books = await unzipBooks(zip);
    expectOnePerGroup(books, roster, dept);
    expect(unzipCommand(zip, path.join(dir, 'unzipped'))).toEqual([...books.keys()].sort());
    await page.getByText(d.t('splitDone', { file: path.basename(zip), books: books.size, n: roster.length - 1 })).waitFor();
    await step(session, '02-split');

    // Two heads fill potentials and correct a name; a third deletes an engineer who left.
    const [a, b, c] = [...books.keys()].sort();
    const deleted = String(sheetRows(books.get(c)!.getWorksheet('工程师名单')!)[1][0]);
    const returns = [
      await editReturn(books.get(a)!, path.join(dir, a), (ws) => {
        ws.getCell(2, potential).value = other(ws.getCell(2, potential).value, '高');
        ws.getCell(3, potential).value = other(ws.getCell(3, potential).value, '低');
      }),
      await editReturn(books.get(b)!, path.join(dir, b), (ws) => {
        ws.getCell('B2').value = '改正的名字';
      }),
      await editReturn(books.get(c)!, path.join(dir, c), (ws) => ws.spliceRows(2, 1)),
    ];

    await dropFiles(page, 'merge-drop', [rosterFile, ...returns]);
    const files = page.getByTestId('merge-files');
    await files.getByText(d.t('roleRoster')).waitFor();
    await waitCount(files.getByText(d.t('roleReturn')), 3);
    await step(session, '03-dropped');

    const merged = await downloadFrom(page, dir, () => page.getByRole('button', { name: d.t('merge') }).click());
    expect(path.basename(merged)).toBe('花名册-合并.xlsx');

    // The command line merges the same files into the same roster, and says the same summary.
    const cliOut = path.join(work, 'cli-merged.xlsx');
    const io = captureIo(localToday());
    expect(await main(['merge', rosterFile, ...returns, '-o', cliOut], io.io)).toBe(0);
    expect(await mergedContents(merged)).toEqual(await mergedContents(cliOut));
    const summary = page.getByTestId('merge-summary');
    for (const line of [d.t('sumFiles', { n: 3, m: 3 }), d.t('sumEngineers', { n: 3 }), d.t('sumCells', { n: 3 }), d.t('sumConflicts', { n: 1 })]) {
      await summary.getByText(line).waitFor();
    }
    expect(io.captured.err.join('\n')).toContain('更新 3 名工程师的 3 个单元格；冲突 1 处');

    // The edits are in the merged roster; the deleted engineer stays, reported on the page at its return.
    const rows = sheetRows((await readBook(merged)).getWorksheet('工程师名单')!);
    const byId = new Map(rows.slice(1).map((r) => [String(r[0]), r]));
    const ofA = groups(roster, dept).get(a.replace(/\.xlsx$/u, ''))!;
    const filled = sheetRows(books.get(a)!.getWorksheet('工程师名单')!).slice(1, 3).map((r) => r[potential - 1]);
    expect([byId.get(ofA[0])?.[potential - 1], byId.get(ofA[1])?.[potential - 1]]).toEqual(filled);
    expect(byId.get(groups(roster, dept).get(b.replace(/\.xlsx$/u, ''))![0])?.[1]).toBe('改正的名字');
    expect(byId.has(deleted)).toBe(true);
    const conflicts = page.getByTestId('merge-conflicts').getByRole('listitem');
    await waitCount(conflicts, 1);
    expect(await conflicts.first().textContent()).toContain(deleted);
    expect(await conflicts.first().textContent()).toContain(c);
    await step(session, '04-merged');
  });
});

test('en-US: split by manager, then choose the roster and a return with the file button (several files at once); a file that is no workbook is said so', async () => {
  const dir = path.join(work, 'en');
  const rosterFile = path.join(work, 'roster.xlsx');
  await writeSampleRoster(rosterFile, 24);
  const roster = await rosterRows(rosterFile);
  await withPage('en-US', 'manager', async (session) => {
    const { page, d } = session;
    await page.getByRole('radio', { name: d.t('byManager') }).check();
    const zip = await downloadFrom(page, dir, () => chooseFiles(page, d.t('splitChoose'), [rosterFile]));
    expect(path.basename(zip)).toBe('roster-department-workbooks.zip');
    const books = await unzipBooks(zip);
    expectOnePerGroup(books, roster, roster[0].indexOf('直接上级'));
    await step(session, '01-split-by-manager');

    const [first] = [...books.keys()].sort();
    const potential = roster[0].indexOf('潜力等级') + 1;
    const sheet = books.get(first)!.getWorksheet('工程师名单')!;
    const [was, id] = [sheet.getCell(2, potential).value, String(sheet.getCell(2, 1).value)];
    const bands = ['高', '中', '低'].filter((b) => b !== was);
    const ret = await editReturn(books.get(first)!, path.join(dir, first), (ws) => {
      ws.getCell(2, potential).value = bands[0];
    });
    const junk = path.join(dir, 'notes.xlsx');
    await fsp.writeFile(junk, 'not a workbook');
    await chooseFiles(page, d.t('mergeChoose'), [ret, junk]);
    await page.getByText(d.t('needRoster')).waitFor();
    await page.getByTestId('merge-files').getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: d.t('merge') }).isDisabled()).toBe(true);
    await step(session, '02-no-roster');

    await page.getByRole('button', { name: d.t('remove', { name: 'notes.xlsx' }) }).click();
    await chooseFiles(page, d.t('mergeChoose'), [rosterFile]);
    const merged = await downloadFrom(page, dir, () => page.getByRole('button', { name: d.t('merge') }).click());
    expect(path.basename(merged)).toBe('roster-merged.xlsx');
    await page.getByText(d.t('noConflicts')).waitFor();
    await page.getByTestId('merge-summary').getByText(d.t('sumCells', { n: 1 })).waitFor();
    const potentialOf = async (file: string): Promise<Cell | undefined> =>
      sheetRows((await readBook(file)).getWorksheet('工程师名单')!).find((r) => String(r[0]) === id)?.[potential - 1];
    expect(await potentialOf(merged)).toBe(bands[0]);
    await step(session, '03-merged');

    // The head sends a corrected copy (saved later, under another name); it arrives first in the drop, the
    // older copy after it: the copy saved last counts, and the page says which.
    const corrected = await editReturn(books.get(first)!, path.join(dir, 'corrected', first.replace(/\.xlsx$/u, ' (2).xlsx')), (ws) => {
      ws.getCell(2, potential).value = bands[1];
    });
    await page.getByRole('button', { name: d.t('clear') }).click();
    const now = Date.now();
    await dropFiles(page, 'merge-drop', [corrected, ret, rosterFile], [now, now - 3_600_000, now - 7_200_000]);
    await waitCount(page.getByTestId('merge-files').getByText(d.t('roleReturn')), 2);
    const again = await downloadFrom(page, path.join(dir, 'again'), () => page.getByRole('button', { name: d.t('merge') }).click());
    expect(await potentialOf(again)).toBe(bands[1]);
    const note = await page.getByTestId('merge-conflicts').textContent();
    expect(note).toContain(path.basename(corrected));
    await step(session, '04-corrected-copy');
  });
});

/** `want`, or another band when the cell already holds it (the head's entry must be a change). */
function other(current: ExcelJS.CellValue, want: string): string {
  return current === want ? (want === '高' ? '中' : '高') : want;
}

/** Waits until `locator` matches `n` elements. */
async function waitCount(locator: ReturnType<Page['locator']>, n: number): Promise<void> {
  for (let i = 0; i < 100 && (await locator.count()) !== n; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await locator.count()).toBe(n);
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
