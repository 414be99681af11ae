// Opening a user's file as an exceljs workbook, from bytes so it works in Node and the browser. What the
// bytes are decides, not the file's name: a zip is read as .xlsx by exceljs (its parts' sizes checked
// first, zipParts.ts), text becomes a one-sheet workbook (csv.ts: encoding and separator read from it);
// .xls, .et, password-protected files and web pages saved as "xls" are refused with a message saying what to do.
import ExcelJS from 'exceljs';
import type { Problem } from '../../workbook/problems';
import { problem } from '../../workbook/problems';
import { decodeText, workbookFromCsv } from './csv';
import { damagedPart, oversizedPart, sheetNamesByPart, sizeText, zipParts, type InflateRaw, type PartFault, type ZipPart } from './zipParts';

export { csvValue, decodeCsv, parseCsv, workbookFromCsv } from './csv';

export type LoadOutcome = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: Problem };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extension(fileName: string): string {
  const m = /\.([^./\\]+)$/u.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

function refuse(fileName: string, zh: string, en: string): LoadOutcome {
  return { ok: false, problem: problem(fileName, '', 'error', zh, en) };
}

const SAVE_AS_ZH = '请在 Excel 或 WPS 中打开该文件，选择“另存为”，保存为 Excel 工作簿 (.xlsx) 后再试';
const SAVE_AS_EN = 'Open it in Excel or WPS, choose Save As, save it as an Excel Workbook (.xlsx) and try again';

/** The worksheet internals exceljs uses to record merges; its typings do not declare them. */
interface MergingSheet {
  _merges: Record<string, unknown>;
  _mergeCellsInternal(dimensions: unknown, ignoreStyle?: boolean): void;
}

/**
 * While loading, a merge is only recorded, never spread over its cells: exceljs would make a cell object for
 * every cell a merge covers (H1:XFD1048576 is 17 billion) and check each merge against all before it
 * (quadratic: a plans sheet of 1,500 engineers took two minutes). The grid reader reads merges from the
 * record (grid.ts mergesOf); a cell a merge covers keeps what the file holds (nothing, in a file Excel saved).
 */
async function withRecordedMerges<T>(load: () => Promise<T>): Promise<T> {
  const probe = new ExcelJS.Workbook().addWorksheet('probe');
  const proto = Object.getPrototypeOf(probe) as MergingSheet;
  const original = proto._mergeCellsInternal;
  if (typeof original !== 'function') return load();
  proto._mergeCellsInternal = function record(this: MergingSheet, dimensions: unknown): void {
    const tl = (dimensions as { tl?: unknown }).tl;
    if (typeof tl === 'string') this._merges[tl] = dimensions;
  };
  try {
    return await load();
  } finally {
    proto._mergeCellsInternal = original;
  }
}

/** What the Node reader adds: inflating a part, to find the one at fault when exceljs fails. */
export interface LoadOptions {
  /** The sheet name a text file is read into. */
  rosterSheetName?: string;
  inflateRaw?: InflateRaw;
}

const HTML_START = /^(\s|\uFEFF)*(<!doctype html|<html|<table|<head|<meta|<\?xml[^>]*>\s*(<\?mso[^>]*>\s*)?<(ss:)?workbook)/iu;

/** A web page or XML spreadsheet saved under an Excel name (some HR systems export "xls" this way). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/\u0000/gu, '');
  return HTML_START.test(head);
}

/** Text, not binary: no NUL bytes outside UTF-16, few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 8192)).text;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return head.length > 0 && control * 50 < head.length;
}

function damaged(fileName: string, zh: string, en: string): LoadOutcome {
  return refuse(fileName,
    `「${fileName}」无法作为 .xlsx 打开：文件已损坏（${zh}）。${SAVE_AS_ZH}；如无法打开，请找回原文件重新复制`,
    `"${fileName}" cannot be opened as .xlsx: the file is damaged (${en}). ${SAVE_AS_EN}; if it will not open, copy the original file again`);
}

const FAULTS: Record<PartFault, { zh: string; en: string }> = {
  cut: { zh: '文件不完整，在该部分处被截断', en: 'the file is cut short there' },
  inflate: { zh: '该部分的压缩数据已损坏', en: 'its compressed data is broken' },
  size: { zh: '该部分的大小与记录不符', en: 'its size does not match the one recorded' },
  checksum: { zh: '该部分的校验和不符', en: 'its checksum does not match' },
};

/** Why exceljs could not open a package, naming the part or sheet at fault where it can be found. */
function whyDamaged(fileName: string, bytes: Uint8Array, parts: readonly ZipPart[], error: unknown, options: LoadOptions, sheetPart?: string): LoadOutcome {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ').trim();
  const inflate = options.inflateRaw;
  const bad = inflate ? damagedPart(bytes, parts, inflate) : undefined;
  if (bad) {
    const f = FAULTS[bad.fault];
    return damaged(fileName, `部分 ${bad.name}：${f.zh}`, `part ${bad.name}: ${f.en}`);
  }
  // An XML error (sax gives its line and column): name the sheet being read, when it was one.
  const xml = /Line: ?(\d+).*Column: ?(\d+)/iu.exec(detail) ?? /^(\d+):(\d+): /u.exec(detail);
  if (xml && sheetPart) {
    const sheet = inflate ? sheetNamesByPart(bytes, parts, inflate).get(sheetPart) : undefined;
    const where = sheet !== undefined ? { zh: `工作表「${sheet}」（${sheetPart}）`, en: `sheet "${sheet}" (${sheetPart})` } : { zh: sheetPart, en: sheetPart };
    return damaged(fileName,
      `${where.zh} 不是格式正确的 XML，第 ${xml[1]} 行第 ${xml[2]} 列`,
      `${where.en} is not well-formed XML, at line ${xml[1]}, column ${xml[2]}`);
  }
  if (/size mismatch/iu.test(detail)) return damaged(fileName, '某一部分的大小与记录不符', 'a part\'s size does not match the one recorded');
  return damaged(fileName, detail, detail);
}

export async function loadWorkbook(bytes: Uint8Array, fileName: string, rosterSheetName?: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const ext = extension(fileName);
  if (startsWith(bytes, OLE2)) {
    if (ext === 'xlsx' || ext === 'xlsm') {
      return refuse(fileName,
        `「${fileName}」设有打开密码（加密的工作簿无法读取）。请在 Excel 中打开它，删除密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）后另存为 .xlsx 再试`,
        `"${fileName}" is password-protected (an encrypted workbook cannot be read). Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save it as .xlsx and try again`);
    }
    return refuse(fileName,
      `「${fileName}」是旧版 Excel (.xls) 或 WPS (.et) 格式，或设有打开密码，无法读取。${SAVE_AS_ZH}（如设有密码，请先删除密码）`,
      `"${fileName}" is an old Excel (.xls) or WPS (.et) file, or a password-protected one, which cannot be read. ${SAVE_AS_EN} (if it has a password, remove it first)`);
  }
  // What the bytes are decides, not the name: an .xlsx renamed .csv is read as .xlsx.
  if (startsWith(bytes, ZIP)) return loadPackage(bytes, fileName, options);
  if (bytes.length > 0 && looksLikeHtml(bytes)) {
    return refuse(fileName,
      `「${fileName}」实际上是网页 (HTML) 或 XML 表格，只是以 Excel 的文件名保存（一些系统这样导出“xls”），无法读取。${SAVE_AS_ZH}`,
      `"${fileName}" is really a web page (HTML) or an XML spreadsheet saved under an Excel name (some systems export "xls" this way), which cannot be read. ${SAVE_AS_EN}`);
  }
  const textName = ext === 'csv' || ext === 'txt' || ext === 'tsv';
  // A text export named .xls or .et (some systems write tab-separated text so): read as the text it is.
  if (textName || ((ext === 'xls' || ext === 'et') && looksLikeText(bytes))) {
    return { ok: true, workbook: workbookFromCsv(decodeText(bytes), rosterSheetName ?? options.rosterSheetName ?? '工程师名单') };
  }
  if (ext === 'xls' || ext === 'et') {
    return refuse(fileName, `「${fileName}」是 .${ext} 格式，无法读取。${SAVE_AS_ZH}`, `"${fileName}" is a .${ext} file, which cannot be read. ${SAVE_AS_EN}`);
  }
  return refuse(fileName,
    `「${fileName}」不是 Excel 工作簿 (.xlsx)，无法读取。${SAVE_AS_ZH}`,
    `"${fileName}" is not an Excel workbook (.xlsx) and cannot be read. ${SAVE_AS_EN}`);
}

/** An .xlsx package: its parts' sizes checked first, then exceljs; a failure names the part at fault. */
async function loadPackage(bytes: Uint8Array, fileName: string, options: LoadOptions): Promise<LoadOutcome> {
  const parts = zipParts(bytes);
  if (!parts) return damaged(fileName, '找不到压缩包的目录，文件可能不完整', 'its zip directory cannot be found; the file may be cut short');
  const big = oversizedPart(parts);
  if (big) {
    const what = big.name === '' ? { zh: '所有部分合计', en: 'its parts together' } : { zh: `其中的部分 ${big.name}`, en: `its part ${big.name}` };
    return refuse(fileName,
      `「${fileName}」无法读取：${what.zh}解压后有 ${sizeText(big.size)}，超过上限 ${sizeText(big.limit)}。请在 Excel 中删除其中的大图片或嵌入对象，或只把名单复制到新工作簿后再试`,
      `"${fileName}" cannot be read: ${what.en} would unpack to ${sizeText(big.size)}, past the limit of ${sizeText(big.limit)}. Delete large pictures or embedded objects in Excel, or copy the roster alone into a new workbook, and try again`);
  }
  const wb = new ExcelJS.Workbook();
  // The worksheet part being read, to name the sheet when its XML is broken.
  let sheetPart: string | undefined;
  const reader = wb.xlsx as unknown as { _processWorksheetEntry?: (...args: unknown[]) => Promise<unknown> };
  const processSheet = reader._processWorksheetEntry;
  if (typeof processSheet === 'function') {
    reader._processWorksheetEntry = function track(this: unknown, ...args: unknown[]): Promise<unknown> {
      sheetPart = typeof args[4] === 'string' ? args[4] : undefined;
      return processSheet.apply(this, args);
    };
  }
  try {
    // exceljs takes an ArrayBuffer as well as a Buffer; a copy keeps the caller's bytes untouched.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await withRecordedMerges(() => wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]));
  } catch (e) {
    return whyDamaged(fileName, bytes, parts, e, options, sheetPart);
  }
  return { ok: true, workbook: wb };
}
