// 人才卡片 / Talent cards (DOMAIN.md, Output sheets; issue 17 item 6): one photo-free card per engineer of the
// chosen set (domain/cards.ts) — box with its explanation, strengths, top gaps, results, past ratings, flight
// risk, mentor, key post, the plan's first actions — two cards side by side, two or four a portrait A4 page.
// Each card is label and value columns, no merges (merges are what Excel on the web pays most for); the two
// cards of a band share rows, so a row is as tall as the taller value. Bands go onto pages by height: a
// manual break before a band that would not fit, never more breaks than Excel allows (the rest is cut with a
// note). Body text is 9 pt on a sheet 77 characters wide, which prints at its size on A4
// (LibreOffice's wider column unit included).
import { historyText, resultsText } from '../../domain/achievements';
import { cardSubjects, type CardChoice, type CardSubject } from '../../domain/cards';
import { COMPETENCY_LABELS, LEVEL_LABELS, RISK_LABELS, STAGE_LABELS, pick } from '../../domain/catalogue';
import type { DevelopmentPlan, EngineerFollowUp, FollowUp } from '../../domain/followUpTypes';
import { formatTopGaps } from '../../domain/gaps';
import { mentorCell } from '../../domain/mentoring';
import type { Planning } from '../../domain/planning';
import type { Settings } from '../../domain/settings';
import { type Lang, type ReviewResult, type Text } from '../../domain/types';
import { count, MAX_PAGE_BREAKS } from '../limits';
import type { SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { CARD_TEXT } from './cardsText';
import { boxFill } from './grid';
import { A4_PRINTABLE_HEIGHT, SHEET_FONT, printSetup, textWidth } from './layout';
import { READINESS_LABELS, fill } from './planningText';
import { boxWithLabel, redact } from './sensitive';
import { sheetName } from './text';

// Columns: A label, B value (left card); C gutter; D label, E value (right card).
const WIDTHS = [11, 27, 1, 11, 27];
const LAST = WIDTHS.length - 1;
const FONT = 9;
/** Rows of a card, the title included; a blank row follows each band. */
const GAP_ROW = 8;
/** First actions of the plan shown on a card. */
const FIRST_ACTIONS = 3;

export interface CardsContext {
  lang: Lang;
  settings: Settings;
  reviewDate: string;
  choice: CardChoice;
  planning?: Planning;
}

interface Line {
  label: Text;
  value: string;
}

function cardLines(s: CardSubject, fu: EngineerFollowUp | undefined, plan: DevelopmentPlan | undefined, ctx: CardsContext): Line[] {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const zh = lang === 'zh-CN';
  const list = (xs: string[]): string => (xs.length === 0 ? '—' : xs.join(zh ? '、' : ', '));
  const e = s.review.engineer;
  const rv = s.review;
  const both = (a: string | undefined, b: string | undefined): string => [a ?? '—', b ?? '—'].join(' · ');
  let box = boxWithLabel(rv.finalBox, lang, settings);
  if (rv.finalBox !== rv.placement.box) box += fill(L(CARD_TEXT.calibrated), { from: boxWithLabel(rv.placement.box, lang, settings) });
  const post = [
    ...(s.holds.length > 0 ? [fill(L(CARD_TEXT.holds), { posts: list(s.holds) })] : []),
    ...(s.successorFor.length > 0
      ? [fill(L(CARD_TEXT.successor), { posts: list(s.successorFor.map((x) => (x.readiness ? `${x.post}${zh ? '（' : ' ('}${L(READINESS_LABELS[x.readiness])}${zh ? '）' : ')'}` : x.post))) })]
      : []),
  ];
  const actions = (plan?.actions ?? []).filter((a) => a.section !== 'retention' || !settings.hideSensitiveInPrint).slice(0, FIRST_ACTIONS);
  const mentor = plan?.mentor ? mentorCell(plan.mentor, lang) : fu?.mentor ? mentorCell(fu.mentor, lang) : plan?.mentorNote ? L(plan.mentorNote) : '—';
  const lines: Line[] = [
    { label: CARD_TEXT.deptPosition, value: both(e.department, e.position) },
    { label: CARD_TEXT.categoryLevel, value: both(e.category, e.level ? L(LEVEL_LABELS[e.level]) : undefined) },
    { label: CARD_TEXT.yearsStage, value: both(e.years === undefined ? undefined : fill(L(CARD_TEXT.years), { n: e.years }), fu?.growthStage ? L(STAGE_LABELS[fu.growthStage]) : undefined) },
    { label: CARD_TEXT.box, value: box },
    { label: CARD_TEXT.basis, value: redact(L(rv.explanation), settings) },
    { label: CARD_TEXT.strengths, value: list(rv.strengths.map((k) => L(COMPETENCY_LABELS[k]))) },
    { label: CARD_TEXT.gaps, value: formatTopGaps(rv.topGaps, lang) || '—' },
    // Results and 近三年绩效 read as in the plans (one formatter each, domain/achievements.ts).
    { label: CARD_TEXT.results, value: resultsText(e.results, lang) ?? L(CARD_TEXT.noneGiven) },
    { label: CARD_TEXT.history, value: historyText(e.performance.band, e.performanceHistory, lang) ?? L(CARD_TEXT.noneGiven) },
    ...(settings.hideSensitiveInPrint ? [] : [{ label: CARD_TEXT.flightRisk, value: e.flightRisk ? L(RISK_LABELS[e.flightRisk]) : L(CARD_TEXT.noneGiven) }]),
    { label: CARD_TEXT.mentor, value: mentor },
    { label: CARD_TEXT.keyPost, value: post.length > 0 ? post.join('\n') : '—' },
    { label: CARD_TEXT.actions, value: actions.length > 0 ? actions.map((a, i) => `${i + 1}. ${L(a.label)}`).join('\n') : '—' },
  ];
  return lines;
}

/** Points a row of 9-pt text needs per line, and the least height of a row. */
const LINE = 12;
const MIN_ROW = 15;

/** Widths of texts seen (labels, 未填, box labels repeat on every card); bounded, as unique texts would grow it. */
const widthCache = new Map<string, number>();

/** One wrapping unit: a Chinese character (a line may break after any), or a Latin word with its spaces. */
const WRAP_UNIT = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu;

/**
 * Lines `text` wraps to in a column `width` characters wide, at 9 pt (a tenth narrower than the 10 pt widths
 * count), breaking Latin text between words as Excel and LibreOffice do: 'Engineering practice & application,
 * Innovation & change' takes three lines of 26, not the two its length alone suggests.
 */
function linesIn(text: string, width: number): number {
  const room = Math.max(1, width - 1) / 0.9;
  let n = 0;
  for (const line of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const unit of line.match(WRAP_UNIT) ?? []) {
      const w = unitWidth(unit.trimEnd());
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      if (w > room) {
        lines += Math.floor(w / room);
        used = w % room;
      } else used += unitWidth(unit);
    }
    n += lines;
  }
  return n;
}

