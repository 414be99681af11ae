import { placePlan, type Tab } from '../../../src/hosts/xlsx/tabs';

describe('where an output sheet goes among the tabs', () => {
  it('keeps a replaced sheet in its place, puts new sheets after the last, and the registry always last', () => {
    const tabs: Tab[] = [
      { name: '我的数据', order: 0 },
      { name: '盘点结果', order: 1 },
      { name: '_卓越盘点', order: 2 },
      { name: '说明', order: 3 },
    ];
    expect(placePlan(tabs, { name: 'Review results', replaces: '盘点结果', role: 'results' })).toBe(1);
    expect(placePlan(tabs, { name: '九宫格', role: 'grid' })).toBe(4);
    expect(placePlan(tabs, { name: '_卓越盘点', role: 'registry' })).toBe(5);
    expect([...tabs].sort((a, b) => a.order - b.order).map((t) => t.name)).toEqual(['我的数据', 'Review results', '说明', '九宫格', '_卓越盘点']);
  });
});
