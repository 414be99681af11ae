// 盘点总览 (DOMAIN.md, Output sheets): headcount, the distribution against the guidance, 双高, key-post coverage,
// the significant flags only, movement since the last cycle, and three to five key messages in words.
import { flagMessage, overviewOf } from '../../src/domain/overview';
import { defaultSettings, type Box, type Engineer, type PerfBand, type PotBand } from '../../src/domain';
import { postsFromRoster, succession } from '../../src/domain/succession';
import { standardsLookup } from '../../src/domain';
import { rated } from './helpers';
import { review, settingsWith } from './followUpHelpers';

const PERF: PerfBand[] = ['needs', 'qualified', 'excellent'];
const POT: PotBand[] = ['low', 'medium', 'high'];

let n = 0;
/** `count` engineers in box `box` (3 × potential + performance + 1). */
function inBox(box: Box, count: number, over: Partial<Engineer> = {}): Engineer[] {
  return Array.from({ length: count }, () => rated(`E${++n}`, PERF[(box - 1) % 3], POT[Math.floor((box - 1) / 3)], over));
}

/** A department of `size` spread as the guidance says (5/10/10/10/30/10/10/10/5 per 100), rounded. */
function onGuidance(size: number, department: string): Engineer[] {
  const shares: Record<Box, number> = { 9: 5, 8: 10, 7: 10, 6: 10, 5: 30, 4: 10, 3: 10, 2: 10, 1: 5 };
  const out: Engineer[] = [];
  for (const b of [9, 8, 7, 6, 4, 3, 2, 1] as Box[]) out.push(...inBox(b, Math.round((shares[b] * size) / 100), { department }));
  out.push(...inBox(5, size - out.length, { department }));
  return out;
}

const zh = (o: ReturnType<typeof overviewOf>): string[] => o.messages.map((m) => m.zh);

describe('the figures', () => {
  const roster = [...inBox(9, 4), ...inBox(8, 3), ...inBox(7, 1), ...inBox(5, 10), ...inBox(1, 2)];
  const o = overviewOf(review(roster), defaultSettings());

  test('headcount, the nine counts and shares, boxes 9 to 1 as the grid table reads', () => {
    expect(o.total).toBe(20);
    expect(o.boxes.map((b) => [b.box, b.count, b.share, b.guidance, b.deviation])).toEqual([
      [9, 4, 20, 5, 15],
      [8, 3, 15, 10, 5],
      [7, 1, 5, 10, -5],
      [6, 0, 0, 10, -10],
      [5, 10, 50, 30, 20],
      [4, 0, 0, 10, -10],
      [3, 0, 0, 10, -10],
      [2, 0, 0, 10, -10],
      [1, 2, 10, 5, 5],
    ]);
  });

  test('双高 is box 9; high potential is boxes 7, 8 and 9', () => {
    expect(o.doubleHigh).toEqual({ count: 4, share: 20 });
    expect(o.highPotential).toEqual({ count: 8, share: 40 });
  });

  test('the headline message says them in both languages', () => {
    expect(o.messages[0]).toEqual({
      zh: '本次盘点 20 人：超级明星（双高）4 人，占 20%（指引 5%）；高潜力（7–9 格）8 人，占 40%',
      en: '20 engineers reviewed: box 9 Star (high performance, high potential) 4, 20% (guidance 5%); high potential (boxes 7–9) 8, 40%',
    });
  });
});

describe('the distribution: significant flags only (DOMAIN.md, The nine boxes)', () => {
  test('a 40-person department with 14 in box 9 is a key message, in words', () => {
    const o = overviewOf(review([...inBox(9, 14, { department: '研发中心' }), ...inBox(5, 26, { department: '研发中心' }), ...onGuidance(100, '制造部')]), defaultSettings());
    const flag = o.flags.find((f) => f.group.group === '研发中心' && f.flag.box === 9);
    expect(flag?.flag.pAdjusted).toBeLessThan(0.05);
    expect(zh(o)).toContain('研发中心 超级明星占比 35%（14/40 人），显著高于指引 5%');
    expect(o.messages.map((m) => m.en)).toContain('研发中心: Star share 35% (14 of 40), significantly above the guidance of 5%');
  });

  test('a 13-person department with 2 in box 9 raises nothing: the message says no significant deviation', () => {
    const o = overviewOf(review([...inBox(9, 2, { department: '小组' }), ...inBox(5, 4, { department: '小组' }), ...inBox(6, 2, { department: '小组' }), ...inBox(3, 2, { department: '小组' }), ...inBox(2, 2, { department: '小组' }), ...inBox(8, 1, { department: '小组' })]), defaultSettings());
    expect(o.flags).toEqual([]);
    expect(zh(o)[1]).toBe('各部门、各上级的九宫格分布与指引无显著偏离，未发现上级评价偏差');
  });

  test('a share significantly below the guidance says 低于', () => {
    const o = overviewOf(review([...inBox(9, 3, { department: 'A' }), ...inBox(6, 37, { department: 'A' })]), defaultSettings());
    const five = o.flags.find((f) => f.group.group === 'A' && f.flag.box === 5);
    expect(five && flagMessage(five, defaultSettings())).toEqual({
      zh: 'A 中坚力量占比 0%（0/40 人），显著低于指引 30%',
      en: 'A: Core player share 0% (0 of 40), significantly below the guidance of 30%',
    });
  });

  test('flags run most significant first; past two, the rest are counted', () => {
    const o = overviewOf(review([...inBox(9, 14, { department: 'A' }), ...inBox(5, 26, { department: 'A' }), ...inBox(1, 12, { department: 'B' }), ...inBox(5, 28, { department: 'B' })]), defaultSettings());
    const ps = o.flags.map((f) => f.flag.pAdjusted);
    expect(ps).toEqual([...ps].sort((a, b) => a - b));
    expect(o.flags.length).toBeGreaterThan(2);
    expect(zh(o)[3]).toBe(`另有 ${o.flags.length - 2} 处显著偏离，见「九宫格」分布检查`);
  });
});

