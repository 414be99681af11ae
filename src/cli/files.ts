// File I/O of the command line: the only place that touches the file system.
import { promises as fs } from 'fs';
import path from 'path';
import zlib from 'zlib';
import { createWriteStream, rmSync } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../workbook/plan';
import type { Problem } from '../workbook/problems';
import { loadWorkbook } from '../hosts/xlsx/load';
import { SnapshotHost } from '../hosts/xlsx/snapshot';
import { streamPlans } from '../hosts/xlsx/stream';
import { xlsxBytesWithCharts } from '../hosts/xlsx/charts';
import { MAX_NAME_BYTES, writeFailure } from './outputPath';
import { say } from './messages';
import type { Lang } from '../domain/types';

export type Loaded = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: Problem };

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function notARegularFile(file: string, folder: boolean): Problem {
  const kind = folder ? { zh: '文件夹', en: 'a folder' } : { zh: '特殊文件（管道或设备）', en: 'a special file (a pipe or a device)' };
  return {
    sheet: '',
    cell: '',
    severity: 'error',
    message: { zh: `${file} 是${kind.zh}，不是工作簿文件；请给出 .xlsx 或 .csv 文件`, en: `${file} is ${kind.en}, not a workbook file; give an .xlsx or .csv file` },
  };
}

/** Reads an .xlsx or .csv file; a file that cannot be read is a problem, not an exception. */
export async function readWorkbookFile(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    // A named pipe or a device would be read until it ends, perhaps never: only a regular file is read.
    const st = await fs.stat(file);
    if (!st.isFile()) return { ok: false, problem: notARegularFile(file, st.isDirectory()) };
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const name = path.basename(file);
    return {
      ok: false,
      problem: {
        sheet: '',
        cell: '',
        severity: 'error',
        message:
          code === 'ENOENT'
            ? { zh: `找不到文件 ${file}`, en: `File not found: ${file}` }
            : { zh: `无法读取文件 ${name}（${code}）`, en: `Cannot read ${name} (${code})` },
      },
    };
  }
  return loadWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.basename(file), undefined, { inflateRaw });
}

/** Node's inflate for loadWorkbook's diagnosis of a damaged package: never more than `max` bytes out. */
function inflateRaw(data: Uint8Array, max: number): Uint8Array {
  return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
}

/**
 * Reads an input file into a read-only snapshot of its sheets; exceljs's workbook is dropped on return
 * (on a roster of 50,000 rows it is several times the size of the snapshot).
 */
export async function readInputFile(file: string): Promise<{ ok: true; host: SnapshotHost } | { ok: false; problem: Problem }> {
  const loaded = await readWorkbookFile(file);
  return loaded.ok ? { ok: true, host: new SnapshotHost(loaded.workbook) } : loaded;
}

/**
 * The temporary file a write goes to before it is renamed into place: beside the target (a rename across
 * disks is not atomic), its name cut so that it stays within 255 bytes however long the target's is.
 */
export function tempName(file: string): string {
  const suffix = `.${process.pid}.tmp`;
  let base = path.basename(file);
  const room = MAX_NAME_BYTES - Buffer.byteLength(suffix);
  if (Buffer.byteLength(base) > room) {
    // Whole characters only: a cut inside a UTF-8 sequence (a Chinese name) is not a valid name.
    const chars = Array.from(base);
    while (Buffer.byteLength(chars.join('')) > room) chars.pop();
    base = chars.join('');
  }
  return path.join(path.dirname(file), `${base}${suffix}`);
}

// ---- temporary files live while a write runs; removed on failure and on Ctrl-C or a kill (SIGINT/SIGTERM).

/** Each temporary file, with what to say when a signal ends the write. */
const live = new Map<string, string>();
let interrupted = false;

/** Removes every temporary file and ends the process as a signal would (exit 128 + its number). */
function onSignal(signal: NodeJS.Signals): void {
  // A terminal's Ctrl-C reaches both the launcher and this process, and the launcher passes it on: once is enough.
  if (interrupted) return;
  interrupted = true;
  for (const [tmp, said] of live) {
    removeQuietly(tmp);
    process.stderr.write(`${said}\n`);
  }
  process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing more can be done on the way out.
  }
}

/** Runs `write` into a temporary file for `file`, renames it into place, and removes it on any failure. */
async function throughTemp(file: string, lang: Lang, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempName(file);
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  live.set(tmp, say({ zh: `已中断：未写入 ${file}，临时文件已删除`, en: `Interrupted: ${file} was not written; the temporary file was removed` }, lang));
  try {
    try {
      await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await write(tmp);
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw writeFailure(e, file) ?? e;
    }
  } finally {
    live.delete(tmp);
    if (live.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
  }
}

/**
 * Streams the plans into a new workbook file: written next to the target first and renamed, so an
 * interrupted run never leaves half a workbook.
 */
export async function streamWorkbookFile(
  plans: Iterable<SheetPlan>,
  total: number,
  file: string,
  lang: Lang,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  await throughTemp(file, lang, async (tmp) => {
    const out = createWriteStream(tmp);
    // The stream's own failure (a full disk) rejects at once: awaited only at the end, it would escape as an
    // unhandled rejection while the sheets are written.
    const closed = new Promise<void>((resolve, reject) => {
      out.on('close', resolve);
      out.on('error', reject);
    });
    closed.catch(() => undefined);
    try {
      await streamPlans(plans, out, progress, total);
      await closed;
    } catch (e) {
      out.destroy();
      await closed.catch(() => undefined);
      throw e;
    }
  });
}

/** Writes next to the target first and renames, so an interrupted run never leaves half a workbook. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string, lang: Lang): Promise<void> {
  await throughTemp(file, lang, async (tmp) => {
    await fs.writeFile(tmp, await xlsxBytesWithCharts(workbook));
  });
}

/** True when both paths name the same file (also through symlinks or different spellings). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    const [sa, sb] = await Promise.all([fs.realpath(ra), fs.realpath(rb)]);
    return sa === sb;
  } catch {
    return false;
  }
}

export async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}
