// The meeting's discussion list (issue 17 item 5), case by case: who is on it and the reason each line gives.
import { applyCalibration } from '../../src/domain/calibration';
import { discussionList, type DiscussionKind } from '../../src/domain/discussion';
import { followUp } from '../../src/domain/followUp';
import { succession, type KeyPost } from '../../src/domain/succession';
import { defaultSettings, standardsLookup, type CalibrationRecord, type Engineer, type Settings } from '../../src/domain';
import { engineer, rated } from './helpers';
import { mentee, review } from './followUpHelpers';

const SETTINGS = defaultSettings();

function listOf(engineers: Engineer[], opts: { settings?: Settings; log?: CalibrationRecord[]; posts?: KeyPost[] } = {}) {
  const settings = opts.settings ?? SETTINGS;
  let result = review(engineers, settings);
  if (opts.log) result = applyCalibration(result, opts.log, settings).result;
  const fu = followUp(result, settings);
  const posts = opts.posts ? succession(result.reviews, opts.posts, 'sheet', standardsLookup([]), { ...settings, successorCount: 3 }).posts : undefined;
  return discussionList({ reviews: result.reviews, followUps: new Map(fu.engineers.map((f) => [f.id, f] as const)), posts }, settings);
}

/** The one item's reasons as kind and zh text. */
function reasonsOf(engineers: Engineer[], opts?: Parameters<typeof listOf>[1]): [DiscussionKind, string][] {
  return listOf(engineers, opts).flatMap((it) => it.reasons.map((r) => [r.kind, r.text.zh] as [DiscussionKind, string]));
}

const perfScore = (value: number, scale: 5 | 100) => ({ band: 'qualified' as const, source: { kind: 'score' as const, value, scale } });
const potScore = (value: number, scale: 5 | 100) => ({ band: 'medium' as const, source: { kind: 'score' as const, value, scale } });

describe('high flight risk: boxes 9, 8 and 6 only', () => {
  it.each([
    [9, 'excellent', 'high', true],
    [8, 'qualified', 'high', true],
    [6, 'excellent', 'medium', true],
    [5, 'qualified', 'medium', false],
    [7, 'needs', 'high', false],
  ] as const)('box %d at high flight risk is listed: %s', (box, perf, pot, listed) => {
    const got = reasonsOf([rated('E1', perf, pot, { flightRisk: 'high' })]).filter(([k]) => k === 'flightRisk');
    expect(got.length > 0).toBe(listed);
    if (listed) expect(got[0][1]).toContain(`九宫格 ${box}`);
  });

  it('medium flight risk in box 9 is not a reason', () => {
    expect(reasonsOf([rated('E1', 'excellent', 'high', { flightRisk: 'medium' })])).toEqual([]);
  });
});

describe('建议出库: pool members in box 1, 2 or 4', () => {
  it.each([
    [1, 'needs', 'low', true, true],
    [2, 'qualified', 'low', true, true],
    [4, 'needs', 'medium', true, true],
    [4, 'needs', 'medium', false, false],
    [5, 'qualified', 'medium', true, false],
  ] as const)('box %d (%s × %s), in pool %s: listed %s', (_box, perf, pot, inPool, listed) => {
    const got = reasonsOf([rated('E1', perf, pot, { inPool })]).filter(([k]) => k === 'poolExit');
    expect(got.length > 0).toBe(listed);
    if (listed) expect(got[0][1]).toMatch(/^建议出库：/u);
  });
});

describe('borderline: within 2 points on 0–100, 0.2 on 1–5, 0.1 for a derived potential', () => {
  // Default cut-offs: performance 85 / 70 and 4 / 3; potential the same; derived +0.5 / −0.5.
  it.each([
    ['performance 83 (85 − 2)', perfScore(83, 100), undefined, '绩效得分 83，优秀线 85（相差 2）'],
    ['performance 87 (85 + 2)', perfScore(87, 100), undefined, '绩效得分 87，优秀线 85（相差 2）'],
    ['performance 82.9', perfScore(82.9, 100), undefined, undefined],
    ['performance 71 (70 + 1)', perfScore(71, 100), undefined, '绩效得分 71，合格线 70（相差 1）'],
    ['performance 3.8 on 1–5', perfScore(3.8, 5), undefined, '绩效得分 3.8，优秀线 4（相差 0.2）'],
    ['performance 3.7 on 1–5', perfScore(3.7, 5), undefined, undefined],
    ['potential 68.5', undefined, potScore(68.5, 100), '潜力得分 68.5，中线 70（相差 1.5）'],
    ['potential 3.2 on 1–5', undefined, potScore(3.2, 5), '潜力得分 3.2，中线 3（相差 0.2）'],
    ['potential 3.5 on 1–5', undefined, potScore(3.5, 5), undefined],
  ])('%s', (_name, performance, potential, expected) => {
    const e = engineer({ id: 'E1', ...(performance ? { performance } : {}), ...(potential ? { potential } : {}) });
    const got = reasonsOf([e]).filter(([k]) => k === 'borderline').map(([, text]) => text);
    expect(got).toEqual(expected === undefined ? [] : [`临界：${expected}`]);
  });

  it.each([
    // Default standard without a level is 3 everywhere: the mean surplus is the mean of (actual − 3).
    [{ research: 3.45, practice: 3.45 }, '由能力推导的潜力 +0.45，高线 +0.5（相差 0.05）'],
    [{ research: 2.4, practice: 2.4 }, '由能力推导的潜力 −0.6，中线 −0.5（相差 0.1）'],
    [{ research: 3.3, practice: 3.3 }, undefined],
  ])('a potential derived from %j', (competencies, expected) => {
    const { potential: _none, ...e } = engineer({ id: 'E1', competencies });
    const got = reasonsOf([e as Engineer]).filter(([k]) => k === 'borderline').map(([, text]) => text);
    expect(got).toEqual(expected === undefined ? [] : [`临界：${expected}`]);
  });

  it('a rating is never borderline, whatever its word', () => {
    expect(reasonsOf([rated('E1', 'qualified', 'medium')])).toEqual([]);
  });

  it('follows the cut-offs in settings', () => {
    const settings = { ...SETTINGS, performanceCutoffs100: { upper: 90, middle: 75 } };
    const got = reasonsOf([engineer({ id: 'E1', performance: perfScore(88, 100) })], { settings });
    expect(got).toEqual([['borderline', '临界：绩效得分 88，优秀线 90（相差 2）']]);
  });
});