describe('key posts, flight risk and movement', () => {
  const roster = [
    ...inBox(9, 1, { keyPosition: true, position: '首席工程师', category: '研发', level: 'senior', flightRisk: 'high', name: '张伟' }),
    ...inBox(1, 1, { keyPosition: true, position: '测试主管', category: '测试', level: 'senior' }),
    ...inBox(8, 1, { flightRisk: 'high', name: '李娜', department: '研发部' }),
    ...inBox(5, 5, { flightRisk: 'high' }),
    ...inBox(6, 2, { previousBox: 5 }),
    ...inBox(2, 1, { previousBox: 5 }),
    ...inBox(5, 1, { previousBox: 5 }),
    ...inBox(4, 1, { previousBox: 2 }),
  ];
  const result = review(roster);
  const settings = settingsWith({ successorCount: 3 });
  const plan = succession(result.reviews, postsFromRoster(result.reviews), 'roster', standardsLookup([]), settings);
  const o = overviewOf(result, settings, plan);

  test('key posts: how many are covered, and which at risk have no ready successor', () => {
    expect(o.keyPosts).toEqual({ posts: 2, covered: 0, atRiskUncovered: ['首席工程师', '测试主管'], doubleHighHolders: 1 });
    expect(zh(o)).toContain('关键岗位 2 个，0 个有即刻可用的后备（覆盖 0%）；2 个高风险岗位无即刻可用的后备：首席工程师、测试主管');
  });

  test('flight risk 高 counts in boxes 9, 8 and 6 only', () => {
    expect(o.flightRisk.map((p) => [p.name, p.box])).toEqual([['张伟', 9], ['李娜', 8]]);
    expect(zh(o)).toContain('2 名核心人才（9/8/6 格）流失风险高：张伟、李娜');
  });

  test('movement since the last cycle, on the final box', () => {
    expect(o.movement).toEqual({ compared: 5, up: 2, down: 1, same: 1, lateral: 1 });
  });

  test('five messages at most, the headline and the distribution first', () => {
    expect(o.messages).toHaveLength(5);
    expect(zh(o)[0]).toMatch(/^本次盘点 13 人/u);
    // Headline, distribution, key posts, flight risk, movement: five, so nothing is cut.
    expect(zh(o)[4]).toBe('较上期（5 人可比）：上升 2 人，下降 1 人，持平 1 人，平移 1 人');
  });

  test('a handout (打印隐藏敏感信息) leaves flight risk out', () => {
    const hidden = overviewOf(result, { ...settings, hideSensitiveInPrint: true }, plan);
    expect(hidden.flightRisk).toEqual([]);
    expect(hidden.messages.some((m) => m.zh.includes('流失风险'))).toBe(false);
  });

  test('without key posts the review has no key-post figures', () => {
    expect(overviewOf(result, settings).keyPosts).toBeUndefined();
  });
});

test.each([
  ['one engineer', inBox(5, 1)],
  ['twenty on the guidance', onGuidance(20, 'X')],
  ['everyone in box 1', inBox(1, 30, { department: 'Y' })],
])('%s: three to five messages, each in both languages, written from numbers', (_, roster) => {
  const o = overviewOf(review(roster), defaultSettings());
  expect(o.messages.length).toBeGreaterThanOrEqual(3);
  expect(o.messages.length).toBeLessThanOrEqual(5);
  for (const m of o.messages) {
    expect(m.zh).not.toMatch(/undefined|NaN/u);
    expect(m.en).not.toMatch(/undefined|NaN|[\u4e00-\u9fff]{2}格/u);
    expect(m.zh).not.toBe(m.en);
  }
});

test('an empty review: the figures are zero, the headline still reads', () => {
  const o = overviewOf(review([]), defaultSettings());
  expect(o.total).toBe(0);
  expect(o.doubleHigh).toEqual({ count: 0, share: 0 });
  expect(zh(o)[0]).toMatch(/^本次盘点 0 人/u);
});
