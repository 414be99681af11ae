/// <reference types="office-js" />
// One plan's writes, prepared: its values as a rectangle, and the number formats its cells need before their
// values (text `@` where Excel would not keep the text as typed). The other writes of a plan (styles,
// structure) are Items too: apply.ts packs all items into requests by what they weigh (weights.ts).
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { parseA1, type Rect } from './a1';
import { jsonBytes } from './bytes';
import { needsTextFormat } from './text';
import { PATH_BYTES } from './weights';

/**
 * Rows needing no number format between two that need one are bridged with null formats (which leave a
 * cell as it is) unless they weigh more than a new range would.
 */
const BRIDGE_BYTES = PATH_BYTES;

/** Number formats of columns c1..c2, row by row: null where the plan gives none (the fresh sheet's General stays). */
export interface FormatStrip {
  c1: number;
  c2: number;
  rows: Map<number, (string | null)[]>;
  /** What it costs: its rows' JSON plus a range for each run of rows. */
  cost: number;
}

export interface PlanWrite {
  plan: SheetPlan;
  width: number;
  rows: PlanValue[][];
  /** The formats the values need: one strip over all formatted columns, or one a column, whichever costs less. */
  strips: FormatStrip[];
  /** Number-format ranges, or parts of them, outside the values: set on their own. */
  outside: { format: string; rect: Rect }[];
  /** The sheet it is written to (a temporary name until the run swaps it in). */
  sheet?: Excel.Worksheet;
}

/** One write of a plan: a row of its values, or an operation; weight: what it puts in a request (weights.ts). */
export type Item =
  | { kind: 'row'; write: PlanWrite; row: number; weight: number }
  | { kind: 'op'; write: PlanWrite; weight: number; run: (ws: Excel.Worksheet) => void };

/** The formats of columns c1..c2, with short gaps bridged by nulls. */
function formatStrip(cellFormats: Map<number, Map<number, string>>, c1: number, c2: number): FormatStrip {
  const rows = new Map<number, (string | null)[]>();
  const blank: null[] = Array.from({ length: c2 - c1 + 1 }, () => null);
  const blankBytes = jsonBytes(blank);
  let cost = 0;
  let last: number | undefined;
  for (const r of [...cellFormats.keys()].sort((a, b) => a - b)) {
    const row = cellFormats.get(r);
    const formats: (string | null)[] = [];
    for (let c = c1; c <= c2; c++) formats.push(row?.get(c) ?? null);
    if (formats.every((f) => f === null)) continue;
    if (last !== undefined && (r - last - 1) * blankBytes <= BRIDGE_BYTES) {
      for (let g = last + 1; g < r; g++) rows.set(g, blank);
      cost += (r - last - 1) * blankBytes;
    } else cost += PATH_BYTES;
    rows.set(r, formats);
    cost += jsonBytes(formats);
    last = r;
  }
  return { c1, c2, rows, cost };
}

/**
 * Number formats go in with the values, a block of rows at a time and before them, so `@` is in place
 * when a text arrives and a plan's formats cost no operation per range.
 */
export function preparePlan(plan: SheetPlan): PlanWrite {
  const width = plan.values.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = plan.values.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
  const cellFormats = new Map<number, Map<number, string>>();
  const outside: { format: string; rect: Rect }[] = [];
  const put = (r: number, c: number, f: string): void => {
    const row = cellFormats.get(r) ?? new Map<number, string>();
    cellFormats.set(r, row);
    row.set(c, f);
  };
  for (const g of plan.numberFormats) {
    for (const range of g.ranges) {
      const rect = parseA1(range);
      const inside = { r1: rect.r1, c1: rect.c1, r2: Math.min(rect.r2, rows.length - 1), c2: Math.min(rect.c2, width - 1) };
      for (let r = inside.r1; r <= inside.r2; r++) for (let c = inside.c1; c <= inside.c2; c++) put(r, c, g.format);
      if (rect.r2 > inside.r2) outside.push({ format: g.format, rect: { ...rect, r1: Math.max(rect.r1, inside.r2 + 1) } });
      if (rect.c2 > inside.c2 && inside.r1 <= inside.r2) outside.push({ format: g.format, rect: { r1: inside.r1, c1: Math.max(rect.c1, inside.c2 + 1), r2: inside.r2, c2: rect.c2 } });
    }
  }
  rows.forEach((row, r) => row.forEach((v, c) => needsTextFormat(v) && put(r, c, '@')));
  // Formatted cells sparse across the columns (a date here, an ID there) cost less a column at a time.
  const columns = new Set<number>();
  for (const row of cellFormats.values()) for (const c of row.keys()) columns.add(c);
  const sorted = [...columns].sort((a, b) => a - b);
  const byRows = sorted.length === 0 ? [] : [formatStrip(cellFormats, sorted[0], sorted[sorted.length - 1])];
  const byColumns = sorted.map((c) => formatStrip(cellFormats, c, c));
  const cost = (strips: FormatStrip[]): number => strips.reduce((n, st) => n + st.cost, 0);
  return { plan, width, rows, strips: cost(byColumns) < cost(byRows) ? byColumns : byRows, outside };
}
