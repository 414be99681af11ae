import { atLeast } from '../../src/domain/conditions';
import { poolDecision } from '../../src/domain/pool';

describe('explanations shared between engineers', () => {
  it('gives equal conditions the same object and different ones their own text', () => {
    const a = atLeast('years', 28, 10);
    const b = atLeast('years', 28, 10);
    expect(b).toBe(a);
    expect(a.detail.zh).toBe('工龄 28 ≥ 10');
    const c = atLeast('years', 8, 10);
    expect(c.status).toBe('unmet');
    expect(c.detail.en).toBe('Years of experience 8 < 10');
    expect(atLeast('years', undefined, 10).status).toBe('notGiven');
  });

  it('keeps a pool decision per case: a custom box label still shows', () => {
    const plain = poolDecision({ inPool: false, keyPosition: true }, 5);
    const labelled = poolDecision({ inPool: false, keyPosition: true }, 5, { 5: '骨干梯队' });
    expect(plain.reason.zh).not.toContain('骨干梯队');
    expect(labelled.reason.zh).toContain('骨干梯队');
    expect(poolDecision({ inPool: false, keyPosition: false }, 5).status).toBe('notNow');
    expect(poolDecision({ inPool: false, keyPosition: true }, 5)).toBe(plain);
  });
});
