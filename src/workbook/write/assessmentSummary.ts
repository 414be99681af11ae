// 评价汇总 / Assessment summary (DOMAIN.md, Assessments; Output sheets): written only where 能力评价 exists.
// One row per reviewed engineer × competency (and 潜力 where rated): the roster's value, the aggregate, each
// source's mean with its raters, the self-rating kept apart, self minus others, and the flags the meeting
// discusses (blind spot, hidden strength, spread of 2 or more, 同事/下属 left out for anonymity). Printed
// landscape, one page wide, header rows repeated.
import type { CompetencyAggregate, EngineerAssessment, SourceMean } from '../../domain/assessment';
import { SOURCE_LABELS, type AggregateSource } from '../../domain/assessmentSources';
import { COMPETENCY_LABELS, POT_LABELS, pick } from '../../domain/catalogue';
import { formatNumber } from '../../domain/gaps';
import type { Settings } from '../../domain/settings';
import { normalizeKey } from '../../domain/text';
import { COMPETENCIES, type Lang, type ReviewResult, type Text } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { type Flexible, NBSP, headerWord, linesHeight, longestWord, printedWidth, shownText, splitRoom, valueWidth, wrappedLines } from './assessmentColumns';
import { SHEET_FONT, WIDE_MARGINS, heightOf, pageBodyHeight, printSetup, widthScale } from './layout';
import { sheetName } from './text';

/** Of the page's height, what the rows may fill: LibreOffice's rows run a little taller than planned. */
const PAGE_FILL = 0.98;

const SOURCE_ORDER: readonly AggregateSource[] = ['manager', 'expert', 'centre', 'peer', 'report', 'peerReport', 'test'];

function t(zh: string, en: string): Text {
  return { zh, en };
}

export const ASSESSMENT_TEXT = {
  title: t('评价汇总 · 能力评价（多源）', 'Assessment summary · multi-source ratings'),
  method: t(
    '综合 = 各来源均值按权重加权（只计有评价的来源，权重按其和折算），保留 1 位小数；同事、下属不足 {n} 人时合并为「同事/下属」，合并后仍不足 {n} 人不计入；自评单列，不计入综合。权重：{w}',
    'Aggregate = the sources’ means weighted (only the sources present, weights divided by their sum), one decimal; peers and reports with fewer than {n} raters are pooled as "Peers/reports", left out if the pool still has fewer than {n}; self-ratings are kept apart. Weights: {w}',
  ),
  id: t('工号', 'ID'),
  name: t('姓名', 'Name'),
  department: t('部门', 'Department'),
  item: t('能力', 'Competency'),
  roster: t('名单值', 'Roster value'),
  aggregate: t('综合', 'Aggregate'),
  self: t('自评', 'Self'),
  selfGap: t('自评−他评', 'Self − others'),
  flags: t('提示', 'Flags'),
  potential: t('潜力', 'Potential'),
  potentialScale: t('潜力（低0、中1、高2）', 'Potential (Low 0 · Medium 1 · High 2)'),
  potentialNote: t(
    '潜力：各来源的评价按 低 0、中 1、高 2 计分，综合为其加权均值（如「高 1.6」），四舍五入定档：1.5 及以上为高，0.5 及以上为中。',
    'Potential: each rating counts Low 0, Medium 1, High 2; the aggregate is their weighted mean (e.g. "High 1.6"), rounded half up to a band: 1.5 or more High, 0.5 or more Medium.',
  ),
  blindSpot: t('盲区（自评高于他评）', 'Blind spot (self above others)'),
  hiddenStrength: t('隐藏优势（自评低于他评）', 'Hidden strength (self below others)'),
  spread: t('分歧 {s}：会上讨论', 'Spread {s}: discuss in the meeting'),
  leftOut: t('同事/下属仅 {n} 人，未计入（匿名保护）', 'Peers/reports: only {n}, left out (anonymity)'),
  noAggregate: t('只有自评，无综合，名单值保留', 'Self-rating only: no aggregate, the roster value stands'),
  raters: t('{m}（{n}人）', '{m} ({n})'),
  notCounted: t('未计入（{n}人）', 'left out ({n})'),
  none: t('本次盘点的工程师在「能力评价」中没有可用的评价', 'No reviewed engineer has a usable rating in the assessments sheet'),
} satisfies Record<string, Text>;

function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? ''));
}

/** One printed row: its cells, and the self-rating flag that colours 自评−他评. */
interface SummaryRow {
  cells: PlanValue[];
  selfFlag?: 'blindSpot' | 'hiddenStrength';
}

/** The potential row's label, on one line where the column allows, else the scale on a line of its own. */
function potentialLabel(lang: Lang, width: number): string {
  const label = pick(ASSESSMENT_TEXT.potentialScale, lang).replace(/ (\d)/gu, `${NBSP}$1`);
  if (lang === 'zh-CN' || wrappedLines(label, width) === 1) return label;
  return label.replace(' (', '\n(');
}

