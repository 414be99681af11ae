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
 * only the merges still open, so a plans sheet of a million one-row merges is checked in one pass.
 */
export function assertNoOverlap(merges: readonly string[]): Rect[] {
  const rects = merges.map(parseRange);
  const order = rects.map((_, i) => i).sort((a, b) => rects[a].r1 - rects[b].r1 || rects[a].c1 - rects[b].c1);
  const open: number[] = [];
  for (const i of order) {
    const m = rects[i];
    // Drop the merges that end above this one, in place.
    let kept = 0;
    for (const j of open) {
      const o = rects[j];
      if (o.r2 < m.r1) continue;
      if (o.c1 <= m.c2 && m.c1 <= o.c2) throw new Error(`Merge ${merges[i]} overlaps merge ${merges[j]}`);
      open[kept++] = j;
    }
    open.length = kept;
    open.push(i);
  }
  return rects;
}
