// Mentoring (传帮带, DOMAIN.md, Mentoring): eligibility, mentees, existing pairs kept and counted, suggestions
// in DOMAIN.md's order and tie-breaks, unpaired mentees with why.
import { compareIds, followUp, mentorCell, planMentoring, type Engineer, type StandardRow } from '../../src/domain';
import { rated } from './helpers';
import { mentee, mentor, review, settingsWith } from './followUpHelpers';

function pairsOf(engineers: Engineer[], over: Parameters<typeof settingsWith>[0] = {}, standards: StandardRow[] = []) {
  const s = settingsWith(over);
  return planMentoring(review(engineers, s, standards).reviews, s);
}

function suggested(p: ReturnType<typeof pairsOf>): [string, string][] {
  return p.result.pairs.filter((x) => x.kind === 'suggested').map((x) => [x.menteeId, x.mentorId]);
}

describe('mentor eligibility (§五(二)1(1)①)', () => {
  it('is met at exactly 10 years, 1 project, 优秀, 4 and 4', () => {
    const p = pairsOf([mentor('M')]);
    expect(p.eligibility[0].eligible).toBe(true);
    expect(p.result.eligibleMentors).toEqual(['M']);
  });

  it.each([
    ['9.99 years', { years: 9.99 }, 'years', '工龄 9.99 < 10'],
    ['no project led', { projectsLed: 0 }, 'projects', '牵头大型/复杂工程项目数 0 < 1'],
    ['years not given', { years: undefined }, 'years', '工龄 未填'],
    ['complex problem solving 3.99', { competencies: { problemSolving: 3.99 } }, 'problemSolving', '复杂问题解决能力 3.99 < 4'],
    ['integration not given', { competencies: { integration: undefined } }, 'integration', '专业学科交叉与整合能力 未填'],
  ] as [string, Partial<Engineer>, string, string][])('fails on %s alone', (_name, over, key, detail) => {
    const p = pairsOf([mentor('M', over)]);
    expect(p.eligibility[0].eligible).toBe(false);
    expect(p.eligibility[0].conditions.filter((c) => c.status !== 'met').map((c) => [c.key, c.detail.zh])).toEqual([[key, detail]]);
  });

  it('needs performance 优秀', () => {
    const p = pairsOf([rated('M', 'qualified', 'high', { years: 20, projectsLed: 3, competencies: { problemSolving: 5, integration: 5 } })]);
    expect(p.eligibility[0].eligible).toBe(false);
    expect(p.eligibility[0].conditions.find((c) => c.key === 'performance')?.detail.zh).toBe('绩效 合格，须为优秀');
  });

  it('takes its lines from the settings', () => {
    const p = pairsOf([mentor('M')], { mentorYears: 12, mentorCompetency: 4.5 });
    expect(p.eligibility[0].conditions.filter((c) => c.status === 'unmet').map((c) => c.key)).toEqual([
      'years',
      'problemSolving',
      'integration',
    ]);
  });
});

