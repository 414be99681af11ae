// The parts of an .xlsx package as its zip's central directory declares them, read before exceljs opens the
// file: a part that would inflate past a limit is refused by name (a 1.9 MB file can hold a 1.9 GB image,
// which exceljs would inflate into memory), and when exceljs fails, the part at fault is found and named
// (cut short, a size or checksum that does not match, an XML part that is not well-formed) instead of
// repeating the zip library's "Bug : uncompressed data size mismatch". Pure byte work: Node and the browser.

export interface ZipPart {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the part's local header. */
  offset: number;
}

/** Inflated bytes any one XML part may have: a roster of 50,000 rows is some 60 MB of sheet XML. */
export const MAX_XML_PART = 512 * 1024 * 1024;
/** Inflated bytes any other part (an image, an embedded object) may have: the review reads none of them. */
export const MAX_OTHER_PART = 64 * 1024 * 1024;
/** Inflated bytes of all parts together. */
export const MAX_PACKAGE = 1024 * 1024 * 1024;

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/**
 * UTF-8 bytes as text without TextDecoder (the pane's tests run in jsdom, which lacks it); bytes that are
 * not UTF-8 are read one character each (zip's old code page, close enough for a name in a message).
 */
function utf8(bytes: Uint8Array): string {
  let escaped = '';
  for (let i = 0; i < bytes.length; i++) escaped += `%${bytes[i].toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(escaped);
  } catch {
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return text;
  }
}

/** The central directory's entries; undefined when the end record or a directory entry cannot be found. */
export function zipParts(bytes: Uint8Array): ZipPart[] | undefined {
  // The end record is in the last 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const parts: ZipPart[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    parts.push({
      name: utf8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

const isXml = (name: string): boolean => /\.(xml|rels|vml)$/iu.test(name);

/** The first part (or the package) past a limit: its name, inflated size and the limit. */
export function oversizedPart(parts: readonly Pick<ZipPart, 'name' | 'size'>[]): { name: string; size: number; limit: number } | undefined {
  let total = 0;
  for (const p of parts) {
    const limit = isXml(p.name) ? MAX_XML_PART : MAX_OTHER_PART;
    if (p.size > limit) return { name: p.name, size: p.size, limit };
    total += p.size;
    if (total > MAX_PACKAGE) return { name: '', size: total, limit: MAX_PACKAGE };
  }
  return undefined;
}

/** `1.9 GB`, `12.0 MB`: a size as a person reads it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

let CRC_TABLE: Uint32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inflates raw deflate data, throwing past `max` bytes (Node's zlib.inflateRawSync with maxOutputLength). */
export type InflateRaw = (data: Uint8Array, max: number) => Uint8Array;

export type PartFault = 'cut' | 'inflate' | 'size' | 'checksum';

/** A part's stored bytes, or undefined when the file ends before them. */
function storedBytes(bytes: Uint8Array, p: ZipPart): Uint8Array | undefined {
  if (p.offset + 30 > bytes.length || u32(bytes, p.offset) !== 0x04034b50) return undefined;
  const start = p.offset + 30 + u16(bytes, p.offset + 26) + u16(bytes, p.offset + 28);
  if (start + p.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + p.compressedSize);
}

/** A part's inflated bytes, or why they cannot be had. */
export function partBytes(bytes: Uint8Array, p: ZipPart, inflate: InflateRaw): Uint8Array | PartFault {
  const stored = storedBytes(bytes, p);
  if (!stored) return 'cut';
  let data: Uint8Array;
  if (p.method === 0) data = stored;
  else {
    try {
      data = inflate(stored, p.size + 1);
    } catch {
      return 'inflate';
    }
  }
  if (data.length !== p.size) return 'size';
  if (crc32(data) !== p.crc) return 'checksum';
  return data;
}

/** The first damaged part: cut short, not inflatable, of another size or checksum than declared. */
export function damagedPart(bytes: Uint8Array, parts: readonly ZipPart[], inflate: InflateRaw): { name: string; fault: PartFault } | undefined {
  for (const p of parts) {
    if (p.name.endsWith('/')) continue;
    const got = partBytes(bytes, p, inflate);
    if (typeof got === 'string') return { name: p.name, fault: got };
  }
  return undefined;
}

/** Worksheet part path → the sheet's name, from workbook.xml and its relationships (for messages). */
export function sheetNamesByPart(bytes: Uint8Array, parts: readonly ZipPart[], inflate: InflateRaw): Map<string, string> {
  const text = (name: string): string => {
    const p = parts.find((x) => x.name === name);
    const got = p ? partBytes(bytes, p, inflate) : 'cut';
    return typeof got === 'string' ? '' : utf8(got);
  };
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]*)"/u.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/u.exec(m[0])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) names.set(part, unescapeXml(name));
  }
  return names;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/gu, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}
