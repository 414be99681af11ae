// The talent map as DOMAIN.md "Supply and demand" says, case by case.
import { talentMap, targetRows, type DemandRow, type TalentMap } from '../../src/domain/talentMap';
import type { Engineer, LevelKey, PerfBand, PotBand } from '../../src/domain';
import { rated } from './helpers';
import { review } from './followUpHelpers';

function eng(id: string, dept: string, category: string, level: LevelKey, perf: PerfBand, pot: PotBand, over: Partial<Engineer> = {}): Engineer {
  return rated(id, perf, pot, { department: dept, category, level, ...over });
}

function demand(over: Partial<DemandRow> & { needed: number; row: number }): DemandRow {
  return { ...over };
}

// 研发部: three intermediate 研发型 engineers — box 9, box 5, box 1 (research 1 against the default 3: gap 2, high).
// 工艺部: one junior 研发型 in box 6, one senior 技能型 in box 8.
const ROSTER = [
  eng('A1', '研发部', '研发型', 'intermediate', 'excellent', 'high'),
  eng('A2', '研发部', '研发型', 'intermediate', 'qualified', 'medium'),
  eng('A3', '研发部', '研发型', 'intermediate', 'needs', 'low', { competencies: { research: 1 } }),
  eng('A4', '研发部', '研发型', 'junior', 'excellent', 'medium'),
  eng('B1', '工艺部', '研发型', 'junior', 'excellent', 'medium'),
  eng('B2', '工艺部', '技能型', 'senior', 'qualified', 'high'),
];
const REVIEWS = review(ROSTER).reviews;

function cell(map: TalentMap, category: string, level: LevelKey, column: string) {
  const c = map.cells.find((x) => x.category === category && x.level === level && x.column === column);
  if (!c) throw new Error(`no cell ${category} ${level} ${column}`);
  return c;
}

describe('talent map: supply, ready supply, post fit per category × level × department', () => {
  const map = talentMap(REVIEWS, undefined);

  it('has every category × level as rows and the departments in roster order as columns', () => {
    expect(map.columns).toEqual(['研发部', '工艺部']);
    expect(map.rows).toEqual([
      { category: '研发型', level: 'junior' },
      { category: '研发型', level: 'intermediate' },
      { category: '研发型', level: 'senior' },
      { category: '技能型', level: 'junior' },
      { category: '技能型', level: 'intermediate' },
      { category: '技能型', level: 'senior' },
    ]);
    expect(map.demandGiven).toBe(false);
  });

  it('counts supply, ready (boxes 9, 8, 6) and the share without a high gap', () => {
    const c = cell(map, '研发型', 'intermediate', '研发部');
    expect([c.supply, c.ready]).toEqual([3, 1]);
    expect(c.fit).toBeCloseTo(2 / 3, 10);
    expect(cell(map, '技能型', 'senior', '工艺部')).toMatchObject({ supply: 1, ready: 1, fit: 1 });
    expect(cell(map, '技能型', 'senior', '研发部')).toMatchObject({ supply: 0, ready: 0, fit: undefined });
  });

  it('puts the whole company in one column when the setting says so', () => {
    const company = talentMap(REVIEWS, undefined, { columns: 'company', scarceShare: 0.2, companyLabel: 'Company' });
    expect(company.columns).toEqual(['Company']);
    expect(cell(company, '研发型', 'junior', 'Company')).toMatchObject({ supply: 2, ready: 2 });
  });
});

describe('talent map: demand lines', () => {
  const rows = [
    demand({ department: '研发部', category: '研发型', level: 'intermediate', needed: 5, row: 1 }),
    demand({ department: '研发部', category: '研发型', level: 'intermediate', needed: 9, row: 2 }),
    demand({ department: '研发部', category: '研发型', level: 'senior', needed: 2, row: 3 }),
    demand({ category: '技能型', needed: 1, row: 4 }),
    demand({ department: '工艺部', category: '研发型', level: 'junior', needed: 1, row: 5, scarce: true }),
  ];
  const map = talentMap(REVIEWS, rows);

  it('fills a cell from the line naming it, gap = demand − supply', () => {
    const c = cell(map, '研发型', 'intermediate', '研发部');
    expect(c.line?.demand.needed).toBe(5);
    expect(c.line?.gap).toBe(2);
  });

  it('uses the first of two rows with the same keys and reports the second', () => {
    expect(map.duplicates).toEqual([{ first: 1, second: 2 }]);
  });

  it('lists a line with a * key under the grid, compared with every engineer it matches', () => {
    expect(map.otherLines.map((l) => [l.demand.row, l.supply, l.gap])).toEqual([[4, 1, 0]]);
  });

  it('catalogues lines short by at least 20% of demand or marked 紧缺, with internal candidates one level below', () => {
    // Row 1: gap 2 of 5 = 40% → scarce; no junior below intermediate in 研发部 is ready except A4 (box 6).
    // Row 3: senior, gap 2 of 2 → scarce; the intermediates below in a ready box: A1 (box 9).
    // Row 5: marked 紧缺, gap 0; junior has no level below.
    expect(map.scarce.map((s) => [s.line.demand.row, s.reason, s.internal, s.toHire])).toEqual([
      [1, 'gap', ['A4'], 1],
      [3, 'gap', ['A1'], 1],
      [5, 'marked', [], 0],
    ]);
  });

  it('counts an engineer as an internal candidate for one line only, the first in sheet order', () => {
    const twice = talentMap(REVIEWS, [
      demand({ department: '研发部', category: '研发型', level: 'senior', needed: 3, row: 1 }),
      demand({ category: '研发型', level: 'senior', needed: 3, row: 2 }),
    ]);
    expect(twice.scarce.map((s) => s.internal)).toEqual([['A1'], []]);
    expect(twice.scarce.map((s) => s.toHire)).toEqual([2, 3]);
  });

  it('leaves an over-supplied line out of the catalogue unless marked', () => {
    const over = talentMap(REVIEWS, [demand({ department: '研发部', category: '研发型', level: 'intermediate', needed: 1, row: 1 })]);
    expect(over.scarce).toEqual([]);
    expect(over.cells.find((c) => c.line)?.line?.gap).toBe(-2);
  });
});

describe('cultivation targets', () => {
  it('compares 梯队目标 with the pool now and after the review, and 市级预期培育数量 with the city checks', () => {
    const rows = targetRows(
      [
        { level: 'junior', inPool: true, poolAfterReview: true, cityCandidate: false },
        { level: 'junior', inPool: false, poolAfterReview: true, cityCandidate: false },
        { level: 'senior', inPool: true, poolAfterReview: false, cityCandidate: true },
      ],
      { poolTargets: { junior: 4, senior: 1 }, cityTarget: 3 },
    );
    expect(rows).toEqual([
      { kind: 'pool', level: 'junior', target: 4, now: 1, afterReview: 2, distance: 3 },
      { kind: 'pool', level: 'senior', target: 1, now: 1, afterReview: 0, distance: 0 },
      { kind: 'city', target: 3, now: 1, distance: 2 },
    ]);
  });
});
