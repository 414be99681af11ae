import { defaultSettings } from '../../../src/domain/settings';
import type { SheetPlan } from '../../../src/workbook/plan';
import { GAP_FILLS, buildGapsPlan } from '../../../src/workbook/write/gaps';
import { review, type EngineerSpec } from '../../fixtures/reviews';
import { conditionalStyleAt, find, rc, styleAt, valueAt } from './helpers';

// Intermediate engineers are required 3 in every competency (the default specific standard).
const one: EngineerSpec = {
  id: '1023', name: '张伟', perf: 'qualified', pot: 'medium', department: '研发中心', category: '研发工程师', level: 'intermediate',
  //          gap 1.5 (高)   gap 0.5 (中)   gap 0.25 (低)        gap −1 (达标)   not given (未评估)
  competencies: { research: 1.5, practice: 2.5, problemSolving: 2.75, integration: 4 },
};
const result = review([one, { ...one, id: '1024', name: '李娜' }, { ...one, id: '1025', name: '王芳', competencies: { research: 5 } }]);
const zh = buildGapsPlan(result, 'zh-CN', defaultSettings());

describe('能力差距 / Gaps', () => {
  it('names each competency over its three columns, and heads a table with one row of distinct names', () => {
    expect(zh.name).toBe('能力差距');
    expect(zh.values[1].slice(5, 6)).toEqual(['① 专业技术研究能力']);
    expect(zh.values[1][17]).toBe('⑤ 创新变革能力');
    expect(zh.values[2].slice(0, 8)).toEqual(['工号', '姓名', '部门', '工程师类别', '培育层级', '①实际', '①要求', '①差距']);
    expect(zh.values[2][19]).toBe('⑤差距');
    expect(zh.merges).toEqual(expect.arrayContaining(['F2:H2', 'R2:T2']));
    // A table: one header row, no merge in it, every name once.
    expect(zh.table).toEqual({ name: 'Gaps', range: 'A3:T6', style: 'TableStyleLight1' });
    expect(zh.merges.filter((m) => m.split(':').some((a) => rc(a).row >= 2))).toEqual([]);
    expect(new Set(zh.values[2]).size).toBe(20);
    const en = buildGapsPlan(result, 'en-US', defaultSettings());
    expect(en.values[2].slice(0, 8)).toEqual(['ID', 'Name', 'Department', 'Category', 'Level', '①Act.', '①Req.', '①Gap']);
    expect(en.values[1][5]).toBe('① Technical research');
  });

  it('writes actual, required and gap per competency; a competency not given reads 未评估, never 0', () => {
    expect(zh.values[3]).toEqual([
      '1023', '张伟', '研发中心', '研发工程师', '中级培育对象',
      1.5, 3, 1.5, 2.5, 3, 0.5, 2.75, 3, 0.25, 4, 3, -1, null, 3, '未评估',
    ]);
    const en = buildGapsPlan(result, 'en-US', defaultSettings());
    expect(valueAt(en, 'T4')).toBe('Not assessed');
    // In print: 'Not assessed' wraps in its column, so its row is two lines tall; 未评估 fits one.
    expect(en.rowHeights?.[4]).toBe(30);
    expect(zh.rowHeights?.[4]).toBeUndefined();
    // Every bold header word fits its column: 'Department' a fifth wider than its ten characters.
    expect(en.columnWidths[2]).toBeGreaterThanOrEqual(14);
  });

  it('colours gap cells by severity: high red-ish, medium orange, low yellow, meets green, not assessed grey', () => {
    expect(conditionalStyleAt(zh, 'H4')).toEqual({ fill: GAP_FILLS.high, bold: true });
    expect(conditionalStyleAt(zh, 'K4')?.fill).toBe(GAP_FILLS.medium);
    expect(conditionalStyleAt(zh, 'N4')?.fill).toBe(GAP_FILLS.low);
    expect(conditionalStyleAt(zh, 'Q4')?.fill).toBe(GAP_FILLS.meets);
    expect(conditionalStyleAt(zh, 'T4')?.fill).toBe(GAP_FILLS.notAssessed);
    expect(conditionalStyleAt(zh, 'H6')?.fill).toBe(GAP_FILLS.meets); // 王芳: research 5 against 3
    expect(conditionalStyleAt(zh, 'K6')?.fill).toBe(GAP_FILLS.notAssessed);
    // Actual and required cells stay uncoloured; no fixed fill under the rules.
    expect(conditionalStyleAt(zh, 'F4')).toBeUndefined();
    expect(styleAt(zh, 'H4').fill).toBeUndefined();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(GAP_FILLS.high.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g);
    expect(r).toBeGreaterThan(b);
  });

  it('recolours a gap a person edits: the colours are rules on the cells, at the cut-offs of the settings', () => {
    const edited = (plan: SheetPlan, address: string, v: number | string): SheetPlan => {
      const values = plan.values.map((row) => [...row]);
      const { row, col } = rc(address);
      values[row][col] = v;
      return { ...plan, values };
    };
    const cases: [number | string, string][] = [[2, GAP_FILLS.high], [1.5, GAP_FILLS.high], [1.49, GAP_FILLS.medium], [0.5, GAP_FILLS.medium], [0.1, GAP_FILLS.low], [0, GAP_FILLS.meets], [-2, GAP_FILLS.meets], ['未评估', GAP_FILLS.notAssessed]];
    for (const [v, fill] of cases) expect([v, conditionalStyleAt(edited(zh, 'H5', v), 'H5')?.fill]).toEqual([v, fill]);
    const custom = buildGapsPlan(result, 'zh-CN', { ...defaultSettings(), gapCutoffs: { upper: 2, middle: 1 } });
    expect(conditionalStyleAt(custom, 'H4')?.fill).toBe(GAP_FILLS.medium);
    // Five rules per gap column, none on the other columns: a cleared cell takes no colour.
    expect(zh.conditionalFormats).toHaveLength(25);
    expect(conditionalStyleAt({ ...zh, values: zh.values.map((row, i) => (i === 3 ? row.map(() => null) : row)) }, 'H4')).toBeUndefined();
  });

  it('has a legend line with one coloured cell per severity and the cut-offs from the settings', () => {
    const legend = ['高 ≥ 1.5', '中 ≥ 0.5', '低 > 0', '达标 ≤ 0', '未评估'];
    expect(zh.values[0].filter((v) => v !== null).slice(1)).toEqual(legend);
    expect(styleAt(zh, find(zh, (v) => v === '高 ≥ 1.5')[0]).fill).toBe(GAP_FILLS.high);
    const custom = buildGapsPlan(result, 'zh-CN', { ...defaultSettings(), gapCutoffs: { upper: 2, middle: 1 } });
    expect(find(custom, (v) => v === '高 ≥ 2')).toHaveLength(1);
  });

  it('freezes the headers and the identity columns', () => {
    expect(zh.freeze).toEqual({ rows: 3, cols: 5 });
    expect(zh.print?.orientation).toBe('landscape');
    expect(zh.columnWidths).toHaveLength(20);
  });
});
