// Key positions and succession as DOMAIN.md says, case by case.
import { postsFromRoster, succession, type KeyPost } from '../../src/domain/succession';
import { defaultSettings, standardsLookup, type Engineer, type LevelKey, type PerfBand, type PotBand } from '../../src/domain';
import { rated } from './helpers';
import { review } from './followUpHelpers';

const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };

function eng(id: string, level: LevelKey, perf: PerfBand, pot: PotBand, over: Partial<Engineer> = {}): Engineer {
  return rated(id, perf, pot, { category: '研发型', level, competencies: ALL4, ...over });
}

const SETTINGS = { ...defaultSettings(), successorCount: 3 };
const LOOKUP = standardsLookup([]); // default standard: senior 4, intermediate 3, junior 2

function post(over: Partial<KeyPost> & { name: string }): KeyPost {
  return { category: '研发型', level: 'senior', namedSuccessors: [], ...over };
}

describe('succession: suggestions, readiness, coverage', () => {
  const roster = [
    eng('H1', 'senior', 'qualified', 'medium', { flightRisk: 'high' }), // holder, box 5, high flight risk
    eng('S9', 'senior', 'excellent', 'high'), // box 9, meets the senior standard: ready now
    eng('S6', 'intermediate', 'excellent', 'medium'), // box 6 one level below: level short → 1–2 years
    eng('S8', 'senior', 'qualified', 'high', { competencies: { ...ALL4, research: 2 } }), // box 8, one high gap (2)
    eng('J9', 'junior', 'excellent', 'high'), // two levels below: not suggested
    eng('X5', 'senior', 'qualified', 'medium'), // box 5: not suggested
    eng('T6', 'senior', 'excellent', 'medium', { category: '技能型' }), // other category
  ];
  const reviews = review(roster).reviews;
  const result = succession(reviews, [post({ name: '首席工艺师', incumbentId: 'H1' })], 'sheet', LOOKUP, SETTINGS);
  const p = result.posts[0];

  it('suggests same category, level equal or one below, box 9, 8 or 6, ordered 9, 6, 8', () => {
    expect(p.successors.map((s) => s.id)).toEqual(['S9', 'S6', 'S8']);
  });

  it('rates readiness: ready now, 1–2 years for a level short or one high gap', () => {
    expect(p.successors.map((s) => s.readiness)).toEqual(['now', 'oneToTwo', 'oneToTwo']);
    expect(p.successors[2].highGaps).toBe(1);
  });

  it('marks the post at risk for the holder’s flight risk, and covered by the ready-now successor', () => {
    expect(p.risk).toBe('high');
    expect(p.covered).toBe(true);
    expect(result.coverage).toEqual({ posts: 1, covered: 1, atRiskUncovered: 0 });
  });

  it('tells each successor’s plan which posts it prepares for', () => {
    expect(result.successorOf.get('S8')).toEqual(['首席工艺师']);
    expect(result.successorOf.has('J9')).toBe(false);
  });
});

describe('succession: named successors, vacancies, one post per suggestion', () => {
  const roster = [
    eng('A', 'senior', 'excellent', 'high'), // box 9
    eng('B', 'senior', 'excellent', 'medium'), // box 6
    eng('C', 'senior', 'needs', 'low'), // box 1: never suggested, but kept when named
    eng('D', 'senior', 'qualified', 'medium', { competencies: {} }), // box 5 unassessed
  ];
  const reviews = review(roster).reviews;
  const posts = [
    post({ name: '总工程师', incumbentId: 'A', namedSuccessors: ['C', 'Z99'] }),
    post({ name: '副总工程师' }),
    post({ name: '主任工程师', incumbentId: 'B' }),
  ];
  const result = succession(reviews, posts, 'sheet', LOOKUP, { ...SETTINGS, successorCount: 2 });

  it('keeps named successors first, even when the rules would not suggest them, and fills up to the count', () => {
    const first = result.posts[0];
    expect(first.successors.map((s) => [s.id, s.named])).toEqual([
      ['C', true],
      ['Z99', true],
    ]);
    expect(first.successors[0].readiness).toBe('threePlus');
    expect(first.successors[1].review).toBeUndefined();
  });

  it('suggests an engineer for one post at most, marking a holder of another key post', () => {
    // 副总工程师 is vacant: B (box 6, 主任工程师's holder) and A (box 9, 总工程师's holder) are suggested, 9 first.
    const vacancy = result.posts[1];
    expect(vacancy.risk).toBe('high');
    expect(vacancy.successors.map((s) => [s.id, s.holds])).toEqual([
      ['A', '总工程师'],
      ['B', '主任工程师'],
    ]);
    // Holders of other posts do not cover it.
    expect(vacancy.covered).toBe(false);
    // A and B are taken: nobody is left for 主任工程师.
    expect(result.posts[2].successors).toEqual([]);
    expect(result.coverage).toEqual({ posts: 3, covered: 0, atRiskUncovered: 1 });
  });

  it('singles out key posts held by box 9 (双高)', () => {
    expect(result.doubleHigh.map((p) => p.post.name)).toEqual(['总工程师']);
  });

  it('rates an engineer without competencies 未评估', () => {
    const d = succession(reviews, [post({ name: 'P', namedSuccessors: ['D'] })], 'sheet', LOOKUP, SETTINGS).posts[0];
    expect(d.successors[0].readiness).toBe('notAssessed');
  });
});

describe('posts from the roster', () => {
  it('makes one post per engineer marked 关键岗位, of their own 岗位 and level', () => {
    const reviews = review([
      eng('K1', 'senior', 'excellent', 'high', { keyPosition: true, position: '焊接工艺主管', department: '工艺部' }),
      eng('K2', 'junior', 'qualified', 'medium'),
    ]).reviews;
    expect(postsFromRoster(reviews)).toEqual([
      { name: '焊接工艺主管', department: '工艺部', category: '研发型', level: 'senior', incumbentId: 'K1', namedSuccessors: [] },
    ]);
  });
});
