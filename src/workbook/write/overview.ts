// 盘点总览 / Overview (DOMAIN.md, Output sheets; Printing): the first tab and one printed A4 page (landscape,
// fit to the page) for the review meeting. Top to bottom: title; five figures (headcount, 双高, high
// potential, key posts covered, flags); the key messages in words; the distribution table (the nine counts,
// shares and guidance) with a native chart of share against guidance beside it (ChartSpec: Office.js charts in
// Excel, a chart part in files); then the flags that matter. Text is 10 pt or larger and the page is laid out
// to print at about full scale, so nothing prints under 8 pt.
import { REFERENCE_LINE, pick } from '../../domain/catalogue';
import type { Overview } from '../../domain/overview';
import type { Settings } from '../../domain/settings';
import type { Lang, Text } from '../../domain/types';
import type { ChartSpec, SheetPlan } from '../plan';
import { a1, a1Range } from '../problems';
import { SheetBuilder } from './builder';
import { biasLine, flagText, groupName } from './checkText';
import { boxFill } from './grid';
import { SHEET_FONT, printSetup, textWidth } from './layout';
import { boxWithLabel } from './sensitive';
import { sheetName } from './text';

/** A: the category labels; B–E: share, guidance, count, deviation; F a gap; G–L the chart. */
export const OVERVIEW_WIDTHS = [24, 9, 10, 9, 12, 2, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5];
const LAST = OVERVIEW_WIDTHS.length - 1;
const COL_CHART = 6;
/** Smallest text on the sheet, in points (the chart's too). */
export const OVERVIEW_MIN_FONT = 10;
const LINE = 14;

const FILL_TILE = '#F2F2F2';
const FILL_HEAD = '#D9D9D9';
const FLAG_FONT = '#C00000';
const OK_FONT = '#1E7B34';
/** The chart's bars: this review's share, and the guidance in grey beside it. */
export const SHARE_COLOR = '#2E75B6';
export const GUIDANCE_COLOR = '#A6A6A6';

export const OVERVIEW_TEXT = {
  title: { zh: '盘点总览 · 工程师盘点', en: 'Overview · engineer talent review' },
  reviewDate: { zh: '盘点日期', en: 'Review date' },
  headcount: { zh: '盘点人数', en: 'Engineers reviewed' },
  doubleHigh: { zh: '超级明星（双高）', en: 'Stars (box 9)' },
  highPotential: { zh: '高潜力（7–9 格）', en: 'High potential (7–9)' },
  keyPosts: { zh: '关键岗位有即刻可用后备', en: 'Key posts with a ready successor' },
  concerns: { zh: '需关注事项', en: 'Flags to discuss' },
  messages: { zh: '要点', en: 'Key messages' },
  distribution: { zh: '九宫格分布与指引', en: 'Distribution against the guidance' },
  share: { zh: '占比', en: 'Share' },
  guidance: { zh: '指引', en: 'Guidance' },
  count: { zh: '人数', en: 'Count' },
  deviation: { zh: '偏离百分点', en: 'Off (points)' },
  total: { zh: '合计', en: 'Total' },
  chartTitle: { zh: '各格占比与指引', en: 'Share against the guidance' },
  flagsTitle: { zh: '需要关注', en: 'Flags that matter' },
  nothing: { zh: '✓ 未发现显著的分布偏离、上级评价偏差、无后备的高风险关键岗位或高流失风险的核心人才', en: '✓ No significant distribution flag, manager bias, key post at risk without a successor or key engineer at high flight risk' },
  noPosts: { zh: '未设关键岗位', en: 'no key posts given' },
  more: { zh: '…另有 {n} 项，见「九宫格」「继任规划」「盘点汇总」', en: '… and {n} more: see the nine-box, succession and summary sheets' },
} satisfies Record<string, Text>;

/** Lines in the flags section; the rest are counted. */
const MAX_FLAG_LINES = 5;
/** Names in the flight-risk line before 「等 N 人」. */
const MAX_NAMES = 5;

