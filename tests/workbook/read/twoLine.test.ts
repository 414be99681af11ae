// The roster's two performance lines and results counts (DOMAIN.md, roster fields; Two-line performance):
// a roster with both lines and no overall column is placed by the weighted rule, the explanation shows it;
// an overall column wins unless 绩效口径 = 双线; the results counts are totalled in 盘点汇总, never scored.
import { followUp } from '../../../src/domain/followUp';
import type { RawValue } from '../../../src/workbook/host';
import { runReview } from '../../../src/workbook/run';
import { gridOf, MemoryHost } from '../../helpers/memoryHost';

const OPTIONS = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };

async function review(roster: RawValue[][], settings?: RawValue[][]) {
  const grids = [gridOf('工程师名单', roster), ...(settings ? [gridOf('盘点设置', settings)] : [])];
  const host = new MemoryHost(grids);
  const outcome = await runReview(host, host, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return outcome;
}

const LINES: RawValue[][] = [
  ['工号', '姓名', '部门', '岗位绩效得分', '创新绩效得分', '潜力', '专利数', '带徒人数'],
  ['E1', '张伟', '研发中心', 88, 72, '高', 2, 1],
  ['E2', '李娜', '研发中心', 90, 80, '中', 0, 3],
  ['E3', '王强', '工艺', null, 95, '低', 1, null],
];

describe('two-line performance', () => {
  it('places a roster without an overall column by the weighted rule and explains it', async () => {
    const { result, problems } = await review(LINES);
    const [e1, e2, e3] = result.reviews;
    expect(e1.placement.performance).toBe('qualified');
    expect(e1.explanation.zh).toBe('绩效 岗位 88 × 0.7 + 创新 72 × 0.3 = 83.2（百分制）→合格；潜力 高→高 → 8 潜力之星');
    expect(e2.placement.performance).toBe('excellent');
    // One line only: that line, with a warning at the empty cell.
    expect(e3.placement.performance).toBe('excellent');
    expect(e3.explanation.zh).toContain('绩效 创新 95（岗位未填）→优秀');
    expect(problems).toContainEqual(expect.objectContaining({ sheet: '工程师名单', cell: 'D4', severity: 'warning' }));
  });

  it('an overall column wins and shows the lines, unless 绩效口径 = 双线', async () => {
    const withOverall = LINES.map((r, i) => [...r, i === 0 ? '绩效' : 'C']);
    const overall = await review(withOverall);
    expect(overall.result.reviews[0].placement.performance).toBe('needs');
    expect(overall.result.reviews[0].explanation.zh).toContain('绩效 C（岗位 88，创新 72）→待提升');
    const twoLine = await review(withOverall, [['设置项', '值'], ['绩效口径', '双线']]);
    expect(twoLine.result.reviews[0].placement.performance).toBe('qualified');
  });

  it('totals the results counts by department and box in 盘点汇总, and writes none without them', async () => {
    const { plans } = await review(LINES);
    const summary = plans.find((p) => p.role === 'summary');
    const rows = summary?.values ?? [];
    const title = rows.findIndex((r) => String(r[1]).startsWith('实绩统计'));
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1].slice(1, 5)).toEqual(['部门', '填报人数', '专利', '带徒']);
    expect(rows[title + 2].slice(1, 5)).toEqual(['研发中心', 2, 2, 4]);
    expect(rows[title + 3].slice(1, 5)).toEqual(['工艺', 1, 1, 0]);
    expect(rows[title + 4].slice(1, 5)).toEqual(['合计', 3, 3, 4]);
    const plain = await review([['工号', '绩效', '潜力'], ['E1', 'B', '中'], ['E2', 'A', '高']]);
    const none = plain.plans.find((p) => p.role === 'summary')?.values ?? [];
    expect(none.some((r) => String(r[1]).startsWith('实绩统计'))).toBe(false);
  });
});

it('the results counts travel on the development plan, for the plan writer to show', async () => {
  const { result, input } = await review(LINES);
  const plan = followUp(result, input.settings).plans.find((p) => p.engineerId === 'E1');
  expect(plan?.results).toEqual({ patents: 2, apprentices: 1 });
});
