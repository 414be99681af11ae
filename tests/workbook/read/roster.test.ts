// Reading rosters as HR keeps them: Chinese or English headers, stray spaces, full-width characters,
// title rows, letter ratings, scores on either scale, IDs formatted 00000, years written as text.
import { byId, readOk, where } from './xlsxFixture';

describe('header row and columns', () => {
  it('reads Chinese headers with stray spaces and full-width characters, below title rows', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['2025 年度工程师盘点'],
          ['制表：人力资源部'],
          ['工 号', ' 姓名 ', '部门', '绩效等级', '潜力'],
          ['E001', '张伟', '研发部', 'A', '高'],
          ['E002', '王芳', '研发部', '８５', '中'],
        ],
      },
    ]);
    expect(input.headerRow).toBe(2);
    expect(input.columns).toMatchObject({ id: 0, name: 1, department: 2, performance: 3, potential: 4 });
    expect(input.engineers.map((e) => [e.id, e.name, e.performance.band, e.potential?.band])).toEqual([
      ['E001', '张伟', 'excellent', 'high'],
      ['E002', '王芳', 'excellent', 'medium'],
    ]);
    expect(input.problems).toEqual([]);
  });

  it('reads English headers, including a full-width ＩＤ', async () => {
    const input = await readOk([
      {
        name: 'Roster',
        rows: [
          ['ＩＤ', 'Full name', 'Dept', 'Performance rating', 'Potential rating', 'Years of service'],
          ['X1', 'Ann Lee', 'R&D', 'Excellent', 'High', 12],
        ],
      },
    ]);
    expect(input.rosterSheet).toBe('Roster');
    const e = byId(input.engineers, 'X1');
    expect(e).toMatchObject({ name: 'Ann Lee', department: 'R&D', years: 12 });
    expect(e.performance.band).toBe('excellent');
  });

  it('reads a two-row merged header as its lower row', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['工号', '姓名', '绩效', '潜力', '五大能力', null, null, null, null],
          [null, null, null, null, '专业技术研究能力', '工程实践与应用能力', '复杂问题解决', 'Cross-discipline integration', '创新变革'],
          ['E1', '甲', 'B', null, 4, 3, 4, 3, 5],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:I1'],
      },
    ]);
    expect(input.headerRow).toBe(1);
    expect(byId(input.engineers, 'E1').competencies).toEqual({
      research: 4, practice: 3, problemSolving: 4, integration: 3, innovation: 5,
    });
    expect(byId(input.engineers, 'E1').potential).toBeUndefined();
  });

  it('does not take a first data row without an ID, holding a word like a field name, for a lower header', async () => {
    // Found by the property tests: the row of someone named "Name" with no ID was read as the header's
    // lower half, and its rating "S" hid the 绩效 header above it.
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '绩效', '姓名', '是否在库', '潜力'], [null, 'S', '-Name', null, '高'], ['E2', 'B', '李娜', '否', '中']] },
    ]);
    expect(input.headerRow).toBe(0);
    expect(input.engineers.map((e) => e.id)).toEqual(['E2']);
  });

  it('finds a roster named 花名册', async () => {
    const input = await readOk([
      { name: '说明', rows: [['本工作簿用于盘点']] },
      { name: ' 花名册 ', rows: [['工号', '姓名', '绩效'], ['1', '甲', 'A']] },
    ]);
    expect(input.rosterSheet).toBe(' 花名册 ');
  });
});

