// The pane's column mapping proposal: the reader's own choice (a 列: mapping, then DOMAIN.md's aliases),
// then guesses by similarity for the rest, and which required fields the review would miss.
import type { FieldKey } from '../../src/domain/settings';
import type { RawValue } from '../../src/workbook/host';
import { headerSimilarity, proposeMapping, type MappingProposal } from '../../src/workbook/mapping';
import { gridOf } from '../helpers/memoryHost';

const columnOf = (p: MappingProposal, field: FieldKey) => {
  const f = p.fields.find((x) => x.field === field)!;
  return f.header ? `${f.header.address} ${f.header.text} (${f.source})` : f.source;
};

it('finds every column of a roster with the headers of DOMAIN.md, with nothing missing', () => {
  const p = proposeMapping(gridOf('工程师名单', [['工号', '姓名', '部门', '绩效等级', '潜力', '复杂问题解决能力'], ['E1', '张三', '研发', 'A', '高', 4]]), { columnMap: {} });
  expect(p.headerDetected).toBe(true);
  expect(p.missingByName).toEqual([]);
  expect(['id', 'name', 'department', 'performance', 'potential', 'problemSolving'].map((f) => columnOf(p, f as FieldKey))).toEqual([
    'A1 工号 (alias)', 'B1 姓名 (alias)', 'C1 部门 (alias)', 'D1 绩效等级 (alias)', 'E1 潜力 (alias)', 'F1 复杂问题解决能力 (alias)',
  ]);
  expect(columnOf(p, 'mentorId')).toBe('none');
  expect(p.fields.map((f) => f.field)).toContain('previousBox');
});

it('lists the header cells of foreign headers and guesses what resembles an alias', () => {
  const rows: RawValue[][] = [['员工工号', '员工名', '所在部门', '年度考核', '发展评估'], ['E1', '张三', '研发', 'A', '高']];
  const p = proposeMapping(gridOf('员工信息', rows), { columnMap: {} });
  expect(p.headerDetected).toBe(false);
  expect(p.headers.map((h) => `${h.address} ${h.text}`)).toEqual(['A1 员工工号', 'B1 员工名', 'C1 所在部门', 'D1 年度考核', 'E1 发展评估']);
  expect(p.missingByName).toEqual(['performance']);
  expect(columnOf(p, 'id')).toBe('A1 员工工号 (guess)'); // contains 工号: the reader's own guess
  expect(p.fields.find((f) => f.field === 'id')!.readerGuess).toBe(true);
  expect(columnOf(p, 'department')).toBe('C1 所在部门 (alias)');
  expect(columnOf(p, 'performance')).toBe('none');
  expect(p.missing).toEqual(['performance']);
});

it('guesses English headers close to an alias', () => {
  const p = proposeMapping(gridOf('Sheet1', [['Staff No', 'Full Name', 'Perf. rating', 'Dept.'], ['1', 'A', 'B', 'C']]), { columnMap: {} });
  expect([columnOf(p, 'id'), columnOf(p, 'name'), columnOf(p, 'performance'), columnOf(p, 'department')]).toEqual([
    'A1 Staff No (guess)', 'B1 Full Name (alias)', 'C1 Perf. rating (guess)', 'D1 Dept. (guess)',
  ]);
});

it('marks the reader\'s own partial matches as guesses, with the reason the data check gives', () => {
  const rows: RawValue[][] = [
    ['Employee ID', 'Worker', '2024 Completed Performance Rating', 'Aug 2025 Talent Assessment Performance', 'Aug 2025  Talent Assessment Potential'],
    ['E1', 'A', 'High', 'Medium', 'Low'],
  ];
  const p = proposeMapping(gridOf('Employee Data', rows), { columnMap: {} });
  expect(p.headerDetected).toBe(true);
  expect(p.missingByName).toEqual([]);
  expect([columnOf(p, 'id'), columnOf(p, 'name'), columnOf(p, 'performance'), columnOf(p, 'potential')]).toEqual([
    'A1 Employee ID (alias)', 'B1 Worker (alias)', 'D1 Aug 2025 Talent Assessment Performance (guess)', 'E1 Aug 2025  Talent Assessment Potential (guess)',
  ]);
  const perf = p.fields.find((f) => f.field === 'performance')!;
  expect(perf.readerGuess).toBe(true);
  expect(perf.readerReason?.en).toContain('latest year (2025)');
  expect(perf.readerReason?.zh).toContain('C1「2024 Completed Performance Rating」');
  expect(p.fields.find((f) => f.field === 'id')!.readerGuess).toBeUndefined();
});

it('puts a 列: mapping of the settings over every alias and guess', () => {
  const rows: RawValue[][] = [['员工工号', '姓名', '绩效', '年度考核'], ['E1', '张三', 'B', 'A']];
  const p = proposeMapping(gridOf('员工信息', rows), { columnMap: { id: '员工工号', performance: '年度考核' } });
  expect(p.headerDetected).toBe(true);
  expect([columnOf(p, 'id'), columnOf(p, 'performance'), columnOf(p, 'name')]).toEqual([
    'A1 员工工号 (mapping)', 'D1 年度考核 (mapping)', 'B1 姓名 (alias)',
  ]);
  expect(p.missingByName).toEqual([]);
});

it('skips title rows: the header row is found below them, with its sheet row', () => {
  const rows: RawValue[][] = [['2025 年度工程师名单'], [], ['工号', '姓名', '绩效'], ['E1', '张三', 'A']];
  const p = proposeMapping(gridOf('花名册', rows), { columnMap: {} });
  expect(p.headerRow).toBe(2);
  expect(p.headers.map((h) => h.address)).toEqual(['A3', 'B3', 'C3']);
});

it('without a recognisable header takes the row with the most text among the first ten', () => {
  const rows: RawValue[][] = [['人员信息表'], ['代码', '名', '考核', '评估'], [1, '张三', 'A', '高']];
  const p = proposeMapping(gridOf('Sheet1', rows), { columnMap: {} });
  expect(p.headerRow).toBe(1);
  expect(p.headers.map((h) => h.text)).toEqual(['代码', '名', '考核', '评估']);
});

it('a performance score column satisfies the performance requirement', () => {
  const p = proposeMapping(gridOf('Roster', [['ID', 'Name', 'Performance score'], ['1', 'A', 88]]), { columnMap: {} });
  expect(p.missingByName).toEqual([]);
});

it.each([
  ['工号', '工号', 1],
  ['员工工号', '工号', 0.8],
  ['abc', 'xyz', 0],
  ['', '工号', 0],
])('similarity of %s and %s is %d', (a, b, s) => {
  expect(headerSimilarity(a, b)).toBeCloseTo(s, 5);
});
