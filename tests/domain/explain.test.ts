// DOMAIN.md, Banding: every placement carries a one-line explanation a person can check by hand.
import { boxOf, explainPlacement, type Engineer, type Placement } from '../../src/domain';

type Axes = Pick<Engineer, 'performance' | 'potential'>;

function placed(e: Axes, placement: Omit<Placement, 'box'>): { zh: string; en: string } {
  return explainPlacement(e, { ...placement, box: boxOf(placement.performance, placement.potential) });
}

describe('explanation', () => {
  it('rating words, potential derived from competencies', () => {
    const e: Axes = { performance: { band: 'excellent', source: { kind: 'rating', raw: 'A', mapped: false } } };
    expect(
      placed(e, { performance: 'excellent', potential: 'high', potentialBasis: { kind: 'derived', meanSurplus: 0.6, assessed: 5 } }),
    ).toEqual({
      zh: '绩效 A→优秀；潜力 由5项能力推导 +0.6→高 → 9 超级明星',
      en: 'Performance A→Excellent; potential derived from 5 competencies +0.6→High → 9 Star',
    });
  });

  it('a negative derived surplus keeps its sign; one competency is singular', () => {
    const e: Axes = { performance: { band: 'qualified', source: { kind: 'rating', raw: '良好', mapped: false } } };
    expect(
      placed(e, { performance: 'qualified', potential: 'low', potentialBasis: { kind: 'derived', meanSurplus: -1.25, assessed: 1 } }),
    ).toEqual({
      zh: '绩效 良好→合格；潜力 由1项能力推导 -1.25→低 → 2 基本胜任',
      en: 'Performance 良好→Qualified; potential derived from 1 competency -1.25→Low → 2 Effective',
    });
  });

  it('scores name their scale', () => {
    const e: Axes = {
      performance: { band: 'excellent', source: { kind: 'score', value: 88, scale: 100 } },
      potential: { band: 'high', source: { kind: 'score', value: 4.2, scale: 5 } },
    };
    expect(
      placed(e, { performance: 'excellent', potential: 'high', potentialBasis: { kind: 'given', source: { kind: 'score', value: 4.2, scale: 5 } } }),
    ).toEqual({
      zh: '绩效 得分88（百分制）→优秀；潜力 得分4.2（五分制）→高 → 9 超级明星',
      en: 'Performance score 88 (0–100 scale)→Excellent; potential score 4.2 (1–5 scale)→High → 9 Star',
    });
  });

  it('a mapped word says so, and a rating shows the score beside it', () => {
    const e: Axes = {
      performance: { band: 'needs', source: { kind: 'rating', raw: 'Below', mapped: true } },
      potential: { band: 'medium', source: { kind: 'rating', raw: 'M', mapped: false }, shownScore: 72.5 },
    };
    expect(
      placed(e, { performance: 'needs', potential: 'medium', potentialBasis: { kind: 'given', source: e.potential!.source } }),
    ).toEqual({
      zh: '绩效 Below（映射）→待提升；潜力 M（得分72.5）→中 → 4 待改进者',
      en: 'Performance Below (mapped)→Needs improvement; potential M (score 72.5)→Medium → 4 Inconsistent',
    });
  });

  it('a mapped rating with a score shows both', () => {
    const e: Axes = {
      performance: { band: 'excellent', source: { kind: 'rating', raw: '5', mapped: true }, shownScore: 91 },
      potential: { band: 'low', source: { kind: 'rating', raw: '低', mapped: false } },
    };
    const t = placed(e, { performance: 'excellent', potential: 'low', potentialBasis: { kind: 'given', source: e.potential!.source } });
    expect(t.zh).toBe('绩效 5（映射，得分91）→优秀；潜力 低→低 → 3 熟练员工');
    expect(t.en).toBe('Performance 5 (mapped, score 91)→Excellent; potential 低→Low → 3 Trusted professional');
  });

  it('uses a box label set in settings', () => {
    const e: Axes = { performance: { band: 'qualified', source: { kind: 'rating', raw: 'B', mapped: false } } };
    const t = explainPlacement(
      e,
      { performance: 'qualified', potential: 'medium', box: 5, potentialBasis: { kind: 'derived', meanSurplus: 0, assessed: 3 } },
      { boxLabels: { 5: '骨干' } },
    );
    expect(t.zh).toBe('绩效 B→合格；潜力 由3项能力推导 +0→中 → 5 骨干');
  });
});
