// DOMAIN.md, The nine boxes: the distribution check (groups of at least 10; a box is flagged where it is more
// than 10 points off the guidance AND its exact binomial test, Holm-adjusted over the boxes, gives p < 0.05;
// the group's chi-square, p and Cramér's V) and the manager check (at least 5 engineers, mean of the two
// indexes more than 0.75 off everyone else's, Welch's t-test p < 0.05). p-values are checked against values
// computed another way in tests/domain/independent.ts.
import { BOXES, checkDistribution, defaultSettings, indexSum, type Box, type Placed } from '../../src/domain';
import { chiSquareTailEvenDf, exactBinomialP, holm, studentTwoSidedP, welchByHand } from './independent';
const settings = defaultSettings();

/** Engineers of one department and manager, so many per box. */
function group(perBox: Partial<Record<Box, number>>, department = '研发部', manager?: string): Placed[] {
  const out: Placed[] = [];
  for (const [box, n] of Object.entries(perBox)) {
    for (let i = 0; i < (n ?? 0); i++) out.push({ box: Number(box) as Box, department, manager });
  }
  return out;
}

// 10 engineers close to the guidance: box 5 has 40 % against 30 % (exactly 10 points off).
const nearGuidance: Partial<Record<Box, number>> = { 8: 1, 7: 1, 6: 1, 5: 4, 4: 1, 3: 1, 2: 1 };

/** Holm-adjusted exact p per box of a group, computed independently (guidance in whole percent). */
function expectedAdjusted(perBox: Partial<Record<Box, number>>): Map<Box, number> {
  const n = Object.values(perBox).reduce((a, b) => a + (b ?? 0), 0);
  const raw = BOXES.map((b) => exactBinomialP(perBox[b] ?? 0, n, settings.guidance[b], 100));
  const adjusted = holm(raw);
  return new Map(BOXES.map((b, i) => [b, adjusted[i]] as const));
}

