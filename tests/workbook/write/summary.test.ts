import type { DistributionGroup } from '../../../src/domain/types';
import { buildSummaryPlan } from '../../../src/workbook/write/summary';
import { keepSectionsTogether } from '../../../src/workbook/write/summaryLayout';
import { PAGE_MARGINS } from '../../../src/workbook/write/layout';
import { follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';

const SPECS: Spec[] = [
  { id: 'A1', name: '甲', perf: 'excellent', pot: 'high', department: '研发中心', category: '研发工程师', level: 'senior', keyPosition: true, position: '主任工程师', flightRisk: 'high' },
  { id: 'A2', name: '乙', perf: 'excellent', pot: 'high', department: '研发中心', category: '研发工程师', level: 'intermediate', keyPosition: false },
  { id: 'A3', name: '丙', perf: 'qualified', pot: 'high', department: '工艺技术部', category: '机械工程师', level: 'junior', flightRisk: 'high' },
  { id: 'A4', name: '丁', perf: 'needs', pot: 'low', department: '工艺技术部', level: 'junior', flightRisk: 'high' },
];

function rowOf(values: (string | number | boolean | null)[][], text: string, from = 0): number {
  const i = values.findIndex((r, k) => k >= from && r[1] === text);
  if (i < 0) throw new Error(`no ${text}`);
  return i;
}

describe('盘点汇总 / Summary', () => {
  const result = reviewed(SPECS);
  const fu = followOf(result);
  const plan = buildSummaryPlan(fu, follow());

  it('counts final boxes by department, boxes 9 to 1 then the total, with a total row', () => {
    const head = rowOf(plan.values, '部门');
    expect(plan.values[head].slice(2)).toEqual(['9\n超级明星', '8\n潜力之星', '7\n待发展者', '6\n绩效之星', '5\n中坚力量', '4\n待改进者', '3\n熟练员工', '2\n基本胜任', '1\n需重点改进', '合计']);
    expect(plan.values[head + 1].slice(1)).toEqual(['研发中心', 2, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(plan.values[head + 2].slice(1)).toEqual(['工艺技术部', 0, 1, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(plan.values[head + 3].slice(1)).toEqual(['合计', 2, 1, 0, 0, 0, 0, 0, 0, 1, 4]);
    const cat = rowOf(plan.values, '工程师类别');
    expect(plan.values[cat + 3][1]).toBe('未填');
    expect(rowOf(plan.values, '培育层级')).toBeGreaterThan(cat);
  });

  it('reads the levels as the pyramid 塔尖/塔身/塔基 with count and share', () => {
    const top = rowOf(plan.values, '塔尖（高级培育对象）');
    expect(plan.values[top].slice(1, 7)).toEqual(['塔尖（高级培育对象）', 1, null, '25.0%', null, '1 / 0 / 0']);
    expect(plan.values[top + 2].slice(1, 5)).toEqual(['塔基（初级培育对象）', 2, null, '50.0%']);
  });

  it('lists 双高 in key positions and flight risk 高 among boxes 9, 8, 6 (not box 1)', () => {
    const dh = rowOf(plan.values, '关键岗位上的双高人才（九宫格 9）');
    expect(plan.values[dh + 2].slice(1, 7)).toEqual(['甲(A1)', '研发中心', null, null, null, '主任工程师']);
    expect(plan.values[dh + 3][1]).toBe('双高不在关键岗位 1 人；关键岗位未填 0 人');
    const fr = rowOf(plan.values, '流失风险高的骨干（九宫格 9、8、6）');
    expect([plan.values[fr + 2][1], plan.values[fr + 3][1], plan.values[fr + 4][1]]).toEqual(['甲(A1)', '丙(A3)', null]);
  });

  it('has sign-off cells for 第一责任人 and 一把手 that a re-run keeps', () => {
    const first = rowOf(plan.values, '第一责任人');
    const head = rowOf(plan.values, '一把手');
    expect([plan.values[first][2], plan.values[first][6]]).toEqual(['姓名', '日期']);
    const edited = typed(plan, [
      { row: first, col: 3, value: '刘部长' },
      { row: first, col: 7, value: 45850 },
      { row: head, col: 3, value: '王总' },
    ]);
    // More engineers now: the sign-off rows move down, the names stay.
    const more = reviewed([...SPECS, { id: 'A5', name: '戊', perf: 'qualified', pot: 'medium', department: '设备动力部' }]);
    const again = buildSummaryPlan(followOf(more), follow('zh-CN', reread(edited)));
    const f2 = rowOf(again.values, '第一责任人');
    expect(f2).toBeGreaterThan(first);
    expect([again.values[f2][3], again.values[f2][7]]).toEqual(['刘部长', 45850]);
    expect(again.values[rowOf(again.values, '一把手')][3]).toBe('王总');
  });

  it('shows the distribution and manager checks, or says all is well, on a printed page with the sign-off', () => {
    const checks = rowOf(plan.values, '分布与上级评价检查');
    expect(plan.values[checks + 1][1]).toBe('✓ 未发现分布偏离或上级评价偏差');
    expect(plan.print?.rowBreaks).toEqual([checks]);
    expect(rowOf(plan.values, '第一责任人')).toBeGreaterThan(checks);
  });

  // Printed with DejaVu Sans for YaHei (LibreOffice, WPS, Mac): a bold Latin letter about 1.2 column units.
  describe('in print', () => {
    const widthOf = (p: typeof plan, c1: number, c2 = c1): number => (p.columnWidths ?? []).slice(c1, c2 + 1).reduce((a, w) => a + w, 0);

    it('heads the Chinese count tables with labels whole (需重点改进 widens its column) in a row of three lines', () => {
      const head = rowOf(plan.values, '部门');
      expect(plan.values[head][10]).toBe('1\n需重点改进');
      expect(widthOf(plan, 10)).toBeGreaterThanOrEqual(10);
      expect(plan.rowHeights?.[head + 1]).toBeGreaterThanOrEqual(2 * 15 + 4);
    });

    it('heads the English ones with the numbers and lists the labels on a line above, none split', () => {
      const en = buildSummaryPlan(fu, follow('en-US'));
      const head = rowOf(en.values, 'Department');
      expect(en.values[head].slice(2, 11)).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1']);
      const legend = String(en.values.find((r) => String(r[1]).startsWith('Boxes: '))?.[1]);
      expect(legend.split(/ · |\n/u)).toEqual(['Boxes: 9 Star', '8 High potential', '7 Rough diamond', '6 High performer', '5 Core player', '4 Inconsistent', '3 Trusted professional', '2 Effective', '1 Needs focus']);
    });

    it('gives the checks room: share, guidance and deviation whole, a flagged group on one row', () => {
      const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 13 };
      const all: DistributionGroup = {
        groupKind: 'all', group: '全体', total: 80, counts, checked: true,
        flags: [{ groupKind: 'all', group: '全体', box: 9, actual: 16.25, guidance: 5, count: 13, pAdjusted: 0.001 }],
      };
      const flagged = { ...fu, summary: { ...fu.summary, distribution: [all] } };
      for (const lang of ['zh-CN', 'en-US'] as const) {
        const p = buildSummaryPlan(flagged, follow(lang));
        const row = p.values.findIndex((r) => r.includes('13/80 16.3%'));
        const c = p.values[row].indexOf('13/80 16.3%');
        expect(p.merges).toContain(`${String.fromCharCode(65 + c)}${row + 1}:${String.fromCharCode(66 + c)}${row + 1}`);
        expect(widthOf(p, c, c + 1)).toBeGreaterThanOrEqual('13/80 16.3%'.length * 1.05 + 1);
        // Header words whole: 「Deviation」 bold needs 12 columns.
        const dev = p.values[row - 1].findIndex((v) => v === (lang === 'zh-CN' ? '偏离（百分点）' : 'Deviation (points)'));
        expect(widthOf(p, dev, dev + 1)).toBeGreaterThanOrEqual('Deviation'.length * 1.2 + 1);
        expect(p.values[row][1]).toBe(lang === 'zh-CN' ? '全体（80）' : 'All (80)');
      }
    });
  });

  it('breaks the page before a section heading that would end a page without its lines', () => {
    const widths = [4, 22, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8];
    // 16-pt rows: a portrait page at this width's scale (0.857) holds 855 pt, 53 rows and a bit.
    const heights: Record<number, number> = {};
    for (let r = 1; r <= 80; r++) heights[r] = 16;
    expect(keepSectionsTogether(heights, 80, [10, 53], 70, widths, PAGE_MARGINS)).toEqual([53, 70]);
    // A heading with room for its lines stays where it is.
    expect(keepSectionsTogether(heights, 80, [10, 50], 70, widths, PAGE_MARGINS)).toEqual([70]);
  });
});

