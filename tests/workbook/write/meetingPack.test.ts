// 会议材料-<部门>: the department's grid on the final boxes with calibrated engineers marked, the counts
// before and after calibration, the engineers the meeting moved with reasons, the 双高 list; and the grid
// and results sheets showing calibration (DOMAIN.md, Calibration; Output sheets).
import { applyCalibration } from '../../../src/domain/calibration';
import { followUp } from '../../../src/domain/followUp';
import { planningOf } from '../../../src/domain/planning';
import { defaultSettings } from '../../../src/domain/settings';
import type { Box, CalibrationRecord } from '../../../src/domain/types';
import { buildGridPlan } from '../../../src/workbook/write/grid';
import { askedGroups, buildMeetingPackPlan, meetingGroups, meetingSheetName } from '../../../src/workbook/write/meetingPack';
import { buildResultsPlan } from '../../../src/workbook/write/results';
import { review, type EngineerSpec } from '../../fixtures/reviews';
import { find, valueAt } from './helpers';

const settings = defaultSettings();
const specs: EngineerSpec[] = [
  { id: 'R1', name: '张伟', perf: 'excellent', pot: 'high', department: '研发中心' }, // 9
  { id: 'R2', name: '李娜', perf: 'qualified', pot: 'medium', department: '研发中心' }, // 5 → 8
  { id: 'R3', name: '王强', perf: 'excellent', pot: 'medium', department: '研发中心' }, // 6 → 9
  { id: 'R4', name: '赵敏', perf: 'needs', pot: 'low', department: '研发中心' }, // 1
  { id: 'P1', name: '刘洋', perf: 'excellent', pot: 'high', department: '工艺技术部' }, // 9
  { id: 'N1', name: '陈杰', perf: 'qualified', pot: 'low' }, // 2, no department
];
const rec = (id: string, from: Box, to: Box, reason: string, row: number): CalibrationRecord => ({
  time: '2025-06-30 10:00', id, name: id, from, to, reason, decidedBy: '王总', row,
});
const calibrated = applyCalibration(
  review(specs),
  [rec('R2', 5, 8, '牵头完成关键项目', 1), rec('R3', 6, 9, '揭榜挂帅成功', 2)],
  settings,
).result;
const ctx = { lang: 'zh-CN' as const, settings, reviewDate: '2025-06-30' };

function texts(values: unknown[][]): string[] {
  return values.flat().filter((v): v is string => typeof v === 'string');
}

