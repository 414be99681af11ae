// Matching an engineer's ID across workbooks (an earlier review, the calibration log): as the roster's repeat
// check compares IDs (idKey), and by the digits of an ID that lost its leading zeros when Excel made it a
// number.
import { idKey } from './calibration';
import type { Box } from './types';

/** Digits without their leading zeros: `00123` and `123` (an ID Excel turned into a number) meet here. */
export function digitsOf(id: string): string | undefined {
  const k = idKey(id);
  return /^\d+$/u.test(k) ? k.replace(/^0+(?=\d)/u, '') : undefined;
}

/**
 * Each reviewed engineer's previous box: by ID as written, else as the roster's repeat check compares IDs
 * (case, spaces, full width), else by the digits of an ID that lost its leading zeros in one of the two
 * workbooks — the last only where exactly one ID on each side has those digits.
 */
export function matchPrevious(reviews: readonly { engineer: { id: string } }[], boxes: ReadonlyMap<string, Box>): Map<string, Box> {
  const byKey = new Map<string, Box>();
  const byDigits = new Map<string, Box | null>();
  for (const [id, box] of boxes) {
    if (!byKey.has(idKey(id))) byKey.set(idKey(id), box);
    const d = digitsOf(id);
    if (d !== undefined) byDigits.set(d, byDigits.has(d) ? null : box);
  }
  const ours = new Map<string, number>();
  for (const r of reviews) {
    const d = digitsOf(r.engineer.id);
    if (d !== undefined) ours.set(d, (ours.get(d) ?? 0) + 1);
  }
  const out = new Map<string, Box>();
  for (const { engineer: { id } } of reviews) {
    const d = digitsOf(id);
    const box = boxes.get(id) ?? byKey.get(idKey(id)) ?? (d !== undefined && ours.get(d) === 1 ? byDigits.get(d) ?? undefined : undefined);
    if (box !== undefined) out.set(id, box);
  }
  return out;
}
