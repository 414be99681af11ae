import { BOX_TABLE } from '../../../src/domain/catalogue';
import { defaultSettings } from '../../../src/domain/settings';
import type { Box, PerfBand, PotBand } from '../../../src/domain/types';
import type { SheetPlan } from '../../../src/workbook/plan';
import { buildGridPlan, nameLines } from '../../../src/workbook/write/grid';
import { review, type EngineerSpec } from '../../fixtures/reviews';
import { below, conditionalStyleAt, find, formatAt, rc, styleAt, valueAt } from './helpers';

const BAND: Record<Box, [PerfBand, PotBand]> = {
  1: ['needs', 'low'], 2: ['qualified', 'low'], 3: ['excellent', 'low'],
  4: ['needs', 'medium'], 5: ['qualified', 'medium'], 6: ['excellent', 'medium'],
  7: ['needs', 'high'], 8: ['qualified', 'high'], 9: ['excellent', 'high'],
};

/** `n` engineers in `box`, IDs from `start`. */
function inBox(box: Box, n: number, start: number, over: Partial<EngineerSpec> = {}): EngineerSpec[] {
  const [perf, pot] = BAND[box];
  return Array.from({ length: n }, (_, i) => ({ id: String(start + i), name: `工程师${start + i}`, perf, pot, ...over }));
}

function heading(plan: SheetPlan, box: Box): string {
  const cells = find(plan, (v) => typeof v === 'string' && new RegExp(`^${box} `, 'u').test(v));
  expect(cells).toHaveLength(1);
  return cells[0];
}

// 80 engineers: box 9 has 5 (6.25%), box 5 has 40 (50% against 30% guidance).
const specs: EngineerSpec[] = [
  ...inBox(9, 5, 1000),
  ...inBox(5, 40, 2000),
  ...inBox(1, 4, 3000),
  ...inBox(8, 8, 4000),
  ...inBox(6, 8, 5000),
  ...inBox(2, 15, 6000),
];
specs[0] = { ...specs[0], id: '1023', name: '张伟' };
specs[5] = { ...specs[5], id: '2077', name: '张伟' };
const result = review(specs);
const settings = defaultSettings();
const zh = buildGridPlan(result, 'zh-CN', settings, '2025-06-30');

