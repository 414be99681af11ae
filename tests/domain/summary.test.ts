// 盘点汇总 (DOMAIN.md, Output sheets): box × department, category, level; the pyramid; 双高 in key positions;
// flight risk among boxes 9, 8, 6; the distribution and manager checks passed through.
import { followUp, summarize, type Box } from '../../src/domain';
import { rated } from './helpers';
import { review, settingsWith } from './followUpHelpers';

const roster = [
  rated('A', 'excellent', 'high', { department: '研发部', category: '研发工程师', level: 'senior', keyPosition: true, flightRisk: 'high' }),
  rated('B', 'excellent', 'high', { department: '研发部', category: '研发工程师', level: 'intermediate', keyPosition: false }),
  rated('C', 'excellent', 'high', { department: ' 研发部 ', level: 'junior' }),
  rated('D', 'qualified', 'high', { department: '设备部', category: '设备工程师', level: 'junior', flightRisk: 'high' }),
  rated('E', 'excellent', 'medium', { category: '研发工程师', level: 'junior', flightRisk: 'high' }),
  rated('F', 'needs', 'high', { department: '设备部', level: 'senior', flightRisk: 'high' }),
  rated('G', 'qualified', 'medium', { department: '设备部', category: '设备工程师' }),
];
const result = review(roster);
const s = summarize(result);

function only(counts: Record<Box, number>): Partial<Record<Box, number>> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)) as Partial<Record<Box, number>>;
}

it('counts by final box × department, with 未填 last; names compared as normalised text', () => {
  expect(s.byDepartment.map((r) => [r.label.zh, r.total, only(r.counts)])).toEqual([
    ['研发部', 3, { 9: 3 }],
    ['设备部', 3, { 5: 1, 7: 1, 8: 1 }],
    ['未填', 1, { 6: 1 }],
  ]);
  expect(s.byDepartment[2].key).toBeUndefined();
  expect(s.byDepartment[2].label.en).toBe('Not given');
});

it('counts by category', () => {
  expect(s.byCategory.map((r) => [r.label.zh, r.total])).toEqual([
    ['研发工程师', 3],
    ['设备工程师', 2],
    ['未填', 2],
  ]);
});

it('counts by level, 高级 first', () => {
  expect(s.byLevel.map((r) => [r.key, r.total, only(r.counts)])).toEqual([
    ['senior', 2, { 9: 1, 7: 1 }],
    ['intermediate', 1, { 9: 1 }],
    ['junior', 3, { 9: 1, 8: 1, 6: 1 }],
    [undefined, 1, { 5: 1 }],
  ]);
});

it('reads the levels as the pyramid, with shares of everyone and the 9/8/6 count per tier', () => {
  expect(s.pyramid.map((p) => [p.tier, p.label.zh, p.count, p.share, p.keyBoxes])).toEqual([
    ['top', '塔尖（高级培育对象）', 2, 28.57, { 9: 1, 8: 0, 6: 0 }],
    ['middle', '塔身（中级培育对象）', 1, 14.29, { 9: 1, 8: 0, 6: 0 }],
    ['base', '塔基（初级培育对象）', 3, 42.86, { 9: 1, 8: 1, 6: 1 }],
  ]);
  expect(s.pyramidNotGiven).toBe(1);
});

it('lists 双高 in key positions and counts the rest', () => {
  expect(s.doubleHighKey.map((r) => r.id)).toEqual(['A']);
  expect(s.doubleHighNotKey).toBe(1);
  expect(s.doubleHighKeyNotGiven).toBe(1);
});

it('lists flight risk 高 among boxes 9, 8, 6 only', () => {
  expect(s.flightRisk.map((r) => [r.id, r.box])).toEqual([
    ['A', 9],
    ['D', 8],
    ['E', 6],
  ]);
});

it('passes the distribution and manager checks through', () => {
  expect(s.distribution).toBe(result.distribution);
  expect(s.managerBias).toBe(result.managerBias);
  expect(s.total).toBe(7);
  expect(s.counts).toEqual(result.counts);
});

it('is what followUp returns', () => {
  expect(followUp(result, settingsWith()).summary).toEqual(s);
});

it('an empty review has zero shares', () => {
  const e = summarize(review([]));
  expect(e.pyramid.map((p) => p.share)).toEqual([0, 0, 0]);
  expect(e.byDepartment).toEqual([]);
});
