// The numerics behind the distribution and manager checks, against values computed another way
// (tests/domain/independent.ts): exact fractions, a closed form, numerical integration.
import { betaIncomplete, binomialTestTwoSided, chiSquareFit, gammaQ, holmAdjust, welchT, momentsOf } from '../../src/domain/statistics';
import { chiSquareTailEvenDf, exactBinomialP, holm, studentTwoSidedP, welchByHand } from './independent';

describe('exact binomial test, two-sided as R computes it', () => {
  it.each([
    [2, 13, 5],
    [14, 40, 5],
    [0, 40, 30],
    [7, 20, 10],
    [30, 80, 30],
    [3, 200, 10],
  ])('%d of %d against %d%%', (k, n, pct) => {
    const exact = exactBinomialP(k, n, pct, 100);
    const p = binomialTestTwoSided(k, n, pct / 100);
    if (exact < 1e-300) expect(p).toBeLessThan(1e-290);
    else expect(p / exact).toBeCloseTo(1, 8);
  });

  it('a count at the expected value has p = 1; a group of 0 has nothing to test', () => {
    expect(binomialTestTwoSided(5, 50, 0.1)).toBeCloseTo(1, 12);
    expect(binomialTestTwoSided(0, 0, 0.1)).toBe(1);
  });

  it('stays exact in the middle and tiny in the tails at 50,000', () => {
    expect(binomialTestTwoSided(2500, 50000, 0.05)).toBeGreaterThan(0.9);
    expect(binomialTestTwoSided(5000, 50000, 0.05)).toBe(0);
  });
});

it('Holm adjusts as the definition reads', () => {
  const ps = [0.01, 0.04, 0.03, 0.005, 0.2];
  expect(holmAdjust(ps)).toEqual(holm(ps));
  expect(holmAdjust([0.5, 0.5])).toEqual([1, 1]);
});

it('chi-square tail matches the closed form for even degrees of freedom', () => {
  for (const [x, df] of [[3.2, 2], [15.5, 8], [40, 8], [0.5, 4], [120, 8]]) {
    expect(gammaQ(df / 2, x / 2) / chiSquareTailEvenDf(x, df)).toBeCloseTo(1, 9);
  }
  const fit = chiSquareFit([10, 10], [1, 3])!;
  // Expected 5 and 15: (25/5 + 25/15) = 6.667 on 1 df.
  expect(fit.statistic).toBeCloseTo(20 / 3, 12);
  expect(fit.cramersV).toBeCloseTo(Math.sqrt(20 / 3 / 20), 12);
});

it("Welch's t-test: t and df by the formulas, p by integrating Student's density", () => {
  const a = [4, 4, 3, 4, 3, 4];
  const b = [1, 2, 3, 2, 1, 2, 3, 2, 2, 1];
  const hand = welchByHand(a, b);
  const w = welchT(momentsOf(a), momentsOf(b))!;
  expect(w.t).toBeCloseTo(hand.t, 10);
  expect(w.df).toBeCloseTo(hand.df, 10);
  expect(w.p).toBeCloseTo(studentTwoSidedP(hand.t, hand.df), 7);
  expect(welchT(momentsOf([1]), momentsOf(b))).toBeUndefined();
  expect(welchT(momentsOf([2, 2]), momentsOf([3, 3, 3]))).toBeUndefined();
});

it('the incomplete beta is symmetric: I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
  for (const [x, a, b] of [[0.3, 2, 5], [0.9, 0.5, 7], [0.5, 10, 10]]) {
    expect(betaIncomplete(x, a, b)).toBeCloseTo(1 - betaIncomplete(1 - x, b, a), 12);
  }
});
