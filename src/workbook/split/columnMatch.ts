// Columns of one sheet matched to another's by header (a return may have a column inserted, deleted or
// moved; the roster may have changed since the split): by header text as the reader compares headers, the
// n-th column of one header with the n-th of the same header; a column without a header only where the
// other has none at the same place.
import { headerKey } from '../read/columns';

function keyed(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, c) => {
    const k = headerKey(h);
    if (k === '') return `#col${c}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${k}#${n}`;
  });
}

/** Column of `from` → column of `to`. */
export function matchColumns(from: readonly string[], to: readonly string[]): Map<number, number> {
  const toIndex = new Map<string, number>();
  keyed(to).forEach((k, c) => toIndex.set(k, c));
  const out = new Map<number, number>();
  keyed(from).forEach((k, c) => {
    const t = toIndex.get(k);
    if (t !== undefined) out.set(c, t);
  });
  return out;
}
