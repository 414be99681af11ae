// The development plan (一人一策, DOMAIN.md, Development plan): strategy, box actions, one gated action per top
// gap, training type by one rule, owner and due date, the mentor line, career track, retention from the
// incentive table, review date, scope.
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
  parseSettings,
  type CompetencyKey,
  type LevelKey,
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

const BANDS: Record<Box, [PerfBand, PotBand]> = {
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

function inBox(box: Box, over: Partial<Engineer> = {}): Engineer {
  const [perf, pot] = BANDS[box];
  return rated(`B${box}`, perf, pot, over);
}

const labels = (p: ReturnType<typeof planOf>, section?: string): string[] =>
  p.actions.filter((a) => section === undefined || a.section === section).map((a) => a.label.zh);

describe('box actions: every plan starts from its box (DOMAIN.md box table), each with a target', () => {
  // No competencies given: no gap, so only the box's rows (and nobody is mentor-eligible).
  it.each([
    [9, ['牵头关键技术攻关任务', '开展技术分享', '纳入卓越工程师储备人才']],
    [8, ['专项任务历练', '轮岗或跨部门项目', '晋升评估']],
    [7, ['绩效诊断面谈', '人岗匹配评估', '在岗辅导']],
    [6, ['双跨/复合型培养或跨部门项目', '总结操作经验', '技术竞赛']],
    [5, ['学习地图课程', '在岗培训']],
    [4, ['绩效改进计划', '在岗辅导']],
    [3, ['专家通道发展', '整理工艺规范', '参与大师工作室项目']],
    [2, ['岗位技能提升培训', '在岗辅导']],
    [1, ['绩效改进计划', '人岗匹配评估']],
  ] as [Box, string[]][])('box %i → %j', (box, expected) => {
    const p = planOf(inBox(box));
    expect(p.box).toBe(box);
    expect(labels(p, 'box')).toEqual(expected);
    for (const a of p.actions) {
      expect(a.target.zh).not.toBe('');
      expect(a.target.en).not.toBe('');
    }
  });

  it('a box-9 engineer with no gap gets at least two box actions with targets; stretch and leadership when eligible', () => {
    const star = planOf(
      inBox(9, { level: 'senior', years: 15, projectsLed: 2, competencies: { research: 5, practice: 5, problemSolving: 5, integration: 5, innovation: 5 } }),
    );
    expect(star.actions.filter((a) => a.section === 'gap')).toEqual([]);
    expect(labels(star, 'box')).toEqual(['牵头关键技术攻关或揭榜挂帅项目', '担任导师', '推荐市级培育库']);
    expect(star.actions.map((a) => a.target.zh)).toEqual(['复盘前提交阶段成果', '带教 1–3 人', '提交推荐材料']);
  });

  it('a setting 行动:<box> replaces the box’s rows, 「行动（目标）」 split into action and target', () => {
    const s = settingsWith({ reviewDate: '2024-08-31' });
    const parsed = parseSettings([{ key: '行动:5', value: '读书会（每月一次）;带教实习生(1 人)' }], s).settings;
    const p = followUp(review([inBox(5)], parsed), parsed).plans[0];
    expect(p.actions.map((a) => [a.label.zh, a.target.zh])).toEqual([
      ['读书会', '每月一次'],
      ['带教实习生', '1 人'],
    ]);
  });
});

describe('gap actions: one per top gap, the first its gates allow, a measurable target', () => {
  // Default standard without a level: 3 each. research 1 (gap 2), innovation 2.5 (0.5), practice 2.8 (0.2),
  // problem solving 2.9 (fourth, left out), integration 3 (met).
  const competencies = { research: 1, practice: 2.8, problemSolving: 2.9, integration: 3, innovation: 2.5 };

  it('takes the three largest gaps in order, each with the first allowed catalogue action', () => {
    const p = planOf(inBox(5, { years: 4, competencies }));
    expect(p.actions.filter((a) => a.section === 'gap').map((a) => [a.gap?.competency, a.label.zh, a.target.zh, a.training])).toEqual([
      ['research', '脱产培训', '专业技术研究能力 由 1 提升到 3（复盘时由直接上级评估）', 'offJob'],
      ['innovation', '参与大师工作室项目', '创新变革能力 由 2.5 提升到 3（复盘时由直接上级评估）', undefined],
      ['practice', '关键技术攻关', '工程实践与应用能力 由 2.8 提升到 3（复盘时由直接上级评估）', undefined],
    ]);
  });

  it.each([
    ['senior', 9, 'problemSolving', '牵头揭榜挂帅项目'],
    ['intermediate', 9, 'problemSolving', '牵头揭榜挂帅项目'],
    ['intermediate', 8, 'problemSolving', '参与揭榜项目'],
    ['junior', 9, 'problemSolving', '专项任务历练'],
    ['senior', 2, 'problemSolving', '专项任务历练'],
    ['senior', 5, 'research', '联合课题'],
    ['senior', 4, 'research', '脱产培训'],
    ['junior', 5, 'research', '脱产培训'],
    ['senior', 7, 'practice', '轮岗'],
    ['senior', 1, 'innovation', '技术竞赛（比学赶帮超）'],
    ['junior', 5, 'innovation', '参与大师工作室项目'],
  ] as [LevelKey, Box, CompetencyKey, string][])('%s in box %i, gap in %s → %s', (level, box, competency, expected) => {
    const p = planOf(inBox(box, { level, competencies: { [competency]: 0.5 } }));
    expect(p.actions.filter((a) => a.section === 'gap').map((a) => a.label.zh)).toEqual([expected]);
  });

  it('training type by one rule: 岗前 in the first year, 脱产 for 联合课题 and 脱产培训, else 在岗; none for other actions', () => {
    const young = planOf(inBox(5, { years: 0.5, competencies }));
    expect(young.growthStage).toBe('integration');
    for (const a of young.actions) expect(a.training === undefined || a.training === 'preJob').toBe(true);
    const p = planOf(inBox(5, { years: 4, level: 'senior', competencies }));
    const byLabel = new Map(p.actions.map((a) => [a.label.zh, a.training]));
    expect(byLabel.get('联合课题')).toBe('offJob');
    expect(byLabel.get('学习地图课程')).toBe('onJob');
    expect(byLabel.get('关键技术攻关')).toBeUndefined();
    expect(TRAINING_LABELS.offJob.zh).toBe('脱产培训');
  });

  it('every catalogue action has both languages and a seed section', () => {
    for (const list of Object.values(ACTIONS)) {
      for (const a of list) {
        expect(a.label.zh).not.toBe('');
        expect(a.label.en).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/u);
        expect(a.seed).toMatch(/^§/u);
      }
    }
  });
});