function unitWidth(unit: string): number {
  let w = widthCache.get(unit);
  if (w === undefined) {
    w = textWidth(unit);
    if (widthCache.size >= 4096) widthCache.clear();
    widthCache.set(unit, w);
  }
  return w;
}

/** Heights of a band's rows (the title, then each line), the taller of the two cards' values. */
function bandHeights(cards: Line[][], L: (t: Text) => string): number[] {
  const rows = Math.max(...cards.map((c) => c.length));
  const heights = [20];
  for (let k = 0; k < rows; k++) {
    let lines = 1;
    for (const c of cards) {
      const line = c[k];
      if (line) lines = Math.max(lines, linesIn(L(line.label), WIDTHS[0]), linesIn(line.value, WIDTHS[1]));
    }
    heights.push(Math.max(MIN_ROW, lines * LINE + 3));
  }
  return heights;
}

/** One card from row `top`, column `c`: the box and name, then label and value a row. */
function writeCard(b: SheetBuilder, top: number, c: number, s: CardSubject, lines: Line[], ctx: CardsContext): void {
  const L = (t: Text): string => pick(t, ctx.lang);
  const e = s.review.engineer;
  const key = `head-${s.review.finalBox}`;
  b.set(top, c, s.review.finalBox);
  b.style(key, top, c);
  b.set(top, c + 1, ctx.lang === 'zh-CN' ? `${e.name}（${e.id}）` : `${e.name} (${e.id})`);
  b.style(`${key}-name`, top, c + 1);
  lines.forEach((line, k) => {
    b.set(top + 1 + k, c, L(line.label));
    b.set(top + 1 + k, c + 1, line.value);
  });
  b.style('label', top + 1, c, top + lines.length, c);
  b.style('value', top + 1, c + 1, top + lines.length, c + 1);
}