describe('meeting pack', () => {
  const group = askedGroups(calibrated, ' 研发中心 ').groups[0];
  const plan = buildMeetingPackPlan(calibrated, group, meetingSheetName(group.department, 'zh-CN', new Set()), ctx);
  const all = texts(plan.values);

  it('is the department’s own printable sheet', () => {
    expect(plan.name).toBe('会议材料-研发中心');
    expect(plan.role).toBe('meetingPack');
    expect(plan.key).toBe('dept:研发中心');
    expect(valueAt(plan, 'A1')).toBe('盘点会议材料 · 研发中心');
    expect(plan.print).toMatchObject({ orientation: 'portrait', fitToWidth: 1, footer: '内部资料 注意保密' });
    expect(all.some((t) => t.includes('刘洋'))).toBe(false);
  });

  it('shows the grid on the final boxes, calibrated engineers marked, with the legend', () => {
    expect(all).toContain('9 超级明星 · 2人 · 50.0%');
    expect(all).toContain('张伟、王强*');
    expect(all).toContain('李娜*');
    expect(all).toContain('5 中坚力量 · 0人 · 0.0%');
    expect(all).toContain('* 已在盘点会议中校准（见「校准记录」）');
  });

  it('counts before and after calibration, box 9 to 1 left to right', () => {
    const [before] = find(plan, (v) => v === '校准前');
    const row = Number(before.slice(1)) - 1;
    // Boxes 9 8 7 6 5 4 3 2 1, then the total.
    expect(plan.values[row].slice(1, 11)).toEqual([1, 0, 0, 1, 1, 0, 0, 0, 1, 4]);
    expect(plan.values[row + 1].slice(1, 11)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 1, 4]);
    expect(plan.values[row + 2].slice(1, 10)).toEqual(['+1', '+1', '—', '−1', '−1', '—', '—', '—', '—']);
  });

  it('puts an English box heading too wide for its box on two lines, label over count and share, across the band', () => {
    const en = texts(buildMeetingPackPlan(calibrated, group, 'x', { ...ctx, lang: 'en-US' }).values);
    expect(en).toContain('7 Rough diamond\n0 · 0.0%');
    expect(en).toContain('9 Star\n2 · 50.0%');
    expect(en.filter((t) => /^\d [A-Z][a-z ]+ · \d+ · /u.test(t))).toEqual([]);
  });

  it('heads the counts with box numbers, and a label only where no word of it would break in the narrow column', () => {
    const en = buildMeetingPackPlan(calibrated, group, meetingSheetName(group.department, 'en-US', new Set()), { ...ctx, lang: 'en-US' });
    const [before] = find(en, (v) => v === 'Before');
    const head = en.values[Number(before.slice(1)) - 2].slice(1, 10).map(String);
    // 9 to 1, each starting with its number; English "Rough diamond" and "Inconsistent" would break mid-word.
    expect(head.map((h) => h.split('\n')[0])).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1']);
    expect(head).toContain('9\nStar');
    expect(head).toContain('7');
    expect(head).toContain('4');
    // In Chinese every label fits.
    const zhHead = plan.values[Number(find(plan, (v) => v === '校准前')[0].slice(1)) - 2].slice(1, 10).map(String);
    expect(zhHead.every((h) => h.includes('\n'))).toBe(true);
  });

  it('lists who the meeting moved, from and to, with the reason and who decided', () => {
    const [li] = find(plan, (v) => v === '李娜（R2）');
    const row = Number(li.slice(1)) - 1;
    expect(plan.values[row].filter((v) => v !== null)).toEqual(['李娜（R2）', '5 中坚力量', '8 潜力之星', '牵头完成关键项目', '王总\n2025-06-30 10:00']);
    expect(all).toContain('揭榜挂帅成功');
    // Tall enough for who over when, the time wrapping in its narrow column: three lines.
    expect(plan.rowHeights?.[row + 1]).toBeGreaterThanOrEqual(3 * 15);
  });

  it('lists the 双高 (final box 9), a calibrated one marked', () => {
    expect(all).toContain('张伟（R1）');
    expect(all).toContain('王强*（R3）');
  });

  it('groups engineers without a department under 未填, after the departments', () => {
    expect(meetingGroups(calibrated).map((g) => g.department)).toEqual(['研发中心', '工艺技术部', undefined]);
    expect(askedGroups(calibrated, 'ALL').groups).toHaveLength(3);
    expect(askedGroups(calibrated, '财务部').missing).toBe(true);
    expect(meetingSheetName(undefined, 'en-US', new Set())).toBe('Meeting-Not given');
    expect(meetingSheetName('研发中心', 'zh-CN', new Set(['会议材料-研发中心']))).toBe('会议材料-研发中心(2)');
  });
});

describe('calibration in the grid and the results', () => {
  it('marks calibrated names in the grid and explains the calibration in the results', () => {
    const grid = buildGridPlan(calibrated, 'zh-CN', settings, '2025-06-30');
    const cells = texts(grid.values);
    expect(cells.some((t) => t.includes('李娜*'))).toBe(true);
    expect(cells.some((t) => t.includes('张伟*'))).toBe(false);
    expect(cells).toContain('* 已在盘点会议中校准（见「校准记录」）');

    const results = buildResultsPlan(calibrated, 'zh-CN', settings);
    const li = results.values.find((r) => r[0] === 'R2') ?? [];
    expect(li[7]).toBe(5);
    expect(li[9]).toBe(8);
    expect(String(li[15])).toMatch(/；校准 5→8：牵头完成关键项目$/u);
    // Without previous boxes there are exactly the sixteen columns.
    expect(results.values[0]).toHaveLength(16);
  });

  it('says in one line that nobody was calibrated, with no counts table, where nobody in the department moved', () => {
    const plain = review(specs);
    const pack = buildMeetingPackPlan(plain, askedGroups(plain, '研发中心').groups[0], 'x', ctx);
    const t = texts(pack.values);
    expect(t).toContain('二、会议校准');
    expect(t).toContain('无：本部门无人被校准，校准前后各格人数相同');
    expect(t).not.toContain('校准前');
    expect(t).toContain('三、双高人员（绩效优秀 × 潜力高）');
  });

  it('writes no legend when nobody is calibrated', () => {
    const grid = buildGridPlan(review(specs), 'zh-CN', settings, '2025-06-30');
    expect(texts(grid.values).some((t) => t.includes('已在盘点会议中校准'))).toBe(false);
  });
});

