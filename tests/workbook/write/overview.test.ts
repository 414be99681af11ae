// 盘点总览 as a plan (DOMAIN.md, Output sheets; Printing): the first tab, one printed A4 page with nothing under
// 8 pt, the nine counts and the distribution against the guidance as a chart over the sheet's own cells.
import { defaultSettings, reviewEngineers, type Box, type Engineer, type PerfBand, type PotBand, type Settings } from '../../../src/domain';
import { overviewOf } from '../../../src/domain/overview';
import type { SheetPlan } from '../../../src/workbook/plan';
import { inMeetingOrder } from '../../../src/workbook/write/order';
import { OVERVIEW_MIN_FONT, buildOverviewPlan, GUIDANCE_COLOR, SHARE_COLOR } from '../../../src/workbook/write/overview';
import { sheetName } from '../../../src/workbook/write/text';
import { rated } from '../../domain/helpers';
import { rc, valueAt } from './helpers';

const PERF: PerfBand[] = ['needs', 'qualified', 'excellent'];
const POT: PotBand[] = ['low', 'medium', 'high'];
let n = 0;
function inBox(box: Box, count: number, over: Partial<Engineer> = {}): Engineer[] {
  return Array.from({ length: count }, () => rated(`E${++n}`, PERF[(box - 1) % 3], POT[Math.floor((box - 1) / 3)], { name: `工程师${n}`, ...over }));
}

const ROSTER = [
  ...inBox(9, 14, { department: '研发中心', flightRisk: 'high' }),
  ...inBox(5, 26, { department: '研发中心' }),
  ...inBox(1, 12, { department: '制造部' }),
  ...inBox(5, 28, { department: '制造部', previousBox: 2 }),
  ...inBox(4, 5, { department: '质量部', manager: '王工' }),
];

function planFor(lang: 'zh-CN' | 'en-US', settings: Settings = defaultSettings()): SheetPlan {
  const result = reviewEngineers(ROSTER, [], settings);
  return buildOverviewPlan(overviewOf(result, settings), lang, settings, '2026-06-30');
}

/** A1 range → the plan's values in it, row by row. */
function cellsOf(plan: SheetPlan, range: string): unknown[][] {
  const [a, b] = range.split(':');
  const from = rc(a);
  const to = rc(b ?? a);
  const out: unknown[][] = [];
  for (let r = from.row; r <= to.row; r++) {
    const row: unknown[] = [];
    for (let c = from.col; c <= to.col; c++) row.push(plan.values[r]?.[c] ?? null);
    out.push(row);
  }
  return out;
}

/**
 * The print scale a spreadsheet gives a sheet fitted to one A4 landscape page with the default margins (0.7"
 * left and right, 0.75" top and bottom): a column of w characters is 7w + 5 pixels, ¾ pt a pixel; a row
 * without a height is 15 pt.
 */
function printScale(plan: SheetPlan): number {
  const width = plan.columnWidths.reduce((s, w) => s + (7 * w + 5) * 0.75, 0);
  let height = 0;
  for (let r = 1; r <= plan.values.length; r++) height += plan.rowHeights?.[r] ?? 15;
  return Math.min(1, (842 - 2 * 0.7 * 72) / width, (595 - 2 * 0.75 * 72) / height);
}

