// Every corpus case through the command line, as a user runs it: `talent-review check` (zh and en) and
// `talent-review run` into a temporary folder. The expected problems are printed (check) or written to
// 数据检查 (run) with their sheet and cell; the exit code is the documented one (1 only when the workbook
// cannot be reviewed); the input file is byte-for-byte unchanged; no stack trace; the valid rows are in
// 盘点结果 — formula-like text as text cells.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sha256, sheetRows, tempDir, type Cell } from '../helpers/workbooks';
import { CASES, CHECK_SHEET, GRID_SHEET, RESULTS_SHEET, type CorpusCase, type Expected } from './cases';
import { caseBytes, caseFileName } from './build';
import { SEVERITY_ZH, STACK_OR_CRASH, describeExpected, where } from './expect';

let root: string;
const inputs = new Map<string, { file: string; hash: string }>();

beforeAll(async () => {
  root = await tempDir('talent-review-corpus-');
  await Promise.all(
    CASES.map(async (c, i) => {
      const dir = path.join(root, String(i));
      await fs.mkdir(dir);
      const file = path.join(dir, caseFileName(c));
      await fs.writeFile(file, await caseBytes(c));
      inputs.set(c.name, { file, hash: await sha256(file) });
    }),
  );
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function cli(args: string[], lang: 'zh' | 'en' = 'zh'): Promise<{ code: number; text: string }> {
  const { io, captured } = captureIo();
  if (lang === 'en') io.env = { LANG: 'en_US.UTF-8' };
  const code = await main(args, io);
  return { code, text: [...captured.out, ...captured.err].join('\n') };
}

/** The printed problem lines: `sheet!cell [错误] message`. */
function problemLines(text: string, lang: 'zh' | 'en'): string[] {
  const tag = lang === 'zh' ? /\[(错误|警告|提示)\]/u : /\[(error|warning|info)\]/u;
  return text.split('\n').filter((l) => tag.test(l));
}

function printedMatch(lines: string[], e: Expected, lang: 'zh' | 'en'): boolean {
  const sev = lang === 'zh' ? SEVERITY_ZH[e.severity] : e.severity;
  const head = where(e) ? `${where(e)} [${sev}] ` : `[${sev}] `;
  return lines.some((l) => l.startsWith(head) && (lang === 'zh' ? e.zh : e.en).every((f) => l.includes(f)));
}

function expectedOf(c: CorpusCase): Expected[] {
  return c.fatal ? [c.fatal, ...c.problems] : c.problems;
}

async function checkCase(c: CorpusCase): Promise<void> {
  const { file, hash } = inputs.get(c.name)!;
  for (const lang of ['zh', 'en'] as const) {
    const { code, text } = await cli(['check', file], lang);
    expect(text).not.toMatch(STACK_OR_CRASH);
    expect(code).toBe(c.fatal ? 1 : 0);
    const lines = problemLines(text, lang);
    const expected = expectedOf(c);
    const missing = expected.filter((e) => !printedMatch(lines, e, lang)).map(describeExpected);
    expect({ lang, missing, printed: lines }).toEqual({ lang, missing: [], printed: lines });
    if (!c.more) expect(lines).toHaveLength(expected.length);
  }
  expect(await sha256(file)).toBe(hash);
}

function cellText(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  return v instanceof Date ? v.toISOString() : String(v);
}

/** Every cell value of a sheet that is text, with its exceljs type, to tell a text cell from a formula. */
function cellsOf(ws: ExcelJS.Worksheet): { value: unknown; type: ExcelJS.ValueType }[] {
  const out: { value: unknown; type: ExcelJS.ValueType }[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push({ value: cell.value, type: cell.type })));
  return out;
}

async function runCase(c: CorpusCase): Promise<void> {
  const { file, hash } = inputs.get(c.name)!;
  const output = path.join(path.dirname(file), 'review.xlsx');
  await fs.rm(output, { force: true });
  const { code, text } = await cli(['run', file, '-o', output]);
  expect(text).not.toMatch(STACK_OR_CRASH);
  expect(await sha256(file)).toBe(hash);
  if (c.fatal) {
    expect(code).toBe(1);
    expect(printedMatch(problemLines(text, 'zh'), c.fatal, 'zh')).toBe(true);
    await expect(fs.access(output)).rejects.toThrow();
    return;
  }
  expect(code).toBe(0);
  const wb = await readXlsx(output);

  // 数据检查: sheet, cell, severity, message, count — one line per message and column (cells A2:A3 for rows
  // 2–3), 「未发现问题」 when clean.
  const checkRows = sheetRows(wb.getWorksheet(CHECK_SHEET)!).slice(1);
  const clean = checkRows.length === 1 && cellText(checkRows[0][3]) === '未发现问题';
  const written = clean
    ? []
    : checkRows.map((r) => ({ where: where({ sheet: cellText(r[0]), cell: cellText(r[1]) }), sev: cellText(r[2]), msg: cellText(r[3]), count: Number(r[4]) }));
  const covers = (w: (typeof written)[number], e: Expected): boolean => {
    if (w.where === where(e)) return true;
    const m = /^(.*)!([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(w.where);
    const c = /^([A-Z]+)(\d+)$/u.exec(e.cell);
    return !!m && !!c && m[1] === e.sheet && m[2] === c[1] && m[4] === c[1] && Number(c[2]) >= Number(m[3]) && Number(c[2]) <= Number(m[5]);
  };
  const missing = c.problems
    .filter((e) => !written.some((w) => covers(w, e) && w.sev === SEVERITY_ZH[e.severity] && e.zh.every((f) => w.msg.includes(f))))
    .map(describeExpected);
  expect({ missing, written }).toEqual({ missing: [], written });
  if (!c.more) expect(written.reduce((n, w) => n + w.count, 0)).toBe(c.problems.length);
  if (c.problems.length === 0 && !c.more) expect(clean).toBe(true);

  // 盘点结果: the valid rows reviewed, with the cells the case pins.
  const results = wb.getWorksheet(RESULTS_SHEET)!;
  const rows = sheetRows(results);
  const header = rows[0].map(cellText);
  const byId = new Map(rows.slice(1).map((r) => [cellText(r[0]), r] as const));
  for (const [id, pinned] of Object.entries(c.reviewed ?? {})) {
    const row = byId.get(id);
    expect({ id, reviewed: row !== undefined }).toEqual({ id, reviewed: true });
    for (const [col, value] of Object.entries(pinned)) {
      expect({ id, col, value: cellText(row![header.indexOf(col)]) }).toEqual({ id, col, value: String(value) });
    }
  }
  for (const id of c.notReviewed ?? []) expect({ id, reviewed: byId.has(id) }).toEqual({ id, reviewed: false });

  if (c.nineBox) {
    const shown = sheetRows(wb.getWorksheet(GRID_SHEET)!).flat().map(cellText).join('\n');
    for (const name of c.nineBox) expect(shown).toContain(name);
  }
  // Formula-like text is written as a text cell, in the results and in the values-only copy of the roster.
  for (const t of c.textCells ?? []) {
    for (const ws of [results, wb.worksheets.find((w) => w.name === '工程师名单')!]) {
      const hits = cellsOf(ws).filter((x) => x.value === t || (typeof x.value === 'object' && x.value !== null && 'formula' in x.value));
      expect({ sheet: ws.name, text: t, types: hits.map((h) => h.type) }).toEqual({ sheet: ws.name, text: t, types: [ExcelJS.ValueType.String] });
    }
  }
}

for (const c of CASES) {
  describe(c.name, () => {
    const t = c.failing ? test.failing : test;
    t('check: the problems with their cells, exit code, input unchanged', () => checkCase(c));
    t('run: 数据检查, 盘点结果, exit code, input unchanged', () => runCase(c));
  });
}

test('the corpus has at least 60 cases, each with a unique name', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});
