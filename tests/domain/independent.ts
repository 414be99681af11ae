// Statistics computed another way than src/domain/statistics.ts, for the tests to check it against: exact
// rational arithmetic with BigInt for the binomial test, the closed form of the chi-square tail for an even
// number of degrees of freedom, and Simpson's rule over Student's t density for Welch's test.

function choose(n: number, k: number): bigint {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
}

/**
 * Two-sided exact binomial p of k in n against num/den, in exact fractions: P(i) = C(n, i) num^i (den − num)^(n−i)
 * / den^n; the outcomes no likelier than k are chosen by comparing the exact numerators (no tolerance needed).
 */
export function exactBinomialP(k: number, n: number, num: number, den: number): number {
  const a = BigInt(num);
  const b = BigInt(den - num);
  const weight = (i: number): bigint => choose(n, i) * a ** BigInt(i) * b ** BigInt(n - i);
  const observed = weight(k);
  let sum = 0n;
  for (let i = 0; i <= n; i++) {
    const w = weight(i);
    if (w <= observed) sum += w;
  }
  const total = BigInt(den) ** BigInt(n);
  // Scale to keep 15 significant digits through the conversion to a double.
  const scale = 10n ** 18n;
  return Number((sum * scale) / total) / 1e18;
}

/** Holm's adjustment, written as the definition reads: p_(i) × (m − i + 1), made monotone, capped at 1. */
export function holm(ps: number[]): number[] {
  const idx = ps.map((_, i) => i).sort((x, y) => ps[x] - ps[y]);
  const out = new Array<number>(ps.length);
  let prev = 0;
  for (let rank = 0; rank < idx.length; rank++) {
    prev = Math.max(prev, Math.min(1, (ps.length - rank) * ps[idx[rank]]));
    out[idx[rank]] = prev;
  }
  return out;
}

/** Upper tail of chi-square with an even df: e^(−x/2) Σ_{i < df/2} (x/2)^i / i!. */
export function chiSquareTailEvenDf(x: number, df: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < df / 2; i++) {
    term *= x / 2 / i;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

function lnGammaStirling(x: number): number {
  // Shift up to x ≥ 10 and use Stirling's series there.
  let shift = 0;
  while (x < 10) {
    shift -= Math.log(x);
    x += 1;
  }
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}

/** Two-sided p of Student's t with df degrees of freedom, by Simpson's rule over the density from 0 to |t|. */
export function studentTwoSidedP(t: number, df: number): number {
  const c = Math.exp(lnGammaStirling((df + 1) / 2) - lnGammaStirling(df / 2)) / Math.sqrt(df * Math.PI);
  const f = (x: number): number => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const steps = 20000;
  const h = Math.abs(t) / steps;
  let s = f(0) + f(Math.abs(t));
  for (let i = 1; i < steps; i++) s += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return 1 - 2 * ((s * h) / 3);
}

export function welchByHand(a: number[], b: number[]): { t: number; df: number } {
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = (xs: number[]): number => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  return {
    t: (mean(a) - mean(b)) / Math.sqrt(va + vb),
    df: (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1)),
  };
}
