// Rosters as HR systems and other nine-box tools export them (DOMAIN.md, Input sheets; sources in
// src/workbook/read/aliases.ts): found by content, headers as exported, year-stamped columns, the nine-box words,
// and one error for one shared cause. Each roster is built here in the shape the research found.
import { byId, read, readOk, type Row, type SheetSpec } from './xlsxFixture';

const RATINGS = ['High', 'Medium', 'Low'] as const;

/** A Workday "People List" as bencan1a/9boxer documents it, beside a headcount sheet with IDs and names but no ratings. */
function workdayPeopleList(n: number): SheetSpec[] {
  const header: Row = [
    'Employee ID', 'Worker', 'Business Title', 'Job Level - Primary Position', "Worker's Manager", 'Supervisory Organization',
    'Management Chain - Level 01', '2023 Completed Performance Rating', '2024 Completed Performance Rating',
    'Aug 2025 Talent Assessment Performance', 'Aug 2025  Talent Assessment Potential', '9-Box Label',
  ];
  const rows: Row[] = [header];
  for (let i = 0; i < n; i++) {
    rows.push([
      `W${100 + i}`, `Worker ${i}`, 'Engineer', 'P3', 'Pat Lead', 'R&D', 'CEO',
      RATINGS[(i + 2) % 3], RATINGS[(i + 1) % 3], RATINGS[i % 3], RATINGS[i % 3], i === 0 ? 'Star [H,H]' : 'Core Talent [M,M]',
    ]);
  }
  const summary: Row[] = [['Employee ID', 'Worker', 'Status']];
  for (let i = 0; i < 20; i++) summary.push([`W${100 + i}`, `Worker ${i}`, 'Active']);
  return [{ name: 'Headcount', rows: summary }, { name: 'Employee Data', rows }];
}