describe('who is a mentee: young (years < 10), a gap, and 初级 or box 4, 5, 7, 8', () => {
  it.each([
    ['box 8 with a gap, 12 years: not young, expert guidance instead', mentee('X', { years: 12 }), false],
    ['box 8 with a gap, 9.99 years', mentee('X', { years: 9.99 }), true],
    ['box 8 with a gap, years not given, 中级', mentee('X', { years: undefined, level: 'intermediate' }), true],
    ['box 8 with a gap, years not given, 高级', mentee('X', { years: undefined, level: 'senior' }), false],
    ['box 8 with a gap, years and level not given', mentee('X', { years: undefined }), false],
    ['box 8 with a gap', mentee('X'), true],
    ['box 8 without a gap', rated('X', 'qualified', 'high', { competencies: { research: 3 } }), false],
    ['box 8, competencies not assessed', rated('X', 'qualified', 'high'), false],
    ['box 7 with a gap', rated('X', 'needs', 'high', { years: 2, competencies: { practice: 2.5 } }), true],
    ['box 5 with a gap', rated('X', 'qualified', 'medium', { years: 2, competencies: { practice: 2.5 } }), true],
    ['box 4 with a gap', rated('X', 'needs', 'medium', { years: 2, competencies: { practice: 2.5 } }), true],
    ['box 9 with a gap', rated('X', 'excellent', 'high', { competencies: { practice: 2.5 } }), false],
    ['box 2 with a gap', rated('X', 'qualified', 'low', { competencies: { practice: 2.5 } }), false],
    ['box 2, 初级, with a gap (required 2)', rated('X', 'qualified', 'low', { level: 'junior', competencies: { practice: 1.5 } }), true],
    ['box 9, 初级, gap 0 (required 2)', rated('X', 'excellent', 'high', { level: 'junior', competencies: { practice: 2 } }), false],
  ] as [string, Engineer, boolean][])('%s → %p', (_name, e, expected) => {
    expect(pairsOf([e]).mentee[0]).toBe(expected);
  });

  it('uses the default standard when the standards sheet has no row for the category', () => {
    // Only 研发工程师 has a row; a 机械工程师 初级 falls back to the default 2: practice 1.5 is a gap of 0.5.
    const standards: StandardRow[] = [{ category: '研发工程师', level: 'junior', required: { practice: 4 } }];
    const p = pairsOf(
      [
        rated('J1', 'qualified', 'low', { category: '机械工程师', level: 'junior', competencies: { practice: 1.5 } }),
        rated('J2', 'qualified', 'low', { category: '机械工程师', level: 'junior', competencies: { practice: 2 } }),
        rated('J3', 'qualified', 'low', { category: '研发工程师', level: 'junior', competencies: { practice: 2 } }),
        mentor('M', { competencies: { practice: 4 } }),
      ],
      {},
      standards,
    );
    expect(p.mentee).toEqual([true, false, true, false]);
    expect(suggested(p)).toEqual([
      ['J3', 'M'], // larger total gap (2 against 0.5) goes first
      ['J1', 'M'],
    ]);
  });
});

describe('capacity', () => {
  it('a mentor at capacity (3 by default) takes no fourth mentee, who is listed as unpaired', () => {
    const p = pairsOf([mentor('M'), mentee('A'), mentee('B'), mentee('C'), mentee('D')]);
    expect(suggested(p)).toEqual([
      ['A', 'M'],
      ['B', 'M'],
      ['C', 'M'],
    ]);
    expect(p.result.unpaired.map((u) => [u.menteeId, u.why, u.reason.zh])).toEqual([
      ['D', 'allAtCapacity', '符合条件的导师名额已满（每位导师名额 3 名）'],
    ]);
    expect(p.result.mentorLoad).toEqual([{ mentorId: 'M', mentees: 3 }]);
  });

  it('comes from the settings', () => {
    const p = pairsOf([mentor('M'), mentee('A'), mentee('B')], { mentorCapacity: 1 });
    expect(suggested(p)).toEqual([['A', 'M']]);
    expect(p.result.unpaired.map((u) => u.menteeId)).toEqual(['B']);
  });

  it('counts existing pairs', () => {
    const p = pairsOf([mentor('M'), mentee('A', { mentorId: 'M' }), mentee('B', { mentorId: 'M' }), mentee('C'), mentee('D')]);
    expect(suggested(p)).toEqual([['C', 'M']]);
    expect(p.result.unpaired.map((u) => u.menteeId)).toEqual(['D']);
  });
});

