// Invariants of the follow-up for random rosters: nobody mentors themselves, no suggested pair over capacity
// or with an ineligible mentor, existing pairs all kept, one plan per engineer, deterministic — and the
// indexed pairing equals a plain scan of DOMAIN.md's rules written out here.
import fc from 'fast-check';
import {
  compareIds,
  defaultSettings,
  followUp,
  reviewEngineers,
  type Box,
  type CompetencyKey,
  type Engineer,
  type EngineerReview,
  type LevelKey,
  type PerfBand,
  type PotBand,
  type Settings,
} from '../../src/domain';

const perfBand = fc.constantFrom<PerfBand>('excellent', 'qualified', 'needs');
const potBand = fc.constantFrom<PotBand>('high', 'medium', 'low');
const score = fc.option(fc.constantFrom(1, 2, 2.5, 3, 3.99, 4, 4.5, 5), { nil: undefined });
const row = fc.record({
  perf: perfBand,
  pot: potBand,
  research: score,
  practice: score,
  problemSolving: fc.option(fc.constantFrom(3, 3.99, 4, 5), { nil: undefined }),
  integration: fc.option(fc.constantFrom(3, 3.99, 4, 5), { nil: undefined }),
  innovation: score,
  years: fc.option(fc.constantFrom(0.5, 3, 9.99, 10, 15), { nil: undefined }),
  projects: fc.option(fc.constantFrom(0, 1, 3), { nil: undefined }),
  category: fc.option(fc.constantFrom('研发工程师', '机械工程师', '设备工程师'), { nil: undefined }),
  department: fc.option(fc.constantFrom('研发部', '设备部', ' 研发部'), { nil: undefined }),
  level: fc.option(fc.constantFrom<LevelKey>('junior', 'intermediate', 'senior'), { nil: undefined }),
  mentor: fc.option(fc.oneof(fc.nat({ max: 80 }), fc.constant(-1)), { nil: undefined, freq: 4 }),
  inPool: fc.option(fc.boolean(), { nil: undefined }),
  keyPosition: fc.option(fc.boolean(), { nil: undefined }),
  flightRisk: fc.option(fc.constantFrom('high' as const, 'low' as const), { nil: undefined }),
  // About a third of the rows meet the mentor conditions, so pairing has choices to make.
  mentorLike: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
});

/** Mentors of 10 to 20 years, so that the 5-year margin over a mentee of 3 or 9.99 years has work to do. */
const MENTOR_YEARS = new Map<number | undefined, number>([[0.5, 10], [3, 12], [9.99, 14.5], [10, 15], [15, 20]]);

const idOf = (i: number, n: number): string => (i % 2 === 0 ? `A${i}` : `E${n - i}`);

const roster = fc.array(row, { maxLength: 70 }).map((rows): Engineer[] =>
  rows.map((raw, i): Engineer => {
    const r = raw.mentorLike
      ? { ...raw, perf: 'excellent' as const, years: MENTOR_YEARS.get(raw.years) ?? 15, projects: 1, problemSolving: raw.problemSolving === 5 ? 5 : 4, integration: 4.5 }
      : raw;
    const competencies: Partial<Record<CompetencyKey, number>> = {};
    for (const c of ['research', 'practice', 'problemSolving', 'integration', 'innovation'] as const) {
      const v = r[c];
      if (v !== undefined) competencies[c] = v;
    }
    return {
      id: idOf(i, rows.length),
      name: `工程师${i}`,
      department: r.department,
      category: r.category,
      level: r.level,
      years: r.years,
      projectsLed: r.projects,
      keyPosition: r.keyPosition,
      inPool: r.inPool,
      flightRisk: r.flightRisk,
      mentorId:
        r.mentor === undefined ? undefined : r.mentor === -1 || r.mentor >= rows.length ? 'X999' : idOf(r.mentor, rows.length),
      performance: { band: r.perf, source: { kind: 'rating', raw: r.perf, mapped: false } },
      potential: { band: r.pot, source: { kind: 'rating', raw: r.pot, mapped: false } },
      competencies,
      sourceRow: i + 1,
    };
  }),
);
const settingsArb = fc
  .record({
    mentorCapacity: fc.integer({ min: 0, max: 3 }),
    planScope: fc.constantFrom<'all' | 'pool'>('all', 'pool'),
    mentorYearMargin: fc.constantFrom(5, 5, 2, 7.5),
  })
  .map((o): Settings => ({ ...defaultSettings(), ...o, reviewDate: '2024-08-31' }));