/** 「⚠ 高风险关键岗位无即刻可用后备：A、B」 and the flight-risk line, after the distribution lines. */
function flagLines(o: Overview, lang: Lang, settings: Settings): { text: string; ok: boolean }[] {
  const lines: string[] = [];
  // A group's significant flags with their adjusted p; its chi-square and Cramér's V are on the grid's page.
  const flagged = [...new Set(o.flags.map((f) => f.group))];
  for (const g of flagged) lines.push(`⚠ ${groupName(g, lang)}${lang === 'zh-CN' ? '：' : ': '}${g.flags.map((f) => flagText(f, g.total, lang, settings)).join(lang === 'zh-CN' ? '；' : '; ')}`);
  for (const b of o.managerBias) lines.push(biasLine(b, lang));
  const sep = lang === 'zh-CN' ? '、' : ', ';
  if (o.keyPosts && o.keyPosts.atRiskUncovered.length > 0) {
    const posts = o.keyPosts.atRiskUncovered.join(sep);
    lines.push(lang === 'zh-CN' ? `⚠ 高风险关键岗位无即刻可用的后备：${posts}` : `⚠ Key posts at risk without a ready-now successor: ${posts}`);
  }
  if (o.flightRisk.length > 0) {
    const shown = o.flightRisk.slice(0, MAX_NAMES).map((p) => (lang === 'zh-CN' ? `${p.name}（${p.department ? `${p.department}，` : ''}${p.box} 格）` : `${p.name} (${p.department ? `${p.department}, ` : ''}box ${p.box})`));
    const rest = o.flightRisk.length - shown.length;
    const people = shown.join(sep) + (rest > 0 ? (lang === 'zh-CN' ? ` 等 ${o.flightRisk.length} 人` : ` and ${rest} more`) : '');
    lines.push(lang === 'zh-CN' ? `⚠ 核心人才（9/8/6 格）流失风险高：${people}` : `⚠ Key engineers (boxes 9/8/6) at high flight risk: ${people}`);
  }
  if (lines.length === 0) return [{ text: pick(OVERVIEW_TEXT.nothing, lang), ok: true }];
  if (lines.length <= MAX_FLAG_LINES) return lines.map((text) => ({ text, ok: false }));
  const kept = lines.slice(0, MAX_FLAG_LINES - 1);
  kept.push(pick(OVERVIEW_TEXT.more, lang).replace('{n}', String(lines.length - kept.length)));
  return kept.map((text) => ({ text, ok: false }));
}

/** How many concerns the fifth figure counts: significant flags, manager bias, posts at risk, flight risk. */
export function concernCount(o: Overview): number {
  return o.flags.length + o.managerBias.length + (o.keyPosts?.atRiskUncovered.length ?? 0) + o.flightRisk.length;
}

const pct = (share: number): string => `${Math.round(share)}%`;

/**
 * The height of a row of 10-point text across the page's `width` characters: 14 pt a line. A wide (CJK)
 * character takes a little less than the two width units textWidth counts for it.
 */
function lineHeight(text: string, width: number): number {
  const lines = Math.max(1, Math.ceil((textWidth(text) * 0.95) / (width - 2)));
  return lines * LINE + 3;
}

