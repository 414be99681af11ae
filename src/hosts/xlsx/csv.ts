// A text file (.csv, .txt, .tsv, or an "xls" some systems export as text) as a one-sheet exceljs workbook.
// The encoding is read from the bytes: a BOM says UTF-8, UTF-16LE or UTF-16BE (Excel's "Unicode text");
// without one, UTF-8 when the bytes are UTF-8 — a few stray bytes in an otherwise UTF-8 file are a warning at
// their cell, not a reason to read the whole file as GBK — and GBK (as Chinese Excel saves CSV) only when
// they are not. The separator is read from the text: a `sep=;` first line (Excel's own), else whichever of
// comma, tab and semicolon the first lines hold most of.
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { a1, problem, type Problem } from '../../workbook/problems';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The text holds U+FFFD where bytes were not UTF-8 (an otherwise UTF-8 file). */
  strayBytes: boolean;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** UTF-16 without a BOM: many NUL bytes at odd (LE) or even (BE) offsets of the first kilobytes. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even === 0) return 'utf-16le';
  if (even > n / 4 && odd === 0) return 'utf-16be';
  return undefined;
}

/** The text of a file's bytes, and the encoding it was read in (see the header). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = (...b: number[]): boolean => b.every((x, i) => bytes[i] === x);
  if (bom(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', strayBytes: false };
  if (bom(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', strayBytes: false };
  if (bom(0xef, 0xbb, 0xbf)) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return { text, encoding: 'utf-8', strayBytes: text.includes('\uFFFD') };
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide, strayBytes: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', strayBytes: false };
  } catch {
    // Not UTF-8 throughout. UTF-8 still, when its characters outnumber the stray bytes tenfold (a GBK file
    // read as UTF-8 is almost all stray bytes); GBK otherwise.
    const text = new TextDecoder('utf-8').decode(bytes);
    const stray = countReplacements(text);
    let wideChars = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) wideChars++;
    if (wideChars - stray >= stray * 10) return { text, encoding: 'utf-8', strayBytes: true };
    return { text: iconv.decode(bytes, 'gbk'), encoding: 'gbk', strayBytes: false };
  }
}

/** UTF-8 (a BOM is dropped), UTF-16 with a BOM, or GBK when the bytes are not UTF-8 (decodeText). */
export function decodeCsv(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** Count of `sep` outside quotes in a line. */
function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** The separator and where the data starts: Excel's `sep=X` first line, else the commonest of , \t ; in the first lines. */
export function csvSeparator(text: string): { sep: string; start: number } {
  const sepLine = /^sep=(.)[ \t]*(\r?\n|$)/iu.exec(text);
  if (sepLine) return { sep: sepLine[1], start: sepLine[0].length };
  const lines = text.split(/\r?\n/u, 10);
  let best = ',';
  let bestCount = 0;
  for (const sep of [',', '\t', ';']) {
    const count = Math.max(0, ...lines.map((l) => countOutsideQuotes(l, sep)));
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return { sep: best, start: 0 };
}

/** RFC 4180 rows: quoted fields may hold separators, quotes (doubled) and line breaks. */
export function parseCsv(text: string, separator?: string): string[][] {
  const { sep, start } = separator === undefined ? csvSeparator(text) : { sep: separator, start: 0 };
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = start;
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

/** What reading a text file found that the sheet's reader must report (stray bytes), by worksheet. */
export const TEXT_NOTES = new WeakMap<ExcelJS.Worksheet, Problem[]>();

/** A warning per row holding bytes that were not UTF-8, at its first such cell (at most 10, then one line). */
function strayByteNotes(sheet: string, rows: string[][]): Problem[] {
  const at: string[] = [];
  rows.forEach((fields, r) => {
    const c = fields.findIndex((f) => f.includes('\uFFFD'));
    if (c >= 0) at.push(a1(r, c));
  });
  const notes = at.slice(0, 10).map((cell) =>
    problem(sheet, cell, 'warning',
      `此单元格含有不是 UTF-8 文字的字节，显示为「\uFFFD」（文件其余部分按 UTF-8 读取）。请检查并改正该单元格，或把文件另存为“CSV UTF-8”后再试`,
      `This cell holds bytes that are not UTF-8 text, shown as "\uFFFD" (the rest of the file was read as UTF-8). Check and correct the cell, or save the file again as "CSV UTF-8" and retry`),
  );
  if (at.length > 10) {
    notes.push(problem(sheet, at[10], 'warning',
      `另有 ${at.length - 10} 行含有不是 UTF-8 文字的字节（从 ${at[10]} 起）`,
      `${at.length - 10} more rows hold bytes that are not UTF-8 text (from ${at[10]})`));
  }
  return notes;
}

export function workbookFromCsv(decoded: DecodedText | string, sheetName: string): ExcelJS.Workbook {
  const { text, strayBytes } = typeof decoded === 'string' ? { text: decoded, strayBytes: false } : decoded;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const rows = parseCsv(text);
  rows.forEach((fields, r) => {
    fields.forEach((f, c) => {
      const v = csvValue(f);
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  if (strayBytes) TEXT_NOTES.set(ws, strayByteNotes(ws.name, rows));
  return wb;
}