describe('owner and due date', () => {
  it('owner is the direct manager (a reviewed manager by name); the mentor for the mentoring action; due the 复盘日期', () => {
    const s = settingsWith({ reviewDate: '2024-08-31' });
    const boss = rated('M1', 'excellent', 'high', { name: '王经理', years: 20, projectsLed: 3, competencies: { problemSolving: 5, integration: 5, research: 5 } });
    const e = inBox(5, { manager: 'M1', years: 3, level: 'junior', competencies: { research: 1 } });
    const f = followUp(review([boss, e], s), s);
    const p = f.plans[1];
    expect(p.reviewDate).toBe('2025-02-28');
    const mentoring = p.actions.find((a) => a.section === 'mentoring');
    expect(mentoring?.owner).toBe('王经理');
    expect(p.owner).toBe('王经理');
    expect(p.actions.filter((a) => a.section !== 'mentoring').every((a) => a.owner === undefined)).toBe(true);
    expect(planOf(inBox(5, { manager: '李四' })).owner).toBe('李四');
    expect(planOf(inBox(5)).owner).toBeUndefined();
  });
});

describe('the mentor line agrees with the strategy', () => {
  it('box 8 without a mentor does not promise 「配备导师」, and says why', () => {
    const p = planOf(inBox(8, { years: 3, competencies: { research: 2 } }));
    expect(p.mentor).toBeUndefined();
    expect(p.strategy.zh).not.toContain('配备导师');
    expect(p.mentorNote?.zh).toMatch(/^未结对/u);
  });
});

describe('growth stage and career track', () => {
  it.each([
    ['technical', 'technical'],
    ['management', 'management'],
    ['composite', 'dual'],
    ['skill', 'technical'],
  ] as [CareerInterest, CareerTrack][])('%s → %s, the interest kept for the plan (双师型 stays 双师型)', (interest, track) => {
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
  const cases: [Box, Risk | undefined, boolean][] = [];
  for (const box of [1, 2, 3, 4, 5, 6, 7, 8, 9] as Box[]) {
    for (const risk of ['high', 'medium', 'low', undefined] as (Risk | undefined)[]) {
      cases.push([box, risk, risk === 'high' && (box === 9 || box === 8 || box === 6)]);
    }
  }
  it.each(cases)('box %i, risk %p → %p', (box, risk, expected) => {
    const p = planOf(inBox(box, { flightRisk: risk }));
    expect(p.box).toBe(box);
    expect(p.actions.some((a) => a.section === 'retention')).toBe(expected);
  });

  it('gives short- and long-term incentives from table 2, non-material first', () => {
    const p = planOf(inBox(9, { flightRisk: 'high' }));
    expect(labels(p, 'retention')).toEqual(['短期激励：授权、群策群力、薪酬、福利', '长期激励：员工晋升、工作使命、股份、期权']);
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
