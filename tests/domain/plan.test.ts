// The development plan (一人一策, DOMAIN.md, Development plan): strategy, top three gaps with two actions and a
// training type, growth stage, career track, retention from the incentive table, review date, scope.
import {
  ACTIONS,
  addMonths,
  applyCalibration,
  BOX_TABLE,
  careerTrack,
  followUp,
  TRAINING_LABELS,
  type Box,
  type CareerInterest,
  type CareerTrack,
  type Engineer,
  type PerfBand,
  type PotBand,
  type Risk,
} from '../../src/domain';
import { rated } from './helpers';
import { review, settingsWith } from './followUpHelpers';

function planOf(e: Engineer, over: Parameters<typeof settingsWith>[0] = {}) {
  const s = settingsWith(over);
  const plan = followUp(review([e], s), s).engineers[0].plan;
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('review date: the review date plus the review months, clamped to the month end', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-03-31', 6, '2024-09-30'],
    ['2024-01-15', 6, '2024-07-15'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-07-01', 12, '2025-07-01'],
    ['2024-05-31', 0, '2024-05-31'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '31/08/2024', ''])('%p is not a date', (date) => {
    expect(addMonths(date, 6)).toBeUndefined();
  });

  it('is set on the plan from the settings (six months by default)', () => {
    expect(planOf(rated('A', 'qualified', 'medium'), { reviewDate: '2024-08-31' }).reviewDate).toBe('2025-02-28');
    expect(planOf(rated('A', 'qualified', 'medium'), { reviewDate: '2024-08-31', reviewMonths: 3 }).reviewDate).toBe('2024-11-30');
    expect(planOf(rated('A', 'qualified', 'medium')).reviewDate).toBeUndefined();
  });
});

describe('box and strategy, strengths', () => {
  it('carries the final box’s strategy', () => {
    const p = planOf(rated('A', 'excellent', 'medium', { competencies: { research: 4.5 } }));
    expect(p.box).toBe(6);
    expect(p.strategy).toEqual(BOX_TABLE[6].strategy);
    expect(p.boxLabel).toEqual({ zh: '绩效之星', en: 'High performer' });
    expect(p.strengths).toEqual(['research']);
  });

  it('shows a box label from the settings', () => {
    expect(planOf(rated('A', 'excellent', 'medium'), { boxLabels: { 6: '骨干' } }).boxLabel).toEqual({ zh: '骨干', en: '骨干' });
  });
});

describe('the top three gaps, two catalogue actions each, heavier for a larger gap', () => {
  // Default standard without a level: 3 each. research 1 (gap 2, high), innovation 2.5 (0.5, medium),
  // practice 2.8 (0.2, low), problem solving 2.9 (0.1, low — fourth, left out), integration 3 (met).
  const e = rated('A', 'qualified', 'medium', {
    years: 4,
    competencies: { research: 1, practice: 2.8, problemSolving: 2.9, integration: 3, innovation: 2.5 },
  });
  const p = planOf(e);

  it('takes the three largest gaps in order', () => {
    expect(p.gaps.map((g) => [g.gap.competency, g.gap.gap, g.gap.severity])).toEqual([
      ['research', 2, 'high'],
      ['innovation', 0.5, 'medium'],
      ['practice', 0.2, 'low'],
    ]);
  });

  it('gives two actions from the competency’s catalogue row', () => {
    expect(p.gaps.map((g) => g.actions.map((a) => a.label.zh))).toEqual([
      ['脱产培训', '联合课题'],
      ['技术革新活动', '大师工作室'],
      ['在岗培训', '轮岗'],
    ]);
    for (const g of p.gaps) {
      for (const a of g.actions) expect(ACTIONS[g.gap.competency]).toContain(a);
      expect(g.actions[0]).not.toBe(g.actions[1]);
    }
  });

  it('a high gap is off-job training, the others on-job', () => {
    expect(p.gaps.map((g) => g.training)).toEqual(['offJob', 'onJob', 'onJob']);
    expect(TRAINING_LABELS.offJob.zh).toBe('脱产培训');
  });

  it('in the first year (融合期) every gap is pre-job training', () => {
    const young = planOf({ ...e, years: 0.5 });
    expect(young.growthStage).toBe('integration');
    expect(young.gaps.map((g) => g.training)).toEqual(['preJob', 'preJob', 'preJob']);
  });

  it('every action has both languages and a seed section', () => {
    for (const list of Object.values(ACTIONS)) {
      for (const a of list) {
        expect(a.label.zh).not.toBe('');
        expect(a.label.en).not.toBe('');
        expect(a.seed).toMatch(/^§/u);
      }
    }
  });

  it('an engineer without gaps has an empty gap list', () => {
    expect(planOf(rated('A', 'qualified', 'medium', { competencies: { research: 3 } })).gaps).toEqual([]);
  });
});

