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
import { SHEET_FONT, printSetup } from './layout';
import { sheetName } from './text';

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
  const cSources = 6;
  const cSelf = cSources + sources.length;
  const cGap = cSelf + 1;
  const cFlags = cGap + 1;
  // At most about 160 characters wide: printed one page wide on landscape A4, 10-point text stays above 8 points.
  const widths = [8, 7, 10, lang === 'zh-CN' ? 20 : 24, 6, 7, ...sources.map(() => 9), 6, 8, lang === 'zh-CN' ? 22 : 26];
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
  const last = headers.length - 1;
  b.span(0, 0, last, L(ASSESSMENT_TEXT.title));
  b.style('title', 0, 0);
  b.height(0, 24);
  const method = fillIn(L(ASSESSMENT_TEXT.method), { n: settings.minAnonymousRaters, w: weights });
  b.span(1, 0, last, method);
  b.style('muted', 1, 0);
  b.fit(1, 0, last, method);
  const head = 3;
  headers.forEach((h, c) => b.set(head, c, h));
  b.style('head', head, 0, head, last);
  b.height(head, 32);

  let r = head + 1;
  const sourceCell = (s: SourceMean | undefined): PlanValue =>
    s ? fillIn(L(ASSESSMENT_TEXT.raters), { m: formatNumber(s.mean), n: s.raters }) : null;
  if (assessed.length === 0) {
    b.span(r, 0, last, L(ASSESSMENT_TEXT.none));
    b.style('muted', r, 0);
    r++;
  }
  assessed.forEach(({ review, a }, i) => {
    const e = review.engineer;
    const from = r;
    const leftOut = a.pooled && !a.pooled.included ? fillIn(L(ASSESSMENT_TEXT.leftOut), { n: a.pooled.raters }) : undefined;
    const row = (item: string, roster: PlanValue, value: PlanValue, means: readonly SourceMean[], c?: CompetencyAggregate): void => {
      b.set(r, 0, e.id);
      b.set(r, 1, e.name);
      b.set(r, 2, e.department ?? null);
      b.set(r, 3, item);
      b.set(r, 4, roster);
      b.set(r, 5, value);
      sources.forEach((s, k) => {
        const m = means.find((x) => x.source === s);
        if (m) b.set(r, cSources + k, sourceCell(m));
        else if (s === 'peerReport' && a.pooled && !a.pooled.included) b.set(r, cSources + k, fillIn(L(ASSESSMENT_TEXT.notCounted), { n: a.pooled.raters }));
      });
      const flags: string[] = [];
      if (c) {
        if (c.self !== undefined) b.set(r, cSelf, c.self);
        if (c.selfGap !== undefined) b.set(r, cGap, c.selfGap);
        if (c.selfFlag === 'blindSpot') {
          flags.push(L(ASSESSMENT_TEXT.blindSpot));
          b.style('blind', r, cGap);
        } else if (c.selfFlag === 'hiddenStrength') {
          flags.push(L(ASSESSMENT_TEXT.hiddenStrength));
          b.style('hidden', r, cGap);
        }
        if (c.spreadFlag && c.spread !== undefined) flags.push(fillIn(L(ASSESSMENT_TEXT.spread), { s: formatNumber(c.spread) }));
        if (c.value === undefined) flags.push(L(ASSESSMENT_TEXT.noAggregate));
      }
      if (leftOut && r === from) flags.push(leftOut);
      const text = flags.join(lang === 'zh-CN' ? '；' : '; ');
      b.set(r, cFlags, text === '' ? null : text);
      if (text !== '') b.fit(r, cFlags, cFlags, text);
      r++;
    };
    for (const k of COMPETENCIES) {
      const c = a.competencies[k];
      if (!c) continue;
      const roster = e.assessed?.rosterValues[k] ?? (e.assessed?.competencies.includes(k) ? null : (e.competencies[k] ?? null));
      row(L(COMPETENCY_LABELS[k]), roster, c.value ?? null, c.sources, c);
    }
    if (a.potential) {
      const given = review.engineer.potential?.source.kind === 'assessed' ? null : (review.engineer.potential ? L(POT_LABELS[review.engineer.potential.band]) : null);
      const value = `${L(POT_LABELS[a.potential.band])} ${formatNumber(a.potential.index)}`;
      row(L(ASSESSMENT_TEXT.potential), given, value, a.potential.sources);
    }
    if (r === from) return;
    b.style('cell', from, 0, r - 1, 3);
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
    print: printSetup(lang, 'landscape', { repeatRows: `${head + 1}:${head + 1}` }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
