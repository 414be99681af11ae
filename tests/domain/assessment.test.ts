// 能力评价 aggregation (DOMAIN.md, Assessments), with aggregates computed by hand: the mean per source, the
// weighted mean over the sources present (weights divided by their sum), 同事 and 下属 pooled below three
// raters, self kept apart, blind spots, hidden strengths and spreads.
import fc from 'fast-check';
import { aggregateEngineer, applyAssessments, round1, type Rating } from '../../src/domain/assessment';
import { defaultSettings, type AssessmentSource } from '../../src/domain/settings';
import { engineer } from './helpers';

const settings = defaultSettings();
let row = 1;
function rating(source: AssessmentSource, rater: string | undefined, research?: number, potential?: Rating['potential']): Rating {
  return { id: 'E1', source, ...(rater ? { rater } : {}), scores: research === undefined ? {} : { research }, ...(potential ? { potential } : {}), row: row++ };
}

describe('weighted mean over the sources present', () => {
  it('renormalises when sources are missing: manager 4, three peers 3, 3, 4 → (0.3×4 + 0.15×3.33) / 0.45 = 3.8', () => {
    const a = aggregateEngineer('E1', [rating('manager', '孙', 4), rating('peer', 'a', 3), rating('peer', 'b', 3), rating('peer', 'c', 4)], settings);
    const c = a.competencies.research;
    expect(c?.value).toBe(3.8);
    expect(c?.sources.map((s) => [s.source, s.mean, s.raters])).toEqual([['manager', 4, 1], ['peer', 3.33, 3]]);
    expect(a.counted).toBe(4);
  });

  it('all six sources: (0.3×4 + 0.2×3 + 0.15×5 + 0.15×2 + 0.1×3 + 0.1×4) / 1 = 3.55 → 3.6 (half up)', () => {
    const rows = [
      rating('manager', 'm', 4), rating('expert', 'x', 3), rating('centre', 'ac', 5), rating('test', 't', 4),
      ...['p1', 'p2', 'p3'].map((p) => rating('peer', p, 2)), ...['r1', 'r2', 'r3'].map((p) => rating('report', p, 3)),
    ];
    expect(aggregateEngineer('E1', rows, settings).competencies.research?.value).toBe(3.6);
  });

  it('a rater of two rows counts once: their mean first, then the source mean', () => {
    const rows = [rating('peer', 'a', 2), rating('peer', 'a', 4), rating('peer', 'b', 5), rating('peer', 'c', 5)];
    const c = aggregateEngineer('E1', rows, settings).competencies.research;
    // Raters a 3, b 5, c 5 → 4.33; the only source, so the aggregate is its mean.
    expect(c?.sources[0]).toMatchObject({ mean: 4.33, raters: 3 });
    expect(c?.value).toBe(4.3);
  });

  it('rows without 评价人 are one rater each', () => {
    const a = aggregateEngineer('E1', [rating('peer', undefined, 3), rating('peer', undefined, 4), rating('peer', undefined, 5)], settings);
    expect(a.raters.peer).toBe(3);
    expect(a.pooled).toBeUndefined();
  });
});

describe('anonymity: 同事 and 下属 below three raters', () => {
  it('two peers and one report are pooled as one source of three, weight 0.15 + 0.1', () => {
    const rows = [rating('manager', 'm', 2), rating('peer', 'a', 3), rating('peer', 'b', 4), rating('report', 'r', 5)];
    const a = aggregateEngineer('E1', rows, settings);
    expect(a.pooled).toEqual({ raters: 3, included: true });
    // Pool mean (3 + 4 + 5) / 3 = 4; (0.3×2 + 0.25×4) / 0.55 = 2.909 → 2.9.
    const c = a.competencies.research;
    expect(c?.sources.map((s) => [s.source, s.mean, s.weight])).toEqual([['manager', 2, 0.3], ['peerReport', 4, 0.25]]);
    expect(c?.value).toBe(2.9);
  });

  it('a pool still under three is left out: manager 3, expert 4, two peers of 5 → (0.9 + 0.8) / 0.5 = 3.4', () => {
    const rows = [rating('manager', 'm', 3), rating('expert', 'x', 4), rating('peer', 'a', 5), rating('peer', 'b', 5)];
    const a = aggregateEngineer('E1', rows, settings);
    expect(a.pooled).toEqual({ raters: 2, included: false });
    expect(a.competencies.research?.value).toBe(3.4);
    expect(a.competencies.research?.sources.map((s) => s.source)).toEqual(['manager', 'expert']);
    expect(a.counted).toBe(2);
  });

  it('follows the 最少匿名评价人数 setting', () => {
    const rows = [rating('manager', 'm', 3), rating('peer', 'a', 5), rating('peer', 'b', 5)];
    const a = aggregateEngineer('E1', rows, { ...settings, minAnonymousRaters: 2 });
    expect(a.pooled).toBeUndefined();
    // (0.3×3 + 0.15×5) / 0.45 = 3.67 → 3.7.
    expect(a.competencies.research?.value).toBe(3.7);
  });
});