describe('九宫格 / Nine-box', () => {
  it('puts potential upward and performance rightward: box 9 top right, box 1 bottom left', () => {
    const cells = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as Box[]).map((b) => ({ box: b, ...rc(heading(zh, b)) }));
    const rows = cells.map((c) => c.row);
    const cols = cells.map((c) => c.col);
    const nine = cells[8];
    const one = cells[0];
    expect(nine.row).toBe(Math.min(...rows));
    expect(nine.col).toBe(Math.max(...cols));
    expect(one.row).toBe(Math.max(...rows));
    expect(one.col).toBe(Math.min(...cols));
    // Box 8 is beside 9 on the top row; box 7 above 4 above 1.
    expect(cells[7].row).toBe(nine.row);
    expect(cells[6].col).toBe(one.col);
    expect(cells[6].row).toBeLessThan(cells[3].row);
    expect(cells[3].row).toBeLessThan(one.row);
  });

  it('colours box 9 dark green and box 1 red, with readable text', () => {
    const nine = styleAt(zh, heading(zh, 9));
    const one = styleAt(zh, heading(zh, 1));
    expect(nine.fill).toBe('#1E7B34');
    expect(nine.fontColor).toBe('#FFFFFF');
    expect(one.fill).toBe(BOX_TABLE[1].colour);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt((one.fill ?? '').slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g);
    expect(r).toBeGreaterThan(b);
    // The names below the heading carry the same colour.
    expect(styleAt(zh, below(heading(zh, 9))).fill).toBe('#1E7B34');
  });

  it('takes box colours from the settings, with a font that reads on them', () => {
    const plan = buildGridPlan(result, 'zh-CN', { ...settings, boxColours: { 9: '#000080', 1: '#FFFF00' } }, '2025-06-30');
    expect(styleAt(plan, heading(plan, 9))).toEqual(expect.objectContaining({ fill: '#000080', fontColor: '#FFFFFF' }));
    expect(styleAt(plan, heading(plan, 1))).toEqual(expect.objectContaining({ fill: '#FFFF00', fontColor: '#000000' }));
  });

  it('heads each box with number, label, count and share', () => {
    expect(valueAt(zh, heading(zh, 9))).toBe('9 超级明星 · 5人 · 6.3%');
    expect(valueAt(zh, heading(zh, 5))).toBe('5 中坚力量 · 40人 · 50.0%');
    expect(valueAt(zh, heading(zh, 7))).toBe('7 待发展者 · 0人 · 0.0%');
    const en = buildGridPlan(result, 'en-US', settings, '2025-06-30');
    // In English the top band's headings are too wide for a box (「7 Rough diamond · 0 · 0.0%」): two lines each.
    expect(valueAt(en, heading(en, 9))).toBe('9 Star\n5 · 6.3%');
  });

  // Printed with DejaVu Sans for YaHei (LibreOffice, WPS, Mac): about 1.2 column units a bold letter.
  it('prints in English without a heading, label or header word cut (columns and rows sized for them)', () => {
    const en = buildGridPlan(result, 'en-US', settings, '2025-06-30');
    const widths = en.columnWidths ?? [];
    const height = (address: string): number => en.rowHeights?.[rc(address).row + 1] ?? 15;
    // The axis title, 12-pt bold, keeps 「Potential」 whole.
    const axis = find(en, (v) => v === 'Potential ↑')[0];
    expect(widths[rc(axis).col]).toBeGreaterThanOrEqual('Potential'.length * 1.2 * 1.2);
    // Every word of the table's headers fits its column: no 「Guidan / ce」.
    const header = find(en, (v) => v === 'Guidance')[0];
    for (const c of [0, 1, 2, 3, 4, 5, 6].map((i) => rc(header).col - 4 + i)) {
      const text = String(en.values[rc(header).row][c]);
      for (const word of text.split(' ')) expect(widths[c]).toBeGreaterThanOrEqual(word.length * 1.2 + 1);
    }
    // A heading that needs two lines has them, in a row tall enough, wrapping.
    const rough = heading(en, 7);
    expect(valueAt(en, rough)).toBe('7 Rough diamond\n0 · 0.0%');
    expect(height(rough)).toBeGreaterThanOrEqual(2 * 15 + 4);
    expect(styleAt(en, rough).wrap).toBe(true);
    // 「Trusted professional」 wraps between its words in the table, on a row of two lines.
    const trusted = find(en, (v) => v === 'Trusted professional')[0];
    expect(styleAt(en, trusted).wrap).toBe(true);
    expect(widths[rc(trusted).col]).toBeGreaterThanOrEqual('professional'.length * 1.05 + 1);
    expect(height(trusted)).toBeGreaterThanOrEqual(2 * 15 + 4);
    // The same total width as the Chinese sheet: the print keeps its scale (names at 8 pt or more).
    expect(widths.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual((zh.columnWidths ?? []).reduce((a, w) => a + w, 0));
  });

  it('lists the names, with the ID added where two engineers share a name', () => {
    const names = String(valueAt(zh, below(heading(zh, 9))));
    expect(names).toContain('张伟(1023)');
    expect(names).toContain('工程师1001');
    expect(String(valueAt(zh, below(heading(zh, 5))))).toContain('张伟(2077)');
    expect(valueAt(zh, below(heading(zh, 7)))).toBeNull();
  });

  it('names in a tall merged, wrapped cell, tall enough for every line of names', () => {
    const namesCell = below(heading(zh, 5));
    const merge = zh.merges.find((m) => m.startsWith(`${namesCell}:`));
    expect(merge).toBeDefined();
    expect(styleAt(zh, namesCell).wrap).toBe(true);
    const lines = String(valueAt(zh, namesCell)).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    const { row } = rc(namesCell);
    const [, to] = (merge ?? '').split(':');
    let height = 0;
    for (let r = row; r <= rc(to).row; r++) height += zh.rowHeights?.[r + 1] ?? 15;
    expect(height).toBeGreaterThanOrEqual(lines.length * 13);
  });

  it('never splits a name across lines', () => {
    const names = Array.from({ length: 30 }, (_, i) => `欧阳${'明'.repeat(1 + (i % 3))}`);
    const lines = nameLines(names, 'zh-CN', 30);
    expect(lines.join('').split('、')).toEqual(names);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('labels the axes and the bands', () => {
    expect(find(zh, (v) => v === '潜力 ↑')).toHaveLength(1);
    expect(find(zh, (v) => v === '绩效 →')).toHaveLength(1);
    const [perfLow, perfMid, perfHigh] = ['待提升', '合格', '优秀'].map((t) => rc(find(zh, (v) => v === t)[0]));
    expect(perfLow.col).toBeLessThan(perfMid.col);
    expect(perfMid.col).toBeLessThan(perfHigh.col);
    const [high, low] = ['高', '低'].map((t) => rc(find(zh, (v) => v === t)[0]));
    expect(high.row).toBeLessThan(low.row);
    expect(find(zh, (v) => typeof v === 'string' && v.includes('本结果为培育参考，不作为评价结论')).length).toBeGreaterThan(0);
  });

  it('has the distribution table with guidance and a flag where a box is off by more than 10 points', () => {
    const head = rc(find(zh, (v) => v === '格位')[0]);
    expect(zh.values[head.row].slice(head.col, head.col + 7)).toEqual(['格位', '名称', '人数', '占比', '指引', '偏离（百分点）', '提示']);
    const tableRow = (box: Box): unknown[] => zh.values[head.row + 10 - box].slice(head.col, head.col + 7);
    // 40 of 80 in box 5: 50% against 30%, 20 points off.
    expect(tableRow(5)).toEqual([5, '中坚力量', 40, 0.5, 0.3, 20, '⚠ 偏高']);
    expect(tableRow(9)).toEqual([9, '超级明星', 5, 0.0625, 0.05, 1.25, null]);
    // 15 of 80 in box 2 is 18.75%: 8.75 points off, not flagged.
    expect(tableRow(2)).toEqual([2, '基本胜任', 15, 0.1875, 0.1, 8.75, null]);
    expect(zh.values[head.row + 10].slice(head.col + 2, head.col + 5)).toEqual([80, 1, 1]);
    const shareCell = `${String.fromCharCode(65 + head.col + 3)}${head.row + 2}`;
    expect(formatAt(zh, shareCell)).toBe('0.0%');
    // A flagged row is red through a rule on its flag cell: clearing the flag clears the colour.
    const flagCell = `${String.fromCharCode(65 + head.col + 6)}${head.row + 10 - 5 + 1}`;
    expect(conditionalStyleAt(zh, flagCell)?.fill).toBeDefined();
    expect(conditionalStyleAt(zh, shareCell)).toBeUndefined();
    const cleared = { ...zh, values: zh.values.map((row, r) => (r === head.row + 10 - 5 ? row.map((v, c) => (c === head.col + 6 ? null : v)) : row)) };
    expect(conditionalStyleAt(cleared, flagCell)).toBeUndefined();
    expect(styleAt(zh, flagCell).fill).toBeUndefined();
  });

  it('flags the whole population only from the minimum group size on', () => {
    const small = review([...inBox(5, 9, 1)]);
    const plan = buildGridPlan(small, 'en-US', settings, '2025-06-30');
    expect(find(plan, (v) => v === '⚠ Over')).toHaveLength(0);
    const ten = buildGridPlan(review([...inBox(5, 10, 1)]), 'en-US', settings, '2025-06-30');
    expect(find(ten, (v) => v === '⚠ Over').length).toBeGreaterThan(0);
    // A box far under its guidance says so: with box 2's guidance at 25 % (and box 5's at 15 %), a hundred in
    // box 5 leave box 2 empty, 25 points under.
    const skewed = { ...settings, guidance: { ...settings.guidance, 2: 25, 5: 15 } };
    const hundred = buildGridPlan(review([...inBox(5, 100, 1)], skewed), 'en-US', skewed, '2025-06-30');
    expect(find(hundred, (v) => v === '⚠ Under')).toHaveLength(1);
    expect(find(hundred, (v) => v === '⚠ Over')).toHaveLength(1);
  });

  it('writes department, manager and manager-bias flags as readable lines', () => {
    const team = review([
      ...inBox(9, 6, 100, { department: '研发中心', manager: '孙建华' }),
      ...inBox(5, 6, 200, { department: '研发中心', manager: '孙建华' }),
      ...inBox(1, 6, 300, { department: '质量部', manager: '王丽娟' }),
      ...inBox(5, 6, 400, { department: '质量部', manager: '王丽娟' }),
    ]);
    const plan = buildGridPlan(team, 'zh-CN', settings, '2025-06-30');
    const lines = plan.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string' && v.startsWith('⚠'));
    // Box 5 at 6/12 against 30 % is 20 points off but not significant (p ≈ 0.2); box 9 at 6/12 against 5 % is.
    // Each manager's engineers are exactly one department's: named on the department's line, not repeated.
    const dept = lines.find((l) => l.startsWith('⚠ 部门 研发中心（12 人，上级 孙建华）：9 超级明星 6/12 = 50%（指引 5%，调整后 p < 0.001）'));
    expect(dept).toMatch(/。整体 χ² = [\d.]+，p < 0\.001（近似），Cramér's V = 0\.\d\d$/u);
    expect(lines.filter((l) => l.includes('中坚力量'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('⚠ 上级') && !l.includes('均值'))).toEqual([]);
    expect(lines.some((l) => l.startsWith('⚠ 上级 孙建华（12 人）') && l.includes('其他人 1.00') && l.includes('偏宽'))).toBe(true);
    expect(lines.some((l) => l.startsWith('⚠ 上级 王丽娟（12 人）') && l.includes('偏严'))).toBe(true);
    const en = buildGridPlan(team, 'en-US', settings, '2025-06-30');
    expect(en.values.some((r) => typeof r[0] === 'string' && r[0].startsWith('⚠ Department 研发中心 (12; manager 孙建华): 9 Star 6/12 = 50% (guidance 5%, adjusted p < 0.001). Overall χ²'))).toBe(true);
  });

  it('a box with more names than fit shows the first names and 「…等 N 人」, every name counted once', () => {
    const plan = buildGridPlan(review(inBox(5, 300, 5000)), 'zh-CN', settings, '2025-06-30');
    const names = plan.values.flat().find((v): v is string => typeof v === 'string' && v.includes('…等'))!;
    const lines = names.split('\n');
    expect(lines).toHaveLength(8);
    const shown = lines.slice(0, -1).join('、').split('、').filter((n) => n !== '').length;
    expect(lines[7]).toBe(`…等 ${300 - shown} 人`);
    const en = buildGridPlan(review(inBox(5, 300, 5000)), 'en-US', settings, '2025-06-30');
    expect(en.values.flat().some((v) => typeof v === 'string' && /\n… and \d+ more$/u.test(v))).toBe(true);
  });

  it('says so when nothing is flagged', () => {
    const plan = buildGridPlan(review(inBox(5, 3, 1)), 'zh-CN', settings, '2025-06-30');
    expect(find(plan, (v) => typeof v === 'string' && v.startsWith('✓'))).toHaveLength(1);
  });

  it('prints on one A4 landscape page', () => {
    expect(zh.print).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 }));
    expect(zh.name).toBe('九宫格');
  });
});

describe('a big roster’s grid in print', () => {
  /** Points of all the sheet's rows; unset rows 15. */
  const height = (plan: SheetPlan): number => plan.values.reduce((sum, _, r) => sum + (plan.rowHeights?.[r + 1] ?? 15), 0);
  // A4 landscape between the wide margins (0.6 inch top and bottom) at 80 %: 10-pt names print at 8 pt.
  const room = (595 - 0.6 * 72 * 2) / 0.8;

  it('shows as many lines of names as one page at 8 pt has room for, the rest as 「…等 N 人」', () => {
    // 1,470 engineers in six departments, each department's boxes far from the guidance: six check lines.
    const people = ['甲', '乙', '丙', '丁', '戊', '己'].flatMap((d, k) => [
      ...inBox(5, 150, 10000 + k * 1000, { department: `${d}部` }),
      ...inBox(2, 80, 10500 + k * 1000, { department: `${d}部` }),
      ...inBox(8, 15, 10800 + k * 1000, { department: `${d}部` }),
    ]);
    const plan = buildGridPlan(review(people), 'zh-CN', defaultSettings(), '2026-06-30');
    expect(plan.print?.fitToHeight).toBe(1);
    expect(height(plan)).toBeLessThanOrEqual(room);
    const five = find(plan, (v) => typeof v === 'string' && v.includes('…等'));
    expect(five.length).toBeGreaterThanOrEqual(2);
  });

  it('lets the checks run onto a second page rather than shrink the grid, when they alone fill the page', () => {
    // Forty departments of 40, each all in box 5: forty check lines under the grid.
    const people = Array.from({ length: 40 }, (_, k) => inBox(5, 40, 20000 + k * 100, { department: `部门${k}` })).flat();
    const plan = buildGridPlan(review(people), 'zh-CN', defaultSettings(), '2026-06-30');
    expect(height(plan)).toBeGreaterThan(room);
    expect(plan.print?.fitToHeight).toBeUndefined();
    expect(plan.print?.fitToWidth).toBe(1);
  });
});
