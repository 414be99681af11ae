// DOMAIN.md, 能力素质标准: the most specific non-empty cell wins; otherwise the default 初级 2, 中级 3, 高级 4, none 3.
import { COMPETENCIES, requiredLevels, standardsLookup, type CompetencyKey, type StandardRow } from '../../src/domain';

const all = (n: number): Record<CompetencyKey, number> =>
  Object.fromEntries(COMPETENCIES.map((c) => [c, n])) as Record<CompetencyKey, number>;

describe('default standard when the sheet gives nothing', () => {
  it.each([
    ['junior', 2],
    ['intermediate', 3],
    ['senior', 4],
    [undefined, 3],
  ] as const)('level %s → %d for every competency', (level, n) => {
    expect(requiredLevels('研发工程师', level, [])).toEqual(all(n));
  });
});

describe('precedence: (category, level) > (category, *) > (*, level) > (*, *)', () => {
  // Worked example: a 研发工程师 at 中级.
  const standards: StandardRow[] = [
    { category: undefined, level: undefined, required: { research: 1, practice: 1, problemSolving: 1, integration: 1 } },
    { category: undefined, level: 'intermediate', required: { research: 2, practice: 2, problemSolving: 2 } },
    { category: '研发工程师', level: undefined, required: { research: 3, practice: 3 } },
    { category: '研发工程师', level: 'intermediate', required: { research: 4.5 } },
  ];

  it('each competency takes the most specific row that has a value for it', () => {
    expect(requiredLevels('研发工程师', 'intermediate', standards)).toEqual({
      research: 4.5, // (研发工程师, 中级)
      practice: 3, // (研发工程师, *)
      problemSolving: 2, // (*, 中级)
      integration: 1, // (*, *)
      innovation: 3, // nothing matches: default for 中级
    });
  });

  it('another level of the same category skips the (category, level) row', () => {
    expect(requiredLevels('研发工程师', 'senior', standards)).toEqual({
      research: 3, practice: 3, problemSolving: 1, integration: 1, innovation: 4,
    });
  });

  it('an engineer without a level matches only `*` levels', () => {
    expect(requiredLevels('研发工程师', undefined, standards)).toEqual({
      research: 3, practice: 3, problemSolving: 1, integration: 1, innovation: 3,
    });
  });

  it('an engineer without a category matches only `*` categories', () => {
    expect(requiredLevels(undefined, 'intermediate', standards)).toEqual({
      research: 2, practice: 2, problemSolving: 2, integration: 1, innovation: 3,
    });
  });

  it('another category falls through to the general rows', () => {
    expect(requiredLevels('机械工程师', 'junior', standards)).toEqual({
      research: 1, practice: 1, problemSolving: 1, integration: 1, innovation: 2,
    });
  });
});

describe('category matching', () => {
  const standards: StandardRow[] = [{ category: '"双跨"型工程师', level: undefined, required: { research: 5 } }];
  it.each(['"双跨"型工程师', '双跨工程师', '“双跨”型工程师', ' 双跨 工程师 ', '＂双跨＂型工程师'])('%s is the 双跨 category', (cat) => {
    expect(requiredLevels(cat, 'junior', standards).research).toBe(5);
  });
  it('case and width are ignored', () => {
    const rows: StandardRow[] = [{ category: 'R&D Engineer', required: { innovation: 4 } }];
    expect(requiredLevels('r&d engineer', undefined, rows).innovation).toBe(4);
    expect(requiredLevels('Ｒ＆Ｄ Engineer', undefined, rows).innovation).toBe(4);
  });
  it('an empty category cell in the sheet is `*`', () => {
    const rows: StandardRow[] = [{ category: ' ', required: { practice: 5 } }];
    expect(requiredLevels('设备工程师', 'senior', rows).practice).toBe(5);
  });
});

describe('duplicate rows', () => {
  it('the first non-empty cell among rows of equal specificity wins', () => {
    const rows: StandardRow[] = [
      { category: '产品工程师', level: 'junior', required: { research: 2 } },
      { category: '产品工程师', level: 'junior', required: { research: 4, practice: 4 } },
    ];
    const r = requiredLevels('产品工程师', 'junior', rows);
    expect([r.research, r.practice]).toEqual([2, 4]);
  });
});

describe('lookup reuse', () => {
  it('a result handed out cannot change the next lookup', () => {
    const lookup = standardsLookup([]);
    const first = lookup.required('研发工程师', 'senior');
    first.research = 0;
    expect(lookup.required('研发工程师', 'senior').research).toBe(4);
  });
});
