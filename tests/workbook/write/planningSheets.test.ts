// 人才地图 and 继任规划 as a department head reads them: the figures in the cells, the colours, the blocks.
import { defaultSettings, standardsLookup, type Engineer, type LevelKey, type PerfBand, type PotBand } from '../../../src/domain';
import { succession, type KeyPost } from '../../../src/domain/succession';
import { talentMap, type DemandRow } from '../../../src/domain/talentMap';
import { emptyPeopleCells, readPeopleCells } from '../../../src/workbook/write/people';
import { buildSuccessionPlan } from '../../../src/workbook/write/succession';
import { buildTalentMapPlan, cellText } from '../../../src/workbook/write/talentMap';
import { planningHeadline } from '../../../src/workbook/write/planningText';
import type { SheetPlan } from '../../../src/workbook/plan';
import { rated } from '../../domain/helpers';
import { review } from '../../domain/followUpHelpers';
import { gridOf } from '../../helpers/memoryHost';
import { inRange } from './helpers';

const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };
function eng(id: string, dept: string, level: LevelKey, perf: PerfBand, pot: PotBand, over: Partial<Engineer> = {}): Engineer {
  return rated(id, perf, pot, { name: `工程师${id}`, department: dept, category: '研发型', level, competencies: ALL4, ...over });
}

const ROSTER = [
  eng('E1', '研发中心', 'senior', 'qualified', 'medium', { flightRisk: 'high' }),
  eng('E2', '研发中心', 'intermediate', 'excellent', 'high'),
  eng('E3', '研发中心', 'intermediate', 'qualified', 'high', { competencies: { ...ALL4, research: 1 } }),
  eng('E4', '工艺部', 'junior', 'excellent', 'medium'),
];
const REVIEWS = review(ROSTER).reviews;
const SETTINGS = defaultSettings();

function rowsOf(plan: SheetPlan): string[] {
  return plan.values.map((row) => row.map((v) => (v === null ? '' : String(v))).join(' | '));
}

describe('人才地图', () => {
  const demand: DemandRow[] = [
    { department: '研发中心', category: '研发型', level: 'senior', needed: 3, row: 1, scarce: true },
    { category: '研发型', needed: 10, row: 2 },
  ];
  const map = talentMap(REVIEWS, demand);
  const plan = buildTalentMapPlan(map, { lang: 'zh-CN', scarceShare: 0.2, targets: [], reviews: REVIEWS });

  it('writes supply, ready, demand, gap and fit in the cell, and colours a scarce cell red', () => {
    const text = cellText(map.cells.find((c) => c.level === 'senior' && c.column === '研发中心')!, 'zh-CN');
    expect(text).toBe('现有 1 · 可用 0\n需求 3 · 缺口 2\n岗位匹配 100%');
    const r = plan.values.findIndex((row) => row[2] === text);
    const red = plan.styles.find((s) => s.style.fill === '#F8CBAD');
    expect(red?.ranges).toContain(`C${r + 1}`);
  });

  it('lists the company-wide line and the scarce catalogue with internal candidates by name', () => {
    const rows = rowsOf(plan);
    expect(rows).toContainEqual(expect.stringMatching(/^全部 \| 研发型 \| 全部 \| 10 \| 4 \| 3 \| 6 \| 75%/u));
    expect(rows).toContainEqual(expect.stringMatching(/^研发中心 \| 研发型 \| 高级培育对象 \| 3 \| 1 \| 2 \| 标为紧缺 \| 工程师E2\(E2\)、工程师E3\(E3\) \|  \| 0/u));
  });

  it('writes a company-wide surplus as 富余 / over, not as a shortage of minus two', () => {
    const over = talentMap(REVIEWS, [{ category: '研发型', needed: 2, row: 1 }]);
    expect(rowsOf(buildTalentMapPlan(over, { lang: 'zh-CN', scarceShare: 0.2, targets: [], reviews: REVIEWS }))).toContainEqual(
      expect.stringMatching(/^全部 \| 研发型 \| 全部 \| 2 \| 4 \| 3 \| 富余 2 \| 75%/u),
    );
    expect(rowsOf(buildTalentMapPlan(over, { lang: 'en-US', scarceShare: 0.2, targets: [], reviews: REVIEWS })).join('\n')).toMatch(/\| over 2 \|/u);
  });

  it('says how to add demand when there is no demand sheet, in the language of the workbook', () => {
    const en = buildTalentMapPlan(talentMap(REVIEWS, undefined), { lang: 'en-US', scarceShare: 0.2, targets: [], reviews: REVIEWS });
    expect(en.name).toBe('Talent map');
    expect(rowsOf(en).join('\n')).toContain('No Demand sheet (需求规划) was given');
    expect(rowsOf(en).join('\n')).not.toMatch(/[，。：（）]/u);
  });
});

