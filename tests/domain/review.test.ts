// The review end to end in the engine: standards → gaps → potential → box → explanation → counts.
import { BOXES, defaultSettings, formatTopGaps, reviewEngineers, type StandardRow } from '../../src/domain';
import { engineer, rated } from './helpers';

const settings = defaultSettings();

const standards: StandardRow[] = [
  { category: '研发工程师', level: 'intermediate', required: { research: 3, practice: 3, problemSolving: 3, integration: 3, innovation: 3 } },
];

describe('one engineer, potential derived from competencies', () => {
  // 研发工程师 中级, required 3 each; research 4, practice 3.5, problem solving 3, the rest not assessed:
  // surplus (1 + 0.5 + 0) / 3 = 0.5 → 高; performance A → 优秀; box 9.
  const e = engineer({
    id: 'E001',
    category: '研发工程师',
    level: 'intermediate',
    performance: { band: 'excellent', source: { kind: 'rating', raw: 'A', mapped: false } },
    potential: undefined,
    competencies: { research: 4, practice: 3.5, problemSolving: 3 },
  });
  const [r] = reviewEngineers([e], standards, settings).reviews;

  it('lands in box 9 with the derivation recorded', () => {
    expect(r.placement).toEqual({
      performance: 'excellent',
      potential: 'high',
      box: 9,
      potentialBasis: { kind: 'derived', meanSurplus: 0.5, assessed: 3 },
    });
    expect(r.finalBox).toBe(9);
  });

  it('explains it in both languages', () => {
    expect(r.explanation).toEqual({
      zh: '绩效 A→优秀；潜力 由3项能力推导 +0.5→高 → 9 超级明星',
      en: 'Performance A→Excellent; potential derived from 3 competencies +0.5→High → 9 Star',
    });
  });

  it('has a strength and no shortfall', () => {
    expect(r.strengths).toEqual(['research']);
    expect(r.topGaps).toEqual([]);
    expect(r.gaps.map((g) => g.severity)).toEqual(['meets', 'meets', 'meets', 'notAssessed', 'notAssessed']);
  });
});

describe('derived potential bands (performance B → 合格)', () => {
  it.each([
    [{ research: 3.5, practice: 3.5 }, 'high', 8], // +0.5
    [{ research: 2.5, practice: 2.5 }, 'medium', 5], // −0.5
    [{ research: 2.48, practice: 2.5 }, 'low', 2], // −0.51
  ] as const)('%j against 3 → %s, box %d', (competencies, potential, box) => {
    const e = engineer({ id: 'x', category: '研发工程师', level: 'intermediate', potential: undefined, competencies });
    const [r] = reviewEngineers([e], standards, settings).reviews;
    expect([r.placement.potential, r.placement.box]).toEqual([potential, box]);
  });
});

describe('a given potential is used as given', () => {
  it('competencies far above the standard do not raise a given 低', () => {
    const e = rated('E2', 'qualified', 'low', { category: '研发工程师', level: 'intermediate', competencies: { research: 5, practice: 5 } });
    const [r] = reviewEngineers([e], standards, settings).reviews;
    expect(r.placement.box).toBe(2);
    expect(r.placement.potentialBasis).toEqual({ kind: 'given', source: { kind: 'rating', raw: '低', mapped: false } });
    expect(r.explanation.zh).toBe('绩效 B→合格；潜力 低→低 → 2 基本胜任');
  });
});

describe('gaps against the default standard where the sheet has no row', () => {
  it('a 高级 engineer is measured against 4', () => {
    const e = rated('E3', 'qualified', 'medium', { level: 'senior', competencies: { problemSolving: 2.5, innovation: 3, research: 4 } });
    const [r] = reviewEngineers([e], [], settings).reviews;
    expect(r.gaps.map((g) => g.required)).toEqual([4, 4, 4, 4, 4]);
    expect(formatTopGaps(r.topGaps, 'zh-CN')).toBe('复杂问题解决能力 1.5；创新变革能力 1');
  });
});

describe('neither potential nor competency', () => {
  it('is a programming error (the reader leaves such rows out)', () => {
    const e = engineer({ id: 'E4', potential: undefined, competencies: {} });
    expect(() => reviewEngineers([e], [], settings)).toThrow(/E4/);
  });
});

describe('the whole review', () => {
  const engineers = [
    rated('A1', 'excellent', 'high', { department: '研发部' }),
    rated('A2', 'qualified', 'medium', { department: '研发部' }),
    rated('A3', 'qualified', 'medium', { department: '设备部' }),
    rated('A4', 'needs', 'low'),
  ];
  const result = reviewEngineers(engineers, [], settings);

  it('keeps the input order', () => {
    expect(result.reviews.map((r) => r.engineer.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('counts every box, all nine present', () => {
    expect(result.counts).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0, 8: 0, 9: 1 });
    expect(Object.keys(result.counts).map(Number)).toEqual([...BOXES]);
    expect(result.total).toBe(4);
  });

  it('carries the distribution groups (all, then departments)', () => {
    expect(result.distribution.map((g) => [g.groupKind, g.group, g.total, g.checked])).toEqual([
      ['all', 'all', 4, false],
      ['department', '研发部', 2, false],
      ['department', '设备部', 1, false],
    ]);
    expect(result.managerBias).toEqual([]);
  });

  it('an empty roster is an empty review', () => {
    const empty = reviewEngineers([], [], settings);
    expect(empty.total).toBe(0);
    expect(empty.reviews).toEqual([]);
    expect(empty.distribution).toHaveLength(1);
  });
});
