// A1 addresses ↔ 0-based rectangles, without exceljs (the add-in bundle must not pull it in).
import { a1Range } from '../../workbook/problems';

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** `B3`, `A1:P20` or `Sheet!A1:B2` → 0-based corners. */
export function parseA1(range: string): Rect {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = bare.split(':');
  const p = (ref: string): { r: number; c: number } => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/u.exec(ref.trim().toUpperCase());
    if (!m) throw new Error(`Not an A1 reference: ${ref}`);
    return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
  };
  const from = p(a);
  const to = b === undefined ? from : p(b);
  return { r1: Math.min(from.r, to.r), c1: Math.min(from.c, to.c), r2: Math.max(from.r, to.r), c2: Math.max(from.c, to.c) };
}

export function rectA1(r: Rect): string {
  return a1Range(r.r1, r.c1, r.r2, r.c2);
}

/**
 * Excel truncates a `getRanges` address past 8,192 characters (office-js issue #5198), silently: areas are
 * joined into pieces of at most this many characters.
 */
export const ADDRESS_CHARS = 8000;

/** A1 areas joined with commas into addresses of at most ADDRESS_CHARS characters each (an area is never cut). */
export function addressPieces(areas: readonly string[], maxChars: number = ADDRESS_CHARS): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const area of areas) {
    if (piece !== '' && piece.length + 1 + area.length > maxChars) {
      pieces.push(piece);
      piece = '';
    }
    piece = piece === '' ? area : `${piece},${area}`;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
