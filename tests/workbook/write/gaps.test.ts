import { defaultSettings } from '../../../src/domain/settings';
import { GAP_FILLS, buildGapsPlan } from '../../../src/workbook/write/gaps';
import { review, type EngineerSpec } from '../../fixtures/reviews';
import { find, styleAt, valueAt } from './helpers';

// Intermediate engineers are required 3 in every competency (the default specific standard).
const one: EngineerSpec = {
  id: '1023', name: '张伟', perf: 'qualified', pot: 'medium', department: '研发中心', category: '研发工程师', level: 'intermediate',
  //          gap 1.5 (高)   gap 0.5 (中)   gap 0.25 (低)        gap −1 (达标)   not given (未评估)
  competencies: { research: 1.5, practice: 2.5, problemSolving: 2.75, integration: 4 },
};
const result = review([one, { ...one, id: '1024', name: '李娜' }, { ...one, id: '1025', name: '王芳', competencies: { research: 5 } }]);
const zh = buildGapsPlan(result, 'zh-CN', defaultSettings());

describe('能力差距 / Gaps', () => {
  it('has two header rows: the competency merged over 实际/要求/差距, identity columns merged down', () => {
    expect(zh.name).toBe('能力差距');
    expect(zh.values[1].slice(0, 6)).toEqual(['工号', '姓名', '部门', '工程师类别', '培育层级', '专业技术研究能力']);
    expect(zh.values[2].slice(5, 8)).toEqual(['实际', '要求', '差距']);
    expect(zh.values[1][20 - 2]).toBe(null);
    expect(zh.values[1][17]).toBe('创新变革能力');
    expect(zh.merges).toEqual(expect.arrayContaining(['F2:H2', 'R2:T2', 'A2:A3', 'E2:E3']));
    const en = buildGapsPlan(result, 'en-US', defaultSettings());
    expect(en.values[1].slice(0, 6)).toEqual(['ID', 'Name', 'Department', 'Category', 'Level', 'Technical research']);
    expect(en.values[2].slice(5, 8)).toEqual(['Actual', 'Required', 'Gap']);
  });

  it('writes actual, required and gap per competency; a competency not given reads 未评估, never 0', () => {
    expect(zh.values[3]).toEqual([
      '1023', '张伟', '研发中心', '研发工程师', '中级培育对象',
      1.5, 3, 1.5, 2.5, 3, 0.5, 2.75, 3, 0.25, 4, 3, -1, null, 3, '未评估',
    ]);
    const en = buildGapsPlan(result, 'en-US', defaultSettings());
    expect(valueAt(en, 'T4')).toBe('Not assessed');
  });

  it('colours gap cells by severity: high red-ish, medium orange, low yellow, meets green, not assessed grey', () => {
    expect(styleAt(zh, 'H4').fill).toBe(GAP_FILLS.high);
    expect(styleAt(zh, 'K4').fill).toBe(GAP_FILLS.medium);
    expect(styleAt(zh, 'N4').fill).toBe(GAP_FILLS.low);
    expect(styleAt(zh, 'Q4').fill).toBe(GAP_FILLS.meets);
    expect(styleAt(zh, 'T4').fill).toBe(GAP_FILLS.notAssessed);
    // Actual and required cells stay uncoloured.
    expect(styleAt(zh, 'F4').fill).toBeUndefined();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(GAP_FILLS.high.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g);
    expect(r).toBeGreaterThan(b);
  });

  it('groups fills: a column of equal severities is one range, not one per cell', () => {
    const high = zh.styles.find((s) => s.style.fill === GAP_FILLS.high && s.ranges.some((r) => r.startsWith('H')));
    expect(high?.ranges).toContain('H4:H5');
    const grey = zh.styles.find((s) => s.style.fill === GAP_FILLS.notAssessed && s.ranges.some((r) => r.includes('6')));
    // Row 6 (王芳) has four competencies not given, side by side with row 4–5's innovation column.
    expect(grey?.ranges.length).toBeLessThan(6);
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