describe('a Workday people list beside a headcount sheet', () => {
  it('is found by content, reads the latest year as current and keeps the earlier ones as history', async () => {
    const input = await readOk(workdayPeopleList(15));
    expect(input.rosterSheet).toBe('Employee Data');
    expect(input.engineers).toHaveLength(15);
    const w0 = byId(input.engineers, 'W100');
    expect(w0.name).toBe('Worker 0');
    expect(w0.manager).toBe('Pat Lead');
    expect(w0.department).toBe('R&D');
    expect(w0.position).toBe('Engineer');
    expect(w0.performance).toMatchObject({ band: 'excellent' }); // High, Aug 2025
    expect(w0.potential).toMatchObject({ band: 'high' });
    expect(w0.previousBox).toBe(9); // "Star [H,H]"
    expect(byId(input.engineers, 'W101').previousBox).toBe(5); // "[M,M]"
    expect(w0.performanceHistory).toEqual([{ year: 2024, value: 'Medium' }, { year: 2023, value: 'Low' }]);
    expect(input.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('says in the data check which sheet was taken and why, and every guess', async () => {
    const input = await readOk(workdayPeopleList(4));
    const info = input.problems.filter((p) => p.severity === 'info');
    const roster = info.find((p) => p.message.en.includes('taken as the roster'));
    expect(roster?.message.en).toContain('"Employee Data"');
    expect(roster?.message.en).toContain('"Headcount" (20 rows) not used');
    expect(roster?.message.zh).toContain('按内容使用「Employee Data」');
    expect(roster?.message.en).toContain('a performance column "Aug 2025 Talent Assessment Performance"');
    const perf = info.find((p) => p.message.en.startsWith('The performance column'));
    expect(perf?.cell).toBe('J1');
    expect(perf?.message.en).toContain('latest year (2025)');
    expect(perf?.message.zh).toContain('H1「2023 Completed Performance Rating」、I1「2024 Completed Performance Rating」 作为往年绩效');
    const pot = info.find((p) => p.message.en.startsWith('The potential column'));
    expect(pot?.cell).toBe('K1');
    expect(pot?.message.zh).toContain('按列名推测为');
  });

  it('a 列: mapping wins over every guess', async () => {
    const input = await readOk(workdayPeopleList(3), [
      { name: '盘点设置', rows: [['键', '值'], ['列:绩效', '2023 Completed Performance Rating']] },
    ]);
    expect(input.columns.performance).toBe(7);
    expect(byId(input.engineers, 'W100').performance).toMatchObject({ band: 'needs' }); // 2023: Low
    expect(input.problems.some((p) => p.message.en.startsWith('The performance column'))).toBe(false);
  });

  it('a 名单工作表 setting still wins over the content', async () => {
    const out = await read(workdayPeopleList(3), [{ name: '盘点设置', rows: [['键', '值'], ['名单工作表', 'Headcount']] }]);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.fatal.sheet).toBe('Headcount'); // no performance column there: said so, not overridden
  });
});

describe('Chinese HR exports', () => {
  it('钉钉 智能人事 花名册 with 直属主管 and 高/中/低 ratings, on a sheet named 花名册导出', async () => {
    const input = await readOk([
      {
        name: '花名册导出',
        rows: [
          ['姓名', '工号', '部门', '职位', '直属主管', '入职时间', '手机号', '绩效等级', '潜力'],
          ['张三', '0001', '研发部', '工程师', '李四', '2019-07-01', '13800000000', '高', '中'],
          ['王五', '0002', '研发部', '工程师', '李四', '2020-07-01', '13800000001', '中', '低'],
          ['赵六', '0003', '测试部', '工程师', '钱七', '2021-07-01', '13800000002', '低', '高'],
        ],
      },
    ]);
    expect(input.engineers.map((e) => [e.id, e.manager, e.performance.band, e.potential?.band])).toEqual([
      ['0001', '李四', 'excellent', 'medium'],
      ['0002', '李四', 'qualified', 'low'],
      ['0003', '钱七', 'needs', 'high'],
    ]);
    expect(input.problems).toEqual([]);
  });

  it('飞书人事 with 直属上级, 职务 and a year-stamped 绩效考核结果', async () => {
    const input = await readOk([
      {
        name: '员工信息',
        rows: [
          ['工号', '姓名', '部门', '直属上级', '职务', '入职日期', '2024年度绩效考核结果', '潜力评估'],
          ['F1', '甲', '平台', '乙', '后端工程师', '2020-01-01', 'A', '高'],
          ['F2', '丙', '平台', '乙', '前端工程师', '2021-01-01', 'B', '中'],
        ],
      },
    ]);
    expect(input.engineers.map((e) => [e.manager, e.position, e.performance.band, e.potential?.band])).toEqual([
      ['乙', '后端工程师', 'excellent', 'high'],
      ['乙', '前端工程师', 'qualified', 'medium'],
    ]);
    expect(input.problems.map((p) => `${p.cell} ${p.severity}`)).toEqual(['G1 info']);
    expect(input.problems[0].message.zh).toContain('「绩效」列按列名推测为 G1「2024年度绩效考核结果」');
  });

  it('北森 talent-review export under a title row, with 员工编号, 员工姓名 and the 九宫格 position', async () => {
    const input = await readOk([
      {
        name: '人才盘点结果',
        rows: [
          ['人才盘点结果导出（2025 年 6 月）'],
          ['员工编号', '员工姓名', '所属部门', '职位', '直接上级', '绩效结果', '潜力等级', '九宫格'],
          ['B01', '甲', '研发', '工程师', '丁', '优秀', '高', 9],
          ['B02', '乙', '研发', '工程师', '丁', '合格', '中', '第5格'],
        ],
      },
    ]);
    expect(input.headerRow).toBe(1);
    expect(input.engineers.map((e) => [e.id, e.name, e.previousBox])).toEqual([['B01', '甲', 9], ['B02', '乙', 5]]);
    expect(input.problems).toEqual([]);
  });

  it('a roster with 2022–2024 performance columns: 2024 is current, 2023 and 2022 are 近三年绩效', async () => {
    const input = await readOk([
      {
        name: 'Sheet1',
        rows: [
          ['工号', '姓名', '部门', '2022年绩效', '2023年度绩效', '2024年绩效考核结果', '潜力'],
          ['C1', '甲', '研发', 'B', 'A', 'S', '高'],
          ['C2', '乙', '研发', 'C', 'B', 'B', '中'],
        ],
      },
    ]);
    expect(input.columns.performance).toBe(5);
    expect(byId(input.engineers, 'C1').performance).toMatchObject({ band: 'excellent' });
    expect(byId(input.engineers, 'C2').performanceHistory).toEqual([{ year: 2023, value: 'B' }, { year: 2022, value: 'C' }]);
    const info = input.problems.filter((p) => p.severity === 'info');
    expect(info).toHaveLength(1);
    expect(info[0].message.zh).toContain('年份最近（2024）');
    expect(info[0].message.zh).toContain('D1「2022年绩效」、E1「2023年度绩效」 作为往年绩效');
  });
});

describe('SAP SuccessFactors user data file with matrix-grid ratings', () => {
  const udf = (perf: string[]): SheetSpec[] => [
    {
      name: 'Sheet1',
      rows: [
        ['STATUS', 'USERID', 'USERNAME', 'FIRSTNAME', 'LASTNAME', 'MANAGER', 'DEPARTMENT', 'TITLE', 'Performance Rating', 'Potential Rating'],
        ['STATUS', 'USERID', 'Username', 'First Name', 'Last Name', 'Manager', 'Department', 'Job Title', 'Performance Rating', 'Potential Rating'],
        ...perf.map((p, i): Row => ['active', `u${i + 1}`, `user${i + 1}`, `First${i + 1}`, `Last${i + 1}`, 'NO_MGR', 'R&D', 'Engineer', p, 'Moderate']),
      ],
    },
  ];

  it('an unknown rating scale is one error naming the column, the values and what to add to 盘点设置', async () => {
    const out = await read(udf(['Exceeds Expectations', 'Meets Expectations', 'Partially Meets', 'Meets Expectations']));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(`${out.fatal.sheet}!${out.fatal.cell}`).toBe('Sheet1!I2');
    expect(out.fatal.message.zh).toBe(
      '绩效列「Performance Rating」的值 Exceeds Expectations/Meets Expectations/Partially Meets 无法识别，无人可盘点：请在「盘点设置」中为每个值加一行，键「绩效映射:<值>」（如「绩效映射:Exceeds Expectations」），值为 优秀/合格/待提升 之一',
    );
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reviews once the values are mapped; Moderate potential is 中', async () => {
    const input = await readOk(udf(['Exceeds Expectations', 'Meets Expectations']), [
      {
        name: '盘点设置',
        rows: [['键', '值'], ['绩效映射:Exceeds Expectations', '优秀'], ['绩效映射:Meets Expectations', '合格']],
      },
    ]);
    expect(input.headerRow).toBe(1);
    expect(input.engineers.map((e) => [e.id, e.performance.band, e.potential?.band])).toEqual([
      ['u1', 'excellent', 'medium'],
      ['u2', 'qualified', 'medium'],
    ]);
  });
});

describe('one error for one shared cause', () => {
  it('keeps the per-row errors of rows that fail for another reason', async () => {
    const out = await read([
      {
        name: 'Roster',
        rows: [['Employee ID', 'Name', 'Performance', 'Potential'], ['E1', 'A', 'Exceeds', 'High'], ['', 'B', 'Meets', 'Low'], ['E3', 'C', 'Below', 'Low']],
      },
    ]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    // The words of the rows that fail on them; the row without an ID fails first on its ID, and keeps that error.
    expect(out.fatal.message.en).toContain('The values Exceeds/Below of the performance column "Performance"');
    expect(out.problems.map((p) => `${p.sheet}!${p.cell} ${p.severity}`)).toEqual(['Roster!A3 error']);
  });

  it('a mapped column with nothing in it says so', async () => {
    const out = await read(
      [{ name: '工程师名单', rows: [['工号', '姓名', '考评', '潜力'], ['1', '甲', null, '高'], ['2', '乙', null, '中']] }],
      [{ name: '盘点设置', rows: [['键', '值'], ['列:绩效', '考评']] }],
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.fatal.message.zh).toContain('绩效列「考评」没有任何值');
  });

  it('a roster rated High / Medium / Low is reviewed, one engineer per row', async () => {
    const rows: Row[] = [['工号', '姓名', 'Performance', 'Potential']];
    for (let i = 0; i < 15; i++) rows.push([`${i + 1}`, `P${i}`, RATINGS[i % 3], RATINGS[(i + 1) % 3]]);
    const input = await readOk([{ name: 'Roster', rows }]);
    expect(input.engineers).toHaveLength(15);
    expect(input.problems).toEqual([]);
  });
});
