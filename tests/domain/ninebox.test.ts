// DOMAIN.md, The nine boxes: box = 3 × potential index + performance index + 1, labels, movement.
import { bandsOfBox, boxLabel, boxOf, MOVEMENT_LABELS, movement, type Box, type PerfBand, type PotBand } from '../../src/domain';

describe('the nine-box table', () => {
  const table: [Box, PotBand, PerfBand, string, string][] = [
    [9, 'high', 'excellent', '超级明星', 'Star'],
    [8, 'high', 'qualified', '潜力之星', 'High potential'],
    [7, 'high', 'needs', '待发展者', 'Rough diamond'],
    [6, 'medium', 'excellent', '绩效之星', 'High performer'],
    [5, 'medium', 'qualified', '中坚力量', 'Core player'],
    [4, 'medium', 'needs', '待改进者', 'Inconsistent'],
    [3, 'low', 'excellent', '熟练员工', 'Trusted professional'],
    [2, 'low', 'qualified', '基本胜任', 'Effective'],
    [1, 'low', 'needs', '需重点改进', 'Needs focus'],
  ];
  it.each(table)('box %d: potential %s, performance %s = %s / %s', (box, pot, perf, zh, en) => {
    expect(boxOf(perf, pot)).toBe(box);
    expect(bandsOfBox(box)).toEqual({ performance: perf, potential: pot });
    expect(boxLabel(box, 'zh-CN')).toBe(zh);
    expect(boxLabel(box, 'en-US')).toBe(en);
  });

  it('a box label setting overrides the catalogue label', () => {
    expect(boxLabel(5, 'zh-CN', { 5: '骨干' })).toBe('骨干');
    expect(boxLabel(4, 'zh-CN', { 5: '骨干' })).toBe('待改进者');
  });
});

describe('movement against the previous box', () => {
  const table: [Box, Box, 'up' | 'down' | 'same' | 'lateral', string, string][] = [
    [5, 9, 'up', '上升', 'Up'],
    [1, 2, 'up', '上升', 'Up'],
    [9, 8, 'down', '下降', 'Down'],
    [6, 2, 'down', '下降', 'Down'],
    [5, 5, 'same', '持平', 'Same'],
    [7, 5, 'lateral', '平移', 'Lateral'],
    [3, 5, 'lateral', '平移', 'Lateral'],
    [6, 8, 'lateral', '平移', 'Lateral'],
  ];
  it.each(table)('%d → %d is %s (%s / %s)', (prev, cur, m, zh, en) => {
    expect(movement(prev, cur)).toBe(m);
    expect(MOVEMENT_LABELS[m]).toEqual({ zh, en });
  });
});