describe('calibration: decided in the meeting, or proposed in the log without a decider', () => {
  const row = (over: Partial<CalibrationRecord>): CalibrationRecord => ({ time: '2025-06-30 14:05', id: 'E1', name: 'E1', from: 5, to: 8, reason: '牵头完成关键项目', decidedBy: '王总', row: 1, ...over });

  it.each([
    ['decided', row({}), 'calibrated', '会议校准 5 中坚力量 → 8 潜力之星（王总）：牵头完成关键项目'],
    ['no decider', row({ decidedBy: '' }), 'proposed', '提议校准 5 中坚力量 → 8 潜力之星（校准记录未填决定人）：牵头完成关键项目'],
  ] as const)('%s', (_name, log, kind, text) => {
    expect(reasonsOf([rated('E1', 'qualified', 'medium')], { log: [log] })).toEqual([[kind, text]]);
  });

  it('a row that puts the engineer back in the computed box is no calibration', () => {
    expect(reasonsOf([rated('E1', 'qualified', 'medium')], { log: [row({ from: 8, to: 5 })] })).toEqual([]);
  });
});

describe('key posts without a successor ready now, and unpaired mentees', () => {
  const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };
  const holder = rated('H1', 'qualified', 'medium', { category: '研发', level: 'senior', competencies: ALL4, flightRisk: 'high' });
  const ready = rated('S9', 'excellent', 'high', { category: '研发', level: 'senior', competencies: ALL4 });
  const post = (over: Partial<KeyPost>): KeyPost => ({ name: '首席工艺师', category: '研发', level: 'senior', incumbentId: 'H1', namedSuccessors: [], ...over });

  it('lists the holder of an uncovered post, with its risk', () => {
    const got = reasonsOf([holder], { posts: [post({})] });
    expect(got).toEqual([['keyPost', '关键岗位「首席工艺师」没有即刻可用的后备，且风险高']]);
  });

  it('leaves out a post with a successor ready now', () => {
    expect(listOf([holder, ready], { posts: [post({})] }).filter((i) => i.reasons.some((r) => r.kind === 'keyPost'))).toEqual([]);
  });

  it('lists a vacant post under its own name', () => {
    const items = listOf([rated('X1', 'qualified', 'medium')], { posts: [post({ incumbentId: undefined })] });
    expect(items).toEqual([{ name: '首席工艺师', reasons: [{ kind: 'keyPost', text: expect.objectContaining({ zh: '关键岗位「首席工艺师」空缺，没有即刻可用的后备' }) }] }]);
  });

  it('lists a mentee nobody can mentor, with why', () => {
    const got = reasonsOf([mentee('M1')]).filter(([k]) => k === 'unpaired');
    expect(got).toEqual([['unpaired', '需要导师但未结对：没有符合条件的导师']]);
  });
});

it('gives one line per person with every reason, people in the order of their most pressing reason', () => {
  const items = listOf([
    engineer({ id: 'B1', performance: perfScore(84, 100) }),
    rated('A1', 'excellent', 'high', { flightRisk: 'high' }),
    rated('C1', 'needs', 'low', { inPool: true }),
    rated('D1', 'excellent', 'medium', { flightRisk: 'high', performance: { ...perfScore(86, 100), band: 'excellent' } }),
  ]);
  expect(items.map((i) => [i.id, i.reasons.map((r) => r.kind)])).toEqual([
    ['A1', ['flightRisk']],
    ['D1', ['flightRisk', 'borderline']],
    ['C1', ['poolExit']],
    ['B1', ['borderline']],
  ]);
  for (const i of items) for (const r of i.reasons) expect(r.text.en).not.toMatch(/[\u4e00-\u9fff]/u);
});
