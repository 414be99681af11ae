// The settings sheet (盘点设置): column mappings, value maps, other keys; a foreign roster read through it.
import { read, readOk, where, type SheetSpec } from './xlsxFixture';

const foreignRoster: SheetSpec = {
  name: 'HR export',
  rows: [
    ['EmployeeNumber', 'Department', 'JobLevel', 'PerformanceRating', 'JobInvolvement', 'Age'],
    [1, 'Sales', 1, 4, 3, 41],
    [2, 'Research & Development', 2, 3, 2, 49],
    [4, 'Research & Development', 5, 3, 1, 37],
  ],
};

const foreignSettings: SheetSpec = {
  name: '盘点设置',
  rows: [
    ['设置项', '值', '说明'],
    ['名单工作表', 'HR export', '导出的原始表'],
    ['列:工号', 'EmployeeNumber'],
    ['column:performance', 'PerformanceRating'],
    ['列：潜力', 'JobInvolvement'],
    ['Column: Level', 'JobLevel'],
    ['绩效映射:4', '优秀'],
    ['绩效映射:3', '合格'],
    ['performance map: 2', 'Needs improvement'],
    ['潜力映射:3', '高'],
    ['潜力映射:2', 'Medium'],
    ['potential map:1', '低'],
    ['层级映射:1', '初级'],
    ['层级映射:2', 'Tier 2'],
    ['level map:5', 'senior'],
  ],
};

describe('a foreign roster mapped through the settings sheet', () => {
  it('reads the mapped columns and value maps', async () => {
    const input = await readOk([foreignRoster, foreignSettings]);
    expect(input.rosterSheet).toBe('HR export');
    expect(input.columns).toMatchObject({ id: 0, department: 1, level: 2, performance: 3, potential: 4 });
    expect(input.engineers.map((e) => [e.id, e.name, e.level, e.performance.band, e.potential?.band])).toEqual([
      ['1', '1', 'junior', 'excellent', 'high'],
      ['2', '2', 'intermediate', 'qualified', 'medium'],
      ['4', '4', 'senior', 'qualified', 'low'],
    ]);
    expect(input.engineers[0].performance.source).toEqual({ kind: 'rating', raw: '4', mapped: true });
    // Only the missing name column is worth saying.
    expect(where(input.problems)).toEqual(['HR export!A1:F1 warning']);
  });

  it('takes the settings from another workbook (the CLI --settings)', async () => {
    const input = await readOk([foreignRoster], [foreignSettings]);
    expect(input.engineers).toHaveLength(3);
    expect(input.sourceSheets.map((s) => s.name)).toEqual(['HR export', '盘点设置']);
  });

  it('a mapping naming a column that does not exist is an error at the mapping; the aliases are still tried', async () => {
    const settings: SheetSpec = {
      name: '盘点设置',
      rows: [['名单工作表', 'HR export'], ['列:工号', 'EmployeeNumber'], ['列:绩效', 'PerfRating'], ['列:潜力', 'JobInvolvement']],
    };
    const input = await readOk([foreignRoster, settings]);
    // "PerformanceRating" is the alias "Performance rating" written without its space.
    expect(input.columns.performance).toBe(3);
    // Sorted by sheet in tab order: the roster first.
    expect(where(input.problems)).toEqual(['HR export!A1:F1 warning', '盘点设置!B3 error']);
    expect(input.problems[1].message.zh).toContain('PerfRating');
  });

  it('when no performance column remains the review stops, and the mapping cell says why', async () => {
    const roster: SheetSpec = { name: 'HR export', rows: [['EmployeeNumber', 'Dept', 'Perf', 'Pot'], [1, 'X', 4, 3]] };
    const settings: SheetSpec = {
      name: '盘点设置',
      rows: [['名单工作表', 'HR export'], ['列:工号', 'EmployeeNumber'], ['列:绩效', 'PerfRating'], ['列:潜力', 'Pot']],
    };
    const out = await read([roster, settings]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(where([out.fatal])).toEqual(['HR export!A1:D1 error']);
    expect(where(out.problems)).toEqual(['盘点设置!B3 error']);
  });

  it('a mapping wins over the aliases, with no duplicate-column error', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '年度绩效', '潜力'], ['a', 'A', 'C', 'A', '高']] },
      { name: '盘点设置', rows: [['列:绩效', '年度绩效']] },
    ]);
    expect(input.columns.performance).toBe(3);
    expect(input.engineers[0].performance.band).toBe('excellent');
    expect(input.problems).toEqual([]);
  });
});

describe('other settings', () => {
  it('reads the review date, language, cut-offs and guidance; warns at the cell of an unknown key or bad value', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效得分', '潜力'], ['a', 'A', 80, '高']] },
      {
        name: 'Settings',
        rows: [
          ['Key', 'Value', 'Notes'],
          ['盘点日期', new Date(Date.UTC(2024, 11, 31))],
          ['output language', 'English'],
          ['百分制绩效优秀线', 80],
          ['分布指引:9', 0.08],
          ['九宫格颜色:9', 'green'],
          ['盘点颜色', '#FFFFFF'],
          ['成长阶段年限', '2,4,6,12'],
        ],
        formats: { B2: 'yyyy-mm-dd', B5: '0%' },
      },
    ]);
    expect(input.settings.reviewDate).toBe('2024-12-31');
    expect(input.settings.language).toBe('en-US');
    expect(input.settings.performanceCutoffs100).toEqual({ upper: 80, middle: 70 });
    expect(input.settings.guidance[9]).toBe(8);
    expect(input.settings.boxColours[9]).toBeUndefined();
    expect(input.settings.stageYears).toEqual([2, 4, 6, 12]);
    expect(input.engineers[0].performance.band).toBe('excellent');
    expect(where(input.problems)).toEqual(['Settings!B6 warning', 'Settings!A7 warning']);
  });

  it('uses the fallback review date when the settings give none', async () => {
    const input = await readOk([{ name: '工程师名单', rows: [['工号', '姓名', '绩效'], ['a', 'A', 'A']] }]);
    expect(input.settings.reviewDate).toBe('2025-06-30');
  });
});