describe('继任规划', () => {
  const posts: KeyPost[] = [{ name: '电控平台总师', department: '研发中心', category: '研发型', level: 'senior', incumbentId: 'E1', namedSuccessors: [] }];
  const result = succession(REVIEWS, posts, 'sheet', standardsLookup([]), { ...SETTINGS, successorCount: 3 });
  const ctx = { lang: 'zh-CN' as const, settings: SETTINGS, people: emptyPeopleCells(), archiveDate: '2026-12-05' };
  const plan = buildSuccessionPlan(result, ctx);

  it('shows the coverage, the at-risk holder and each successor with readiness and why not ready', () => {
    const rows = rowsOf(plan);
    expect(rows[1]).toContain('关键岗位 1 个 · 已覆盖（有即刻可用的后备）0 个 · 高风险且未覆盖 1 个');
    const block = rows.filter((r) => r.startsWith('{'));
    expect(block[0]).toMatch(/电控平台总师 \| 研发中心 \| 工程师E1\(E1\) \| 5.* \| 高 \| 工程师E2\(E2\) \| 建议 \| 9.* \| 1–2 年 \| 层级低于岗位要求；高风险且无即刻可用的后备/u);
    expect(block[1]).toMatch(/工程师E3\(E3\) \| 建议 \| 8.* \| 1–2 年 \| 对照岗位标准有 1 项高差距；层级低于岗位要求/u);
  });

  it('keeps the meeting’s decision and notes on re-run, with the successor they were typed for', () => {
    const grid = gridOf('继任规划', plan.values);
    const r = plan.values.findIndex((row) => String(row[6]).includes('E3'));
    grid.values[r][11] = '不采纳';
    grid.values[r][12] = '明年再议';
    const again = buildSuccessionPlan(result, { ...ctx, lang: 'en-US', people: readPeopleCells([grid]) });
    const row = again.values.find((v) => String(v[6]).includes('E3'));
    expect([row?.[11], row?.[12]]).toEqual(['Rejected', '明年再议']);
  });

  it('gives a post with no successor a notes cell for the meeting’s decision, kept on re-run', () => {
    const none = succession(REVIEWS, [{ name: '首席测试工程师', department: '工艺部', incumbentId: 'E4', namedSuccessors: [] }], 'sheet', standardsLookup([]), { ...SETTINGS, successorCount: 0 });
    const first = buildSuccessionPlan(none, ctx);
    const r = first.values.findIndex((row) => String(row[6]).startsWith('没有后备人员'));
    expect(r).toBeGreaterThan(0);
    // The notes cell (M) is a people's cell: the sheet's light-yellow fill, as for a successor's notes.
    const fills = first.styles.filter((g) => g.ranges.some((x) => inRange(`M${r + 1}`, x))).map((g) => g.style.fill);
    expect(fills).toContain('#FFF9E5');
    // The decision cell beside it is not one (nothing typed there would be kept).
    expect(first.styles.filter((g) => g.ranges.some((x) => inRange(`L${r + 1}`, x))).map((g) => g.style.fill)).not.toContain('#FFF9E5');
    const grid = gridOf('继任规划', first.values);
    grid.values[r][12] = '外部引进，年底前到岗';
    const again = buildSuccessionPlan(none, { ...ctx, people: readPeopleCells([grid]) });
    expect(again.values.find((v) => String(v[6]).startsWith('没有后备人员'))?.[12]).toBe('外部引进，年底前到岗');
  });
});

describe('the summary’s headline of succession and the scarce catalogue', () => {
  it('says coverage and what is short, to grow inside and to hire, in both languages', () => {
    const demand: DemandRow[] = [{ department: '研发中心', category: '研发型', level: 'senior', needed: 3, row: 1, scarce: true }];
    const posts: KeyPost[] = [{ name: '电控平台总师', department: '研发中心', category: '研发型', level: 'senior', incumbentId: 'E1', namedSuccessors: [] }];
    const planning = {
      map: talentMap(REVIEWS, demand),
      targets: [],
      succession: succession(REVIEWS, posts, 'sheet' as const, standardsLookup([]), { ...SETTINGS, successorCount: 3 }),
    };
    expect(planningHeadline(planning, 'zh-CN')).toEqual([
      '关键岗位 1 个：已覆盖（有即刻可用的后备）0 个，高风险且未覆盖 1 个（详见「继任规划」）',
      '紧缺需求 1 项：缺口合计 2 人，内部培育候选 2 人，需外部引进 0 人（详见「人才地图」）',
    ]);
    expect(planningHeadline({ ...planning, map: talentMap(REVIEWS, undefined) }, 'en-US')[1]).toBe('No Demand sheet: the talent map shows supply only');
  });
});
