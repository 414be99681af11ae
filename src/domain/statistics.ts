// The tests behind the distribution and manager checks (DOMAIN.md, The nine boxes): the two-sided exact
// binomial test as R's binom.test computes it, Holm's step-down correction, the chi-square goodness-of-fit
// test with Cramér's V, and Welch's t-test. Pure numerics, no dependency: the special functions are the
// classic series and continued fractions (log-gamma by Lanczos, the regularized incomplete gamma and beta).

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: about 15 significant digits). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln C(n, k). */
function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/**
 * Two-sided exact binomial p-value of `k` successes in `n` trials against `p`: the sum of the probabilities
 * of every outcome no likelier than the one observed, with R's relative tolerance of 1 + 1e-7 (binom.test).
 * The probabilities fall away from the mode on both sides, so each side is walked outward from the mode
 * (each term from the last by the ratio C(n, i ± 1) / C(n, i)) until its terms no longer count: O(√n) in
 * practice, O(n) at most.
 */
export function binomialTestTwoSided(k: number, n: number, p: number): number {
  if (n === 0) return 1;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  const observed = binomialPmf(k, n, p) * (1 + 1e-7);
  // Below the smallest double: every outcome no likelier sums to less than n × 1e-308.
  if (observed === 0) return 0;
  const logOdds = Math.log(p) - Math.log1p(-p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const logMode = Math.log(binomialPmf(mode, n, p));
  let sum = Math.exp(logMode) <= observed ? Math.exp(logMode) : 0;
  const negligible = (d: number): boolean => d <= observed && d < 1e-17 * (sum + observed);
  let lp = logMode;
  for (let i = mode + 1; i <= n; i++) {
    lp += Math.log((n - i + 1) / i) + logOdds;
    const d = Math.exp(lp);
    if (negligible(d)) break;
    if (d <= observed) sum += d;
  }
  lp = logMode;
  for (let i = mode - 1; i >= 0; i--) {
    lp -= Math.log((n - i) / (i + 1)) + logOdds;
    const d = Math.exp(lp);
    if (negligible(d)) break;
    if (d <= observed) sum += d;
  }
  return Math.min(1, sum);
}

/** Holm's step-down adjusted p-values, in the order given (as R's p.adjust(p, 'holm')). */
export function holmAdjust(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Regularized lower incomplete gamma P(a, x) (series for x < a + 1, else 1 − continued fraction). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }
  return 1 - gammaQContinued(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaP(a, x) : gammaQContinued(a, x);
}

const TINY = 1e-300;

function gammaQContinued(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized incomplete beta I_x(a, b) (Lentz's continued fraction). */
export function betaIncomplete(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaContinued(1 - x, b, a)) / b;
  return (front * betaContinued(x, a, b)) / a;
}

function betaContinued(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

export interface ChiSquareFit {
  statistic: number;
  df: number;
  p: number;
  /** Some expected count is below 5: the chi-square p-value is only an approximation. */
  approximate: boolean;
  /** √(χ² / (n (k − 1))). */
  cramersV: number;
}

/**
 * Chi-square goodness of fit of `observed` against `shares` (positive, rescaled here to sum to 1); both in
 * the same order. Undefined for fewer than two categories or no observations.
 */
export function chiSquareFit(observed: readonly number[], shares: readonly number[]): ChiSquareFit | undefined {
  const n = observed.reduce((a, b) => a + b, 0);
  const k = observed.length;
  const sumShares = shares.reduce((a, b) => a + b, 0);
  if (k < 2 || n === 0 || sumShares <= 0) return undefined;
  let statistic = 0;
  let approximate = false;
  observed.forEach((o, i) => {
    const e = (n * shares[i]) / sumShares;
    if (e < 5) approximate = true;
    statistic += ((o - e) * (o - e)) / e;
  });
  const df = k - 1;
  return { statistic, df, p: gammaQ(df / 2, statistic / 2), approximate, cramersV: Math.sqrt(statistic / (n * df)) };
}

export interface WelchT {
  t: number;
  df: number;
  p: number;
}

/** Count, sum and sum of squares of a sample: what Welch's test needs, and they add up across groups. */
export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

export function momentsOf(xs: readonly number[]): Moments {
  return { n: xs.length, sum: xs.reduce((a, b) => a + b, 0), sumSquares: xs.reduce((a, b) => a + b * b, 0) };
}

function meanVar(m: Moments): { mean: number; variance: number } {
  const mean = m.sum / m.n;
  return { mean, variance: Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1)) };
}

/** Welch's two-sample t-test, two-sided. Undefined when a side has fewer than 2 values or neither varies. */
export function welchT(a: Moments, b: Moments): WelchT | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const x = meanVar(a);
  const y = meanVar(b);
  const va = x.variance / a.n;
  const vb = y.variance / b.n;
  const se2 = va + vb;
  if (se2 <= 1e-12) return undefined;
  const t = (x.mean - y.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: betaIncomplete(df / (df + t * t), df / 2, 0.5) };
}