describe('self kept apart', () => {
  it('a self-rating alone gives no aggregate, and the roster value stands', () => {
    const a = aggregateEngineer('E1', [rating('self', '本人', 5)], settings);
    expect(a.competencies.research).toMatchObject({ self: 5 });
    expect(a.competencies.research?.value).toBeUndefined();
    const [e] = applyAssessments([engineer({ id: 'E1', competencies: { research: 2 } })], new Map([['e1', a]]));
    expect(e.competencies.research).toBe(2);
    expect(e.assessed).toBeUndefined();
  });

  it('self minus others ≥ 1 is a blind spot, ≤ −1 a hidden strength', () => {
    const others = [rating('manager', 'm', 3), rating('expert', 'x', 3)];
    const blind = aggregateEngineer('E1', [...others, rating('self', 's', 4.5)], settings).competencies.research;
    expect(blind).toMatchObject({ value: 3, self: 4.5, selfGap: 1.5, selfFlag: 'blindSpot' });
    const hidden = aggregateEngineer('E1', [...others, rating('self', 's', 2)], settings).competencies.research;
    expect(hidden).toMatchObject({ selfGap: -1, selfFlag: 'hiddenStrength' });
    const near = aggregateEngineer('E1', [...others, rating('self', 's', 3.5)], settings).competencies.research;
    expect(near?.selfFlag).toBeUndefined();
  });

  it('a spread of 2 or more between source means is flagged', () => {
    expect(aggregateEngineer('E1', [rating('manager', 'm', 5), rating('expert', 'x', 2.5)], settings).competencies.research)
      .toMatchObject({ spread: 2.5, spreadFlag: true });
    expect(aggregateEngineer('E1', [rating('manager', 'm', 4), rating('expert', 'x', 2.5)], settings).competencies.research)
      .toMatchObject({ spread: 1.5, spreadFlag: false });
  });
});

describe('the aggregate in the review', () => {
  it('replaces the roster competency, keeps the roster value beside it, and says how many raters', () => {
    const a = aggregateEngineer('E1', [rating('manager', 'm', 4), rating('expert', 'x', 3)], settings);
    const [e] = applyAssessments([engineer({ id: 'E1', competencies: { research: 2, practice: 3 } })], new Map([['e1', a]]));
    // (0.3×4 + 0.2×3) / 0.5 = 3.6.
    expect(e.competencies).toEqual({ research: 3.6, practice: 3 });
    expect(e.assessed).toEqual({ raters: 2, competencies: ['research'], rosterValues: { research: 2 } });
  });

  it('potential: 低 0 / 中 1 / 高 2 weighted, rounded half up, used only where the roster gives none', () => {
    // Manager 高, expert 中: (0.3×2 + 0.2×1) / 0.5 = 1.6 → 高. Manager 低, expert 高: 0.4 / 0.5 = 0.8 → 中.
    expect(aggregateEngineer('E1', [rating('manager', 'm', undefined, 'high'), rating('expert', 'x', undefined, 'medium')], settings).potential)
      .toMatchObject({ band: 'high', index: 1.6 });
    const a = aggregateEngineer('E1', [rating('manager', 'm', undefined, 'low'), rating('expert', 'x', undefined, 'high')], settings);
    expect(a.potential).toMatchObject({ band: 'medium', index: 0.8 });
    // Half up: with equal weights, 高 and 中 give exactly 1.5 → 高.
    const even = aggregateEngineer('E1', [rating('manager', 'm', undefined, 'high'), rating('expert', 'x', undefined, 'medium')], {
      ...settings, assessmentWeights: { ...settings.assessmentWeights, manager: 1, expert: 1 },
    });
    expect(even.potential).toMatchObject({ band: 'high', index: 1.5 });
    const noPotential = engineer({ id: 'E1', competencies: {} });
    delete noPotential.potential;
    const [withAssessed] = applyAssessments([noPotential], new Map([['e1', a]]));
    expect(withAssessed.potential).toEqual({ band: 'medium', source: { kind: 'assessed', index: 0.8, raters: 2 } });
    const [withRoster] = applyAssessments([engineer({ id: 'E1' })], new Map([['e1', a]]));
    expect(withRoster.potential?.source.kind).toBe('rating');
  });
});

describe('property', () => {
  it('the aggregate lies between the lowest and the highest source mean', () => {
    const sources: AssessmentSource[] = ['manager', 'expert', 'centre', 'peer', 'report', 'test', 'self'];
    const arb = fc.array(
      fc.record({ source: fc.constantFrom(...sources), rater: fc.constantFrom('a', 'b', 'c', 'd', ''), score: fc.integer({ min: 2, max: 10 }) }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const ratings = rows.map((r, i) => ({ id: 'E1', source: r.source, ...(r.rater ? { rater: r.rater } : {}), scores: { research: r.score / 2 }, row: i }));
        const c = aggregateEngineer('E1', ratings, settings).competencies.research;
        if (c?.value === undefined) return;
        const means = c.sources.filter((s) => s.weight > 0).map((s) => s.mean);
        expect(c.value).toBeGreaterThanOrEqual(round1(Math.min(...means)));
        expect(c.value).toBeLessThanOrEqual(round1(Math.max(...means)));
      }),
      { numRuns: 300 },
    );
  });
});
