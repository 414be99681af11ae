// A1 ranges of a SheetPlan as 1-based rectangles, and the one check every host makes on merges.

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Reads `B3` or `$B$3` from `at` to `end`; undefined when it is not an A1 reference. */
function parseRef(s: string, at: number, end: number): { r: number; c: number } | undefined {
  let i = at;
  let c = 0;
  let r = 0;
  if (s.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < end; i++) {
    const ch = s.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === colStart) return undefined;
  if (s.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    r = r * 10 + d;
  }
  return i === rowStart ? undefined : { r, c };
}

/** `B3` or `A1:P20` → 1-based corners. Hand-parsed: a plans sheet of 50,000 engineers has two million ranges. */
export function parseRange(range: string): Rect {
  const text = range.trim();
  const colon = text.indexOf(':');
  const from = parseRef(text, 0, colon < 0 ? text.length : colon);
  const to = colon < 0 ? from : parseRef(text, colon + 1, text.length);
  if (!from || !to) throw new Error(`Not an A1 reference: ${range}`);
  return {
    r1: Math.min(from.r, to.r),
    c1: Math.min(from.c, to.c),
    r2: Math.max(from.r, to.r),
    c2: Math.max(from.c, to.c),
  };
}

/**
 * Throws when two merges overlap (a bug in a plan: Excel refuses such a file). A sweep down the rows keeps
 * only the merges still open, so a plans sheet of a million one-row merges is checked in one pass; corners
 * are kept in one typed array, not an object per merge.
 */
export function assertNoOverlap(merges: readonly string[]): void {
  const n = merges.length;
  const box = new Int32Array(n * 4);
  let maxRow = 0;
  merges.forEach((m, i) => {
    const r = parseRange(m);
    box[i * 4] = r.r1;
    box[i * 4 + 1] = r.c1;
    box[i * 4 + 2] = r.r2;
    box[i * 4 + 3] = r.c2;
    if (r.r1 > maxRow) maxRow = r.r1;
  });
  // Top to bottom by a counting sort on the first row (merges starting on one row are each checked against
  // the others there whatever their order).
  const starts = new Uint32Array(maxRow + 2);
  for (let i = 0; i < n; i++) starts[box[i * 4] + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[starts[box[i * 4]]++] = i;
  const open: number[] = [];
  for (const i of order) {
    const r1 = box[i * 4];
    const c1 = box[i * 4 + 1];
    const c2 = box[i * 4 + 3];
    // Drop the merges that end above this one, in place.
    let kept = 0;
    for (const j of open) {
      if (box[j * 4 + 2] < r1) continue;
      if (box[j * 4 + 1] <= c2 && c1 <= box[j * 4 + 3]) throw new Error(`Merge ${merges[i]} overlaps merge ${merges[j]}`);
      open[kept++] = j;
    }
    open.length = kept;
    open.push(i);
  }
}