describe.each(['zh-CN', 'en-US'] as const)('盘点总览 in %s', (lang) => {
  const plan = planFor(lang);

  test('comes first in meeting order', () => {
    const other = (role: SheetPlan['role'], name: string): SheetPlan => ({ ...plan, role, name });
    const order = inMeetingOrder([other('results', 'r'), other('grid', 'g'), other('summary', 's'), plan]).map((p) => p.role);
    expect(order).toEqual(['overview', 'grid', 'summary', 'results']);
    expect(plan.name).toBe(sheetName('overview', lang));
  });

  test('prints on one A4 landscape page with page numbers, no text under 8 pt at the page’s scale', () => {
    expect(plan.print).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 }));
    expect(plan.print?.footerRight).toContainEqual({ field: 'page' });
    expect(plan.print?.footerRight).toContainEqual({ field: 'pages' });
    const sizes = [...plan.styles.map((g) => g.style.fontSize ?? 10), ...(plan.charts ?? []).map((c) => c.fontSize)];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(OVERVIEW_MIN_FONT);
    expect(OVERVIEW_MIN_FONT * printScale(plan)).toBeGreaterThanOrEqual(8);
  });

  test('the chart covers its own cells beside the table, over a block whose top-left cell is empty', () => {
    const [chart] = plan.charts ?? [];
    expect(plan.charts).toHaveLength(1);
    const block = cellsOf(plan, chart.source);
    expect(block[0][0]).toBeNull();
    expect(block[0].slice(1)).toEqual(chart.series.map((s) => s.name));
    expect(block.slice(1).map((r) => r[0])).toEqual(cellsOf(plan, chart.categories).map((r) => r[0]));
    expect(chart.series.map((s) => s.color)).toEqual([SHARE_COLOR, GUIDANCE_COLOR]);
    // The chart's columns (G–L) hold no values: it hides nothing.
    const from = rc(chart.from);
    const to = rc(chart.to);
    expect(from.col).toBeGreaterThan(rc(chart.source.split(':')[1]).col + 2);
    expect(cellsOf(plan, `${chart.from}:${chart.to}`).flat().every((v) => v === null)).toBe(true);
    expect(to.row - from.row).toBeGreaterThanOrEqual(10);
  });
});

test('the chart shows the shares and the guidance of boxes 9 to 1, the table beside it their counts', () => {
  const plan = planFor('zh-CN');
  const [chart] = plan.charts ?? [];
  expect(cellsOf(plan, chart.categories).map((r) => r[0])).toEqual([
    '9 超级明星', '8 潜力之星', '7 待发展者', '6 绩效之星', '5 中坚力量', '4 待改进者', '3 熟练员工', '2 基本胜任', '1 需重点改进',
  ]);
  const total = ROSTER.length;
  const counts = [14, 0, 0, 0, 54, 5, 0, 0, 12];
  expect(cellsOf(plan, chart.series[0].values).map((r) => r[0])).toEqual(counts.map((c) => c / total));
  expect(cellsOf(plan, chart.series[1].values).map((r) => r[0])).toEqual([0.05, 0.1, 0.1, 0.1, 0.3, 0.1, 0.1, 0.1, 0.05]);
  // The nine counts, in the column after the guidance.
  const first = rc(chart.categories.split(':')[0]);
  expect(counts.map((_, i) => plan.values[first.row + i][first.col + 3])).toEqual(counts);
});

test('the key messages and the flags that matter are on the page, in words', () => {
  const plan = planFor('zh-CN');
  const texts = plan.values.flat().filter((v): v is string => typeof v === 'string');
  expect(texts).toContain('2. 全体 中坚力量占比 64%（54/85 人），显著高于指引 30%');
  expect(texts.some((t) => t.startsWith('⚠ 部门 研发中心（40 人）：') && t.includes('9 超级明星 14/40 = 35%（指引 5%，调整后 p '))).toBe(true);
  expect(texts.some((t) => t.startsWith('⚠ 核心人才（9/8/6 格）流失风险高：工程师'))).toBe(true);
  expect(valueAt(plan, 'A1')).toBe('盘点总览 · 工程师盘点');
});

test('a handout (打印隐藏敏感信息) leaves out the labels of boxes 1 and 4 and flight risk', () => {
  const settings = { ...defaultSettings(), hideSensitiveInPrint: true };
  const plan = planFor('zh-CN', settings);
  const [chart] = plan.charts ?? [];
  const labels = cellsOf(plan, chart.categories).map((r) => r[0]);
  expect(labels.slice(5)).toEqual(['4', '3 熟练员工', '2 基本胜任', '1']);
  const texts = plan.values.flat().filter((v): v is string => typeof v === 'string').join('\n');
  expect(texts).not.toMatch(/流失风险|需重点改进|待改进者/u);
});
