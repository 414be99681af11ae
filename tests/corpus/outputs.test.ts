// The corpus's last case: output sheets a person renamed or edited between two runs. DOMAIN.md (Output
// sheets): the registry finds a renamed output sheet and replaces it, never duplicating it; output sheets
// are rewritten; what a person typed into people's cells (a plan's 备注) is written back to the same
// engineer. Through the command line (a review workbook re-run in place) and on the Excel fake.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { ExcelHost } from '../../src/hosts/excel/host';
import { runReview } from '../../src/workbook/run';
import { createFakeExcel, type FakeExcel } from '../hosts/excel/fakeExcel';
import { captureIo, readXlsx, sha256, sheetRows, tempDir, writeXlsx, type Cell } from '../helpers/workbooks';
import { STACK_OR_CRASH } from './expect';

const ROSTER: Cell[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
  ['E001', '张伟', '研发中心', 'A', '高', 12, 4],
  ['E002', '李娜', '研发中心', 'B', '中', 5, 2],
  ['E003', '王强', '工艺', 'C', '低', 3, 2],
];
const NOTE = '=先谈话，再定轮岗'; // formula-like on purpose: it must come back as the text typed
const EDIT = '有人改过这里';
const RESULTS = ['盘点结果', '我的结果'];

/** Row and column (0-based) of E002's 备注 cell in a plans sheet given as rows. */
function noteCell(rows: unknown[][]): { r: number; c: number } {
  let inE002 = false;
  for (let r = 0; r < rows.length; r++) {
    const b = rows[r][1];
    if (typeof b === 'string' && /^个人发展计划（一人一策） · /u.test(b)) inE002 = b.includes('（E002）');
    if (inE002 && b === '备注') return { r, c: 2 };
  }
  throw new Error('no 备注 row for E002');
}

// A renamed output sheet is found by the sheet id the registry records (src/workbook/write/registry.ts,
// resolveRegistry): it is replaced under the name the person gave it, and no second 盘点结果 appears.

/** What a person does to a review workbook between two runs. */
interface Edits {
  rename: boolean;
}

/** One run, the edits, a second run; returns the sheet names and the cells the checks look at. */
interface AfterRerun {
  names: string[];
  resultIds: unknown[];
  grid: unknown[];
  note: { value: unknown; isText: boolean };
}

async function viaCommandLine(dir: string, edits: Edits): Promise<AfterRerun> {
  const input = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows: ROSTER }]);
  const hash = await sha256(input);
  const output = path.join(dir, 'review.xlsx');
  const run = async (): Promise<number> => {
    const { io, captured } = captureIo();
    const code = await main(['run', input, '-o', output], io);
    expect([...captured.out, ...captured.err].join('\n')).not.toMatch(STACK_OR_CRASH);
    return code;
  };
  expect(await run()).toBe(0);

  // A person opens the review, types into the grid and into a plan (and renames the results), and saves.
  const wb = await readXlsx(output);
  if (edits.rename) wb.getWorksheet('盘点结果')!.name = '我的结果';
  wb.getWorksheet('九宫格')!.getCell('A1').value = EDIT;
  const plans = wb.getWorksheet('个人发展计划')!;
  const at = noteCell(sheetRows(plans));
  plans.getCell(at.r + 1, at.c + 1).value = NOTE;
  await wb.xlsx.writeFile(output);

  expect(await run()).toBe(0);
  expect(await sha256(input)).toBe(hash);
  const after = await readXlsx(output);
  const names = after.worksheets.map((w) => w.name);
  const results = after.getWorksheet(names.find((n) => RESULTS.includes(n)) ?? '盘点结果')!;
  const plansAfter = after.getWorksheet('个人发展计划')!;
  const back = noteCell(sheetRows(plansAfter));
  const cell = plansAfter.getCell(back.r + 1, back.c + 1);
  return {
    names,
    resultIds: sheetRows(results).slice(1).map((r) => r[0]),
    grid: sheetRows(after.getWorksheet('九宫格')!).flat(),
    note: { value: cell.value, isText: cell.type === ExcelJS.ValueType.String },
  };
}

async function viaExcel(edits: Edits): Promise<AfterRerun> {
  const fake: FakeExcel = createFakeExcel([{ name: '工程师名单', rows: ROSTER.map((r) => r.map((v) => (v instanceof Date ? null : v))) }]);
  const host = new ExcelHost(fake.run);
  const options = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
  expect((await runReview(host, host, options)).ok).toBe(true);

  if (edits.rename) fake.sheet('盘点结果')!.name = '我的结果';
  fake.cell('九宫格', 'A1')!.value = EDIT;
  const at = noteCell(fake.valuesOf('个人发展计划'));
  // The fake keys cells by row × 16,384 + column (Excel's column count).
  fake.sheet('个人发展计划')!.cells.set(at.r * 16_384 + at.c, { value: NOTE, numberFormat: '@' });
  const rosterBefore = fake.valuesOf('工程师名单');

  expect((await runReview(host, host, options)).ok).toBe(true);
  expect(fake.sheet('工程师名单')!.writes).toEqual([]);
  expect(fake.valuesOf('工程师名单')).toEqual(rosterBefore);
  const names = fake.workbook.sheets.map((s) => s.name);
  const back = noteCell(fake.valuesOf('个人发展计划'));
  const noted = fake.cell('个人发展计划', `C${back.r + 1}`);
  return {
    names,
    resultIds: fake.valuesOf(names.find((n) => RESULTS.includes(n)) ?? '盘点结果').slice(1).map((r) => r[0]),
    grid: fake.valuesOf('九宫格').flat(),
    note: { value: noted?.value, isText: noted?.formula === undefined },
  };
}

/** Output sheets replaced, none duplicated; the grid is the product's again; the note is back at E002, as text. */
function expectReplacedAndKept(after: AfterRerun): void {
  expect(after.names.filter((n) => RESULTS.includes(n))).toHaveLength(1);
  expect(new Set(after.names).size).toBe(after.names.length);
  expect(after.resultIds).toEqual(expect.arrayContaining(['E001', 'E002', 'E003']));
  expect(after.grid).not.toContain(EDIT);
  expect(after.note).toEqual({ value: NOTE, isText: true });
}

describe('an output sheet the user edited or renamed, run again', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('talent-review-corpus-out-');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('command line: 九宫格 edited and a plan note typed: the grid is replaced, the note kept', async () => {
    expectReplacedAndKept(await viaCommandLine(dir, { rename: false }));
  });
  test('Excel: 九宫格 edited and a plan note typed: the grid is replaced, the note kept', async () => {
    expectReplacedAndKept(await viaExcel({ rename: false }));
  });
  test('command line: 盘点结果 renamed 我的结果: found and replaced, not duplicated', async () => {
    expectReplacedAndKept(await viaCommandLine(dir, { rename: true }));
  });
  test('Excel: 盘点结果 renamed 我的结果: found and replaced, not duplicated', async () => {
    expectReplacedAndKept(await viaExcel({ rename: true }));
  });
});
