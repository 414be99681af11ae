// DOMAIN.md, Banding: rating words, value maps, score scales and cut-offs.
import {
  bandDerivedPotential,
  bandPerformanceRating,
  bandPerformanceScore,
  bandPotentialRating,
  bandPotentialScore,
  defaultSettings,
  detectScale,
  type PerfBand,
  type PotBand,
} from '../../src/domain';

const settings = defaultSettings();

describe('performance rating words', () => {
  const table: [string, PerfBand][] = [
    ['S', 'excellent'], ['S级', 'excellent'], ['A', 'excellent'], ['A+', 'excellent'], ['a', 'excellent'],
    ['Ａ', 'excellent'], [' A级 ', 'excellent'], ['优秀', 'excellent'], ['卓越', 'excellent'], ['优', 'excellent'],
    ['B', 'qualified'], ['B−', 'qualified'], ['B-', 'qualified'], ['B+', 'qualified'], ['良好', 'qualified'],
    ['合格', 'qualified'], ['称职', 'qualified'], ['良', 'qualified'], ['中', 'qualified'],
    ['C', 'needs'], ['D', 'needs'], ['E级', 'needs'], ['待提升', 'needs'], ['需改进', 'needs'],
    ['基本称职', 'needs'], ['不称职', 'needs'], ['不合格', 'needs'], ['差', 'needs'],
  ];
  it.each(table)('%s → %s', (word, band) => {
    expect(bandPerformanceRating(word, settings)).toBe(band);
  });

  it('优/良/中/差 cover the three bands', () => {
    expect(['优', '良', '中', '差'].map((w) => bandPerformanceRating(w, settings))).toEqual([
      'excellent', 'qualified', 'qualified', 'needs',
    ]);
  });

  it('the nine-box convention rates performance High / Medium / Moderate / Low and 高 / 中 / 低', () => {
    const words = ['High', 'H', '高', 'Medium', 'Moderate', 'M', '中', 'Low', 'L', '低', ' HIGH '];
    expect(words.map((w) => bandPerformanceRating(w, settings))).toEqual([
      'excellent', 'excellent', 'excellent', 'qualified', 'qualified', 'qualified', 'qualified', 'needs', 'needs', 'needs', 'excellent',
    ]);
  });

  it('an unknown word has no band', () => {
    expect(bandPerformanceRating('Exceeds', settings)).toBeUndefined();
    expect(bandPerformanceRating('F', settings)).toBeUndefined();
  });

  it('a value map in settings wins over the built-in words', () => {
    const mapped = { ...settings, performanceMap: { c: 'qualified' as PerfBand, exceeds: 'excellent' as PerfBand } };
    expect(bandPerformanceRating('C', mapped)).toBe('qualified');
    expect(bandPerformanceRating('Exceeds', mapped)).toBe('excellent');
    expect(bandPerformanceRating('C', settings)).toBe('needs');
  });
});

describe('potential rating words', () => {
  const table: [string, PotBand][] = [
    ['高', 'high'], ['H', 'high'], ['High', 'high'], ['中', 'medium'], ['M', 'medium'], ['medium', 'medium'],
    ['低', 'low'], ['L', 'low'], ['LOW', 'low'], ['Moderate', 'medium'],
  ];
  it.each(table)('%s → %s', (word, band) => {
    expect(bandPotentialRating(word, settings)).toBe(band);
  });
  it('a potential value map wins', () => {
    const mapped = { ...settings, potentialMap: { '4': 'high' as PotBand, 高: 'medium' as PotBand } };
    expect(bandPotentialRating('4', mapped)).toBe('high');
    expect(bandPotentialRating('高', mapped)).toBe('medium');
  });
});

describe('score scale detection', () => {
  it.each([
    [[1, 3.5, 5], 5],
    [[4.2], 5],
    [[5, 5, 5], 5],
    [[5, 60], 100],
    [[88, 70, 92], 100],
    [[5.01], 100],
  ])('%j → %d-point scale', (scores, scale) => {
    expect(detectScale(scores)).toBe(scale);
  });
});

describe('score cut-offs', () => {
  const perf100: [number, PerfBand][] = [
    [100, 'excellent'], [85, 'excellent'], [84.99, 'qualified'], [70, 'qualified'], [69.99, 'needs'], [0, 'needs'],
  ];
  it.each(perf100)('performance %d of 100 → %s', (score, band) => {
    expect(bandPerformanceScore(score, 100, settings)).toBe(band);
  });
  const perf5: [number, PerfBand][] = [[5, 'excellent'], [4, 'excellent'], [3.99, 'qualified'], [3, 'qualified'], [2.99, 'needs']];
  it.each(perf5)('performance %d of 5 → %s', (score, band) => {
    expect(bandPerformanceScore(score, 5, settings)).toBe(band);
  });
  const pot: [number, 5 | 100, PotBand][] = [
    [85, 100, 'high'], [84.99, 100, 'medium'], [70, 100, 'medium'], [69, 100, 'low'],
    [4, 5, 'high'], [4.2, 5, 'high'], [3, 5, 'medium'], [2.5, 5, 'low'],
  ];
  it.each(pot)('potential %d on %d-point scale → %s', (score, scale, band) => {
    expect(bandPotentialScore(score, scale, settings)).toBe(band);
  });

  it('cut-offs come from settings', () => {
    const strict = { ...settings, performanceCutoffs100: { upper: 90, middle: 75 }, potentialCutoffs5: { upper: 4.5, middle: 3.5 } };
    expect(bandPerformanceScore(88, 100, strict)).toBe('qualified');
    expect(bandPerformanceScore(74, 100, strict)).toBe('needs');
    expect(bandPotentialScore(4.2, 5, strict)).toBe('medium');
  });

  it('scores are rounded to 2 decimals before comparing (84.999 counts as 85)', () => {
    expect(bandPerformanceScore(84.999, 100, settings)).toBe('excellent');
  });
});

describe('derived potential: mean of (actual − required)', () => {
  const table: [number, PotBand][] = [[0.6, 'high'], [0.5, 'high'], [0.49, 'medium'], [0, 'medium'], [-0.5, 'medium'], [-0.51, 'low']];
  it.each(table)('%d → %s', (mean, band) => {
    expect(bandDerivedPotential(mean, settings)).toBe(band);
  });
});