export function buildAssessmentSummaryPlan(
  result: ReviewResult,
  byId: ReadonlyMap<string, EngineerAssessment>,
  lang: Lang,
  settings: Settings,
): SheetPlan {
  const L = (x: Text): string => pick(x, lang);
  const assessed = result.reviews
    .map((r) => ({ review: r, a: byId.get(normalizeKey(r.engineer.id)) }))
    .filter((x): x is { review: (typeof result.reviews)[number]; a: EngineerAssessment } => x.a !== undefined);
  // Only the source columns some engineer has: a narrower page prints larger.
  const present = new Set<AggregateSource>();
  for (const { a } of assessed) {
    for (const c of Object.values(a.competencies)) for (const s of c?.sources ?? []) present.add(s.source);
    for (const s of a.potential?.sources ?? []) present.add(s.source);
    if (a.pooled && !a.pooled.included) present.add('peerReport');
  }
  const sources = SOURCE_ORDER.filter((s) => present.has(s));
  const headers = [
    L(ASSESSMENT_TEXT.id), L(ASSESSMENT_TEXT.name), L(ASSESSMENT_TEXT.department), L(ASSESSMENT_TEXT.item),
    L(ASSESSMENT_TEXT.roster), L(ASSESSMENT_TEXT.aggregate), ...sources.map((s) => L(SOURCE_LABELS[s])),
    L(ASSESSMENT_TEXT.self), L(ASSESSMENT_TEXT.selfGap), L(ASSESSMENT_TEXT.flags),
  ];
  const cItem = 3;
  const cSources = 6;
  const cSelf = cSources + sources.length;
  const cGap = cSelf + 1;
  const cFlags = cGap + 1;
  const last = headers.length - 1;
  // The potential row's label before the widths are known: the one-line form, as wide as it gets.
  const potentialItem = pick(ASSESSMENT_TEXT.potentialScale, lang);

  // The rows first: the columns are as wide as what they hold.
  const blocks = assessed.map(({ review, a }) => {
    const e = review.engineer;
    const rows: SummaryRow[] = [];
    const leftOut = a.pooled && !a.pooled.included ? fillIn(L(ASSESSMENT_TEXT.leftOut), { n: a.pooled.raters }) : undefined;
    const row = (item: string, roster: PlanValue, value: PlanValue, means: readonly SourceMean[], c?: CompetencyAggregate): void => {
      const cells: PlanValue[] = [e.id, e.name, e.department ?? null, item, roster, value];
      sources.forEach((s, k) => {
        const m = means.find((x) => x.source === s);
        let v: PlanValue = null;
        if (m) v = fillIn(L(ASSESSMENT_TEXT.raters), { m: formatNumber(m.mean), n: m.raters });
        else if (s === 'peerReport' && a.pooled && !a.pooled.included) v = fillIn(L(ASSESSMENT_TEXT.notCounted), { n: a.pooled.raters });
        cells[cSources + k] = v;
      });
      cells[cSelf] = c?.self ?? null;
      cells[cGap] = c?.selfGap ?? null;
      const flags: string[] = [];
      const selfFlag = c?.selfFlag;
      if (selfFlag === 'blindSpot') flags.push(L(ASSESSMENT_TEXT.blindSpot));
      else if (selfFlag === 'hiddenStrength') flags.push(L(ASSESSMENT_TEXT.hiddenStrength));
      if (c?.spreadFlag && c.spread !== undefined) flags.push(fillIn(L(ASSESSMENT_TEXT.spread), { s: formatNumber(c.spread) }));
      if (c && c.value === undefined) flags.push(L(ASSESSMENT_TEXT.noAggregate));
      if (leftOut && rows.length === 0) flags.push(leftOut);
      const text = flags.join(lang === 'zh-CN' ? '；' : '; ');
      cells[cFlags] = text === '' ? null : text;
      rows.push({ cells, ...(selfFlag ? { selfFlag } : {}) });
    };
    for (const k of COMPETENCIES) {
      const c = a.competencies[k];
      if (!c) continue;
      const roster = e.assessed?.rosterValues[k] ?? (e.assessed?.competencies.includes(k) ? null : (e.competencies[k] ?? null));
      row(L(COMPETENCY_LABELS[k]), roster, c.value ?? null, c.sources, c);
    }
    if (a.potential) {
      const given = e.potential?.source.kind === 'assessed' ? null : (e.potential ? L(POT_LABELS[e.potential.band]) : null);
      const value = `${L(POT_LABELS[a.potential.band])} ${formatNumber(a.potential.index)}`;
      row(potentialItem, given, value, a.potential.sources);
    }
    return rows;
  });
  const all = blocks.flat();
  const column = (c: number): PlanValue[] => all.map((x) => x.cells[c]);

  // Value columns hold one line each; ID, name and department wrap past a cap; 能力 and 提示 share the rest.
  const widths = headers.map((h, c) => valueWidth(h, column(c), c === 5 || c === cGap));
  for (const [c, cap] of [[0, 14], [1, 12], [2, 14]] as const) widths[c] = Math.min(widths[c], Math.max(cap, Math.ceil(headerWord(headers[c]) + 1)));
  const fixedLines = all.map((x) => Math.max(...[0, 1, 2].map((c) => wrappedLines(shownText(x.cells[c]), widths[c]))));
  const room = (c: number): Flexible => {
    let word = headerWord(headers[c]);
    let line = 0;
    for (const x of all) {
      const text = shownText(x.cells[c]);
      word = Math.max(word, longestWord(text));
      line = Math.max(line, printedWidth(text));
    }
    const min = Math.ceil(word + 1);
    return { min, max: Math.max(min, Math.ceil(line + 1)) };
  };
  const fixed = widths.filter((_, c) => c !== cItem && c !== cFlags);
  const [wItem, wFlags] = splitRoom(
    fixed,
    room(cItem),
    room(cFlags),
    all.map((x, i) => ({ a: shownText(x.cells[cItem]), b: shownText(x.cells[cFlags]), fixedLines: fixedLines[i] })),
  );
  widths[cItem] = wItem;
  widths[cFlags] = wFlags;
  const label = potentialLabel(lang, widths[cItem]);
  for (const x of all) if (x.cells[cItem] === potentialItem) x.cells[cItem] = label;

  const b = new SheetBuilder(widths);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('num', { border: 'thin', hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('shade', { fill: '#F2F2F2' });
  b.defineStyle('aggregate', { bold: true, fill: '#DDEBF7' });
  b.defineStyle('blind', { fill: '#F8CBAD', bold: true });
  b.defineStyle('hidden', { fill: '#C6EFCE', bold: true });
  b.defineStyle('flag', { fontColor: '#C00000' });

  const weights = (['manager', 'expert', 'centre', 'peer', 'report', 'test', 'self'] as const)
    .map((s) => `${L(SOURCE_LABELS[s])} ${formatNumber(settings.assessmentWeights[s])}`)
    .join(lang === 'zh-CN' ? '、' : ', ');
  b.span(0, 0, last, L(ASSESSMENT_TEXT.title));
  b.style('title', 0, 0);
  b.height(0, 24);
  const method = `${fillIn(L(ASSESSMENT_TEXT.method), { n: settings.minAnonymousRaters, w: weights })}\n${L(ASSESSMENT_TEXT.potentialNote)}`;
  b.span(1, 0, last, method);
  b.style('muted', 1, 0);
  b.height(1, linesHeight(wrappedLines(method, widths.reduce((sum, w) => sum + w, 0))));
  const head = 3;
  headers.forEach((h, c) => b.set(head, c, h));
  b.style('head', head, 0, head, last);
  b.height(head, linesHeight(Math.max(...headers.map((h, c) => wrappedLines(h, widths[c], true)))));

  let r = head + 1;
  // An engineer's rows print together: a block that would run past the page's foot starts the next page.
  const page = (PAGE_FILL * pageBodyHeight('landscape', WIDE_MARGINS)) / widthScale(widths, 'landscape', WIDE_MARGINS);
  const breaks: number[] = [];
  const headerHeight = heightOf(b.rowHeights, head, head + 1);
  let used = heightOf(b.rowHeights, 0, head + 1);
  if (assessed.length === 0) {
    b.span(r, 0, last, L(ASSESSMENT_TEXT.none));
    b.style('muted', r, 0);
    r++;
  }
  let n = 0;
  blocks.forEach((rows, i) => {
    if (rows.length === 0) return;
    const from = r;
    for (const x of rows) {
      x.cells.forEach((v, c) => b.set(r, c, v));
      if (x.selfFlag) b.style(x.selfFlag === 'blindSpot' ? 'blind' : 'hidden', r, cGap);
      const lines = Math.max(fixedLines[n++], wrappedLines(shownText(x.cells[cItem]), widths[cItem]), wrappedLines(shownText(x.cells[cFlags]), widths[cFlags]));
      if (lines > 1) b.height(r, linesHeight(lines));
      r++;
    }
    const block = heightOf(b.rowHeights, from, r);
    if (from > head + 1 && used + block > page) {
      // Manual breaks count 1-based rows: after row `from` (1-based) is before row `from` (0-based). The next page
      // repeats the header row above the block.
      breaks.push(from);
      used = headerHeight + block;
    } else used += block;
    b.style('cell', from, 0, r - 1, cItem);
    b.style('num', from, 4, r - 1, cGap);
    b.style('cell', from, cFlags, r - 1, cFlags);
    b.style('aggregate', from, 5, r - 1, 5);
    b.style('flag', from, cFlags, r - 1, cFlags);
    if (i % 2 === 1) b.style('shade', from, 0, r - 1, 4);
  });
  if (r > head + 1) b.format('0.0', head + 1, 4, r - 1, 5);
  if (r > head + 1) b.format('0.0#', head + 1, cSelf, r - 1, cGap);

  return {
    role: 'assessment',
    name: sheetName('assessment', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(headers.length),
    columnWidths: widths,
    rowHeights: b.rowHeights,
    numberFormats: b.numberFormats(),
    styles: b.styles(),
    merges: b.merges,
    freeze: { rows: head + 1, cols: 2 },
    print: printSetup(lang, 'landscape', { repeatRows: `${head + 1}:${head + 1}`, margins: WIDE_MARGINS, ...(breaks.length > 0 ? { rowBreaks: breaks } : {}) }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
