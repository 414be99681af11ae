// How many syncs a run takes. ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, where bytes is
// the payload of every request and response (reads counted too): the JSON of the values and number
// formats set, the addresses of RangeAreas, every setting operation (OP_BYTES plus its argument), and the
// values, texts, formats, types and visible addresses read.
//
// Two measures per write: its bytes (that payload, which the formula counts) and its weight (what it puts
// in a request: the bytes, plus OP_BYTES for each operation the payload leaves out — the range a block of
// values is set on, a style property). Requests are cut by weight, so none passes 4 MB; the formula is
// kept by bytes. The two differ by a few operations a block, so the syncs' count follows the bytes.
//
// Writes know their sizes before they are sent; reads learn theirs only once they arrive, so read chunks
// aim below the cap and may take a sync or two more than ⌈read bytes / 4 MB⌉. The ledger remembers the
// bytes and data syncs the reads since the last apply took, and apply spreads its writes over exactly
//   ⌈(bytes read + bytes to write) / 4 MB⌉ + SPARE_SYNCS − (data syncs the reads took)
// syncs, so the whole run meets the formula exactly. SPARE_SYNCS pays for what requests cannot reach:
// reads aim below 4 MB, writes fill requests to REQUEST_CAP by weight, not to 4 MB by bytes. That loss
// grows with the roster (4 of the 5 at 50,000 engineers); past roughly 60,000 it exceeds SPARE_SYNCS, and
// the writes take the fewest syncs REQUEST_CAP allows instead (the constant then grows by a sync or so
// every 12,000 engineers more).

/** The architecture's unit: syncs grow by one per 4,000,000 bytes of payload. */
export const SYNC_UNIT = 4_000_000;
/** Most weight one write request carries; the rest of 4,000,000 is the request's own JSON around it. */
export const REQUEST_CAP = 3_950_000;
/** Read chunks aim here (estimated response payload), below 4,000,000: a row's size is known only once it is read. */
export const READ_TARGET = 3_800_000;
/** The first read chunk of a sheet, before any of its rows has been measured. */
export const FIRST_READ_CELLS = 20_000;
/**
 * What one setting operation weighs beyond its argument's JSON (a merge, a row height, a page break, a
 * drop-down, a RangeAreas address, a style property, the range a block of values is set on): a request
 * carries the operation itself, so thousands of small operations must count, or they would fill a
 * request past 4 MB while their data alone stays small.
 */
export const OP_BYTES = 100;
/** Data syncs the formula allows beyond ⌈bytes / 4 MB⌉: room for the reads' margin (see above). */
export const SPARE_SYNCS = 5;

export class SyncLedger {
  bytes = 0;
  dataSyncs = 0;

  add(bytes: number, dataSyncs: number): void {
    this.bytes += bytes;
    this.dataSyncs += dataSyncs;
  }

  reset(): void {
    this.bytes = 0;
    this.dataSyncs = 0;
  }
}

/** The data syncs that make the whole run meet the formula exactly, for `writeBytes` of writes (at least 1). */
export function writeSyncs(writeBytes: number, ledger: SyncLedger): number {
  return Math.max(1, Math.ceil((ledger.bytes + writeBytes) / SYNC_UNIT) + SPARE_SYNCS - ledger.dataSyncs);
}

export interface Packing {
  /** Each item's bin, in order: bins are consecutive runs of items. */
  binOf: number[];
  /** Bins to sync (the trailing ones may be empty). */
  bins: number;
}

/**
 * Cuts items of the given weights, in order, into `bins` consecutive bins — or more, when `cap` needs
 * more — with the heaviest bin as light as possible: items stay whole, so a bin holds no more than `cap`
 * and fills up to it, however large or small the items (rows of a few hundred bytes, style pieces of
 * 100 KB). Throws when one item alone is heavier than `cap`.
 */
export function pack(weights: readonly number[], bins: number, cap: number): Packing {
  const n = weights.length;
  const prefix = new Float64Array(n + 1);
  let largest = 0;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + weights[i];
    largest = Math.max(largest, weights[i]);
  }
  if (largest > cap) throw new Error(`One write of ${largest} bytes is too large for a request`);
  // The end of the bin that starts at item i, when bins hold at most `limit`: the last j with prefix[j] − prefix[i] ≤ limit.
  const endOf = (i: number, limit: number): number => {
    let lo = i + 1;
    let hi = n;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (prefix[mid] - prefix[i] <= limit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const count = (limit: number): number => {
    let used = 0;
    for (let i = 0; i < n; i = endOf(i, limit)) used++;
    return used;
  };
  const target = Math.max(1, bins, count(cap));
  // The lightest limit that still fits the items in `target` bins: between the average and the cap.
  let lo = Math.max(largest, Math.ceil(prefix[n] / target));
  let hi = cap;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (count(mid) <= target) hi = mid;
    else lo = mid + 1;
  }
  const binOf = new Array<number>(n);
  for (let i = 0, b = 0; i < n; b++) {
    const j = endOf(i, lo);
    for (let k = i; k < j; k++) binOf[k] = b;
    i = j;
  }
  return { binOf, bins: target };
}
