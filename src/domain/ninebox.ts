// Nine-box placement (DOMAIN.md, The nine boxes): box = 3 × potential index + performance index + 1,
// so box 1 is 低/待提升 (bottom left) and box 9 is 高/优秀 (top right).
import { BOX_TABLE, PERF_INDEX, POT_INDEX, type Movement } from './catalogue';
import type { Box, PerfBand, PotBand } from './types';

const PERF_BY_INDEX: readonly PerfBand[] = ['needs', 'qualified', 'excellent'];
const POT_BY_INDEX: readonly PotBand[] = ['low', 'medium', 'high'];

export function boxOf(perf: PerfBand, pot: PotBand): Box {
  return (3 * POT_INDEX[pot] + PERF_INDEX[perf] + 1) as Box;
}

export function bandsOfBox(box: Box): { performance: PerfBand; potential: PotBand } {
  const i = box - 1;
  return { performance: PERF_BY_INDEX[i % 3], potential: POT_BY_INDEX[Math.floor(i / 3)] };
}

/** Performance index + potential index (0–4): what the movement and the manager check compare. */
export function indexSum(box: Box): number {
  const info = BOX_TABLE[box];
  return PERF_INDEX[info.performance] + POT_INDEX[info.potential];
}

/** Against the previous box: the index sum rises (up), falls (down); same box, or same sum elsewhere (lateral). */
export function movement(previous: Box, current: Box): Movement {
  if (previous === current) return 'same';
  const before = indexSum(previous);
  const after = indexSum(current);
  if (after > before) return 'up';
  if (after < before) return 'down';
  return 'lateral';
}

export function isBox(n: number): n is Box {
  return Number.isInteger(n) && n >= 1 && n <= 9;
}
