// DOMAIN.md, Gaps: gap = required − actual; severity ≥ 1.5 高, ≥ 0.5 中, > 0 低, ≤ 0 达标; strengths; top gaps.
import {
  COMPETENCIES,
  computeGaps,
  defaultSettings,
  formatTopGaps,
  SEVERITY_LABELS,
  strengthsOf,
  topGaps,
  type CompetencyKey,
  type GapSeverity,
} from '../../src/domain';

const settings = defaultSettings();
const required3 = Object.fromEntries(COMPETENCIES.map((c) => [c, 3])) as Record<CompetencyKey, number>;

describe('severity of one gap (required 3)', () => {
  const table: [number, number, GapSeverity, string][] = [
    [1, 2, 'high', '高'],
    [1.5, 1.5, 'high', '高'],
    [1.51, 1.49, 'medium', '中'],
    [2.5, 0.5, 'medium', '中'],
    [2.51, 0.49, 'low', '低'],
    [2.9, 0.1, 'low', '低'],
    [3, 0, 'meets', '达标'],
    [3.5, -0.5, 'meets', '达标'],
  ];
  it.each(table)('actual %d → gap %d, %s (%s)', (actual, gap, severity, zh) => {
    const [g] = computeGaps({ research: actual }, required3, settings);
    expect(g.gap).toBe(gap);
    expect(g.severity).toBe(severity);
    expect(SEVERITY_LABELS[severity].zh).toBe(zh);
  });

  it('a competency not given is 未评估, never a gap of 3', () => {
    const gaps = computeGaps({ research: 3 }, required3, settings);
    expect(gaps.map((g) => g.severity)).toEqual(['meets', 'notAssessed', 'notAssessed', 'notAssessed', 'notAssessed']);
    expect(gaps[1].gap).toBeUndefined();
    expect(gaps[1].actual).toBeUndefined();
    expect(gaps[1].required).toBe(3);
  });

  it('all five competencies, in the seed order', () => {
    expect(computeGaps({}, required3, settings).map((g) => g.competency)).toEqual([...COMPETENCIES]);
  });

  it('gap cut-offs come from settings', () => {
    const s = { gapCutoffs: { upper: 2, middle: 1 } };
    expect(computeGaps({ research: 1.5 }, required3, s)[0].severity).toBe('medium');
    expect(computeGaps({ research: 2.5 }, required3, s)[0].severity).toBe('low');
  });

  it('gaps are rounded to 2 decimals (3 − 2.7 is 0.3)', () => {
    expect(computeGaps({ research: 2.7 }, required3, settings)[0].gap).toBe(0.3);
  });
});

describe('strengths: actual ≥ required + 1', () => {
  it.each([
    [4, true],
    [5, true],
    [3.99, false],
    [3, false],
  ])('actual %d against 3 → strength %s', (actual, strength) => {
    expect(computeGaps({ practice: actual }, required3, settings)[1].strength).toBe(strength);
  });
  it('lists the strong competencies in seed order', () => {
    const gaps = computeGaps({ research: 4, practice: 3, problemSolving: 5, innovation: 4.2 }, required3, settings);
    expect(strengthsOf(gaps)).toEqual(['research', 'problemSolving', 'innovation']);
  });
});

describe('top gaps', () => {
  it('the three largest positive gaps, largest first', () => {
    const gaps = computeGaps({ research: 2.5, practice: 1, problemSolving: 1.5, integration: 2, innovation: 4 }, required3, settings);
    expect(topGaps(gaps).map((g) => [g.competency, g.gap])).toEqual([
      ['practice', 2], ['problemSolving', 1.5], ['integration', 1],
    ]);
  });
  it('ties keep the seed order of the competencies', () => {
    const gaps = computeGaps({ research: 2, practice: 3, problemSolving: 2, integration: 2, innovation: 2 }, required3, settings);
    expect(topGaps(gaps).map((g) => g.competency)).toEqual(['research', 'problemSolving', 'integration']);
  });
  it('no shortfall, no top gap; not assessed never counts', () => {
    expect(topGaps(computeGaps({ research: 3 }, required3, settings))).toEqual([]);
  });
  it('fewer than three shortfalls gives fewer', () => {
    expect(topGaps(computeGaps({ innovation: 2.9, research: 3 }, required3, settings)).map((g) => g.competency)).toEqual(['innovation']);
  });
});

describe('writing top gaps', () => {
  const gaps = computeGaps({ research: 3, practice: 3, problemSolving: 1.5, integration: 3, innovation: 2 }, required3, settings);
  it('zh: 「复杂问题解决能力 1.5；创新变革能力 1」', () => {
    expect(formatTopGaps(topGaps(gaps), 'zh-CN')).toBe('复杂问题解决能力 1.5；创新变革能力 1');
  });
  it('en: "Complex problem solving 1.5; Innovation & change 1"', () => {
    expect(formatTopGaps(topGaps(gaps), 'en-US')).toBe('Complex problem solving 1.5; Innovation & change 1');
  });
  it('no gaps: empty text', () => {
    expect(formatTopGaps([], 'zh-CN')).toBe('');
  });
  it('numbers lose trailing zeros but keep two decimals', () => {
    const g = computeGaps({ research: 1.75 }, required3, settings);
    expect(formatTopGaps(topGaps(g), 'zh-CN')).toBe('专业技术研究能力 1.25');
  });
});
