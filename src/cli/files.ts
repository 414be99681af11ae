// File I/O of the command line: the only place that touches the file system.
import { promises as fs } from 'fs';
import path from 'path';
import zlib from 'zlib';
import { createWriteStream } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../workbook/plan';
import type { Problem } from '../workbook/problems';
import { loadWorkbook } from '../hosts/xlsx/load';
import { SnapshotHost } from '../hosts/xlsx/snapshot';
import { streamPlans } from '../hosts/xlsx/stream';

export type Loaded = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: Problem };

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads an .xlsx or .csv file; a file that cannot be read is a problem, not an exception. */
export async function readWorkbookFile(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
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

/** The temporary file a write goes to before it is renamed into place. */
function tempName(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/**
 * Streams the plans into a new workbook file: written next to the target first and renamed, so an
 * interrupted run never leaves half a workbook.
 */
export async function streamWorkbookFile(
  plans: Iterable<SheetPlan>,
  total: number,
  file: string,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = tempName(file);
  const out = createWriteStream(tmp);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  try {
    await streamPlans(plans, out, progress, total);
    await closed;
  } catch (e) {
    out.destroy();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fs.rename(tmp, file);
}

/** Writes next to the target first and renames, so an interrupted run never leaves half a workbook. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = tempName(file);
  const buffer = await workbook.xlsx.writeBuffer();
  await fs.writeFile(tmp, new Uint8Array(buffer as ArrayBuffer));
  await fs.rename(tmp, file);
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
