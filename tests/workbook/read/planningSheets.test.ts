// 需求规划 and 关键岗位 as DOMAIN.md says: aliases, `*` rows, problems at their cells, the first of two equal rows.
import { defaultSettings } from '../../../src/domain';
import { readDemand } from '../../../src/workbook/read/demand';
import { readKeyPosts } from '../../../src/workbook/read/keyPosts';
import { gridOf } from '../../helpers/memoryHost';

const SETTINGS = defaultSettings();

describe('需求规划 / Demand', () => {
  it('reads the lines, `*` and empty keys as everyone, 紧缺 as a yes/no', () => {
    const read = readDemand(
      gridOf('需求规划', [
        ['2026 年工程师需求'],
        ['部门', '工程师类别', '培育层级', '需求人数', '期限', '紧缺', '说明'],
        ['研发中心', '研发型', '高级', 4, 2027, '是', '新能源平台'],
        ['*', '工艺型', '', '3', null, '否', null],
        ['工艺部', '技能型', '中级', 2, null, null, null],
      ]),
      SETTINGS,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { department: '研发中心', category: '研发型', level: 'senior', needed: 4, due: '2027', scarce: true, note: '新能源平台', row: 2 },
      { category: '工艺型', needed: 3, scarce: false, row: 3 },
      { department: '工艺部', category: '技能型', level: 'intermediate', needed: 2, row: 4 },
    ]);
  });

  it('reads English headers', () => {
    const read = readDemand(gridOf('Demand', [['Department', 'Category', 'Level', 'Needed'], ['R&D', 'Research', 'Tier 2', 1]]), SETTINGS);
    expect(read.rows).toEqual([{ department: 'R&D', category: 'Research', level: 'intermediate', needed: 1, row: 1 }]);
  });

  it('puts each unreadable cell at its address and leaves the row out', () => {
    const read = readDemand(
      gridOf('需求规划', [
        ['部门', '工程师类别', '培育层级', '需求人数', '紧缺'],
        ['研发中心', '研发型', '特级', 1, null],
        ['研发中心', '研发型', '初级', -2, null],
        ['研发中心', '研发型', '初级', 'x', '也许'],
        ['研发中心', '研发型', '初级', null, null],
        ['研发中心', '研发型', '中级', 2, '也许'],
        ['研发中心', '研发型', '中级', 5, null],
      ]),
      SETTINGS,
    );
    expect(read.problems.map((p) => [p.cell, p.severity, p.message.en])).toEqual([
      ['C2', 'warning', 'The level "特级" is not known (expected Tier 1/2/3 or *); this demand row is ignored'],
      ['D3', 'warning', 'Needed "-2" is not a whole number of 0 or more; this demand row is ignored'],
      ['D4', 'warning', 'Needed "x" is not a whole number of 0 or more; this demand row is ignored'],
      ['D5', 'warning', 'Needed is empty, so this demand row is ignored: enter a whole number of 0 or more'],
      ['E6', 'warning', 'Scarce "也许" is not known (expected Yes/No); treated as not marked scarce'],
      ['C7', 'warning', 'Row 7 has the same department, category and level as row 6: row 6 is used and this row is ignored'],
    ]);
    expect(read.rows.map((r) => r.needed)).toEqual([2, 5]);
  });

  it('ignores a sheet without a 需求人数 column, saying so at A1', () => {
    const read = readDemand(gridOf('需求规划', [['部门', '人数'], ['研发中心', 3]]), SETTINGS);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => [p.sheet, p.cell])).toEqual([['需求规划', 'A1']]);
    expect(read.problems[0].message.zh).toContain('需求人数');
  });
});

describe('关键岗位 / Key positions', () => {
  it('reads posts, vacancies and named successors separated by 、 or commas', () => {
    const read = readKeyPosts(
      gridOf('关键岗位', [
        ['岗位名称', '部门', '工程师类别', '培育层级', '在岗人员工号', '后备人员工号'],
        ['首席焊接工艺师', '工艺部', '工艺型', '高级', 1002, 'E07、E09'],
        ['电控平台总师', '研发中心', '*', '', null, 'E11, E12，E13'],
      ]),
      SETTINGS,
    );
    expect(read.problems).toEqual([]);
    expect(read.posts).toEqual([
      { name: '首席焊接工艺师', department: '工艺部', category: '工艺型', level: 'senior', incumbentId: '1002', namedSuccessors: ['E07', 'E09'], row: 1 },
      { name: '电控平台总师', department: '研发中心', namedSuccessors: ['E11', 'E12', 'E13'], row: 2 },
    ]);
    expect(read.cells[0]).toEqual({ incumbent: 'E2', successors: 'F2' });
  });

  it('leaves out a row without a post name and takes an unknown level as any, each at its cell', () => {
    const read = readKeyPosts(
      gridOf('Key positions', [
        ['Position', 'Level', 'Incumbent ID'],
        [null, 'Tier 3', 'E1'],
        ['Chief engineer', '特级', 'E2'],
      ]),
      SETTINGS,
    );
    expect(read.problems.map((p) => p.cell)).toEqual(['A2', 'B3']);
    expect(read.posts).toEqual([{ name: 'Chief engineer', incumbentId: 'E2', namedSuccessors: [], row: 2 }]);
  });
});
