// The byte measure of ../shared/ARCHITECTURE.md: the JSON size (UTF-8) of the values, formulas and formats
// a request carries, and of the values, texts, formats and types a response brings back. A 2-D array counts
// as the sum of its rows' JSON, so a block of rows weighs the same however the rows are split into requests.

/** UTF-8 length of a string, without TextEncoder allocations (20,000-row sheets are measured row by row). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 size of a value's JSON. */
export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? '');
}

/** Payload of a 2-D array (values, texts, number formats, value types): the sum of its rows' JSON. */
export function gridBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const row of rows) n += jsonBytes(row);
  return n;
}
