// The write-side families of the hostile-file corpus (issue 14), through the command line as a user runs it.
// Outputs that cannot be written: each is one message naming the path and what to do, in zh-CN and en-US,
// exit 1, nothing written, no temporary file left, no stack trace. Inputs whose cells Excel cannot hold: the
// review is written (exit 0), each such cell has a note in 数据检查, and every part of the output stays within
// Excel's limits — no character XML 1.0 forbids, no non-finite number, no text past 32,767 characters.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sha256, sheetRows, tempDir, writeSampleRoster } from '../helpers/workbooks';
import { STACK_OR_CRASH } from './expect';

let dir: string;
let roster: string;
let hash: string;
beforeAll(async () => {
  dir = await tempDir('talent-review-write-');
  roster = path.join(dir, 'roster.xlsx');
  await writeSampleRoster(roster, 12);
  hash = await sha256(roster);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], lang: 'zh' | 'en'): Promise<{ code: number; text: string }> {
  const { io, captured } = captureIo();
  io.env = { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' };
  const code = await main(args, io);
  return { code, text: [...captured.out, ...captured.err].join('\n') };
}

/** The files of a folder that are left-overs of a write: temporary files. */
async function temps(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((f) => f.endsWith('.tmp'));
}

interface Unwritable {
  name: string;
  /** Makes the place and returns the output path to give with -o. */
  make: () => Promise<string>;
  zh: (out: string) => string;
  en: (out: string) => string;
  /** Root may write anywhere: a permission case cannot be tried as root. */
  notAsRoot?: boolean;
}

const long = (n: number): string => `${'a'.repeat(n - 5)}.xlsx`;

const UNWRITABLE: Unwritable[] = [
  {
    name: 'an output under a file',
    make: async () => path.join(roster, 'sub', 'out.xlsx'),
    zh: (out) => `[错误] 无法写入 ${out}：${roster} 是文件而不是文件夹；请换一个输出位置`,
    en: (out) => `[error] Cannot write ${out}: ${roster} is a file, not a folder; choose another place for the output`,
  },
  {
    name: 'a named pipe (FIFO) as the output',
    make: async () => {
      const fifo = path.join(dir, 'pipe.xlsx');
      await fs.rm(fifo, { force: true });
      execFileSync('mkfifo', [fifo]);
      return fifo;
    },
    zh: (out) => `[错误] ${out} 是一个命名管道（FIFO），不是普通文件，无法写入盘点工作簿；请用 -o 指定一个 .xlsx 文件`,
    en: (out) => `[error] ${out} is a named pipe (FIFO), not a regular file, so no review workbook can be written there; name an .xlsx file with -o`,
  },
  {
    name: 'a device as the output (a link to /dev/null)',
    make: async () => {
      const link = path.join(dir, 'null.xlsx');
      await fs.rm(link, { force: true });
      await fs.symlink('/dev/null', link);
      return link;
    },
    zh: (out) => `[错误] ${out} 是一个设备，不是普通文件，无法写入盘点工作簿；请用 -o 指定一个 .xlsx 文件`,
    en: (out) => `[error] ${out} is a device, not a regular file, so no review workbook can be written there; name an .xlsx file with -o`,
  },
  {
    name: 'a folder as the output',
    make: async () => {
      const folder = path.join(dir, 'folder.xlsx');
      await fs.mkdir(folder, { recursive: true });
      return folder;
    },
    zh: (out) => `[错误] ${out} 是一个文件夹，不是普通文件，无法写入盘点工作簿；请用 -o 指定一个 .xlsx 文件`,
    en: (out) => `[error] ${out} is a folder, not a regular file, so no review workbook can be written there; name an .xlsx file with -o`,
  },
  {
    name: 'a file name of 256 bytes',
    make: async () => path.join(dir, long(256)),
    zh: (out) => `[错误] 输出文件名过长（256 字节，最多 255 字节）：${out}；请换一个短一些的文件名`,
    en: (out) => `[error] The output file name is too long (256 bytes; at most 255): ${out}; choose a shorter name`,
  },
  {
    name: 'a read-only folder',
    notAsRoot: true,
    make: async () => {
      const folder = path.join(dir, 'readonly');
      await fs.mkdir(folder, { recursive: true });
      await fs.chmod(folder, 0o555);
      return path.join(folder, 'out.xlsx');
    },
    zh: () => `[错误] 没有权限在文件夹 ${path.join(dir, 'readonly')} 中写入 out.xlsx；请换一个您有写入权限的文件夹，或请管理员开放权限`,
    en: () => `[error] No permission to write out.xlsx in the folder ${path.join(dir, 'readonly')}; choose a folder you can write to, or ask for write access`,
  },
  {
    name: 'a folder that cannot be made (inside a read-only one)',
    notAsRoot: true,
    make: async () => {
      const folder = path.join(dir, 'readonly2');
      await fs.mkdir(folder, { recursive: true });
      await fs.chmod(folder, 0o555);
      return path.join(folder, 'new', 'out.xlsx');
    },
    zh: () => `[错误] 没有权限在文件夹 ${path.join(dir, 'readonly2')} 中写入 out.xlsx；请换一个您有写入权限的文件夹，或请管理员开放权限`,
    en: () => `[error] No permission to write out.xlsx in the folder ${path.join(dir, 'readonly2')}; choose a folder you can write to, or ask for write access`,
  },
];

const asRoot = process.getuid?.() === 0;

describe.each(UNWRITABLE)('$name', (c) => {
  (c.notAsRoot && asRoot ? test.skip : test)('one message naming the path, exit 1, nothing written, the input unchanged', async () => {
    const out = await c.make();
    for (const lang of ['zh', 'en'] as const) {
      const { code, text } = await cli(['run', roster, '-o', out], lang);
      expect({ lang, code, text }).toEqual({ lang, code: 1, text: lang === 'zh' ? c.zh(out) : c.en(out) });
      expect(text).not.toMatch(STACK_OR_CRASH);
    }
    expect(await temps(dir)).toEqual([]);
    expect(await sha256(roster)).toBe(hash);
  });
});

test.each([
  ['ASCII', long(251)],
  ['Chinese (83 characters of 3 bytes)', `${'盘'.repeat(82)}.xlsx`],
])('a %s file name of 251 bytes is written: its temporary name stays within 255 bytes', async (_, name) => {
  const folder = await fs.mkdtemp(path.join(dir, 'long-'));
  const out = path.join(folder, name);
  expect(Buffer.byteLength(name)).toBe(251);
  const { code, text } = await cli(['run', roster, '-o', out], 'en');
  expect({ code, text }).toEqual({ code: 0, text: expect.stringContaining(`Written to ${out}`) });
  expect(await fs.readdir(folder)).toEqual([name]);
});

// ---- Inputs whose cells Excel cannot hold as they are.

/** Every XML part of a written workbook, as text. */
async function xmlParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (name.endsWith('.xml')) parts.set(name, await f.async('string'));
  return parts;
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** What breaks Excel's limits anywhere in the package: forbidden characters, non-finite numbers, long text. */
async function limitsBroken(file: string): Promise<string[]> {
  const broken: string[] = [];
  for (const [part, xml] of await xmlParts(file)) {
    if (FORBIDDEN.test(xml)) broken.push(`${part}: a character XML 1.0 forbids`);
    if (/<v>[^<]*(NaN|Infinity)[^<]*<\/v>/u.test(xml)) broken.push(`${part}: a number that is not finite`);
    for (const m of xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/gu)) {
      const text = m[1].replace(/&(lt|gt|amp|quot|apos);/gu, '_');
      if (text.length > 32767) broken.push(`${part}: a text of ${text.length} characters`);
    }
  }
  return broken;
}

