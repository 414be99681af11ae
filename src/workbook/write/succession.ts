// 继任规划 / Succession (DOMAIN.md, "Key positions and succession"): the coverage line, one block per key
// position (incumbent, risk, then every successor with source, box and readiness), the meeting's decision
// and notes as people's cells kept on re-run, and the 双高 holders of key posts the seed asks to single out.
import { RISK_LABELS, pick } from '../../domain/catalogue';
import type { PostSuccession, Successor, SuccessionResult } from '../../domain/succession';
import type { Engineer, Lang, Text } from '../../domain/types';
import type { Settings } from '../../domain/settings';
import type { PlanValue, SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { FIELD_LABELS, PLAN_TEXT } from './followText';
import { SHEET_FONT, WIDE_MARGINS, printSetup } from './layout';
import { KEY_COL, PeopleWriter, archiveKey, type FieldSpec, type PeopleCells } from './people';
import { READINESS_LABELS, SUCCESSION_TEXT as S, SUCCESSOR_DECISION, fill } from './planningText';
import { boxWithLabel } from './sensitive';
import { sheetName } from './text';

// A hidden key; B post; C department; D incumbent; E box; F risk; G successor; H source; I box; J readiness;
// K remarks; L decision and M notes (people's cells). Sized for 10-pt text in DejaVu Sans, the widest of the fonts
// that stand in for Microsoft YaHei (LibreOffice, WPS, Mac): C fits 「Department」 bold, F 「Medium」, H
// 「Suggested」, J 「Ready now」 bold; E 「professional」 and 「Inconsistent」, so a box label wraps between its
// words; I the successors' boxes, 「8 High potential」 and 「6 High performer」, on one line. Only the post and its
// department are bold: a bold 「叶宇航(100115)」 would take two lines of D, a bold box label or 「Medium」 two more
// characters of E and F. The sheet prints at 82 % as before (text at 8.2 pt), the widths taken from the remarks
// and notes.
const WIDTHS = [4, 18, 13, 16, 14, 8, 16, 11, 18, 12, 25, 11, 12];
/** `fit`'s factor for bold 10-pt text (headers, the post and its department, 即刻可用), and for regular text. */
const BOLD = 1.2;
const REGULAR = 1.05;
const LAST = WIDTHS.length - 1;
const ARCHIVE_COLS: [number, number, number, number, number] = [1, 3, 6, 10, 11];

export const SUCCESSOR_FIELDS: FieldSpec[] = [
  { field: 'decision', col: 11, choices: SUCCESSOR_DECISION },
  { field: 'note', col: 12 },
];

/** A post with no successor: its notes only. */
const NO_SUCCESSOR_FIELDS: FieldSpec[] = SUCCESSOR_FIELDS.filter((f) => f.field === 'note');

const LABELS: Record<string, Text> = { ...FIELD_LABELS, decision: S.decision, note: S.note };

export interface SuccessionContext {
  lang: Lang;
  settings: Settings;
  people: PeopleCells;
  archiveDate: string;
}

export function successorRowKey(post: PostSuccession): string {
  return `post:${post.post.name}`;
}

function display(e: Pick<Engineer, 'id' | 'name'>): string {
  return `${e.name}(${e.id})`;
}

function remarks(s: Successor, post: PostSuccession, lang: Lang): string {
  const L = (t: Text): string => pick(t, lang);
  if (!s.review) return L(S.notReviewed);
  const out: string[] = [];
  if (s.holds !== undefined) out.push(fill(L(S.holds), { post: s.holds }));
  if (s.highGaps > 0) out.push(fill(L(S.highGaps), { n: s.highGaps }));
  const levels = ['junior', 'intermediate', 'senior'];
  const need = post.post.level;
  if (need !== undefined && levels.indexOf(s.review.engineer.level ?? '') < levels.indexOf(need)) out.push(L(S.levelShort));
  return joinRemarks(out, lang);
}

/** 「甲；乙」, "First; second": in English a remark after the first goes on in lower case. */
function joinRemarks(parts: readonly PlanValue[], lang: Lang): string {
  const texts = parts.filter((v): v is string => typeof v === 'string' && v !== '');
  if (lang === 'zh-CN') return texts.join('；');
  return texts.map((t, i) => (i === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1))).join('; ');
}

