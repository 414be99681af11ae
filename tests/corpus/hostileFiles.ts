// Hostile and odd files (issue 14), built here from a small roster: stray cells far away, huge merges,
// packages with oversized, damaged or malformed parts, text files in other encodings and separators. No
// binary fixtures: each file is made from the roster's cells, then its package edited part by part.
import zlib from 'zlib';
import JSZip from 'jszip';
import * as iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

export const HEADER = ['工号', '姓名', '部门', '绩效', '潜力', '工龄'];
export const ROWS: (string | number)[][] = [
  ['E001', '张伟', '研发中心', 'A', '高', 12],
  ['E002', '李娜', '研发中心', 'B', '中', 5],
  ['E003', '王强', '工艺部', 'C', '低', 2],
];

/** The roster as an .xlsx, with `edit` given the worksheet before it is written. */
export async function rosterXlsx(edit?: (ws: ExcelJS.Worksheet) => void, rows = ROWS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工程师名单');
  [HEADER, ...rows].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  edit?.(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The package with one part's text changed. */
export async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async('string');
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The package with a part added (stored deflated). */
export async function addPart(bytes: Uint8Array, part: string, data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A merge written straight into the sheet's XML (exceljs would fill every cell of H1:XFD1048576 to write it). */
export async function withMerge(bytes: Uint8Array, ref: string): Promise<Uint8Array> {
  return editPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
  );
}

/** The central directory entry of a part, to change what it declares. */
function centralEntry(bytes: Uint8Array, part: string): number {
  const name = Buffer.from(part, 'utf8');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) !== 0x02014b50) continue;
    const n = buf.readUInt16LE(i + 28);
    if (n === name.length && buf.subarray(i + 46, i + 46 + n).equals(name)) return i;
  }
  throw new Error(`no part ${part}`);
}

/** The package with a part declaring another inflated size (in the central directory and its local header). */
export function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = Buffer.from(bytes);
  const at = centralEntry(out, part);
  out.writeUInt32LE(size >>> 0, at + 24);
  out.writeUInt32LE(size >>> 0, out.readUInt32LE(at + 42) + 22);
  return new Uint8Array(out);
}

/** The package with some of a part's compressed bytes overwritten. */
export function breakPart(bytes: Uint8Array, part: string): Uint8Array {
  const out = Buffer.from(bytes);
  const at = centralEntry(out, part);
  const local = out.readUInt32LE(at + 42);
  const start = local + 30 + out.readUInt16LE(local + 26) + out.readUInt16LE(local + 28);
  const len = out.readUInt32LE(at + 20);
  for (let i = start + Math.floor(len / 3); i < start + Math.floor(len / 3) + 16 && i < start + len; i++) out[i] = 0xff;
  return new Uint8Array(out);
}

/** An image part of `mb` megabytes of zeros (a megabyte or so once deflated). */
export async function withImage(bytes: Uint8Array, mb: number): Promise<Uint8Array> {
  return addPart(bytes, 'xl/media/image1.png', new Uint8Array(mb * 1024 * 1024));
}

/** The roster as text: `sep` between fields, in an encoding, with an optional BOM and `sep=` line. */
export function rosterText(options: { sep?: string; encoding?: 'utf8' | 'utf16le' | 'utf16be' | 'gbk'; bom?: boolean; sepLine?: boolean; header?: string[]; rows?: (string | number)[][] } = {}): Uint8Array {
  const sep = options.sep ?? ',';
  const lines = [options.header ?? HEADER, ...(options.rows ?? ROWS)].map((r) => r.join(sep));
  const text = `${options.sepLine ? `sep=${sep}\r\n` : ''}${lines.join('\r\n')}\r\n`;
  const enc = options.encoding ?? 'utf8';
  if (enc === 'gbk') return new Uint8Array(iconv.encode(text, 'gbk'));
  if (enc === 'utf16be') {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    return new Uint8Array(Buffer.concat([options.bom === false ? Buffer.alloc(0) : Buffer.from([0xfe, 0xff]), be]));
  }
  if (enc === 'utf16le') return new Uint8Array(Buffer.concat([options.bom === false ? Buffer.alloc(0) : Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  return new Uint8Array(Buffer.concat([options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]));
}

/** UTF-8 text with one byte that is not UTF-8 put into a cell of a row (1-based line, after `after`). */
export function withStrayByte(bytes: Uint8Array, after: string): Uint8Array {
  const buf = Buffer.from(bytes);
  const at = buf.indexOf(Buffer.from(after, 'utf8'));
  return new Uint8Array(Buffer.concat([buf.subarray(0, at + Buffer.byteLength(after)), Buffer.from([0xb0]), buf.subarray(at + Buffer.byteLength(after))]));
}

/** Deflates as zlib does: used to check a part's real size. */
export const deflate = (data: Uint8Array): Uint8Array => new Uint8Array(zlib.deflateRawSync(data));
