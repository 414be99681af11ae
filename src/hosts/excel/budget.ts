// How many syncs a run takes. ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, where bytes is
// the payload of every request and response (reads counted too): the JSON of the values and number
// formats set, the addresses of RangeAreas, every setting operation (OP_BYTES plus its argument), and the
// values, texts, formats, types and visible addresses read.
//
// Writes know their sizes before they are sent; reads learn theirs only once they arrive, so read chunks
// aim below the cap and may take a sync or two more than ⌈read bytes / 4 MB⌉. The ledger remembers the
// bytes and data syncs the reads since the last apply took, and apply spreads its writes over exactly
//   ⌈(bytes read + bytes to write) / 4 MB⌉ + SPARE_SYNCS − (data syncs the reads took)
// syncs, so the whole run meets the formula exactly — unless the reads overshot by more than SPARE_SYNCS
// (rosters of roughly 50,000 engineers and more), when writes take the fewest syncs the cap allows instead.

/** The architecture's unit: syncs grow by one per 4,000,000 bytes of payload. */
export const SYNC_UNIT = 4_000_000;
/** Most payload one request or response carries; the rest of 4 MB is room for the request's own JSON. */
export const PAYLOAD_CAP = 3_900_000;
/** Read chunks aim here, below the cap, since a row's size is known only once it is read. */
export const READ_TARGET = 3_500_000;
/** The first read chunk of a sheet, before any of its rows has been measured. */
export const FIRST_READ_CELLS = 20_000;
/**
 * What one setting operation weighs beyond its argument's JSON (a merge, a row height, a page break, a
 * drop-down, a RangeAreas address): a request carries the operation itself, so thousands of small
 * operations must count, or they would fill a request past 4 MB while their data alone stays small.
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

/** Syncs for `writeBytes` of writes whose largest indivisible piece is `largest` bytes. */
export function writeSyncs(writeBytes: number, largest: number, ledger: SyncLedger): number {
  if (largest > PAYLOAD_CAP / 2) throw new Error(`One write of ${largest} bytes is too large for a request`);
  const exact = Math.ceil((ledger.bytes + writeBytes) / SYNC_UNIT) + SPARE_SYNCS - ledger.dataSyncs;
  const fewest = Math.ceil(writeBytes / (PAYLOAD_CAP - largest));
  return Math.max(exact, fewest, 1);
}

/**
 * Puts items of the given sizes, in order, into exactly `bins` consecutive bins: an item goes to the bin
 * its end falls in when the total is cut into `bins` equal parts. Each bin then holds at most
 * total / bins + the largest item.
 */
export function spread(sizes: readonly number[], bins: number): number[] {
  const total = sizes.reduce((s, n) => s + n, 0);
  const out: number[] = [];
  let end = 0;
  for (const size of sizes) {
    end += size;
    out.push(total === 0 ? 0 : Math.min(bins - 1, Math.max(0, Math.ceil((end * bins) / total) - 1)));
  }
  return out;
}
