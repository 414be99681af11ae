// How a run's requests are cut. ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, where bytes
// is what Office.js puts on the wire (the serialized request bodies; tests/hosts/excel/officeJs.ts measures
// them through the real client library).
//
// Writes: every write is weighed by the model of weights.ts (its JSON plus the ObjectPath, Instantiate and
// action entries Office.js adds), a model the harness checks is never below the real size. The writes take
// the fewest requests of at most REQUEST_CAP by weight that hold them (pack), balanced, so none passes
// 4 MB and their count is ⌈weight / cap⌉ or one more.
//
// Reads: a chunk's size is known only once it arrives, so read chunks aim below the cap (READ_TARGET) and
// may take a sync more than ⌈read bytes / 4 MB⌉.

/** Most weight one write request carries; the rest of 4,000,000 is the request's own JSON around it. */
export const REQUEST_CAP = 3_950_000;
/** Read chunks aim here (estimated response payload), below 4,000,000: a row's size is known only once it is read. */
export const READ_TARGET = 3_800_000;
/** The first read chunk of a sheet, before any of its rows has been measured. */
export const FIRST_READ_CELLS = 20_000;

/** What the host's last apply sent, as the model weighs it: the tests hold it against what Office.js really sends. */
export class SyncLedger {
  /** The model's weight (weights.ts) of each data request of the last apply, in order. */
  lastRequests: number[] = [];
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
