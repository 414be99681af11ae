// Opening a user's file as an exceljs workbook, from bytes so it works in Node and the browser. .xlsx is
// read by exceljs; .csv (UTF-8 with or without BOM, or GBK as Chinese Excel writes it) becomes a one-sheet
// workbook; .xls, .et and password-protected files are refused with a message saying what to do.
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import type { Problem } from '../../workbook/problems';
import { problem } from '../../workbook/problems';

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

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GBK. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'gbk');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. A tab file is read too. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const sep = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A CSV field as Excel would take it: numeric-looking text becomes a number, except with leading zeros
 * (`00123` is an ID) or more digits than a double keeps exactly (ID card numbers); all else stays text.
 */
export function csvValue(field: string): string | number | null {
  if (field === '') return null;
  const t = field.trim();
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/u.test(t)) return field;
  if (/^[+-]?0\d/u.test(t)) return field;
  if (t.replace(/[^0-9]/gu, '').length > 15) return field;
  const n = Number(t);
  return Number.isFinite(n) ? n : field;
}

export function workbookFromCsv(text: string, sheetName: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const rows = parseCsv(text);
  rows.forEach((fields, r) => {
    fields.forEach((f, c) => {
      const v = csvValue(f);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  return wb;
}

/** The worksheet internals exceljs uses to record merges; its typings do not declare them. */
interface MergingSheet {
  _merges: Record<string, unknown>;
  _mergeCellsInternal(dimensions: unknown, ignoreStyle?: boolean): void;
}

/**
 * exceljs checks each merge it reads against every merge read before, which is quadratic: a review
 * workbook's plans sheet has a few merges per engineer, so 1,500 engineers took two minutes to open.
 * While loading, each merge is checked against an empty index instead (a saved workbook has no
 * overlapping merges) and then added to the sheet's own.
 */
async function withLinearMerges<T>(load: () => Promise<T>): Promise<T> {
  const probe = new ExcelJS.Workbook().addWorksheet('probe');
  const proto = Object.getPrototypeOf(probe) as MergingSheet;
  const original = proto._mergeCellsInternal;
  if (typeof original !== 'function') return load();
  proto._mergeCellsInternal = function linear(this: MergingSheet, dimensions: unknown, ignoreStyle?: boolean): void {
    const all = this._merges;
    this._merges = {};
    try {
      original.call(this, dimensions, ignoreStyle);
      Object.assign(all, this._merges);
    } finally {
      this._merges = all;
    }
  };
  try {
    return await load();
  } finally {
    proto._mergeCellsInternal = original;
  }
}

export async function loadWorkbook(bytes: Uint8Array, fileName: string, rosterSheetName?: string): Promise<LoadOutcome> {
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
  if (ext === 'xls' || ext === 'et') {
    return refuse(fileName, `「${fileName}」是 .${ext} 格式，无法读取。${SAVE_AS_ZH}`, `"${fileName}" is a .${ext} file, which cannot be read. ${SAVE_AS_EN}`);
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    return { ok: true, workbook: workbookFromCsv(decodeCsv(bytes), rosterSheetName ?? '工程师名单') };
  }
  if (!startsWith(bytes, ZIP)) {
    return refuse(fileName,
      `「${fileName}」不是 Excel 工作簿 (.xlsx)，无法读取。${SAVE_AS_ZH}`,
      `"${fileName}" is not an Excel workbook (.xlsx) and cannot be read. ${SAVE_AS_EN}`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer as well as a Buffer; a copy keeps the caller's bytes untouched.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await withLinearMerges(() => wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refuse(fileName,
      `「${fileName}」无法作为 .xlsx 打开（文件可能已损坏：${detail}）。${SAVE_AS_ZH}`,
      `"${fileName}" cannot be opened as .xlsx (the file may be damaged: ${detail}). ${SAVE_AS_EN}`);
  }
  return { ok: true, workbook: wb };
}
