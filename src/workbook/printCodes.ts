// Excel's header and footer language, shared by both hosts (a file in the workbook floor, so neither host
// has its own copy): `&P` the page, `&N` the page count, `&A` the sheet's name, `&"font,style"` the font of
// what follows; a literal `&` is doubled.
import type { FooterPart } from './plan';

const FIELD_CODES = { page: '&P', pages: '&N', sheet: '&A' } as const;

export function footerCodes(parts: readonly FooterPart[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p.replace(/&/gu, '&&') : 'font' in p ? `&"${p.font.replace(/"/gu, '')},Regular"` : FIELD_CODES[p.field]))
    .join('');
}
