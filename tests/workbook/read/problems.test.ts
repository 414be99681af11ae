// Broken rows: only an unusable ID, performance or underivable potential leaves a row out (错误 error);
// any other bad cell is "not given" with a warning (警告), and the row is reviewed.
import { readOk, where } from './xlsxFixture';

const NA = { error: '#N/A' as const };

describe('problems in roster rows, each at its cell', () => {
  const rows = [
    ['工号', '姓名', '绩效', '潜力', '工龄', '专业技术研究能力', '牵头项目数', '关键岗位'],
    ['E1', '甲', 'A', '高', 5, 4, 1, '是'], // 2 fine
    [null, '乙', 'A', '高', 5, 4, 1, '是'], // 3 empty ID
    ['E1', '丙', 'B', '中', 5, 4, 1, '是'], // 4 duplicate of A2
    ['E4', '丁', 'Z', '中', 5, 4, 1, '是'], // 5 unknown rating, no score
    ['E5', '戊', 'B', '中', '十年', 4, 1, '是'], // 6 text in a number column
    ['E6', '己', 'B', '中', -3, 4, 1, '是'], // 7 negative years
    ['E7', '庚', 'B', NA, 5, 3, 1, '是'], // 8 #N/A potential, derived from competencies
    ['E8', '辛', 'B', null, 5, null, 1, '是'], // 9 no potential, no competency
    ['E9', '壬', 'B', '中', 5, 7, 1, '是'], // 10 competency out of 1–5
    ['E10', '癸', NA, '中', 5, 4, 1, '是'], // 11 #N/A performance
    ['E11', '子', 'B', '中', 5, 4, 1, '也许'], // 12 bad boolean
    ['E12', '丑', 'B', '中', 5, 4, 1.5, '否'], // 13 projects not a whole number
    ['E13', '寅', 'B', '中', NA, 4, 1, '否'], // 14 #N/A in years
  ];

  it('lists every problem with its sheet, cell and severity, sorted by row then column', async () => {
    const input = await readOk([{ name: '工程师名单', rows }]);
    expect(where(input.problems)).toEqual([
      '工程师名单!A3 error',
      '工程师名单!A4 error',
      '工程师名单!C5 error',
      '工程师名单!E6 warning',
      '工程师名单!E7 warning',
      '工程师名单!D8 warning',
      '工程师名单!D9 error',
      '工程师名单!F10 warning',
      '工程师名单!C11 error',
      '工程师名单!H12 warning',
      '工程师名单!G13 warning',
      '工程师名单!E14 warning',
    ]);
  });

  it('leaves out exactly the rows with an error and reviews the rest', async () => {
    const input = await readOk([{ name: '工程师名单', rows }]);
    expect(input.engineers.map((e) => e.id)).toEqual(['E1', 'E5', 'E6', 'E7', 'E9', 'E11', 'E12', 'E13']);
    expect(input.rowsRead).toBe(13);
  });

  it('blanks only the bad cell of a reviewed row', async () => {
    const input = await readOk([{ name: '工程师名单', rows }]);
    const get = (id: string) => input.engineers.find((e) => e.id === id);
    expect(get('E5')?.years).toBeUndefined();
    expect(get('E6')?.years).toBeUndefined();
    expect(get('E7')?.potential).toBeUndefined();
    expect(get('E7')?.competencies).toEqual({ research: 3 });
    expect(get('E9')?.competencies).toEqual({});
    expect(get('E11')?.keyPosition).toBeUndefined();
    expect(get('E12')?.projectsLed).toBeUndefined();
    expect(get('E12')?.keyPosition).toBe(false);
  });

  it('a duplicate ID keeps the first row and names its cell', async () => {
    const input = await readOk([{ name: '工程师名单', rows }]);
    const dup = input.problems.find((p) => p.cell === 'A4');
    expect(dup?.message.zh).toContain('A2');
    expect(dup?.message.en).toContain('A2');
    expect(input.engineers.find((e) => e.id === 'E1')?.name).toBe('甲');
  });

  it('messages exist in both languages', async () => {
    const input = await readOk([{ name: '工程师名单', rows }]);
    for (const p of input.problems) {
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(p.message.en).toMatch(/[a-z]{3}/u);
    }
  });

  it('an unknown rating with a usable score uses the score, with a warning', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '绩效得分', '潜力'], ['a', 'A', '特优', 88, '高'], ['b', 'B', 'A', 150, '高']] },
    ]);
    expect(input.engineers.map((e) => e.performance.source)).toEqual([
      { kind: 'score', value: 88, scale: 100 },
      { kind: 'rating', raw: 'A', mapped: false },
    ]);
    expect(where(input.problems)).toEqual(['工程师名单!C2 warning', '工程师名单!D3 warning']);
  });

  it('a score out of range without a rating leaves the row out', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效得分', '潜力'], ['a', 'A', 88, '高'], ['b', 'B', -5, '高'], ['c', 'C', '好', '高']] },
    ]);
    expect(input.engineers.map((e) => e.id)).toEqual(['a']);
    expect(where(input.problems)).toEqual(['工程师名单!C3 error', '工程师名单!C4 error']);
  });

  it('an unknown level, risk or career value is a warning; a mentor not on the roster is kept as external, with a note', async () => {
    const input = await readOk([
      {
        name: '工程师名单',
        rows: [['工号', '姓名', '绩效', '潜力', '培育层级', '流失风险', '职业兴趣', '导师工号'], ['a', 'A', 'A', '高', '特级', '很高', '销售', 'Z9']],
      },
    ]);
    expect(input.engineers).toHaveLength(1);
    expect(input.engineers[0].mentorId).toBe('Z9');
    expect(where(input.problems)).toEqual([
      '工程师名单!E2 warning',
      '工程师名单!F2 warning',
      '工程师名单!G2 warning',
      '工程师名单!H2 info',
    ]);
  });
});
