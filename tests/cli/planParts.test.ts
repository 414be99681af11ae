// The command line on a roster of more plans than one sheet may break into pages (Excel: 1,026 manual page
// breaks a sheet): the file it writes holds 个人发展计划 and 个人发展计划(2), each within the limit as Excel
// reads it (the <brk> elements of the sheet's part), and its monthly re-run into the same file — streamed,
// never loaded whole — keeps what a person typed into part 2, and drops part 2 once the plans fit one sheet.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/files';
import { main } from '../../src/cli/main';
import { StreamedRerunTarget } from '../../src/hosts/xlsx/rerun';
import { captureIo, tempDir, writeSampleRoster } from '../helpers/workbooks';
import { notesCell, plansSheets } from '../helpers/planNotes';

const TODAY = '2026-11-26';
const EXCEL_BREAKS = 1026;
const NOTE = '第二部分的备注：明年初转岗工艺方向';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs the command; expects it to write the existing output by streaming (never in memory). */
async function rerun(args: string[]): Promise<void> {
  const take = jest.spyOn(StreamedRerunTarget.prototype, 'take');
  expect(await main(args, captureIo(TODAY).io)).toBe(0);
  expect(take).toHaveBeenCalledTimes(1);
  take.mockRestore();
}

/** Sheet name → the number of manual row breaks in its part, as Excel reads them. */
async function rowBreaks(file: string): Promise<Map<string, number>> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const out = new Map<string, number>();
  for (const m of book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/gu)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`, 'u').exec(rels);
    const part = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/u, 'xl/');
    const xml = (await zip.file(part)?.async('string')) ?? '';
    out.set(m[1], (xml.match(/<brk /gu) ?? []).length);
  }
  return out;
}

/** The review workbook as the command line loads it (exceljs's own load is quadratic in a plans sheet's merges). */
async function loadAsTheCommandLine(file: string): Promise<ExcelJS.Workbook> {
  const loaded = await readWorkbookFile(file);
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  return loaded.workbook;
}

describe('a roster of 1,200 engineers on the command line', () => {
  it('writes two plans sheets within the page breaks, and the streamed re-run keeps a note typed in the second', async () => {
    const roster = path.join(dir, 'roster.xlsx');
    const ids = await writeSampleRoster(roster, 1200);
    const output = path.join(dir, 'review.xlsx');
    expect(await main(['run', roster, '-o', output], captureIo(TODAY).io)).toBe(0);

    const breaks = await rowBreaks(output); 
    expect(breaks.get('个人发展计划')).toBe(999);
    expect(breaks.get('个人发展计划(2)')).toBe(199);
    for (const n of breaks.values()) expect(n).toBeLessThanOrEqual(EXCEL_BREAKS);
    const wb = await loadAsTheCommandLine(output);
    expect(plansSheets(wb)).toEqual(['个人发展计划', '个人发展计划(2)']);
    // The data check says so once.
    const check: string[] = [];
    wb.getWorksheet('数据检查')!.eachRow((row) => row.eachCell((c) => (typeof c.value === 'string' && c.value.includes('已分为 2 张工作表') ? check.push(c.value) : undefined)));
    expect(check).toHaveLength(1);

    const id = ids[1100];
    notesCell(wb.getWorksheet('个人发展计划(2)')!, id)!.value = NOTE;
   await wb.xlsx.writeFile(output);

    await rerun(['run', roster, '-o', output]);
    const again = await loadAsTheCommandLine(output);
    expect(notesCell(again.getWorksheet('个人发展计划(2)')!, id)?.value).toBe(NOTE);

    // Next month the first 300 left: 900 plans fit one sheet; the note follows its engineer there.
    const smaller = path.join(dir, 'roster-900.xlsx');
    await writeSampleRoster(smaller, 1200, 300);
    await rerun(['run', smaller, '-o', output]);
    const after = await loadAsTheCommandLine(output);
    expect(plansSheets(after)).toEqual(['个人发展计划']);
    expect(notesCell(after.getWorksheet('个人发展计划')!, id)?.value).toBe(NOTE);
    expect((await rowBreaks(output)).get('个人发展计划')).toBe(899);
  }, 240_000);
});