describe('distribution against the guidance', () => {
  it('a 13-person department with 2 in box 9 (15%, 10.4 points over 5%) is not flagged: one or two people are not significant', () => {
    // P(X = 2 | 13, 0.05) = 78 × 0.05² × 0.95¹¹ = 0.111; the outcomes no likelier are 2..13: p = 1 − P(0) − P(1) = 0.136.
    const perBox = { 9: 2, 8: 1, 7: 1, 6: 1, 5: 4, 4: 1, 3: 1, 2: 1, 1: 1 };
    const { distribution } = checkDistribution(group(perBox), settings);
    const dept = distribution.find((g) => g.groupKind === 'department');
    expect(dept).toMatchObject({ total: 13, checked: true, flags: [] });
    const byHand = 1 - 0.95 ** 13 - 13 * 0.05 * 0.95 ** 12;
    expect(exactBinomialP(2, 13, 5, 100)).toBeCloseTo(byHand, 12);
    expect(byHand).toBeGreaterThan(0.05);
  });

  it('a 40-person department with 14 in box 9 (35% against 5%) is flagged, with the Holm-adjusted exact p', () => {
    const perBox = { 9: 14, 8: 4, 7: 1, 6: 4, 5: 12, 4: 1, 3: 2, 2: 2 };
    const { distribution } = checkDistribution(group(perBox), settings);
    const dept = distribution.find((g) => g.groupKind === 'department')!;
    expect(dept.flags.map((f) => [f.box, f.count, f.actual, f.guidance])).toEqual([[9, 14, 35, 5]]);
    const expected = expectedAdjusted(perBox).get(9)!;
    expect(expected).toBeLessThan(1e-6);
    expect(dept.flags[0].pAdjusted / expected).toBeCloseTo(1, 6);
  });

  it('p-values of every box match the exact rational computation, after Holm', () => {
    const perBox = { 9: 5, 8: 1, 6: 2, 5: 3, 2: 2, 1: 1 };
    // With no tolerance and a level no p reaches, every box is listed with its p.
    const { distribution } = checkDistribution(group(perBox), { ...settings, distributionTolerance: 0, distributionSignificance: 2 });
    const dept = distribution.find((g) => g.groupKind === 'department')!;
    const expected = expectedAdjusted(perBox);
    expect(dept.flags.map((f) => f.box)).toEqual([...BOXES]);
    for (const f of dept.flags) expect(f.pAdjusted).toBeCloseTo(expected.get(f.box)!, 10);
  });

  it('exactly 10 points off is not flagged, however significant', () => {
    const { distribution } = checkDistribution(group({ 8: 10, 7: 10, 6: 10, 5: 40, 4: 10, 3: 10, 2: 10 }), settings);
    expect(distribution.find((g) => g.groupKind === 'department')?.flags).toEqual([]);
  });

  it('an empty box far below its guidance is flagged too, when significant', () => {
    const { distribution } = checkDistribution(group({ 9: 30, 5: 30 }), settings);
    expect(distribution[0].flags.map((f) => [f.box, f.actual, f.guidance])).toEqual([[5, 50, 30], [9, 50, 5]]);
    // 0 of 60 in box 5 would be; 0 of 60 in a 10 % box is not more than 10 points off.
  });

  it('a box with guidance 0 holding anyone is always significant; the others are rescaled to sum to 1', () => {
    const s = { ...settings, guidance: { ...settings.guidance, 1: 0, 5: 35 } };
    const { distribution } = checkDistribution(group({ 1: 2, 5: 4, 6: 2, 8: 2 }), { ...s, distributionTolerance: 15 });
    expect(distribution[0].flags.map((f) => [f.box, f.pAdjusted])).toEqual([[1, 0]]);
  });

  it('the group gives its chi-square, p and Cramér\'s V over the boxes with guidance, approximate when an expected count is under 5', () => {
    const perBox = { 9: 14, 8: 4, 7: 1, 6: 4, 5: 12, 4: 1, 3: 2, 2: 2 };
    const fit = checkDistribution(group(perBox), settings).distribution[0].fit!;
    const chi = BOXES.reduce((s, b) => {
      const e = (40 * settings.guidance[b]) / 100;
      return s + (((perBox as Partial<Record<Box, number>>)[b] ?? 0) - e) ** 2 / e;
    }, 0);
    expect(fit.chiSquare).toBeCloseTo(chi, 10);
    expect(fit.df).toBe(8);
    expect(fit.p / chiSquareTailEvenDf(chi, 8)).toBeCloseTo(1, 8);
    expect(fit.cramersV).toBeCloseTo(Math.sqrt(chi / (40 * 8)), 12);
    expect(fit.approximate).toBe(true); // 40 × 5 % = 2 expected in box 9
    const big = checkDistribution(group({ 9: 25, 8: 50, 7: 50, 6: 50, 5: 150, 4: 50, 3: 50, 2: 50, 1: 25 }), settings).distribution[0].fit!;
    expect(big).toMatchObject({ approximate: false, chiSquare: 0, p: 1, cramersV: 0 });
  });

  it('a group under 10 engineers is not checked', () => {
    const { distribution } = checkDistribution(group({ 1: 9 }), settings);
    expect(distribution.map((g) => [g.groupKind, g.total, g.checked, g.flags.length])).toEqual([
      ['all', 9, false, 0],
      ['department', 9, false, 0],
    ]);
  });

  it('tolerance, significance and minimum group come from settings', () => {
    const perBox = { 9: 5, 5: 5 };
    const strict = { ...settings, minimumGroup: 5 };
    expect(checkDistribution(group(perBox), strict).distribution[0].flags.map((f) => f.box)).toEqual([9]);
    expect(checkDistribution(group(perBox), { ...strict, distributionSignificance: 0.0001 }).distribution[0].flags).toEqual([]);
    expect(checkDistribution(group(perBox), { ...strict, distributionTolerance: 50 }).distribution[0].flags).toEqual([]);
    expect(checkDistribution(group(perBox), settings).distribution[0].checked).toBe(true);
    expect(checkDistribution(group({ 9: 3 }), settings).distribution[0].checked).toBe(false);
  });

  it('groups: all, each department, each manager, in order of first appearance; counts add up', () => {
    const placed: Placed[] = [
      { box: 5, department: '研发部', manager: '王工' },
      { box: 9, department: '设备部' },
      { box: 5, department: ' 研发部 ', manager: '王工' },
      { box: 1, manager: '李工' },
      { box: 2, department: '研发部', manager: '赵工' },
    ];
    const { distribution, counts, total } = checkDistribution(placed, settings);
    expect(distribution.map((g) => [g.groupKind, g.group, g.total])).toEqual([
      ['all', 'all', 5],
      ['department', '研发部', 3],
      ['department', '设备部', 1],
      ['manager', '王工', 2],
      ['manager', '李工', 1],
      ['manager', '赵工', 1],
    ]);
    expect(total).toBe(5);
    expect(counts).toEqual({ 1: 1, 2: 1, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0, 8: 0, 9: 1 });
  });

  it('a manager whose engineers are exactly one department\'s is reported once, under the department', () => {
    const placed = [...group({ 9: 14, 5: 26 }, '研发部', '王工'), ...group({ 5: 20 }, '设备部', '李工'), ...group({ 5: 5 }, '设备部', '赵工')];
    const { distribution } = checkDistribution(placed, settings);
    expect(distribution.map((g) => [g.groupKind, g.group, g.managers ?? []])).toEqual([
      ['all', 'all', []],
      ['department', '研发部', ['王工']],
      ['department', '设备部', []],
      ['manager', '李工', []],
      ['manager', '赵工', []],
    ]);
    expect(distribution.filter((g) => g.flags.some((f) => f.box === 9)).map((g) => g.group)).toEqual(['all', '研发部']);
  });
});

