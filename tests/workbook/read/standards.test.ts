// The standards sheet (能力素质标准): category × level rows, `*` as wildcard, required levels 1–5.
import { readOk, where, type SheetSpec } from './xlsxFixture';

const roster: SheetSpec = {
  name: '工程师名单',
  rows: [
    ['工号', '姓名', '工程师类别', '培育层级', '绩效', '潜力', '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力'],
    ['a', '甲', '研发工程师', '初级', 'A', null, 4, 4, 3, 3, 4],
    ['b', '乙', '工艺工程师', '中级', 'B', null, 3, null, null, null, null],
  ],
};

describe('empty potential with a standards sheet', () => {
  it('keeps the potential empty for the engine to derive and reads the standards rows', async () => {
    const input = await readOk([
      roster,
      {
        name: '能力素质标准',
        rows: [
          ['工程师类别', '培育层级', '专业技术研究', '工程实践与应用', '复杂问题解决', '专业学科交叉与整合', '创新变革'],
          ['*', '*', 3, 3, 3, 3, 3],
          ['研发工程师', '初级', 3, 2, 2, 2, 2],
          ['工艺工程师', null, 4, 4, 4, 4, 4],
          ['*', '高级', 4, 4, 6, '四', 4],
          ['*', '特级', 5, 5, 5, 5, 5],
        ],
      },
    ]);
    expect(input.engineers.map((e) => e.potential)).toEqual([undefined, undefined]);
    expect(input.engineers[1].competencies).toEqual({ research: 3 });
    expect(input.standards).toEqual([
      { required: { research: 3, practice: 3, problemSolving: 3, integration: 3, innovation: 3 } },
      { category: '研发工程师', level: 'junior', required: { research: 3, practice: 2, problemSolving: 2, integration: 2, innovation: 2 } },
      { category: '工艺工程师', required: { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 } },
      { level: 'senior', required: { research: 4, practice: 4, innovation: 4 } },
    ]);
    // Out of 1–5 and not a number: warnings; an unknown level: the row is ignored with a warning.
    // A category named in the standards sheet is not "unknown" in the roster.
    expect(where(input.problems)).toEqual([
      '能力素质标准!E5 warning',
      '能力素质标准!F5 warning',
      '能力素质标准!B6 warning',
    ]);
    expect(input.sourceSheets.map((s) => s.name)).toEqual(['工程师名单', '能力素质标准']);
  });

  it('a row with neither potential nor any competency is an error at the potential cell', async () => {
    const input = await readOk([
      { name: '工程师名单', rows: [['工号', '姓名', '绩效', '潜力', '创新变革能力'], ['a', '甲', 'A', null, null], ['b', '乙', 'A', null, 2]] },
    ]);
    expect(input.engineers.map((e) => e.id)).toEqual(['b']);
    expect(where(input.problems)).toEqual(['工程师名单!D2 error']);
  });
});
