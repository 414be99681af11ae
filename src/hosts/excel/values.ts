/// <reference types="office-js" />
// Values and number formats: a block of consecutive rows of one plan goes in as one range of values, after
// one range a format strip for the rows that need a format. Rows are items of their own, so a block may be
// cut by a request boundary and go on in the next request.
import { rectA1, type Rect } from './a1';
import { gridBytes, jsonBytes } from './bytes';
import type { Item, PlanWrite } from './planWrite';
import { actionBytes, BULK_CELLS, BULK_CHUNK_BYTES, gridSetBytes, pathBytes } from './weights';

/** What starting a block of `cells` columns costs: the range, the setting, a bulk chunk begun. */
function blockStart(cols: number): number {
  return pathBytes(24) + actionBytes(2) + (cols > 0 ? BULK_CHUNK_BYTES : 0);
}

/** What a request keeps free for blocks a request boundary cuts: their range and setting again. */
export function blockReserve(writes: readonly PlanWrite[]): number {
  const strips = writes.reduce((m, w) => Math.max(m, w.strips.length), 0);
  return (1 + strips) * blockStart(1);
}

/** The value rows of a plan, each with the formats its cells need. */
export function rowItems(write: PlanWrite): Item[] {
  const items: Item[] = [];
  const perCell = BULK_CHUNK_BYTES / BULK_CELLS;
  write.rows.forEach((row, r) => {
    let weight = jsonBytes(row) + 1 + write.width * perCell + (r === 0 ? blockStart(write.width) : 0);
    for (const strip of write.strips) {
      const formats = strip.rows.get(r);
      if (!formats) continue;
      weight += jsonBytes(formats) + 1 + formats.length * perCell + (strip.rows.has(r - 1) ? 0 : blockStart(formats.length));
    }
    items.push({ kind: 'row', write, row: r, weight: Math.ceil(weight) });
  });
  return items;
}

/** A number format over a range outside the values, as row slices of at most `sliceBytes`. */
export function formatItems(write: PlanWrite, format: string, rect: Rect, sliceBytes = 500_000): Item[] {
  const cols = rect.c2 - rect.c1 + 1;
  const rowBytes = jsonBytes(Array.from({ length: cols }, () => format));
  const perSlice = Math.max(1, Math.floor(sliceBytes / rowBytes));
  const items: Item[] = [];
  for (let r1 = rect.r1; r1 <= rect.r2; r1 += perSlice) {
    const r2 = Math.min(rect.r2, r1 + perSlice - 1);
    const formats = Array.from({ length: r2 - r1 + 1 }, () => Array.from({ length: cols }, () => format));
    const address = rectA1({ r1, c1: rect.c1, r2, c2: rect.c2 });
    const weight = pathBytes(jsonBytes(address)) + gridSetBytes(gridBytes(formats), formats.length, formats.length * cols);
    items.push({ kind: 'op', write, weight, run: (ws) => (ws.getRange(address).untrack().numberFormat = formats) });
  }
  return items;
}

/** Queues a block of consecutive rows of one plan: the formats its cells need, then its values. */
function queueRows(write: PlanWrite, from: number, to: number): void {
  const ws = write.sheet;
  if (!ws || write.width === 0) return;
  for (const strip of write.strips) {
    // Formatted rows of the block, in runs of consecutive rows.
    let r = from;
    while (r <= to) {
      if (!strip.rows.has(r)) {
        r++;
        continue;
      }
      const formats: (string | null)[][] = [];
      const r1 = r;
      while (r <= to && strip.rows.has(r)) formats.push(strip.rows.get(r++) ?? []);
      ws.getRange(rectA1({ r1, c1: strip.c1, r2: r - 1, c2: strip.c2 })).untrack().numberFormat = formats;
    }
  }
  ws.getRange(rectA1({ r1: from, c1: 0, r2: to, c2: write.width - 1 })).untrack().values = write.rows.slice(from, to + 1);
}

/**
 * Queues one request's items in order: consecutive rows of a plan as one block. Every range is untracked:
 * inside Excel.run Office.js otherwise keeps a reference to each (a _KeepReference action now, a
 * _RemoveReference when the run ends — one last request that grew past 5 MB in a large review).
 */
export function queueItems(items: readonly Item[]): void {
  let block: { write: PlanWrite; from: number; to: number } | undefined;
  const flush = (): void => {
    if (block) queueRows(block.write, block.from, block.to);
    block = undefined;
  };
  for (const item of items) {
    if (item.kind === 'row') {
      if (block && block.write === item.write && block.to === item.row - 1) block.to = item.row;
      else {
        flush();
        block = { write: item.write, from: item.row, to: item.row };
      }
    } else {
      flush();
      if (item.write.sheet) item.run(item.write.sheet);
    }
  }
  flush();
}