describe('manager bias', () => {
  // 15 engineers of 李工 spread over boxes 2, 5 and 6 (index sums 1, 2, 3), and 王工's engineers.
  const others = [...group({ 2: 5, 5: 5, 6: 5 }, '生产部', '李工')];
  const sums = (ps: Placed[]): number[] => ps.map((p) => indexSum(p.box));

  it('more than 0.75 off everyone else and significant by Welch\'s t-test is flagged, with t and p', () => {
    const wang = group({ 9: 4, 8: 2 }, '研发部', '王工');
    const { managerBias } = checkDistribution([...wang, ...others], settings);
    const byHand = welchByHand(sums(wang), sums(others));
    // 李工 is compared with everyone but 李工 (王工's six) and is flagged the other way.
    expect(managerBias.map((m) => [m.manager, m.count, m.mean, m.othersMean])).toEqual([['王工', 6, 3.67, 2], ['李工', 15, 2, 3.67]]);
    expect(managerBias[0].t).toBeCloseTo(byHand.t, 10);
    expect(managerBias[0].df).toBeCloseTo(byHand.df, 10);
    expect(managerBias[0].p).toBeCloseTo(studentTwoSidedP(byHand.t, byHand.df), 6);
    expect(managerBias[0].p).toBeLessThan(0.05);
  });

  it('exactly 0.75 off is not flagged', () => {
    // 王工's four: index sums 3, 3, 3, 2 → 2.75 against 李工's 2 (and 李工's 2 against 2.75).
    const wang = group({ 6: 3, 5: 1 }, '研发部', '王工');
    expect(checkDistribution([...wang, ...others], { ...settings, managerMinimum: 4 }).managerBias).toEqual([]);
    const nearer = { ...settings, managerMinimum: 4, managerBiasTolerance: 0.7, distributionSignificance: 2 };
    expect(checkDistribution([...wang, ...others], nearer).managerBias.map((m) => m.manager)).toEqual(['王工', '李工']);
  });

  it('a large but not significant difference is not flagged (5 engineers, widely spread)', () => {
    const wang = group({ 9: 2, 8: 1, 1: 1, 7: 1 }, '研发部', '王工'); // sums 4, 4, 3, 0, 2: mean 2.6 against 2
    const { managerBias } = checkDistribution([...wang, ...others], { ...settings, managerBiasTolerance: 0.5 });
    const byHand = welchByHand(sums(wang), sums(others));
    expect(studentTwoSidedP(byHand.t, byHand.df)).toBeGreaterThan(0.05);
    expect(managerBias).toEqual([]);
  });

  it('a manager with fewer than 5 engineers is not checked', () => {
    const { managerBias } = checkDistribution([...group({ 9: 4 }, '研发部', '王工'), ...others], settings);
    expect(managerBias.map((m) => m.manager)).not.toContain('王工');
  });

  it('is skipped with no flag when neither side varies (Welch\'s t is undefined)', () => {
    const { managerBias } = checkDistribution([...group({ 9: 5 }, 'A', '王工'), ...group({ 1: 5 }, 'B', '李工')], settings);
    expect(managerBias).toEqual([]);
  });

  it('both ends are flagged', () => {
    const placed = [...group({ 9: 6 }, 'A', '王工'), ...group({ 1: 6 }, 'B', '李工'), ...others];
    const { managerBias } = checkDistribution(placed, settings);
    expect(managerBias.map((m) => [m.manager, m.mean > m.othersMean])).toEqual([
      ['王工', true],
      ['李工', false],
    ]);
  });
});
