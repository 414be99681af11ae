// The browser's stand-in for iconv-lite (webpack aliases the package to this file in every page): the
// CSV reader needs only `decode(bytes, 'gbk')`, which every browser's TextDecoder does natively (WHATWG
// "gbk" is GB18030, a superset of what Chinese Excel writes). This keeps iconv-lite's code-page tables and
// a Buffer polyfill out of the page.
export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}