describe('performance and potential', () => {
  it.each([
    ['A+', 'excellent'],
    ['S级', 'excellent'],
    ['B−', 'qualified'],
    ['B-', 'qualified'],
    ['优', 'excellent'],
    ['良', 'qualified'],
    ['中', 'qualified'],
    ['差', 'needs'],
    ['C', 'needs'],
    ['合格', 'qualified'],
  ])('rating %s → %s', async (rating, band) => {
    const input = await readOk([{ name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], ['E1', '甲', rating, '低']] }]);
    expect(input.engineers[0].performance.band).toBe(band);
    expect(input.engineers[0].performance.source).toEqual({ kind: 'rating', raw: rating.normalize('NFKC'), mapped: false });
  });

  it('scores on 0–100: ≥ 85 优秀, ≥ 70 合格, else 待提升', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [['工号', '姓名', '绩效得分', '潜力得分'], ['a', 'A', 85, 90], ['b', 'B', 84.99, 70], ['c', 'C', 69.5, 10]],
      },
    ]);
    expect(input.engineers.map((e) => [e.performance.band, e.potential?.band])).toEqual([
      ['excellent', 'high'],
      ['qualified', 'medium'],
      ['needs', 'low'],
    ]);
    // 84.99 is rounded to 2 decimals, not up to 85: it stays below the line.
    expect(input.engineers[1].performance.source).toEqual({ kind: 'score', value: 84.99, scale: 100 });
  });

  it('scores where every value is ≤ 5 are on the 1–5 scale', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [['工号', '姓名', '绩效得分', '潜力得分'], ['a', 'A', 4, 5], ['b', 'B', 3.5, 3], ['c', 'C', 2, 2.99]],
      },
    ]);
    expect(input.engineers.map((e) => [e.performance.band, e.potential?.band])).toEqual([
      ['excellent', 'high'],
      ['qualified', 'medium'],
      ['needs', 'low'],
    ]);
    expect(input.engineers[0].performance.source).toEqual({ kind: 'score', value: 4, scale: 5 });
  });

  it('a %-formatted score and text 85% are read on 0–100', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [['工号', '姓名', '绩效得分', '潜力'], ['a', 'A', 0.86, '高'], ['b', 'B', '72%', '高'], ['c', 'C', 0.05, '高']],
        formats: { C2: '0%', C4: '0.0%' },
      },
    ]);
    expect(input.engineers.map((e) => e.performance.source)).toEqual([
      { kind: 'score', value: 86, scale: 100 },
      { kind: 'score', value: 72, scale: 100 },
      { kind: 'score', value: 5, scale: 100 },
    ]);
    expect(input.engineers.map((e) => e.performance.band)).toEqual(['excellent', 'qualified', 'needs']);
  });

  it('the rating wins over the score, which is kept to be shown', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '绩效得分', '潜力'], ['a', 'A', 'C', 95, '中']] },
    ]);
    expect(input.engineers[0].performance).toEqual({
      band: 'needs',
      source: { kind: 'rating', raw: 'C', mapped: false },
      shownScore: 95,
    });
  });

  it('a number in a rating column is a score on the column scale', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], ['a', 'A', 4, '高'], ['b', 'B', 'A', '高'], ['c', 'C', 2, '高']] },
    ]);
    expect(input.engineers.map((e) => e.performance.source)).toEqual([
      { kind: 'score', value: 4, scale: 5 },
      { kind: 'rating', raw: 'A', mapped: false },
      { kind: 'score', value: 2, scale: 5 },
    ]);
  });
});

