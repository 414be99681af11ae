// Two-line performance 岗位 + 创新 (DOMAIN.md, Two-line performance): scores on one scale weigh their values
// (0.7 / 0.3 by default), otherwise the bands' indexes rounded half up; one line alone is that line. The
// explanation shows both lines so a person can check it by hand.
import { explainPlacement } from '../../src/domain/explain';
import { placementOf } from '../../src/domain/review';
import { defaultSettings } from '../../src/domain/settings';
import { combineLines } from '../../src/domain/twoLine';
import type { LineRead, PerfBand } from '../../src/domain/types';
import { engineer } from './helpers';

const settings = defaultSettings();
const score = (value: number, band: PerfBand, scale: 5 | 100 = 100): LineRead => ({ band, source: { kind: 'score', value, scale } });
const word = (raw: string, band: PerfBand): LineRead => ({ band, source: { kind: 'rating', raw, mapped: false } });

describe('combining the lines', () => {
  it.each([
    ['scores 88 and 72: 0.7×88 + 0.3×72 = 83.2 → 合格', score(88, 'excellent'), score(72, 'qualified'), 'qualified', 83.2],
    ['scores 90 and 80: 87 → 优秀', score(90, 'excellent'), score(80, 'qualified'), 'excellent', 87],
    ['ratings A and C: 0.7×2 + 0.3×0 = 1.4 → 合格', word('A', 'excellent'), word('C', 'needs'), 'qualified', 1.4],
    ['ratings S and B: 0.7×2 + 0.3×1 = 1.7 → 优秀', word('S', 'excellent'), word('B', 'qualified'), 'excellent', 1.7],
    ['ratings C and A: 0.7×0 + 0.3×2 = 0.6 → 合格 (half up)', word('C', 'needs'), word('A', 'excellent'), 'qualified', 0.6],
    ['a score 4.5 of 5 and a score 60 of 100 combine by bands: 0.7×2 + 0.3×0 = 1.4', score(4.5, 'excellent', 5), score(60, 'needs'), 'qualified', 1.4],
  ])('%s', (_t, post, innovation, band, value) => {
    const got = combineLines(post, innovation, settings);
    expect(got?.band).toBe(band);
    expect(got?.lines.combined?.value).toBe(value);
  });

  it('follows the weight settings, divided by their sum', () => {
    const got = combineLines(score(90, 'excellent'), score(60, 'needs'), { ...settings, postWeight: 1, innovationWeight: 1 });
    expect(got?.lines.weights).toEqual({ post: 0.5, innovation: 0.5 });
    expect(got).toMatchObject({ band: 'qualified', lines: { combined: { kind: 'score', value: 75 } } });
  });

  it('one line alone is that line; none is nothing', () => {
    expect(combineLines(undefined, word('A', 'excellent'), settings)?.band).toBe('excellent');
    expect(combineLines(undefined, undefined, settings)).toBeUndefined();
  });
});

describe('the explanation shows both lines', () => {
  it('「绩效 岗位 88 × 0.7 + 创新 72 × 0.3 = 83.2（百分制）→合格」', () => {
    const got = combineLines(score(88, 'excellent'), score(72, 'qualified'), settings);
    if (!got) throw new Error('no band');
    const e = engineer({ id: 'E1', performance: { band: got.band, source: { kind: 'twoLine', lines: got.lines } } });
    const text = explainPlacement(e, placementOf(e, [], settings));
    expect(text.zh).toContain('绩效 岗位 88 × 0.7 + 创新 72 × 0.3 = 83.2（百分制）→合格');
    expect(text.en).toContain('Performance post 88 × 0.7 + innovation 72 × 0.3 = 83.2 (0–100 scale)→Qualified');
  });

  it('ratings show their bands, and an overall rating used shows the lines beside it', () => {
    const got = combineLines(word('A', 'excellent'), word('C', 'needs'), settings);
    if (!got) throw new Error('no band');
    const fromLines = engineer({ id: 'E1', performance: { band: got.band, source: { kind: 'twoLine', lines: got.lines } } });
    expect(explainPlacement(fromLines, placementOf(fromLines, [], settings)).zh).toContain('绩效 岗位 A(优秀) × 0.7 + 创新 C(待提升) × 0.3 = 1.4→合格');
    const overall = engineer({ id: 'E2', performance: { band: 'excellent', source: { kind: 'rating', raw: 'S', mapped: false }, lines: got.lines } });
    expect(explainPlacement(overall, placementOf(overall, [], settings)).zh).toContain('绩效 S（岗位 A，创新 C）→优秀');
  });
});