describe('existing pairs are always kept', () => {
  it('over capacity: all kept, each with a warning, and no suggestion goes to that mentor', () => {
    const p = pairsOf([
      mentor('M'),
      ...['A', 'B', 'C', 'D'].map((id) => mentee(id, { mentorId: 'M' })),
      mentee('E'),
    ]);
    const existing = p.result.pairs.filter((x) => x.kind === 'existing');
    expect(existing.map((x) => [x.menteeId, x.mentorId])).toEqual([
      ['A', 'M'],
      ['B', 'M'],
      ['C', 'M'],
      ['D', 'M'],
    ]);
    for (const x of existing) {
      expect(x.warnings.map((w) => w.zh)).toEqual(['导师已有 4 名学员，超过名额 3']);
    }
    expect(suggested(p)).toEqual([]);
    expect(p.result.unpaired.map((u) => [u.menteeId, u.why])).toEqual([['E', 'allAtCapacity']]);
  });

  it('at capacity exactly: kept without a warning', () => {
    const p = pairsOf([mentor('M'), ...['A', 'B', 'C'].map((id) => mentee(id, { mentorId: 'M' }))]);
    expect(p.result.pairs.every((x) => x.warnings.length === 0)).toBe(true);
  });

  it('an ineligible mentor: kept, with a warning naming what is not met', () => {
    const p = pairsOf([mentor('M', { years: 8 }), mentee('A', { mentorId: 'M' })]);
    expect(p.result.pairs.map((x) => [x.menteeId, x.mentorId, x.kind])).toEqual([['A', 'M', 'existing']]);
    expect(p.result.pairs[0].warnings).toEqual([
      { zh: '导师不符合导师条件：工龄 8 < 10', en: 'The mentor does not meet the mentor criteria: Years of experience 8 < 10' },
    ]);
    expect(p.mentorOf[1]).toBe(p.result.pairs[0]);
  });

  it('a mentor ID naming nobody in the review is an external mentor: kept, written 「<工号>（外部导师）」, never replaced', () => {
    const p = pairsOf([mentee('A', { mentorId: 'X999' }), mentor('M')]);
    expect(p.result.pairs).toHaveLength(1);
    const pair = p.result.pairs[0];
    expect([pair.menteeId, pair.mentorId, pair.resolved, pair.kind, pair.external]).toEqual(['A', 'X999', false, 'existing', true]);
    expect(pair.warnings).toEqual([]);
    expect(mentorCell(pair)).toBe('X999（外部导师）');
    expect(mentorCell(pair, 'en-US')).toBe('X999 (external)');
    // Counted against nobody's capacity.
    expect(p.result.mentorLoad).toEqual([{ mentorId: 'M', mentees: 0 }]);
    // A has a mentor already: no suggestion on top.
    expect(suggested(p)).toEqual([]);
  });

  it('a mentor given by name resolves to the engineer', () => {
    const p = pairsOf([mentor('M', { name: '王工' }), mentee('A', { mentorId: '王工' })]);
    expect(p.result.pairs[0].mentorId).toBe('M');
    expect(mentorCell(p.result.pairs[0])).toBe('王工(M)');
  });

  it('oneself as mentor: kept, with a warning', () => {
    const p = pairsOf([mentor('M', { level: 'junior', competencies: { research: 1 }, mentorId: 'M' })]);
    expect(p.result.pairs[0].warnings.map((w) => w.zh)).toEqual(['导师为本人']);
  });
});

describe('unpaired mentees, with why', () => {
  it('no eligible mentor at all', () => {
    const p = pairsOf([mentee('A'), mentor('M', { projectsLed: 0 })]);
    expect(p.result.unpaired.map((u) => u.why)).toEqual(['noEligibleMentor']);
    expect(p.result.unpaired[0].reason.zh).toContain('没有符合条件的导师');
  });

  it('the only eligible mentor is the mentee themselves', () => {
    // 初级 (required 2), box 9, research 1 → a gap; and every mentor condition met.
    // Only where the settings let a 10-year engineer be a mentee (学员工龄上限 20) with no margin.
    const p = pairsOf([mentor('S', { level: 'junior', competencies: { research: 1 } }), mentee('A', { competencies: { research: 3 } })], { menteeMaxYears: 20, mentorYearMargin: 0 });
    expect(p.mentee).toEqual([true, false]);
    expect(p.eligibility[0].eligible).toBe(true);
    expect(suggested(p)).toEqual([]);
    expect(p.result.unpaired.map((u) => [u.menteeId, u.why, u.reason.zh])).toEqual([
      ['S', 'onlySelf', '唯一符合条件的导师是本人，本人不能做自己的导师'],
    ]);
  });

  it('an eligible mentee is paired with another mentor, never with themselves', () => {
    const p = pairsOf([mentor('A1', { level: 'junior', competencies: { research: 1 } }), mentor('Z9')], { menteeMaxYears: 20, mentorYearMargin: 0 });
    expect(suggested(p)).toEqual([['A1', 'Z9']]);
  });
});

