// 导师结对 / Mentoring (传帮带, DOMAIN.md, Mentoring; §五(二)1): the pairs with kind, reason and warnings, and
// per pair the lifecycle cells people fill (status, start date, agreement signed, mutual review, exit
// reason), kept across re-runs by mentee and mentor; the unpaired mentees with why; the eligible mentors
// with their load. Lifecycle cells of a pair that is gone go to the archive at the end.
import { PAIR_KIND_LABELS, pick } from '../../domain/catalogue';
import type { FollowUp, MentorPair } from '../../domain/followUpTypes';
import { compareIds, mentorCell } from '../../domain/mentoring';
import type { Engineer, ReviewResult, Text } from '../../domain/types';
import type { SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { FIELD_LABELS, MENTORING_TEXT, PAIR_STATUS, PLAN_TEXT, YES_NO } from './followText';
import { SHEET_FONT, printSetup } from './layout';
import { KEY_COL, PeopleWriter, archiveKey, type FieldSpec } from './people';
import type { FollowContext } from './plans';
import { boxWithLabel } from './sensitive';
import { sheetName } from './text';

const WIDTHS = [4, 16, 16, 12, 10, 30, 20, 10, 12, 10, 16, 14];
const LAST = WIDTHS.length - 1;
const ARCHIVE_COLS: [number, number, number, number, number] = [1, 2, 3, 4, 8];

export const PAIR_FIELDS: FieldSpec[] = [
  { field: 'pairStatus', col: 7, choices: PAIR_STATUS },
  { field: 'start', col: 8, date: true },
  { field: 'agreement', col: 9, choices: YES_NO },
  { field: 'mutualReview', col: 10 },
  { field: 'exitReason', col: 11 },
];

export function pairRowKey(pair: Pick<MentorPair, 'mentorId'>): string {
  return `pair:${pair.mentorId}`;
}

function display(e: Pick<Engineer, 'id' | 'name'> | undefined, id: string): string {
  return e ? `${e.name}(${e.id})` : id;
}

export function buildMentoringPlan(result: ReviewResult, fu: FollowUp, ctx: FollowContext): SheetPlan {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const byId = new Map(result.reviews.map((r, i) => [r.engineer.id, { review: r, follow: fu.engineers[i] }] as const));
  const b = new SheetBuilder(WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('suggested', { fontColor: '#C55A11', bold: true });
  b.defineStyle('warn', { fontColor: '#C00000' });
  const writer = new PeopleWriter(ctx.people, 'pair', lang, FIELD_LABELS);

  b.span(0, 1, LAST, L(MENTORING_TEXT.title));
  b.style('title', 0, 1);
  b.height(0, 24);
  b.span(1, 1, LAST, L(MENTORING_TEXT.note));
  b.style('muted', 1, 1);
  b.fit(1, 1, LAST, L(MENTORING_TEXT.note));

  const headRow = 2;
  [
    MENTORING_TEXT.mentor, MENTORING_TEXT.mentee, MENTORING_TEXT.menteeDept, MENTORING_TEXT.kind, MENTORING_TEXT.reason,
    MENTORING_TEXT.warnings, FIELD_LABELS.pairStatus, FIELD_LABELS.start, FIELD_LABELS.agreement, FIELD_LABELS.mutualReview,
    FIELD_LABELS.exitReason,
  ].forEach((h, i) => b.set(headRow, 1 + i, L(h)));
  b.style('head', headRow, 1, headRow, LAST);
  b.height(headRow, 30);

  const pairs = fu.mentoring.pairs
    .map((p, i) => ({ p, i }))
    .sort((x, y) => compareIds(x.p.mentorId, y.p.mentorId) || (x.p.kind === y.p.kind ? 0 : x.p.kind === 'existing' ? -1 : 1) || x.i - y.i)
    .map((x) => x.p);
  let r = headRow + 1;
  if (pairs.length === 0) {
    b.span(r, 1, LAST, L(MENTORING_TEXT.noPairs));
    b.style('muted', r, 1);
    r++;
  }
  const first = r;
  for (const p of pairs) {
    const mentee = byId.get(p.menteeId)?.review.engineer;
    const menteeText = display(mentee, p.menteeId);
    // The kind column says 建议; the mentor column names the mentor (an external one marked as such).
    const mentorText = mentorCell(p.kind === 'suggested' ? { ...p, kind: 'existing' } : p, lang);
    const sep = lang === 'zh-CN' ? '；' : '; ';
    const warnings = p.warnings.map(L).join(sep);
    b.set(r, 1, mentorText);
    b.set(r, 2, menteeText);
    b.set(r, 3, mentee?.department ?? null);
    b.set(r, 4, L(PAIR_KIND_LABELS[p.kind]));
    b.set(r, 5, L(p.reason));
    b.set(r, 6, warnings || null);
    writer.row(b, r, p.menteeId, pairRowKey(p), menteeText, `${L(MENTORING_TEXT.mentor)} ${mentorText}`, PAIR_FIELDS);
    b.list(lang === 'zh-CN' ? PAIR_STATUS.zh : PAIR_STATUS.en, r, 7);
    b.list(lang === 'zh-CN' ? YES_NO.zh : YES_NO.en, r, 9);
    if (p.kind === 'suggested') b.style('suggested', r, 4);
    if (warnings) b.style('warn', r, 6);
    b.fit(r, 5, 5, L(p.reason), 20, 1);
    b.fit(r, 6, 6, warnings, 20, 1);
    r++;
  }
  if (r > first && pairs.length > 0) {
    b.style('cell', first, 1, r - 1, 6);
    b.style('people', first, 7, r - 1, LAST);
  }

  /** A section title after a blank row; with nothing to list, a muted line says so and false is returned. */
  const section = (title: Text, none: Text, count: number): boolean => {
    r++;
    b.span(r, 1, LAST, L(title));
    b.style('section', r, 1, r, LAST);
    r++;
    if (count > 0) return true;
    b.span(r, 1, LAST, L(none));
    b.style('muted', r, 1);
    r++;
    return false;
  };

  // Unpaired mentees, with why.
  // "Every mentee has a mentor" only where there are mentees: with no pair at all, there were none.
  const noneUnpaired = pairs.length === 0 ? MENTORING_TEXT.noMentees : MENTORING_TEXT.noUnpaired;
  if (section(MENTORING_TEXT.unpairedTitle, noneUnpaired, fu.mentoring.unpaired.length)) {
    b.set(r, 1, L(MENTORING_TEXT.mentee));
    b.set(r, 2, L(MENTORING_TEXT.menteeDept));
    b.span(r, 3, 4, L(MENTORING_TEXT.box));
    b.span(r, 5, LAST, L(MENTORING_TEXT.why));
    b.style('head', r, 1, r, LAST);
    r++;
    const from = r;
    for (const u of fu.mentoring.unpaired) {
      const found = byId.get(u.menteeId);
      b.set(r, 1, display(found?.review.engineer, u.menteeId));
      b.set(r, 2, found?.review.engineer.department ?? null);
      b.span(r, 3, 4, found ? boxWithLabel(found.follow.finalBox, lang, settings) : null);
      b.span(r, 5, LAST, L(u.reason));
      b.fit(r, 5, LAST, L(u.reason));
      r++;
    }
    b.style('cell', from, 1, r - 1, LAST);
  }

  // Eligible mentors and their load.
  if (section(MENTORING_TEXT.loadTitle, MENTORING_TEXT.noMentors, fu.mentoring.mentorLoad.length)) {
    b.set(r, 1, L(MENTORING_TEXT.mentor));
    b.set(r, 2, L(MENTORING_TEXT.department));
    b.span(r, 3, 4, L(MENTORING_TEXT.load));
    b.style('head', r, 1, r, 4);
    r++;
    const from = r;
    for (const m of fu.mentoring.mentorLoad) {
      const e = byId.get(m.mentorId)?.review.engineer;
      b.set(r, 1, display(e, m.mentorId));
      b.set(r, 2, e?.department ?? null);
      b.span(r, 3, 4, `${m.mentees} / ${settings.mentorCapacity}`);
      r++;
    }
    b.style('cell', from, 1, r - 1, 4);
  }

  const archived = writer.archive(ctx.archiveDate);
  if (archived.length > 0) {
    r++;
    b.span(r, 1, LAST, L(PLAN_TEXT.archiveTitle));
    b.style('section', r, 1, r, LAST);
    r++;
    b.set(r, 1, L(MENTORING_TEXT.mentee));
    b.set(r, 2, L(PLAN_TEXT.archiveItem));
    b.set(r, 3, L(PLAN_TEXT.archiveField));
    b.span(r, 4, 7, L(PLAN_TEXT.archiveContent));
    b.set(r, 8, L(PLAN_TEXT.archiveDate));
    b.style('head', r, 1, r, 8);
    r++;
    const from = r;
    for (const e of archived) {
      b.set(r, KEY_COL, archiveKey(e, ARCHIVE_COLS));
      b.set(r, 1, e.person);
      b.set(r, 2, e.item);
      b.set(r, 3, e.fieldLabel);
      b.span(r, 4, 7, e.content);
      b.set(r, 8, e.date);
      b.fit(r, 4, 7, e.content);
      b.fit(r, 2, 2, e.item);
      r++;
    }
    b.style('cell', from, 1, r - 1, 8);
  }

  const formats = b.numberFormats();
  const dates = writer.dateCells.ranges('date');
  if (dates.length > 0) formats.push({ format: 'yyyy-mm-dd', ranges: dates });
  return {
    role: 'mentoring',
    name: sheetName('mentoring', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(WIDTHS.length),
    columnWidths: [...WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: formats,
    styles: b.styles(),
    merges: b.merges,
    validations: b.validations(),
    hiddenColumns: [KEY_COL],
    freeze: { rows: headRow + 1, cols: 0 },
    print: printSetup(lang, 'landscape', { repeatRows: `${headRow + 1}:${headRow + 1}` }),
    tabColor: '#ED7D31',
    font: SHEET_FONT,
  };
}
