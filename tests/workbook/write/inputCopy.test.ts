import { defaultSettings } from '../../../src/domain/settings';
import type { SheetGrid } from '../../../src/workbook/host';
import { buildInputCopyPlans } from '../../../src/workbook/write';
import { formatAt, styleAt, valueAt } from './helpers';

// A roster whose used range starts at B2, under a title row, with an ID formatted 00000 and a date.
const grid: SheetGrid = {
  name: '工程师名单',
  origin: { row: 1, col: 1 },
  values: [
    ['2025 年工程师名单', null, null],
    ['工号', '姓名', '参加工作时间'],
    [123, '=1+1', 43831],
    [124, '李娜', 44197],
  ],
  texts: [
    ['2025 年工程师名单', '', ''],
    ['工号', '姓名', '参加工作时间'],
    ['00123', '=1+1', '2020-01-01'],
    ['00124', '李娜', '2021-01-01'],
  ],
  formats: [
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['00000', '@', 'yyyy-mm-dd'],
    ['00000', 'General', 'yyyy-mm-dd'],
  ],
  errors: [[false, false, false], [false, false, false], [false, false, false], [false, false, false]],
  hiddenRows: [],
};

const ctx = { lang: 'zh-CN' as const, settings: defaultSettings(), reviewDate: '2025-06-30', writtenAt: '', existing: [] };

describe('values-only copies of input sheets', () => {
  const [plan] = buildInputCopyPlans([grid], ctx, { 工程师名单: 2 });

  it('keeps the sheet name and every raw value where it was', () => {
    expect(plan.role).toBe('input');
    expect(plan.name).toBe('工程师名单');
    expect(valueAt(plan, 'B2')).toBe('2025 年工程师名单');
    expect(valueAt(plan, 'B4')).toBe(123);
    expect(valueAt(plan, 'C4')).toBe('=1+1');
    expect(valueAt(plan, 'D5')).toBe(44197);
    expect(valueAt(plan, 'A1')).toBeNull();
  });

  it('keeps number formats, grouped by format: dates stay serial numbers with their date format', () => {
    expect(formatAt(plan, 'B4')).toBe('00000');
    expect(formatAt(plan, 'D4')).toBe('yyyy-mm-dd');
    expect(plan.numberFormats.find((g) => g.format === '00000')?.ranges).toEqual(['B4:B5']);
    expect(plan.numberFormats.find((g) => g.format === 'yyyy-mm-dd')?.ranges).toEqual(['D4:D5']);
    expect(plan.numberFormats.some((g) => g.format === 'General')).toBe(false);
  });

  it('bolds the header row the reader found, and nothing else', () => {
    expect(styleAt(plan, 'C3').bold).toBe(true);
    expect(styleAt(plan, 'C4')).toEqual({});
    expect(plan.styles).toHaveLength(1);
    expect(plan.columnWidths[1]).toBeGreaterThanOrEqual(8);
  });

  it('replaces nothing of another name: an input copy is found by its own name', () => {
    const existing = [{ role: 'input' as const, sheet: '工程师名单', lang: 'zh-CN' as const, reviewDate: '2025-06-30' }];
    expect(buildInputCopyPlans([grid], { ...ctx, existing })[0].replaces).toBeUndefined();
  });
});