describe('the discussion list and the department’s key posts and scarce demand', () => {
  const people = review([
    { id: 'K1', name: '孙磊', perf: 'qualified', pot: 'medium', department: '研发中心', category: '研发', level: 'senior' },
    { id: 'K2', name: '周婷', perf: 'excellent', pot: 'high', department: '研发中心' },
    { id: 'K3', name: '吴迪', perf: 'excellent', pot: 'high', department: '设备部' },
  ]);
  const reviews = people.reviews.map((r) =>
    r.engineer.id === 'K1' ? { ...r, engineer: { ...r.engineer, keyPosition: true } } : r.engineer.id === 'K2' ? { ...r, engineer: { ...r.engineer, flightRisk: 'high' as const } } : r,
  );
  const result = { ...people, reviews };
  const fu = followUp(result, settings);
  const planning = planningOf(result, fu, { standards: [], demand: [{ department: '研发中心', category: '研发', level: 'senior', needed: 3, scarce: true, row: 1 }] }, settings, 'zh-CN');
  const group = askedGroups(result, '研发中心').groups[0];
  const pack = (over: Partial<typeof settings> = {}, lang: 'zh-CN' | 'en-US' = 'zh-CN') =>
    texts(buildMeetingPackPlan(result, group, 'x', { ...ctx, lang, settings: { ...settings, ...over }, followUp: fu, planning }).values);

  it('lists who to discuss with why, in both languages', () => {
    const zh = pack();
    expect(zh).toContain('五、需讨论的人员');
    expect(zh).toContain('周婷（K2）');
    expect(zh).toContain('流失风险高，九宫格 9 超级明星');
    expect(zh).toContain('关键岗位「K1」没有即刻可用的后备');
    expect(pack({}, 'en-US')).toContain('High flight risk in box 9 Star');
  });

  it('leaves flight risk out of a handout that hides it', () => {
    expect(pack({ hideSensitiveInPrint: true }).some((t) => t.includes('流失风险'))).toBe(false);
  });

  it('gives the department’s coverage and scarce demand, not the company’s', () => {
    const zh = pack();
    expect(zh).toContain('· 关键岗位 1 个：已覆盖（有即刻可用的后备）0 个，高风险且未覆盖 0 个（详见「继任规划」）');
    expect(zh).toContain('· 紧缺需求 1 项：缺口合计 2 人，内部培育候选 0 人，需外部引进 2 人（详见「人才地图」）');
    const other = askedGroups(result, '设备部').groups[0];
    const dev = texts(buildMeetingPackPlan(result, other, 'y', { ...ctx, followUp: fu, planning }).values);
    expect(dev).toContain('· 本部门没有关键岗位');
    expect(dev).toContain('· 需求规划中本部门没有紧缺需求（详见「人才地图」）');
  });
});

describe('the pack in print', () => {
  /** Heights in points of the rows from 0-based `from` to the end. */
  const heights = (p: ReturnType<typeof buildMeetingPackPlan>, from = 0): number =>
    p.values.slice(from).reduce((sum, _, i) => sum + (p.rowHeights?.[from + i + 1] ?? 15), 0);

  it('grows the notes box to fill the page, so a short pack still prints as one full page with room for minutes', () => {
    const plain = review(specs);
    const one = buildMeetingPackPlan(plain, askedGroups(plain, '研发中心').groups[0], 'x', ctx);
    const [title] = find(one, (v) => v === '会议记录');
    const notesRow = Number(title.slice(1));
    const notes = [1, 2, 3].map((i) => one.rowHeights?.[notesRow + i] ?? 15);
    expect(Math.min(...notes)).toBeGreaterThan(60);
    // A4 portrait between 0.6-inch margins is 755.6 pt; at the width's scale (the columns are wider than the
    // page) the rows fill most of it and stay within it.
    const total = heights(one);
    expect(total).toBeGreaterThan(755.6);
    expect(total).toBeLessThan(755.6 / 0.8);
  });

  it('is one page where it fits at 80 %, else the lists start the second page', () => {
    const small = askedGroups(calibrated, '研发中心').groups[0];
    const one = buildMeetingPackPlan(calibrated, small, 'x', ctx);
    expect(one.print).toMatchObject({ fitToHeight: 1 });
    expect(one.print?.rowBreaks).toBeUndefined();

    const many = review(Array.from({ length: 30 }, (_, i) => ({ id: `L${i}`, perf: 'needs' as const, pot: 'low' as const, department: '设备部' })));
    const inPool = { ...many, reviews: many.reviews.map((r) => ({ ...r, engineer: { ...r.engineer, inPool: true } })) };
    const long = buildMeetingPackPlan(inPool, askedGroups(inPool, '设备部').groups[0], 'y', ctx);
    const [at] = find(long, (v) => v === '五、需讨论的人员');
    expect(long.print?.fitToHeight).toBeUndefined();
    // A break after the row before the section: the section opens page 2.
    expect(long.print?.rowBreaks).toEqual([Number(at.slice(1)) - 1]);
  });
});