async function checkRows(file: string): Promise<string[]> {
  const wb = await readXlsx(file);
  return sheetRows(wb.getWorksheet('数据检查')!).slice(1).map((r) => r.slice(0, 3).join('!'));
}

async function runInto(input: string): Promise<string> {
  const out = path.join(path.dirname(input), `${path.basename(input)}-review.xlsx`);
  const { code, text } = await cli(['run', input, '-o', out], 'zh');
  expect({ code, crash: STACK_OR_CRASH.test(text) }).toEqual({ code: 0, crash: false });
  return out;
}

test('U+FFFE and control characters in CSV cells: removed, a note at each cell, every later string kept', async () => {
  const csv = path.join(dir, 'forbidden.csv');
  const rows = ['工号,姓名,部门,绩效,潜力', 'E001,王\uFFFE强,研发\u0001中心,A,高', 'E002,李\u0008娜,研发中心,B,中', 'E003,赵六,质量部,B,中'];
  await fs.writeFile(csv, `${rows.join('\n')}\n`);
  const out = await runInto(csv);
  expect(await limitsBroken(out)).toEqual([]);
  expect(await checkRows(out)).toEqual(['工程师名单!B2!警告', '工程师名单!C2!警告', '工程师名单!B3!警告']);
  // The strings after the bad one are all there (LibreOffice dropped every later one from the ill-formed part).
  const results = sheetRows((await readXlsx(out)).getWorksheet('盘点结果')!);
  expect(results.slice(1).map((r) => [r[1], r[2]])).toEqual([
    ['王强', '研发中心'],
    ['李娜', '研发中心'],
    ['赵六', '质量部'],
  ]);
});

test('NaN, Infinity and 1e999 in a source .xlsx: a note at each cell, read as empty, never written as <v>NaN</v>', async () => {
  const file = path.join(dir, 'nonfinite.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工程师名单');
  ws.addRows([
    ['工号', '姓名', '绩效', '潜力', '工龄', '牵头重大项目数'],
    ['E001', '张伟', 90, '高', 111111, 222222],
    ['E002', '李娜', 333333, '中', 5, 1],
  ]);
  // exceljs writes numbers as they are: the numbers stand in for what another tool wrote.
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.replace('<v>111111</v>', '<v>NaN</v>').replace('<v>222222</v>', '<v>Infinity</v>').replace('<v>333333</v>', '<v>1e999</v>'));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
  const out = await runInto(file);
  expect(await limitsBroken(out)).toEqual([]);
  const check = sheetRows((await readXlsx(out)).getWorksheet('数据检查')!).slice(1);
  const at = (cell: string): string => check.filter((r) => r[1] === cell).map((r) => String(r[3])).join(' / ');
  expect(at('E2')).toContain('NaN');
  expect(at('F2')).toContain('Infinity');
  expect(at('C3')).toContain('Infinity');
  expect(check.map((r) => r[1])).toEqual(['E2', 'F2', 'C3', 'C3']); // and E002 has no performance: left out
});

test('a name of 32,767 characters: no output cell passes Excel’s limit, and the cut cells are named', async () => {
  const csv = path.join(dir, 'long.csv');
  await fs.writeFile(csv, `工号,姓名,部门,绩效,潜力\nE001,${'长'.repeat(32767)},研发中心,A,高\nE002,李娜,研发中心,B,中\n`);
  const out = await runInto(csv);
  expect(await limitsBroken(out)).toEqual([]);
  const cut = (await checkRows(out)).filter((r) => r.startsWith('个人发展计划!'));
  expect(cut).toContain('个人发展计划!B1!警告');
  const results = sheetRows((await readXlsx(out)).getWorksheet('盘点结果')!);
  expect(String(results[1][1])).toHaveLength(32767);
});
