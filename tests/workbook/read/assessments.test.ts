// Reading 能力评价 beside the roster (DOMAIN.md, Assessments): problems at their cells (an unknown source, a
// score out of range, an ID not on the roster), the aggregate in place of the roster's competency, the
// explanation saying where it came from, and 评价汇总 written only where the sheet exists.
import type { RawValue } from '../../../src/workbook/host';
import { runReview } from '../../../src/workbook/run';
import { gridOf, LiveMemoryHost, MemoryHost } from '../../helpers/memoryHost';

const ROSTER: RawValue[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '专业技术研究能力', '创新变革能力'],
  ['E1', '张伟', '研发中心', 'B', '中', 2, 3],
  ['E2', '李娜', '研发中心', 'A', null, null, null],
  ['E3', '王强', '工艺', 'B', '中', 3, 3],
];
const ASSESSMENTS: RawValue[][] = [
  ['工号', '评价来源', '评价人', '专业技术研究能力', '创新变革能力', '潜力'],
  ['E1', '上级', '孙建华', 4, 3, null],
  ['E1', '同事', '甲', 3, 3, null],
  ['E1', '同事', '乙', 3, 4, null],
  ['E1', '同事', '丙', 4, null, null],
  ['E1', '自评', '张伟', 5, 3, null],
  ['E1', '客户', '丁', 5, 5, null],
  ['E1', '专家', '专家组', 6, 2, null],
  ['E9', '上级', '孙建华', 3, 3, null],
  ['E2', '上级', '孙建华', 4, 4, '高'],
  ['E2', '专家', '专家组', 3, 4, '中'],
];
const OPTIONS = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };

async function review(sheets: { name: string; rows: RawValue[][] }[]) {
  const host = new MemoryHost(sheets.map((s) => gridOf(s.name, s.rows)));
  const outcome = await runReview(host, host, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return outcome;
}

describe('能力评价 beside the roster', () => {
  it('says what it could not use, at the cell', async () => {
    const { problems } = await review([{ name: '工程师名单', rows: ROSTER }, { name: '能力评价', rows: ASSESSMENTS }]);
    const onSheet = problems.filter((p) => p.sheet === '能力评价').map((p) => [p.cell, p.severity, p.message.zh]);
    expect(onSheet).toEqual([
      ['B7', 'warning', expect.stringContaining('评价来源「客户」无法识别')],
      ['D8', 'warning', expect.stringContaining('不是 1–5 的数字')],
      ['A9', 'warning', expect.stringContaining('工号「E9」不在名单中')],
    ]);
    expect(problems.find((p) => p.cell === 'B7')?.message.en).toContain('"客户" is not known');
  });

  it('replaces the roster competency with the aggregate and says so in the explanation', async () => {
    const { result } = await review([{ name: '工程师名单', rows: ROSTER }, { name: '能力评价', rows: ASSESSMENTS }]);
    const e1 = result.reviews.find((r) => r.engineer.id === 'E1');
    // Research: manager 4, peers (3 + 3 + 4) / 3 = 3.33 (the expert's 6 is out of range) → (1.2 + 0.5) / 0.45 = 3.8.
    // Innovation: manager 3, peers 3.5 (丙 gave none), expert 2 → (0.9 + 0.525 + 0.4) / 0.65 = 2.81 → 2.8.
    expect(e1?.engineer.competencies).toEqual({ research: 3.8, innovation: 2.8 });
    expect(e1?.engineer.assessed?.rosterValues).toEqual({ research: 2, innovation: 3 });
    expect(e1?.explanation.zh).toContain('能力：360 评价 5 人');
    expect(e1?.explanation.en).toContain('competencies: 360° assessment, 5 raters');
    // E2 has no potential in the roster: 高 and 中 weigh (0.6 + 0.2) / 0.5 = 1.6 → 高; reviewed without roster competencies.
    const e2 = result.reviews.find((r) => r.engineer.id === 'E2');
    expect(e2?.placement).toMatchObject({ potential: 'high', box: 9 });
    expect(e2?.explanation.zh).toContain('潜力 360 评价 1.6（2 人）→高');
    // E3 has no rating: the roster's values stand.
    expect(result.reviews.find((r) => r.engineer.id === 'E3')?.engineer.assessed).toBeUndefined();
  });

  it('writes 评价汇总 with the roster value, the aggregate, each source with its raters and self apart', async () => {
    const { plans } = await review([{ name: '工程师名单', rows: ROSTER }, { name: '能力评价', rows: ASSESSMENTS }]);
    const sheet = plans.find((p) => p.role === 'assessment');
    expect(sheet?.name).toBe('评价汇总');
    const header = sheet?.values[3];
    expect(header).toEqual(['工号', '姓名', '部门', '能力', '名单值', '综合', '上级', '专家', '同事', '自评', '自评−他评', '提示']);
    const research = sheet?.values.find((r) => r[0] === 'E1' && r[3] === '专业技术研究能力');
    expect(research).toEqual(['E1', '张伟', '研发中心', '专业技术研究能力', 2, 3.8, '4（1人）', null, '3.33（3人）', 5, 1.2, '盲区（自评高于他评）']);
    expect(sheet?.print?.orientation).toBe('landscape');
  });

  it('without 能力评价 there is no 评价汇总 and every result is as before', async () => {
    const a = await review([{ name: '工程师名单', rows: ROSTER.slice(0, 2).concat([ROSTER[3]]) }]);
    expect(a.plans.some((p) => p.role === 'assessment')).toBe(false);
    expect(a.result.reviews.map((r) => r.explanation.zh)).toEqual([
      '绩效 B→合格；潜力 中→中 → 5 中坚力量',
      '绩效 B→合格；潜力 中→中 → 5 中坚力量',
    ]);
  });
});

describe('a re-run', () => {
  it('removes 评价汇总 once the workbook has no 能力评价', async () => {
    const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER), gridOf('能力评价', ASSESSMENTS)]);
    expect((await runReview(host, host, OPTIONS)).ok).toBe(true);
    expect((await host.sheets()).map((s) => s.name)).toContain('评价汇总');
    const without = new LiveMemoryHost((await host.readSheets((await host.sheets()).map((s) => s.name))).filter((g) => g.name !== '能力评价'));
    expect((await runReview(without, without, OPTIONS)).ok).toBe(true);
    expect((await without.sheets()).map((s) => s.name)).not.toContain('评价汇总');
  });
});
