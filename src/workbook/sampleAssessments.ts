// Sample 能力评价 rows for the template and the demo: two departments assessed by several raters, as HR
// receives a 360° export. Deterministic, like the sample roster. Real exports are uneven, and so is this:
// some engineers have only two peers (pooled with their reports, or left out), a few have no expert, and one
// rates themself far above what the others see (a blind spot).
import type { PlanValue } from './plan';
import { prng } from './sample';

export const ASSESSMENT_HEADERS = [
  '工号', '评价来源', '评价人', '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力', '潜力',
] as const;

export const ASSESSMENT_HEADERS_EN: Record<(typeof ASSESSMENT_HEADERS)[number], string> = {
  工号: 'ID',
  评价来源: 'Source',
  评价人: 'Rater',
  专业技术研究能力: 'Technical research',
  工程实践与应用能力: 'Engineering practice',
  复杂问题解决能力: 'Complex problem solving',
  专业学科交叉与整合能力: 'Cross-discipline integration',
  创新变革能力: 'Innovation',
  潜力: 'Potential',
};

/** The departments of the sample roster whose engineers are assessed this way. */
export const ASSESSED_DEPARTMENTS = ['研发中心', '智能制造部'] as const;

const half = (v: number): number => Math.max(1, Math.min(5, Math.round(v * 2) / 2));

/**
 * Ratings of the roster rows (SAMPLE_HEADERS: 工号 at 0, 姓名 1, 部门 2, 直接上级 3, competencies at 11–15)
 * of the assessed departments. The ratings scatter around the roster's own scores.
 */
export function sampleAssessments(roster: readonly PlanValue[][], seed = 360): PlanValue[][] {
  const rand = prng(seed);
  const rows: PlanValue[][] = [];
  const people = roster.filter((r) => (ASSESSED_DEPARTMENTS as readonly string[]).includes(String(r[2])));
  people.forEach((r, i) => {
    const base = [11, 12, 13, 14, 15].map((c) => (typeof r[c] === 'number' ? (r[c] as number) : 3));
    const colleagues = people.filter((p) => p !== r && p[2] === r[2]);
    const rate = (bias: number, spread: number): number[] => base.map((b) => half(b + bias + (rand() - 0.5) * spread));
    const potential = (): string => {
      const m = base.reduce((s, b) => s + b, 0) / base.length + (rand() - 0.5);
      return m >= 3.8 ? '高' : m >= 2.8 ? '中' : '低';
    };
    rows.push([r[0], '上级', String(r[3]), ...rate(0, 1), potential()]);
    // Every fourth engineer has only two peers; the others three or four.
    const peers = i % 4 === 1 ? 2 : 3 + Math.floor(rand() * 2);
    for (let k = 0; k < peers && k < colleagues.length; k++) {
      rows.push([r[0], '同事', String(colleagues[(i + k * 3) % colleagues.length][1]), ...rate(0.2, 1.2), null]);
    }
    // Reports for some: one report beside two peers makes a pool of three.
    const reports = i % 4 === 1 ? (i % 8 === 1 ? 1 : 0) : i % 3 === 0 ? 3 : 0;
    for (let k = 0; k < reports; k++) rows.push([r[0], '下属', `下属${k + 1}`, ...rate(0.3, 1.2), null]);
    if (i % 5 !== 2) rows.push([r[0], '专家', i % 2 === 0 ? '专家组A' : '专家组B', ...rate(-0.2, 0.8), potential()]);
    // A self-rating far above the others for one engineer; the rest rate themselves a little high.
    const selfBias = i === 3 ? 2 : 0.3;
    rows.push([r[0], '自评', String(r[1]), ...rate(selfBias, 0.6), null]);
  });
  return rows;
}
