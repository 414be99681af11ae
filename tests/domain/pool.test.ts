// Cultivation pool (DOMAIN.md, Cultivation pool): statuses on the final box, each with its reason.
import { followUp, poolDecision, POOL_STATUS_LABELS, type Box, type PoolStatus } from '../../src/domain';
import { rated } from './helpers';
import { review, settingsWith } from './followUpHelpers';

describe('not in the pool: 建议入库 for 9, 8, 6, or 5 in a key position; else 暂不入库', () => {
  const table: [Box, boolean | undefined, PoolStatus][] = [
    [9, undefined, 'suggestEntry'],
    [8, undefined, 'suggestEntry'],
    [6, undefined, 'suggestEntry'],
    [7, undefined, 'notNow'],
    [5, true, 'suggestEntry'],
    [5, false, 'notNow'],
    [5, undefined, 'notNow'],
    [4, true, 'notNow'],
    [3, true, 'notNow'],
    [2, undefined, 'notNow'],
    [1, undefined, 'notNow'],
    [9, false, 'suggestEntry'],
  ];
  it.each(table)('box %i, key position %p → %s', (box, keyPosition, status) => {
    for (const inPool of [false, undefined]) {
      const d = poolDecision({ inPool, keyPosition }, box);
      expect(d.status).toBe(status);
      expect(d.inPool).toBe(false);
    }
  });

  it('says why, naming the box', () => {
    expect(poolDecision({ keyPosition: true }, 5).reason).toEqual({
      zh: '未在库，九宫格 5（中坚力量）且在关键岗位',
      en: 'Not in the pool; box 5 (Core player) in a key position',
    });
    expect(poolDecision({}, 5).reason.zh).toContain('关键岗位未填');
    expect(poolDecision({ keyPosition: false }, 5).reason.zh).toContain('非关键岗位');
    expect(poolDecision({}, 7).reason.zh).toBe('未在库，九宫格 7（待发展者）不属入库格位（9、8、6，或关键岗位的5）');
  });
});

describe('in the pool: 建议出库 for 1, 2, 4; else 保留在库', () => {
  const table: [Box, PoolStatus][] = [
    [1, 'suggestExit'],
    [2, 'suggestExit'],
    [4, 'suggestExit'],
    [3, 'stay'],
    [5, 'stay'],
    [6, 'stay'],
    [7, 'stay'],
    [8, 'stay'],
    [9, 'stay'],
  ];
  it.each(table)('box %i → %s', (box, status) => {
    for (const keyPosition of [true, false, undefined]) {
      const d = poolDecision({ inPool: true, keyPosition }, box);
      expect(d.status).toBe(status);
      expect(d.inPool).toBe(true);
    }
  });

  it('says why', () => {
    expect(poolDecision({ inPool: true }, 4).reason).toEqual({
      zh: '在库，九宫格 4（待改进者）属出库格位（1、2、4）',
      en: 'In the pool; box 4 (Inconsistent) is an exit box (1, 2, 4)',
    });
  });

  it('uses box labels from the settings', () => {
    expect(poolDecision({ inPool: true }, 4, { 4: '需改进' }).reason.zh).toContain('九宫格 4（需改进）');
  });
});

it('has labels in both languages', () => {
  expect(POOL_STATUS_LABELS.suggestEntry).toEqual({ zh: '建议入库', en: 'Suggest entry' });
  expect(POOL_STATUS_LABELS.suggestExit).toEqual({ zh: '建议出库', en: 'Suggest exit' });
});

it('follows the final box through followUp', () => {
  const s = settingsWith();
  const result = review([rated('A', 'excellent', 'medium'), rated('B', 'needs', 'medium', { inPool: true }), rated('C', 'qualified', 'medium', { keyPosition: true })], s);
  expect(followUp(result, s).engineers.map((e) => [e.id, e.finalBox, e.pool.status])).toEqual([
    ['A', 6, 'suggestEntry'],
    ['B', 4, 'suggestExit'],
    ['C', 5, 'suggestEntry'],
  ]);
});