describe('以老带新: a suggested mentor has at least 5 more years than the mentee', () => {
  it.each([
    [3, 10, true],
    [5, 10, true],
    [5.5, 10, false],
    [9, 14, true],
    [9, 13.5, false],
    [undefined, 10, true],
  ] as [number | undefined, number, boolean][])('mentee %p years, mentor %p years → paired %p', (menteeYears, mentorYears, paired) => {
    const p = pairsOf([mentor('M', { years: mentorYears }), mentee('A', { years: menteeYears, level: 'junior', competencies: { research: 1 } })]);
    expect(suggested(p)).toEqual(paired ? [['A', 'M']] : []);
    if (!paired) expect(p.result.unpaired.map((u) => u.why)).toEqual(['noSeniorMentor']);
  });

  it('takes the senior enough mentor over a better-matched one with too few years', () => {
    const p = pairsOf([
      mentor('NEAR', { years: 11, department: '研发部', competencies: { research: 5 } }),
      mentor('FAR', { years: 16 }),
      mentee('A', { years: 8, department: '研发部' }),
    ]);
    expect(suggested(p)).toEqual([['A', 'FAR']]);
  });

  it('a kept pair with a mentor of fewer years than the mentee is warned, never dropped', () => {
    const p = pairsOf([mentor('M', { years: 10 }), mentee('A', { years: 12, mentorId: 'M' })]);
    expect(p.result.pairs.map((x) => [x.menteeId, x.mentorId, x.kind])).toEqual([['A', 'M', 'existing']]);
    expect(p.result.pairs[0].warnings.map((w) => w.zh)).toEqual(['导师工龄 10 年少于学员的 12 年，不符合以老带新']);
  });

  it('培养目标 is prefilled from the mentee’s top gaps', () => {
    const p = pairsOf([mentor('M'), mentee('A', { competencies: { research: 2, innovation: 2.5 } })]);
    expect(p.result.pairs[0].goal).toEqual({ zh: '专业技术研究能力 2→3；创新变革能力 2.5→3', en: 'Technical research 2→3; Innovation & change 2.5→3' });
  });
});

describe('tie-breaks, in order', () => {
  // Mentee: 研发部, 研发工程师, gaps in research and innovation.
  const m = (id: string, over: Partial<Engineer> = {}) =>
    mentee(id, { department: '研发部', category: '研发工程师', competencies: { research: 2, innovation: 2 }, ...over });

  it('1. more of the mentee’s gap competencies covered beats category and department', () => {
    const p = pairsOf([
      mentor('A', { department: '研发部', category: '研发工程师', competencies: { research: 4 } }),
      mentor('B', { department: '设备部', category: '设备工程师', competencies: { research: 4, innovation: 4.5 } }),
      m('X'),
    ]);
    expect(suggested(p)).toEqual([['X', 'B']]);
    expect(p.result.pairs[0].covered).toEqual(['research', 'innovation']);
    expect(p.result.pairs[0].reason.zh).toBe('建议结对，待领导小组审核；导师覆盖差距能力：专业技术研究能力、创新变革能力');
  });

  it('2. same category beats same department', () => {
    const p = pairsOf([
      mentor('A', { department: '研发部', category: '设备工程师', competencies: { research: 4 } }),
      mentor('B', { department: '设备部', category: '研发工程师', competencies: { research: 4 } }),
      m('X'),
    ]);
    expect(suggested(p)).toEqual([['X', 'B']]);
    expect(p.result.pairs[0].sameCategory).toBe(true);
    expect(p.result.pairs[0].reason.zh).toContain('同类别');
  });

  it('3. same department beats fewer mentees', () => {
    const p = pairsOf([
      mentor('A', { department: '研发部', category: '研发工程师' }),
      mentor('B', { department: '设备部', category: '研发工程师' }),
      rated('Y', 'qualified', 'medium', { mentorId: 'A' }),
      m('X'),
    ]);
    expect(suggested(p)).toEqual([['X', 'A']]);
    expect(p.result.pairs.find((x) => x.kind === 'suggested')?.reason.zh).toBe(
      '建议结对，待领导小组审核；导师不覆盖学员的差距能力；同类别；同部门',
    );
  });

  it('4. fewer mentees beats the smaller ID', () => {
    const p = pairsOf([mentor('A'), mentor('B'), rated('Y', 'qualified', 'medium', { mentorId: 'A' }), m('X')]);
    expect(suggested(p)).toEqual([['X', 'B']]);
  });

  it('5. then the smaller ID, reading numbers as numbers (M2 before M10)', () => {
    const p = pairsOf([mentor('M10'), mentor('M2'), m('X')]);
    expect(suggested(p)).toEqual([['X', 'M2']]);
  });

  it('spreads mentees over equal mentors by load', () => {
    const p = pairsOf([mentor('M1'), mentor('M2'), m('X1'), m('X2'), m('X3')]);
    expect(suggested(p)).toEqual([
      ['X1', 'M1'],
      ['X2', 'M2'],
      ['X3', 'M1'],
    ]);
  });

  it('a mentee without category or department matches on coverage, load and ID only', () => {
    const p = pairsOf([mentor('A', { department: '研发部' }), mentor('B', { competencies: { research: 4 } }), mentee('X')]);
    expect(suggested(p)).toEqual([['X', 'B']]);
  });
});

