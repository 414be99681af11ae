// Text normalisation shared by every matcher: full-width → half-width (NFKC), trimmed, inner spaces
// removed, case ignored. `工 号 `, `ＩＤ` and `id` all match.

export function normalizeText(s: string): string {
  return s.normalize('NFKC').trim();
}

export function normalizeKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Rounds to 2 decimals, half away from zero like Excel's ROUND, as DOMAIN.md asks before any comparison. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round((Math.abs(n) + Number.EPSILON) * 100)) / 100 + 0;
}