export function buildSuccessionPlan(result: SuccessionResult, ctx: SuccessionContext): SheetPlan {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const b = new SheetBuilder(WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('summary', { bold: true, fontColor: '#1F4E78' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('postRow', { fill: '#F2F2F2' });
  b.defineStyle('bold', { bold: true });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('red', { bold: true, fontColor: '#C00000' });
  b.defineStyle('ready', { bold: true, fontColor: '#1E7B34' });
  b.defineStyle('wrap', { wrap: true, vAlign: 'top' });
  const writer = new PeopleWriter(ctx.people, 'succession', lang, LABELS);

  let r = 0;
  b.span(r, 1, LAST, L(S.title));
  b.style('title', r, 1);
  b.height(r, 24);
  r++;
  const c = result.coverage;
  b.span(r, 1, LAST, fill(L(S.coverage), { posts: c.posts, covered: c.covered, risk: c.atRiskUncovered }));
  b.style('summary', r, 1);
  r++;
  const note = `${L(result.source === 'sheet' ? S.fromSheet : S.fromRoster)}\n${L(S.legend)}`;
  b.span(r, 1, LAST, note);
  b.style('muted', r, 1);
  b.fit(r, 1, LAST, note);
  r += 2;

  const head = r;
  [S.post, S.department, S.incumbent, S.box, S.risk, S.successor, S.source, S.box, S.readiness, S.remarks, S.decision, S.note]
    .forEach((h, i) => {
      b.set(head, 1 + i, L(h));
      b.fit(head, 1 + i, 1 + i, L(h), 30, BOLD);
    });
  b.style('head', head, 1, head, LAST);
  r++;

  if (result.posts.length === 0) {
    b.span(r, 1, LAST, L(S.noPosts));
    b.style('muted', r, 1);
    r++;
  }
  // Every text that wraps sets its row's height: a two-line box label or readiness never prints cut.
  const put = (row: number, col: number, v: string | null, factor = REGULAR, to = col): void => {
    if (to > col) b.span(row, col, to, v);
    else b.set(row, col, v);
    if (v !== null) b.fit(row, col, to, v, 18, factor);
  };
  for (const p of result.posts) {
    const from = r;
    const inc = p.incumbent?.engineer;
    put(r, 1, p.post.name, BOLD);
    put(r, 2, p.post.department ?? inc?.department ?? null, BOLD);
    put(r, 3, inc ? display(inc) : p.post.incumbentId !== undefined ? fill(L(S.notOnRoster), { id: p.post.incumbentId }) : L(S.vacancy));
    put(r, 4, p.incumbent ? boxWithLabel(p.incumbent.finalBox, lang, settings) : null);
    put(r, 5, L(RISK_LABELS[p.risk]));
    if (p.risk === 'high') b.style('red', r, 5);
    if (p.successors.length === 0) {
      // Up to 说明 only: the remark column says why the post is at risk.
      put(r, 6, L(S.none), BOLD, 9);
      b.style('red', r, 6);
      // What the meeting decides for a post nobody can succeed (hire, grow someone, a named successor next year)
      // goes in its notes cell, kept across re-runs like a successor's; there is no successor to confirm.
      writer.row(b, r, '', successorRowKey(p), `${L(S.post)} ${p.post.name}`, L(S.none), NO_SUCCESSOR_FIELDS);
      // Only the notes are kept: the decision cell is not a people's cell here, so it is not offered as one.
      b.style('cell', r, 11);
      b.style('people', r, 12);
      r++;
    }
    for (const s of p.successors) {
      const who = s.review ? display(s.review.engineer) : fill(L(S.notOnRoster), { id: s.id });
      put(r, 6, who);
      put(r, 7, L(s.named ? S.named : S.suggested));
      put(r, 8, s.review ? boxWithLabel(s.review.finalBox, lang, settings) : null);
      put(r, 9, s.readiness ? L(READINESS_LABELS[s.readiness]) : null, s.readiness === 'now' ? BOLD : REGULAR);
      if (s.readiness === 'now') b.style('ready', r, 9);
      put(r, 10, remarks(s, p, lang) || null);
      writer.row(b, r, s.id, successorRowKey(p), who, `${L(S.post)} ${p.post.name}`, SUCCESSOR_FIELDS);
      b.list(lang === 'zh-CN' ? SUCCESSOR_DECISION.zh : SUCCESSOR_DECISION.en, r, 11);
      b.style('people', r, 11, r, 12);
      r++;
    }
    if (p.risk === 'high' && !p.covered) put(from, 10, joinRemarks([b.values[from][10], L(S.uncovered)], lang));
    b.style('cell', from, 1, r - 1, 10);
    b.style('postRow', from, 1, from, 5);
    b.style('bold', from, 1, from, 2);
  }

  r++;
  b.span(r, 1, LAST, L(S.doubleHighTitle));
  b.style('section', r, 1, r, LAST);
  r++;
  if (result.doubleHigh.length === 0) {
    b.span(r, 1, LAST, L(S.noDoubleHigh));
    b.style('muted', r, 1);
    r++;
  } else {
    for (const p of result.doubleHigh) {
      const e = p.incumbent?.engineer;
      put(r, 1, p.post.name);
      put(r, 2, p.post.department ?? e?.department ?? null);
      put(r, 3, e ? display(e) : null);
      b.style('cell', r, 1, r, 3);
      r++;
    }
  }

  const archived = writer.archive(ctx.archiveDate);
  if (archived.length > 0) {
    r++;
    b.span(r, 1, LAST, L(PLAN_TEXT.archiveTitle));
    b.style('section', r, 1, r, LAST);
    r++;
    [S.successor, S.post, PLAN_TEXT.archiveField, PLAN_TEXT.archiveContent, PLAN_TEXT.archiveDate].forEach((h, i) => b.set(r, ARCHIVE_COLS[i], L(h)));
    b.style('head', r, 1, r, LAST);
    r++;
    for (const e of archived) {
      b.set(r, KEY_COL, archiveKey(e, ARCHIVE_COLS));
      put(r, ARCHIVE_COLS[0], e.person);
      put(r, ARCHIVE_COLS[1], e.item);
      put(r, ARCHIVE_COLS[2], e.fieldLabel);
      put(r, ARCHIVE_COLS[3], e.content);
      b.set(r, ARCHIVE_COLS[4], e.date);
      b.style('wrap', r, 1, r, LAST);
      r++;
    }
  }

  return {
    role: 'succession',
    name: sheetName('succession', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(WIDTHS.length),
    columnWidths: [...WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: [],
    styles: b.styles(),
    merges: b.merges,
    validations: b.validations(),
    hiddenColumns: [KEY_COL],
    freeze: { rows: head + 1, cols: 2 },
    print: printSetup(lang, 'landscape', { repeatRows: `${head + 1}:${head + 1}`, margins: WIDE_MARGINS }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