describe('mentee order: box 8, 7, 5, 4, then the rest; then larger total gap; then ID', () => {
  const roster = [
    rated('R1', 'qualified', 'low', { years: 2, level: 'junior', competencies: { research: 1 } }), // box 2, 初级, gap 1
    rated('F1', 'needs', 'medium', { years: 2, competencies: { research: 1 } }), // box 4, gap 2
    rated('V1', 'qualified', 'medium', { years: 2, competencies: { research: 2 } }), // box 5, gap 1
    rated('S10', 'needs', 'high', { years: 2, competencies: { research: 2 } }), // box 7, gap 1
    rated('S9', 'needs', 'high', { years: 2, competencies: { research: 2 } }), // box 7, gap 1
    rated('S2', 'needs', 'high', { years: 2, competencies: { research: 2, innovation: 2.5 } }), // box 7, gap 1.5
    rated('E1', 'qualified', 'high', { years: 2, competencies: { research: 2.5 } }), // box 8, gap 0.5
    mentor('M'),
  ];

  it('orders the suggestions', () => {
    const p = pairsOf(roster, { mentorCapacity: 10 });
    expect(suggested(p).map(([x]) => x)).toEqual(['E1', 'S2', 'S9', 'S10', 'V1', 'F1', 'R1']);
  });

  it('so with one place, box 8 gets the mentor', () => {
    const p = pairsOf(roster, { mentorCapacity: 1 });
    expect(suggested(p)).toEqual([['E1', 'M']]);
    expect(p.result.unpaired.map((u) => u.menteeId)).toEqual(['S2', 'S9', 'S10', 'V1', 'F1', 'R1']);
  });
});

describe('compareIds', () => {
  it('reads digit runs as numbers and is a total order', () => {
    const ids = ['E10', 'E2', 'E1', 'A100', 'A20', '00123', '123', 'E02', '工程师3', '工程师12'];
    expect([...ids].sort(compareIds)).toEqual(['00123', '123', 'A20', 'A100', 'E1', 'E02', 'E2', 'E10', '工程师3', '工程师12']);
    expect(compareIds('7', '007')).not.toBe(0);
    expect(compareIds('7', '007')).toBe(-compareIds('007', '7'));
    expect(compareIds('E5', 'E5')).toBe(0);
  });
});

it('puts the pair on the engineer and the mentor cell as 姓名(工号)', () => {
  const s = settingsWith();
  const f = followUp(review([mentor('M', { name: '王工' }), mentee('A')], s), s);
  expect(mentorCell(f.engineers[1].mentor)).toBe('王工(M)（建议）');
  expect(mentorCell(f.engineers[1].mentor, 'en-US')).toBe('王工(M) (suggested)');
  expect(f.engineers[1].mentor?.kind).toBe('suggested');
  expect(f.engineers[1].plan?.mentor).toBe(f.engineers[1].mentor);
  expect(mentorCell(f.engineers[0].mentor)).toBe('');
});
