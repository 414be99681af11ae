// Invariants of the review for random rosters: every engineer lands in exactly one box that matches its
// bands, counts add up, and the same input gives the same output.
import fc from 'fast-check';
import {
  COMPETENCIES,
  defaultSettings,
  LEVELS,
  reviewEngineers,
  type CompetencyKey,
  type Engineer,
  type PerfBand,
  type PotBand,
  type StandardRow,
} from '../../src/domain';

const settings = defaultSettings();

// Written out independently of the engine: DOMAIN.md's index tables.
const PERF_IDX: Record<PerfBand, number> = { needs: 0, qualified: 1, excellent: 2 };
const POT_IDX: Record<PotBand, number> = { low: 0, medium: 1, high: 2 };

const perfBand = fc.constantFrom<PerfBand>('excellent', 'qualified', 'needs');
const potBand = fc.constantFrom<PotBand>('high', 'medium', 'low');
const score = fc.integer({ min: 100, max: 500 }).map((n) => n / 100);
const competencies = fc.record(
  Object.fromEntries(COMPETENCIES.map((c) => [c, score])) as Record<CompetencyKey, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
const category = fc.option(fc.constantFrom('研发工程师', '机械工程师', '"双跨"型工程师', '双跨工程师'), { nil: undefined });
const level = fc.option(fc.constantFrom(...LEVELS), { nil: undefined });
const name = fc.option(fc.constantFrom('研发部', '设备部', '质量部'), { nil: undefined });

const engineerArb = fc
  .record({
    perf: perfBand,
    pot: fc.option(potBand, { nil: undefined }),
    competencies,
    category,
    level,
    department: name,
    manager: fc.option(fc.constantFrom('王工', '李工', '张工', '赵工'), { nil: undefined }),
  })
  // Rows with neither potential nor competency never reach the engine.
  .filter((r) => r.pot !== undefined || Object.keys(r.competencies).length > 0);

const rosterArb = fc.array(engineerArb, { maxLength: 60 }).map((rows): Engineer[] =>
  rows.map((r, i) => ({
    id: `E${i}`,
    name: `工程师${i}`,
    category: r.category,
    level: r.level,
    department: r.department,
    manager: r.manager,
    performance: { band: r.perf, source: { kind: 'rating', raw: r.perf, mapped: false } },
    potential: r.pot === undefined ? undefined : { band: r.pot, source: { kind: 'rating', raw: r.pot, mapped: false } },
    competencies: r.competencies,
    sourceRow: i + 1,
  })),
);

const standardsArb = fc.array(
  fc.record({ category, level, required: competencies }),
  { maxLength: 6 },
) as fc.Arbitrary<StandardRow[]>;

describe('review properties', () => {
  it('every engineer lands in exactly one box 1–9 that matches its bands', () => {
    fc.assert(
      fc.property(rosterArb, standardsArb, (engineers, standards) => {
        const { reviews } = reviewEngineers(engineers, standards, settings);
        expect(reviews).toHaveLength(engineers.length);
        reviews.forEach((r, i) => {
          expect(r.engineer).toBe(engineers[i]);
          const { performance, potential, box } = r.placement;
          expect(box).toBe(3 * POT_IDX[potential] + PERF_IDX[performance] + 1);
          expect(box).toBeGreaterThanOrEqual(1);
          expect(box).toBeLessThanOrEqual(9);
          expect(performance).toBe(engineers[i].performance.band);
          if (engineers[i].potential) expect(potential).toBe(engineers[i].potential?.band);
          expect(r.finalBox).toBe(box);
        });
      }),
    );
  });

  it('box counts add up to the number of engineers, and match the boxes', () => {
    fc.assert(
      fc.property(rosterArb, standardsArb, (engineers, standards) => {
        const result = reviewEngineers(engineers, standards, settings);
        const sum = Object.values(result.counts).reduce((a, b) => a + b, 0);
        expect(sum).toBe(engineers.length);
        expect(result.total).toBe(engineers.length);
        for (const [box, n] of Object.entries(result.counts)) {
          expect(result.reviews.filter((r) => r.finalBox === Number(box))).toHaveLength(n);
        }
        for (const g of result.distribution) {
          expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).toBe(g.total);
        }
      }),
    );
  });

  it('is deterministic: the same input gives a deep-equal output', () => {
    fc.assert(
      fc.property(rosterArb, standardsArb, (engineers, standards) => {
        const copy: Engineer[] = structuredClone(engineers);
        expect(reviewEngineers(copy, structuredClone(standards), settings)).toEqual(
          reviewEngineers(engineers, standards, settings),
        );
      }),
    );
  });

  it('gaps never treat a competency not given as 0', () => {
    fc.assert(
      fc.property(rosterArb, (engineers) => {
        const { reviews } = reviewEngineers(engineers, [], settings);
        for (const r of reviews) {
          for (const g of r.gaps) {
            const given = r.engineer.competencies[g.competency] !== undefined;
            expect(g.severity === 'notAssessed').toBe(!given);
          }
        }
      }),
    );
  });
});