describe('other columns', () => {
  it('keeps an ID formatted 00000 as it is shown, and a number ID as its digits', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], [123, '甲', 'A', '高'], [1023, '乙', 'B', '中']], formats: { A2: '00000' } },
    ]);
    expect(input.engineers.map((e) => e.id)).toEqual(['00123', '1023']);
  });

  it('reads years as a number, as 5年 / 5.5年 / 5 years, or from the work start date as of the review date', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['工号', '姓名', '绩效', '潜力', '工龄', '参加工作时间'],
          ['a', 'A', 'A', '高', 3, null],
          ['b', 'B', 'A', '高', '5年', null],
          ['c', 'C', 'A', '高', '5.5年', null],
          ['d', 'D', 'A', '高', '7 years', null],
          ['e', 'E', 'A', '高', null, new Date(Date.UTC(2015, 5, 30))],
          ['f', 'F', 'A', '高', null, '2015/7/1'],
          ['g', 'G', 'A', '高', null, '2020年6月30日'],
        ],
        formats: { F6: 'yyyy-mm-dd' },
      },
    ]);
    // The review date is 2025-06-30: 2015-06-30 is exactly ten years, 2015-07-01 one day short.
    expect(input.engineers.map((e) => [e.id, e.years])).toEqual([
      ['a', 3], ['b', 5], ['c', 5.5], ['d', 7], ['e', 10], ['f', 9.99], ['g', 5],
    ]);
    expect(input.problems).toEqual([]);
  });

  it('reads booleans, levels, risk, career interest, projects and previous box in their usual spellings', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['工号', '姓名', '绩效', '潜力', '关键岗位', '在库', '培育层级', '流失风险', '职业兴趣', '牵头项目数', '上期九宫格'],
          ['a', 'A', 'A', '高', '是', 'N', '初级', '高', '技术通道', 2, 9],
          ['b', 'B', 'A', '高', 'TRUE', 1, '高级培育对象', 'L', '管理', '3项', '中坚力量'],
          ['c', 'C', 'A', '高', false, 'yes', 'Tier 2', 'M', '技能(双师)', 0, 'Star'],
        ],
      },
    ]);
    expect(input.engineers.map((e) => [e.keyPosition, e.inPool, e.level, e.flightRisk, e.careerInterest, e.projectsLed, e.previousBox])).toEqual([
      [true, false, 'junior', 'high', 'technical', 2, 9],
      [true, true, 'senior', 'low', 'management', 3, 5],
      [false, true, 'intermediate', 'medium', 'skill', 0, 9],
    ]);
    expect(input.problems).toEqual([]);
  });

  it('resolves a mentor given by ID or by a unique name', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['工号', '姓名', '绩效', '潜力', '导师'],
          ['M1', '李强', 'A', '高', null],
          ['a', '甲', 'B', '中', 'M1'],
          ['b', '乙', 'B', '中', '李强'],
        ],
      },
    ]);
    expect(input.engineers.map((e) => e.mentorId)).toEqual([undefined, 'M1', 'M1']);
  });

  it('uses the ID as the name, with one warning, when there is no name column', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '部门', '绩效', '潜力'], ['a', 'X', 'A', '高'], ['b', 'X', 'B', '中']] },
    ]);
    expect(input.engineers.map((e) => e.name)).toEqual(['a', 'b']);
    expect(where(input.problems)).toEqual(['工程师名单!A1:D1 warning']);
  });

  it('warns once per unknown category, at its first cell, with the number of rows', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [
          ['工号', '姓名', '工程师类别', '绩效', '潜力'],
          ['a', 'A', '研发工程师', 'A', '高'],
          ['b', 'B', '软件工程师', 'A', '高'],
          ['c', 'C', '“双跨”型工程师', 'A', '高'],
          ['d', 'D', '软件工程师', 'A', '高'],
          ['e', 'E', '双跨工程师', 'A', '高'],
        ],
      },
    ]);
    expect(where(input.problems)).toEqual(['工程师名单!C3 warning']);
    expect(input.problems[0].message.zh).toContain('共 2 行');
    expect(input.engineers.map((e) => e.category)).toEqual(['研发工程师', '软件工程师', '“双跨”型工程师', '软件工程师', '双跨工程师']);
  });

  it('reviews hidden rows and says so once', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [['工号', '姓名', '绩效', '潜力'], ['a', 'A', 'A', '高'], ['b', 'B', 'B', '中'], ['c', 'C', 'C', '低']],
        hidden: [3, 4],
      },
    ]);
    expect(input.engineers).toHaveLength(3);
    expect(where(input.problems)).toEqual(['工程师名单!A3 warning']);
    expect(input.problems[0].message.en).toContain('2 hidden row');
  });

  it('skips blank rows and counts the rows read', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力'], ['a', 'A', 'A', '高'], [null, ' ', null, null], ['b', 'B', 'B', '中']] },
    ]);
    expect(input.engineers.map((e) => [e.id, e.sourceRow])).toEqual([['a', 1], ['b', 3]]);
    expect(input.rowsRead).toBe(2);
    expect(input.problems).toEqual([]);
  });
});