describe('growth stage and career track', () => {
  it.each([
    ['technical', 'technical'],
    ['management', 'management'],
    ['composite', 'dual'],
    ['skill', 'technical'],
  ] as [CareerInterest, CareerTrack][])('%s → %s', (interest, track) => {
    expect(careerTrack(interest)).toBe(track);
    const p = planOf(rated('A', 'qualified', 'medium', { careerInterest: interest }));
    expect(p.careerTrack).toBe(track);
    expect(p.careerInterest).toBe(interest);
  });

  it('not given stays undefined', () => {
    const p = planOf(rated('A', 'qualified', 'medium'));
    expect(p.careerTrack).toBeUndefined();
    expect(p.growthStage).toBeUndefined();
  });

  it('growth stage by years', () => {
    expect(planOf(rated('A', 'qualified', 'medium', { years: 10 })).growthStage).toBe('maturity');
    expect(planOf(rated('A', 'qualified', 'medium', { years: 9.99 })).growthStage).toBe('advancement');
  });
});

describe('retention actions only for flight risk 高 in box 9, 8 or 6', () => {
  const bands: Record<Box, [PerfBand, PotBand]> = {
    9: ['excellent', 'high'],
    8: ['qualified', 'high'],
    7: ['needs', 'high'],
    6: ['excellent', 'medium'],
    5: ['qualified', 'medium'],
    4: ['needs', 'medium'],
    3: ['excellent', 'low'],
    2: ['qualified', 'low'],
    1: ['needs', 'low'],
  };
  const cases: [Box, Risk | undefined, boolean][] = [];
  for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9] as Box[]) {
    for (const risk of ['high', 'medium', 'low', undefined] as (Risk | undefined)[]) {
      cases.push([box, risk, risk === 'high' && (box === 9 || box === 8 || box === 6)]);
    }
  }
  it.each(cases)('box %i, risk %p → %p', (box, risk, expected) => {
    const [perf, pot] = bands[box];
    const p = planOf(rated('A', perf, pot, { flightRisk: risk }));
    expect(p.box).toBe(box);
    expect(p.retention !== undefined).toBe(expected);
  });

  it('gives short- and long-term, non-material and material actions from table 2', () => {
    const p = planOf(rated('A', 'excellent', 'high', { flightRisk: 'high' }));
    const r = p.retention;
    expect(r).toBeDefined();
    if (!r) return;
    expect(r.shortNonMaterial.map((i) => i.label.zh)).toEqual(['授权', '群策群力']);
    expect(r.longNonMaterial.map((i) => i.label.zh)).toEqual(['员工晋升', '工作使命']);
    expect(r.shortMaterial.map((i) => i.label.zh)).toEqual(['薪酬', '福利']);
    expect(r.longMaterial.map((i) => i.label.zh)).toEqual(['股份', '期权']);
    for (const [kind, term, list] of [
      ['nonMaterial', 'short', r.shortNonMaterial],
      ['nonMaterial', 'long', r.longNonMaterial],
      ['material', 'short', r.shortMaterial],
      ['material', 'long', r.longMaterial],
    ] as const) {
      expect(list.every((i) => i.kind === kind && i.term === term)).toBe(true);
    }
  });
});

describe('plan scope', () => {
  const roster = [
    rated('OUT9', 'excellent', 'high'), // not in pool, box 9 → suggested entry
    rated('OUT5', 'qualified', 'medium'), // not in pool, box 5, no key position → not now
    rated('IN1', 'needs', 'low', { inPool: true }), // in pool, box 1 → suggested exit, still a member
    rated('IN5', 'qualified', 'medium', { inPool: true }), // in pool → stay
    rated('KEY5', 'qualified', 'medium', { keyPosition: true }), // suggested entry
  ];

  it('all (default): every engineer has exactly one plan, in review order', () => {
    const s = settingsWith();
    const f = followUp(review(roster, s), s);
    expect(f.plans.map((p) => p.engineerId)).toEqual(['OUT9', 'OUT5', 'IN1', 'IN5', 'KEY5']);
    expect(f.engineers.map((e) => e.plan)).toEqual(f.plans);
  });

  it('pool: in the pool now, or suggested for entry', () => {
    const s = settingsWith({ planScope: 'pool' });
    const f = followUp(review(roster, s), s);
    expect(f.plans.map((p) => p.engineerId)).toEqual(['OUT9', 'IN1', 'IN5', 'KEY5']);
    expect(f.engineers.find((e) => e.id === 'OUT5')?.plan).toBeUndefined();
  });
});

describe('a plan after calibration in the review meeting', () => {
  it('uses the calibrated box and remembers the computed one', () => {
    const s = settingsWith({});
    const e = rated('C1', 'excellent', 'low'); // computed box 3
    const calibrated = applyCalibration(review([e], s), [{ time: '', id: 'C1', name: '', from: 3, to: 9, reason: '揭榜项目', decidedBy: '王', row: 1 }], s).result;
    const plan = followUp(calibrated, s).engineers[0].plan!;
    expect(plan.box).toBe(9);
    expect(plan.calibratedFrom).toBe(3);
    expect(plan.strategy).toEqual(BOX_TABLE[9].strategy);
  });

  it('says nothing of calibration when the box was not moved', () => {
    expect(planOf(rated('C2', 'excellent', 'low')).calibratedFrom).toBeUndefined();
  });
});