// DOMAIN.md, written out independently of the engine.
function eligible(r: EngineerReview, s: Settings): boolean {
  const e = r.engineer;
  const perfExcellent = r.finalBox === 3 || r.finalBox === 6 || r.finalBox === 9;
  return (
    (e.years ?? -1) >= s.mentorYears &&
    (e.projectsLed ?? -1) >= s.mentorProjects &&
    perfExcellent &&
    (e.competencies.problemSolving ?? -1) >= s.mentorCompetency &&
    (e.competencies.integration ?? -1) >= s.mentorCompetency
  );
}
const gapsOf = (r: EngineerReview): CompetencyKey[] => r.gaps.filter((g) => (g.gap ?? 0) > 0).map((g) => g.competency);
/** 以老带新: young (years < 10, or 初级/中级 where years are not given), a gap, and 初级 or box 4, 5, 7, 8. */
const isMentee = (r: EngineerReview, s: Settings): boolean =>
  (r.engineer.years !== undefined ? r.engineer.years < s.menteeMaxYears : r.engineer.level === 'junior' || r.engineer.level === 'intermediate') &&
  gapsOf(r).length > 0 &&
  (r.engineer.level === 'junior' || [4, 5, 7, 8].includes(r.finalBox));
/** A suggested mentor has at least 导师工龄差 more years (not checked where the mentee's years are unknown). */
const seniorEnough = (mentor: EngineerReview, mentee: EngineerReview, s: Settings): boolean =>
  mentee.engineer.years === undefined || (mentor.engineer.years ?? 0) >= mentee.engineer.years + s.mentorYearMargin;
const norm = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s.trim());

function naiveSuggestions(reviews: EngineerReview[], s: Settings): [string, string][] {
  const load = new Map<string, number>();
  for (const r of reviews) {
    const m = r.engineer.mentorId;
    if (m !== undefined && reviews.some((x) => x.engineer.id === m)) load.set(m, (load.get(m) ?? 0) + 1);
  }
  const rank = (b: Box): number => ({ 8: 0, 7: 1, 5: 2, 4: 3 })[b as 8 | 7 | 5 | 4] ?? 4;
  const total = (r: EngineerReview): number => Math.round(r.gaps.reduce((t, g) => t + Math.max(0, g.gap ?? 0), 0) * 100) / 100;
  const waiting = reviews
    .filter((r) => isMentee(r, s) && r.engineer.mentorId === undefined)
    .sort((a, b) => rank(a.finalBox) - rank(b.finalBox) || total(b) - total(a) || compareIds(a.engineer.id, b.engineer.id));
  const mentors = reviews.filter((r) => eligible(r, s));
  const out: [string, string][] = [];
  for (const m of waiting) {
    const gaps = gapsOf(m);
    let best: { id: string; key: number[] } | undefined;
    for (const c of mentors) {
      const l = load.get(c.engineer.id) ?? 0;
      if (c.engineer.id === m.engineer.id || l >= s.mentorCapacity || !seniorEnough(c, m, s)) continue;
      const cover = gaps.filter((g) => (c.engineer.competencies[g] ?? 0) >= 4).length;
      const sameCat = norm(m.engineer.category) !== undefined && norm(m.engineer.category) === norm(c.engineer.category);
      const sameDept = norm(m.engineer.department) !== undefined && norm(m.engineer.department) === norm(c.engineer.department);
      const key = [cover, sameCat ? 1 : 0, sameDept ? 1 : 0, -l];
      let better = best === undefined;
      if (best) {
        const k = key.findIndex((v, i) => v !== best?.key[i]);
        better = k >= 0 ? key[k] > best.key[k] : compareIds(c.engineer.id, best.id) < 0;
      }
      if (better) best = { id: c.engineer.id, key };
    }
    if (best) {
      out.push([m.engineer.id, best.id]);
      load.set(best.id, (load.get(best.id) ?? 0) + 1);
    }
  }
  return out;
}

const runs = { numRuns: 300 };

it('suggestions equal a plain scan of DOMAIN.md’s rules', () => {
  fc.assert(
    fc.property(roster, settingsArb, (engineers, s) => {
      const result = reviewEngineers(engineers, [], s);
      const f = followUp(result, s);
      const got = f.mentoring.pairs.filter((p) => p.kind === 'suggested').map((p): [string, string] => [p.menteeId, p.mentorId]);
      expect(got).toEqual(naiveSuggestions(result.reviews, s));
    }),
    runs,
  );
});