export function buildOverviewPlan(o: Overview, lang: Lang, settings: Settings, reviewDate: string): SheetPlan {
  const L = (t: Text): string => pick(t, lang);
  const b = new SheetBuilder(OVERVIEW_WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 16, vAlign: 'middle' });
  b.defineStyle('subtitle', { italic: true, fontColor: '#595959', vAlign: 'middle' });
  b.defineStyle('tileLabel', { fill: FILL_TILE, fontColor: '#595959', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('tileValue', { fill: FILL_TILE, bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('heading', { bold: true, fontSize: 12, vAlign: 'middle' });
  b.defineStyle('message', { wrap: true, vAlign: 'top' });
  b.defineStyle('tableHead', { bold: true, fill: FILL_HEAD, hAlign: 'center', vAlign: 'middle', wrap: true, border: 'thin' });
  b.defineStyle('cell', { border: 'thin', hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('total', { border: 'thin', bold: true, hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('flagCell', { border: 'thin', hAlign: 'center', vAlign: 'middle', bold: true, fontColor: FLAG_FONT, fill: '#FDE2E1' });
  b.defineStyle('flagLine', { fontColor: FLAG_FONT, wrap: true, vAlign: 'top' });
  b.defineStyle('okLine', { fontColor: OK_FONT, wrap: true, vAlign: 'top' });

  // Title and subtitle.
  b.span(0, 0, LAST, L(OVERVIEW_TEXT.title));
  b.style('title', 0, 0);
  b.height(0, 24);
  b.span(1, 0, LAST, `${L(OVERVIEW_TEXT.reviewDate)} ${reviewDate} · ${L(REFERENCE_LINE)}`);
  b.style('subtitle', 1, 0);
  b.height(1, 16);
  b.height(2, 4);

  // Five figures, each a label over a value.
  const keyPosts = o.keyPosts ? `${o.keyPosts.covered} / ${o.keyPosts.posts}` : '—';
  const tiles: { label: Text; value: string; c1: number; c2: number }[] = [
    { label: OVERVIEW_TEXT.headcount, value: String(o.total), c1: 0, c2: 0 },
    { label: OVERVIEW_TEXT.doubleHigh, value: `${o.doubleHigh.count} · ${pct(o.doubleHigh.share)}`, c1: 1, c2: 2 },
    { label: OVERVIEW_TEXT.highPotential, value: `${o.highPotential.count} · ${pct(o.highPotential.share)}`, c1: 3, c2: 4 },
    { label: o.keyPosts ? OVERVIEW_TEXT.keyPosts : { zh: `关键岗位（${OVERVIEW_TEXT.noPosts.zh}）`, en: `Key posts (${OVERVIEW_TEXT.noPosts.en})` }, value: keyPosts, c1: 6, c2: 8 },
    { label: OVERVIEW_TEXT.concerns, value: String(concernCount(o)), c1: 9, c2: 11 },
  ];
  for (const t of tiles) {
    b.span(3, t.c1, t.c2, L(t.label));
    b.span(4, t.c1, t.c2, t.value);
    b.style('tileLabel', 3, t.c1, 3, t.c2);
    b.style('tileValue', 4, t.c1, 4, t.c2);
  }
  b.height(3, 26);
  b.height(4, 26);
  b.height(5, 6);

  // Key messages.
  let row = 6;
  b.span(row, 0, LAST, L(OVERVIEW_TEXT.messages));
  b.style('heading', row, 0);
  b.height(row, 18);
  row++;
  const messageWidth = OVERVIEW_WIDTHS.reduce((s, w) => s + w, 0);
  o.messages.forEach((m, i) => {
    const text = `${i + 1}. ${L(m)}`;
    b.span(row, 0, LAST, text);
    b.style('message', row, 0);
    b.height(row, lineHeight(text, messageWidth));
    row++;
  });
  b.height(row, 6);
  row++;

  // The distribution table (the chart's source: top-left empty, series names, category labels) and the chart.
  const titleRow = row;
  b.span(titleRow, 0, 4, L(OVERVIEW_TEXT.distribution));
  b.style('heading', titleRow, 0);
  b.height(titleRow, 18);
  const head = titleRow + 1;
  b.set(head, 0, null);
  [OVERVIEW_TEXT.share, OVERVIEW_TEXT.guidance, OVERVIEW_TEXT.count, OVERVIEW_TEXT.deviation].forEach((t, i) => b.set(head, 1 + i, L(t)));
  b.style('tableHead', head, 0, head, 4);
  b.height(head, 28);
  const overallFlags = new Set(o.flags.filter((f) => f.group.groupKind === 'all').map((f) => f.flag.box));
  o.boxes.forEach((x, i) => {
    const r = head + 1 + i;
    b.set(r, 0, boxWithLabel(x.box, lang, settings));
    b.set(r, 1, o.total === 0 ? 0 : x.count / o.total);
    b.set(r, 2, x.guidance / 100);
    b.set(r, 3, x.count);
    b.set(r, 4, x.deviation);
    const { fill, font } = boxFill(x.box, settings);
    b.defineStyle(`box${x.box}`, { fill, fontColor: font, bold: true, border: 'thin', vAlign: 'middle' });
    b.style(`box${x.box}`, r, 0);
    b.style(overallFlags.has(x.box) ? 'flagCell' : 'cell', r, 1, r, 4);
    b.height(r, 16);
  });
  const first = head + 1;
  const last = head + o.boxes.length;
  const totalRow = last + 1;
  b.set(totalRow, 0, L(OVERVIEW_TEXT.total));
  b.set(totalRow, 1, o.total === 0 ? 0 : 1);
  b.set(totalRow, 2, Math.round(o.boxes.reduce((s, x) => s + x.guidance, 0) * 100) / 10000);
  b.set(totalRow, 3, o.total);
  b.set(totalRow, 4, null);
  b.style('total', totalRow, 0, totalRow, 4);
  b.height(totalRow, 16);
  const guidanceWhole = o.boxes.every((x) => Number.isInteger(x.guidance));
  b.format('0.0%', first, 1, totalRow, 1);
  b.format(guidanceWhole ? '0%' : '0.0%', first, 2, totalRow, 2);
  b.format('+0.0;-0.0;0.0', first, 4, last, 4);

  const chart: ChartSpec = {
    kind: 'columnClustered',
    name: 'OverviewDistribution',
    title: L(OVERVIEW_TEXT.chartTitle),
    source: a1Range(head, 0, last, 2),
    categories: a1Range(first, 0, last, 0),
    series: [
      { name: L(OVERVIEW_TEXT.share), values: a1Range(first, 1, last, 1), color: SHARE_COLOR },
      { name: L(OVERVIEW_TEXT.guidance), values: a1Range(first, 2, last, 2), color: GUIDANCE_COLOR },
    ],
    from: a1(titleRow, COL_CHART),
    to: a1(totalRow, LAST),
    valueFormat: '0%',
    fontSize: OVERVIEW_MIN_FONT,
    legend: 'bottom',
  };
  row = totalRow + 1;
  b.height(row, 6);
  row++;

  // The flags that matter.
  b.span(row, 0, LAST, L(OVERVIEW_TEXT.flagsTitle));
  b.style('heading', row, 0);
  b.height(row, 18);
  row++;
  for (const line of flagLines(o, lang, settings)) {
    b.span(row, 0, LAST, line.text);
    b.style(line.ok ? 'okLine' : 'flagLine', row, 0);
    b.height(row, lineHeight(line.text, messageWidth));
    row++;
  }

  return {
    role: 'overview',
    name: sheetName('overview', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(OVERVIEW_WIDTHS.length),
    columnWidths: [...OVERVIEW_WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: b.numberFormats(),
    styles: b.styles(),
    merges: b.merges,
    charts: [chart],
    print: printSetup(lang, 'landscape', { fitToHeight: 1 }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