/** The 人才卡片 sheet of the chosen set; undefined for the choice `none`. */
export function buildCardsPlan(result: ReviewResult, fu: FollowUp, ctx: CardsContext): SheetPlan | undefined {
  if (ctx.choice.kind === 'none') return undefined;
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const subjects = cardSubjects(result.reviews, ctx.planning?.succession, ctx.choice);
  const byId = new Map(fu.engineers.map((x) => [x.id, x] as const));
  const plans = new Map(fu.plans.map((p) => [p.engineerId, p] as const));

  const b = new SheetBuilder(WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78', vAlign: 'middle' });
  b.defineStyle('muted', { italic: true, fontSize: FONT, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('label', { bold: true, fontSize: FONT, fill: '#F2F2F2', border: 'thin', vAlign: 'top', wrap: true });
  b.defineStyle('value', { fontSize: FONT, border: 'thin', vAlign: 'top', wrap: true });
  for (const box of new Set(subjects.map((x) => x.review.finalBox))) {
    const { fill: f, font } = boxFill(box, settings);
    b.defineStyle(`head-${box}`, { fill: f, fontColor: font, bold: true, fontSize: 11, border: 'thin', vAlign: 'middle', hAlign: 'center' });
    b.defineStyle(`head-${box}-name`, { fill: f, fontColor: font, bold: true, fontSize: 11, border: 'thin', vAlign: 'middle' });
  }
  const set = ctx.choice.kind === 'all' ? CARD_TEXT.setAll : ctx.choice.kind === 'ids' ? CARD_TEXT.setIds : CARD_TEXT.setDefault;
  b.span(0, 0, LAST, `${L(CARD_TEXT.title)} · ${L(CARD_TEXT.reviewDate)}${lang === 'zh-CN' ? '：' : ': '}${ctx.reviewDate} · ${fill(L(CARD_TEXT.cards), { n: subjects.length })}`);
  b.style('title', 0, 0);
  b.height(0, 26);
  const noteRow = 1;
  let r = 3;
  // The title, the note (up to two lines) and a thin blank row.
  b.height(2, GAP_ROW);
  let page = 26 + 40 + GAP_ROW;
  const breaks: number[] = [];
  let shown = 0;
  for (let i = 0; i < subjects.length; i += 2) {
    const pair = subjects.slice(i, i + 2).map((s) => ({ s, lines: cardLines(s, byId.get(s.review.engineer.id), plans.get(s.review.engineer.id), ctx) }));
    const heights = bandHeights(pair.map((p) => p.lines), L);
    const height = heights.reduce((a, h) => a + h, 0);
    // A band that does not fit the rest of the page starts a new one; past Excel's breaks the rest is cut.
    if (page + height > A4_PRINTABLE_HEIGHT.portrait && r > 3) {
      if (breaks.length >= MAX_PAGE_BREAKS) break;
      breaks.push(r);
      page = 0;
    }
    pair.forEach(({ s, lines }, side) => writeCard(b, r, side * 3, s, lines, ctx));
    heights.forEach((h, k) => b.height(r + k, h));
    b.height(r + heights.length, GAP_ROW);
    page += height + GAP_ROW;
    r += heights.length + 1;
    shown += pair.length;
  }
  const notes = [L(set)];
  if (subjects.length === 0) notes.push(L(CARD_TEXT.none));
  if (shown < subjects.length) notes.push(fill(L(CARD_TEXT.cut), { shown: count(shown), total: count(subjects.length), breaks: count(MAX_PAGE_BREAKS) }));
  b.span(noteRow, 0, LAST, notes.join(' '));
  b.style('muted', noteRow, 0);
  b.fit(noteRow, 0, LAST, notes.join(' '), 20);

  return {
    role: 'cards',
    name: sheetName('cards', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(WIDTHS.length),
    columnWidths: [...WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: b.numberFormats(),
    styles: b.styles(),
    merges: b.merges,
    print: printSetup(lang, 'portrait', breaks.length > 0 ? { rowBreaks: breaks } : {}),
    tabColor: '#1E7B34',
    font: SHEET_FONT,
  };
}