it('nobody mentors themselves; no suggested pair over capacity or with an ineligible mentor; existing pairs kept', () => {
  fc.assert(
    fc.property(roster, settingsArb, (engineers, s) => {
      const result = reviewEngineers(engineers, [], s);
      const f = followUp(result, s);
      const byId = new Map(result.reviews.map((r) => [r.engineer.id, r]));
      const load = new Map<string, number>();
      for (const p of f.mentoring.pairs) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
      for (const p of f.mentoring.pairs.filter((x) => x.kind === 'suggested')) {
        expect(p.mentorId).not.toBe(p.menteeId);
        const m = byId.get(p.mentorId);
        expect(m && eligible(m, s)).toBe(true);
        expect(load.get(p.mentorId)).toBeLessThanOrEqual(s.mentorCapacity);
        const mentee = byId.get(p.menteeId);
        expect(mentee && m && seniorEnough(m, mentee, s)).toBe(true);
        expect(mentee?.engineer.years === undefined || (mentee.engineer.years < 10)).toBe(true);
      }
      const existing = f.mentoring.pairs.filter((x) => x.kind === 'existing');
      const withMentor = engineers.filter((e) => e.mentorId !== undefined);
      expect(existing.map((p) => p.menteeId)).toEqual(withMentor.map((e) => e.id));
      for (const p of existing) {
        const m = byId.get(p.mentorId);
        const me = byId.get(p.menteeId);
        const warned = p.warnings.length > 0;
        // An external mentor (not on the roster) is kept without a warning; a younger mentor is warned.
        expect(p.external === true).toBe(!m);
        const younger = m !== undefined && m !== me && m.engineer.years !== undefined && me?.engineer.years !== undefined && m.engineer.years < me.engineer.years;
        const shouldWarn = !!m && (!eligible(m, s) || (load.get(p.mentorId) ?? 0) > s.mentorCapacity || p.mentorId === p.menteeId || younger);
        expect(warned).toBe(shouldWarn);
      }
      // Every mentee is paired (existing or suggested) or listed as unpaired, exactly once.
      f.engineers.forEach((e, i) => {
        if (!isMentee(result.reviews[i], s)) return;
        expect((e.mentor !== undefined ? 1 : 0) + (e.unpaired !== undefined ? 1 : 0)).toBe(1);
      });
    }),
    runs,
  );
});

it('every engineer has exactly one plan (scope all), in review order; pool scope keeps pool members', () => {
  fc.assert(
    fc.property(roster, settingsArb, (engineers, s) => {
      const result = reviewEngineers(engineers, [], s);
      const f = followUp(result, s);
      const ids = engineers.map((e) => e.id);
      expect(f.engineers.map((e) => e.id)).toEqual(ids);
      const members = f.engineers.filter((e) => e.pool.inPool || e.pool.status === 'suggestEntry').map((e) => e.id);
      expect(f.plans.map((p) => p.engineerId)).toEqual(s.planScope === 'all' ? ids : members);
      for (const p of f.plans) expect(p.actions.filter((a) => a.section === 'gap').length).toBeLessThanOrEqual(3);
    }),
    runs,
  );
});

it('is deterministic', () => {
  fc.assert(
    fc.property(roster, settingsArb, (engineers, s) => {
      const result = reviewEngineers(engineers, [], s);
      expect(followUp(result, s)).toEqual(followUp(result, s));
    }),
    { numRuns: 100 },
  );
});

// DOMAIN.md, Development plan: the plan invariants over random rosters.
const PRESTIGE = ['揭榜', '领办大师工作室', '联合课题', '科技成果转化'];
it('every plan has box actions with targets; no prestige action for 初级 or boxes 1, 2, 4; training by the one rule', () => {
  fc.assert(
    fc.property(roster, settingsArb, (engineers, s) => {
      const result = reviewEngineers(engineers, [], s);
      const f = followUp(result, s);
      const byId = new Map(result.reviews.map((r) => [r.engineer.id, r]));
      for (const p of f.plans) {
        const r = byId.get(p.engineerId);
        const boxRows = p.actions.filter((a) => a.section === 'box');
        expect(boxRows.length).toBeGreaterThanOrEqual([9, 8, 6, 3].includes(p.box) ? 2 : 1);
        for (const a of p.actions) {
          expect(a.target.zh.length).toBeGreaterThan(0);
          expect(a.target.en).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/u);
          expect(a.label.en).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/u);
          if (p.level === 'junior' || [1, 2, 4].includes(p.box)) {
            for (const word of PRESTIGE) expect(a.label.zh).not.toContain(word);
          }
          if (a.training !== undefined && p.growthStage === 'integration') expect(a.training).toBe('preJob');
          if (a.training === 'offJob') expect(['联合课题', '脱产培训']).toContain(a.label.zh);
        }
        expect(p.actions.filter((a) => a.section === 'gap')).toHaveLength(r ? r.topGaps.filter((g) => g.actual !== undefined).length : 0);
        if (p.mentor === undefined) expect(p.strategy.zh).not.toContain('配备导师');
        expect(p.reviewDate).toBe('2025-02-28');
      }
    }),
    runs,
  );
});
