// What the command says when the output cannot be written: checked before the review runs (a FIFO, a device,
// a folder, a name past 255 bytes, a folder under a file or without write access), and the system's error
// translated when writing fails all the same (a full disk, a file another program holds). Each message says
// what failed, which path, and what to do — never the system's dump.
import { constants, promises as fs } from 'fs';
import path from 'path';
import type { Text } from '../domain/types';

/** Most file systems (ext4, NTFS, APFS) allow 255 bytes in one name; Node names them in UTF-8. */
export const MAX_NAME_BYTES = 255;

/** A write that failed for a reason the user can act on: the message to print, exit code 1. */
export class WriteFailure extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'WriteFailure';
  }
}

function nameTooLong(file: string): Text {
  const bytes = Buffer.byteLength(path.basename(file));
  return {
    zh: `输出文件名过长（${bytes} 字节，最多 ${MAX_NAME_BYTES} 字节）：${file}；请换一个短一些的文件名`,
    en: `The output file name is too long (${bytes} bytes; at most ${MAX_NAME_BYTES}): ${file}; choose a shorter name`,
  };
}

function notAFile(file: string, kind: Text): Text {
  return {
    zh: `${file} 是${kind.zh}，不是普通文件，无法写入盘点工作簿；请用 -o 指定一个 .xlsx 文件`,
    en: `${file} is ${kind.en}, not a regular file, so no review workbook can be written there; name an .xlsx file with -o`,
  };
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): Text | undefined {
  if (stat.isDirectory()) return { zh: '一个文件夹', en: 'a folder' };
  if (stat.isFIFO()) return { zh: '一个命名管道（FIFO）', en: 'a named pipe (FIFO)' };
  if (stat.isSocket()) return { zh: '一个套接字', en: 'a socket' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { zh: '一个设备', en: 'a device' };
  return undefined;
}

function underAFile(folder: string, file: string): Text {
  return {
    zh: `无法写入 ${file}：${folder} 是文件而不是文件夹；请换一个输出位置`,
    en: `Cannot write ${file}: ${folder} is a file, not a folder; choose another place for the output`,
  };
}

function noPermission(folder: string, file: string): Text {
  return {
    zh: `没有权限在文件夹 ${folder} 中写入 ${path.basename(file)}；请换一个您有写入权限的文件夹，或请管理员开放权限`,
    en: `No permission to write ${path.basename(file)} in the folder ${folder}; choose a folder you can write to, or ask for write access`,
  };
}

/** The nearest folder of `file` that exists (the one a new folder would be made in), or a file in its place. */
async function nearestExisting(dir: string): Promise<{ at: string; isDir: boolean } | undefined> {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      const st = await fs.stat(d);
      return { at: d, isDir: st.isDirectory() };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') continue;
      if (code !== 'ENOENT') return undefined;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * Why `file` cannot be the output, before any work is done; undefined when it can (as far as can be told:
 * a full disk shows only when writing). An existing regular file is fine here; the caller decides whether it
 * may be replaced.
 */
export async function outputProblem(file: string): Promise<Text | undefined> {
  if (Buffer.byteLength(path.basename(file)) > MAX_NAME_BYTES) return nameTooLong(file);
  const full = path.resolve(file);
  try {
    const kind = kindOf(await fs.stat(full));
    if (kind) return notAFile(file, kind);
  } catch {
    // Not there yet (or not reachable): the folder decides.
  }
  const dir = path.dirname(full);
  const found = await nearestExisting(dir);
  if (!found) return undefined;
  if (!found.isDir) return underAFile(found.at, file);
  for (const part of path.relative(found.at, dir).split(path.sep)) {
    if (Buffer.byteLength(part) > MAX_NAME_BYTES) return nameTooLong(part);
  }
  try {
    await fs.access(found.at, constants.W_OK);
  } catch {
    return noPermission(found.at, file);
  }
  return undefined;
}

/**
 * The user's side of a failed write: a system error (ENOSPC, EACCES, …) as a message; undefined for anything
 * else, which is a bug and is reported as one.
 */
export function writeFailure(e: unknown, file: string): WriteFailure | undefined {
  if (e instanceof WriteFailure) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code)) return undefined;
  const dir = path.dirname(path.resolve(file));
  const left = { zh: '未留下不完整的文件', en: 'no partial file was left' };
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteFailure({
        zh: `磁盘空间不足，未能写入 ${file}（${left.zh}）；请腾出空间或换一个位置后重试`,
        en: `The disk is full: ${file} could not be written (${left.en}); free some space or choose another place, then run again`,
      });
    case 'EACCES':
      return new WriteFailure(noPermission(dir, file));
    case 'EPERM':
      // Windows says EPERM when another program holds the file open (Excel, most often).
      return new WriteFailure({
        zh: `系统不允许写入 ${file}：该文件可能正在 Excel 等程序中打开，或您没有该文件夹的写入权限；请关闭它，或换一个位置后重试`,
        en: `The system did not allow writing ${file}: it may be open in Excel or another program, or the folder is not yours to write to; close it, or choose another place, then run again`,
      });
    case 'EROFS':
      return new WriteFailure({
        zh: `${dir} 位于只读磁盘上，无法写入 ${path.basename(file)}；请换一个可写的位置`,
        en: `${dir} is on a read-only disk, so ${path.basename(file)} cannot be written there; choose a place you can write to`,
      });
    case 'ENAMETOOLONG':
      return new WriteFailure(nameTooLong(file));
    case 'ENOTDIR':
      return new WriteFailure(underAFile(dir, file));
    case 'EISDIR':
      return new WriteFailure(notAFile(file, { zh: '一个文件夹', en: 'a folder' }));
    case 'EBUSY':
    case 'ETXTBSY':
      return new WriteFailure({
        zh: `${file} 正被其他程序占用（例如在 Excel 中打开）；请关闭它后重试`,
        en: `${file} is in use by another program (open in Excel, perhaps); close it and run again`,
      });
    default:
      return new WriteFailure({
        zh: `未能写入 ${file}（系统错误 ${code}，${left.zh}）；请检查该位置后重试`,
        en: `${file} could not be written (system error ${code}; ${left.en}); check the place and run again`,
      });
  }
}
