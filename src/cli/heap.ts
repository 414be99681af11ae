// V8's default lets the heap double between full collections. On a roster of 50,000 engineers (about
// 1 GB of live data while the plans sheet is built) that slack alone takes the process to ~1.7 GB; growing
// by a fifth instead keeps it near 1.3 GB for about a third more time, so only large rosters get it
// (measured in bench/; README). The flag is read at each collection, so setting it mid-run takes effect.
import v8 from 'v8';

export const LARGE_ROSTER_ROWS = 20_000;

export function heapForRows(rows: number): void {
  if (rows >= LARGE_ROSTER_ROWS) v8.setFlagsFromString('--heap-growing-percent=20');
}
