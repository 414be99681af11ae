// DOMAIN.md, The nine boxes: distribution guidance (flag beyond 10 points, groups of at least 10) and the
// manager check (at least 5 engineers, mean of the two indexes off by more than 0.75).
import { checkDistribution, defaultSettings, type Box, type Placed } from '../../src/domain';

const settings = defaultSettings();

/** Engineers of one department and manager, so many per box. */
function group(perBox: Partial<Record<Box, number>>, department = '研发部', manager?: string): Placed[] {
  const out: Placed[] = [];
  for (const [box, n] of Object.entries(perBox)) {
    for (let i = 0; i < (n ?? 0); i++) out.push({ box: Number(box) as Box, department, manager });
  }
  return out;
}

// 10 engineers close to the guidance: box 5 has 40 % against 30 % (exactly 10 points off).
const nearGuidance: Partial<Record<Box, number>> = { 8: 1, 7: 1, 6: 1, 5: 4, 4: 1, 3: 1, 2: 1 };

describe('distribution against the guidance', () => {
  it('exactly 10 points off is not flagged', () => {
    const { distribution } = checkDistribution(group(nearGuidance), settings);
    const dept = distribution.find((g) => g.groupKind === 'department');
    expect(dept).toMatchObject({ group: '研发部', total: 10, checked: true, flags: [] });
  });

  it('more than 10 points off is flagged, with the shares', () => {
    const { distribution } = checkDistribution(group({ ...nearGuidance, 2: 0, 5: 5 }), settings);
    const dept = distribution.find((g) => g.groupKind === 'department');
    expect(dept?.flags).toEqual([{ groupKind: 'department', group: '研发部', box: 5, actual: 50, guidance: 30 }]);
  });

  it('an empty box far below its guidance is flagged too', () => {
    const { distribution } = checkDistribution(group({ 9: 10, 5: 10 }), settings);
    const flagged = distribution[0].flags.map((f) => [f.box, f.actual, f.guidance]);
    expect(flagged).toEqual([[5, 50, 30], [9, 50, 5]]);
  });

  it('a group under 10 engineers is not checked', () => {
    const { distribution } = checkDistribution(group({ 1: 9 }), settings);
    expect(distribution.map((g) => [g.groupKind, g.total, g.checked, g.flags.length])).toEqual([
      ['all', 9, false, 0],
      ['department', 9, false, 0],
    ]);
  });

  it('tolerance and minimum group come from settings', () => {
    const s = { ...settings, distributionTolerance: 5, minimumGroup: 5 };
    const { distribution } = checkDistribution(group({ 5: 2, 2: 3 }), s);
    expect(distribution[0].checked).toBe(true);
    // 5 engineers: box 5 at 40 % and box 2 at 60 %; empty boxes of 10 % guidance are 10 points off (> 5),
    // boxes 1 and 9 only 5 points off.
    expect(distribution[0].flags.map((f) => f.box)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(checkDistribution(group({ 5: 2, 2: 3 }), settings).distribution[0].checked).toBe(false);
  });

  it('groups: all, each department, each manager, in order of first appearance; counts add up', () => {
    const placed: Placed[] = [
      { box: 5, department: '研发部', manager: '王工' },
      { box: 9, department: '设备部' },
      { box: 5, department: ' 研发部 ', manager: '王工' },
      { box: 1, manager: '李工' },
    ];
    const { distribution, counts, total } = checkDistribution(placed, settings);
    expect(distribution.map((g) => [g.groupKind, g.group, g.total])).toEqual([
      ['all', 'all', 4],
      ['department', '研发部', 2],
      ['department', '设备部', 1],
      ['manager', '王工', 2],
      ['manager', '李工', 1],
    ]);
    expect(total).toBe(4);
    expect(counts).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 2, 6: 0, 7: 0, 8: 0, 9: 1 });
  });
});

describe('manager bias', () => {
  // 15 engineers of 李工 in box 2 (index sum 1) and 5 of 王工: mean of everyone vs 王工's mean.
  const others = group({ 2: 15 }, '生产部', '李工');

  it('exactly 0.75 off is not flagged (王工 all in box 5: 2 against 1.25)', () => {
    const { managerBias } = checkDistribution([...group({ 5: 5 }, '研发部', '王工'), ...others], settings);
    expect(managerBias).toEqual([]);
  });

  it('more than 0.75 off is flagged (王工 all in box 6: 3 against 1.5)', () => {
    const { managerBias } = checkDistribution([...group({ 6: 5 }, '研发部', '王工'), ...others], settings);
    expect(managerBias).toEqual([{ manager: '王工', count: 5, mean: 3, overallMean: 1.5 }]);
  });

  it('a manager with fewer than 5 engineers is not checked', () => {
    const { managerBias } = checkDistribution([...group({ 9: 4 }, '研发部', '王工'), ...others], settings);
    expect(managerBias).toEqual([]);
  });

  it('both ends are flagged', () => {
    const { managerBias } = checkDistribution([...group({ 9: 5 }, 'A', '王工'), ...group({ 1: 5 }, 'B', '李工')], settings);
    expect(managerBias.map((m) => [m.manager, m.mean, m.overallMean])).toEqual([
      ['王工', 4, 2],
      ['李工', 0, 2],
    ]);
  });
});
