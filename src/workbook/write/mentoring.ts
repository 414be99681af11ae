// 导师结对 / Mentoring (传帮带, DOMAIN.md, Mentoring; §五(二)1): counts by status, then the pairs with kind,
// reason and warnings, and per pair the lifecycle cells people fill in the seed's steps (结对方式, 状态,
// 协议签订日期, 培养目标 prefilled from the top gaps, 学习期限, 总结互评, 考核结果, 退出原因, with drop-downs),
// kept across re-runs by mentee and mentor, and a flag for a pair past its learning period without 考核结果; the unpaired mentees with why; the eligible mentors
// with their load. Lifecycle cells of a pair that is gone go to the archive at the end.
import { PAIR_KIND_LABELS, pick } from '../../domain/catalogue';
import type { FollowUp, MentorPair } from '../../domain/followUpTypes';
import { compareIds, mentorCell } from '../../domain/mentoring';
import type { Engineer, Lang, ReviewResult, Text } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { a1Range } from '../problems';
import { FIELD_LABELS, MENTORING_TEXT, PAIR_ASSESSMENT, PAIR_EXIT, PAIR_MODE, PAIR_STATUS, PLAN_TEXT } from './followText';
import { addMonths } from '../../domain/plan';
import { serialToIsoDate } from '../../domain/settingsKeys';
import { SHEET_FONT, WIDE_MARGINS, printSetup } from './layout';
import { KEY_COL, PeopleWriter, archiveKey, type FieldSpec } from './people';
import type { FollowContext } from './plans';
import { boxWithLabel } from './sensitive';
import { sheetName } from './text';

// Columns: A key; B mentor; C mentee; D department; E kind; F reason; G warnings; then the lifecycle cells
// H 结对方式, I 状态, J 协议签订日期, K 培养目标, L 学习期限（月）, M 总结互评, N 考核结果, O 退出原因; P 逾期.
// Widths by language, B to P adding up to the same 176 (the page's scale prints 10-pt text at 8 pt): an English
// column is at least as wide as the longest word of its header (bold) and of its values, as printed where the
// sheet font is missing (DejaVu Sans: about 1.05 a Latin letter, 1.2 bold); names wrap onto two lines instead.
export const MENTORING_WIDTHS: Record<Lang, readonly number[]> = {
  'zh-CN': [4, 14, 14, 11, 8, 20, 16, 9, 9, 12, 16, 8, 13, 8, 12, 6],
  'en-US': [4, 10, 10, 11, 12, 20, 16, 9, 11, 12, 16, 11, 9, 10, 13, 6],
};
const LAST = MENTORING_WIDTHS['zh-CN'].length - 1;
const OVERDUE = LAST;
// The sections under the pairs span columns so that a 姓名(工号), a box with its label and a reason each print on one line.
const NAME: [number, number] = [1, 2];
const DEPT = 3;
const BOX: [number, number] = [4, 5];
const WHY: [number, number] = [6, LAST];
// The mentors' load: mentor B–C, department D–E (an English "Department" is wider than D), load F.
const LOAD_DEPT: [number, number] = [3, 4];
const LOAD = 5;
// The archive: person B–C, item D–E, field F, content G–M, date N–O.
const ARCHIVE_COLS: [number, number, number, number, number] = [1, 3, 5, 6, 13];
const ARCHIVE_ENDS = [2, 4, 5, 12, 14];

export const PAIR_FIELDS: FieldSpec[] = [
  { field: 'mode', col: 7, choices: PAIR_MODE },
  { field: 'pairStatus', col: 8, choices: PAIR_STATUS },
  { field: 'start', col: 9, date: true },
  { field: 'goal', col: 10 },
  { field: 'period', col: 11 },
  { field: 'mutualReview', col: 12 },
  { field: 'assessment', col: 13, choices: PAIR_ASSESSMENT },
  { field: 'exitReason', col: 14, choices: PAIR_EXIT },
];

/** A pair is overdue when 协议签订日期 + 学习期限 falls before the review date and it has no 考核结果. */
function overdue(start: PlanValue, months: PlanValue, assessment: PlanValue, reviewDate: string, fallback: number): boolean {
  const assessed = typeof assessment === 'string' ? assessment.trim() !== '' : assessment !== null;
  if (typeof start !== 'number' || assessed) return false;
  const m = typeof months === 'number' && months > 0 ? months : Number.parseFloat(String(months ?? '')) || fallback;
  const end = addMonths(serialToIsoDate(start) ?? '', Math.round(m));
  return end !== undefined && end < reviewDate;
}

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
  const widths = MENTORING_WIDTHS[lang];
  // Bold Latin letters print wider (DejaVu Sans Bold: about 1.2 a letter); bold CJK does not.
  const BOLD = lang === 'en-US' ? 1.2 : 1;
  const b = new SheetBuilder(widths);
  /** A value over columns c1..c2, its row tall enough for the value wrapped there. */
  const put = (r: number, c1: number, c2: number, v: PlanValue, factor = 1): void => {
    b.span(r, c1, c2, v);
    b.fit(r, c1, c2, v, 15, factor);
  };
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('suggested', { fontColor: '#C55A11', bold: true });
  b.defineStyle('warn', { fontColor: '#C00000' });
  b.defineStyle('counts', { bold: true, fontColor: '#1F4E78' });
  const writer = new PeopleWriter(ctx.people, 'pair', lang, FIELD_LABELS);

  b.set(0, 1, L(MENTORING_TEXT.title));
  b.style('title', 0, 1);
  b.height(0, 24);
  b.span(1, 1, LAST, L(MENTORING_TEXT.note));
  b.style('muted', 1, 1);
  b.fit(1, 1, LAST, L(MENTORING_TEXT.note));

  const countsRow = 2;
  const headRow = 3;
  [
    MENTORING_TEXT.mentor, MENTORING_TEXT.mentee, MENTORING_TEXT.menteeDept, MENTORING_TEXT.kind, MENTORING_TEXT.reason,
    MENTORING_TEXT.warnings, FIELD_LABELS.mode, FIELD_LABELS.pairStatus, FIELD_LABELS.start, FIELD_LABELS.goal, FIELD_LABELS.period,
    FIELD_LABELS.mutualReview, FIELD_LABELS.assessment, FIELD_LABELS.exitReason, MENTORING_TEXT.overdue,
  ].forEach((h, i) => put(headRow, 1 + i, 1 + i, L(h), BOLD));
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
  let overdueCount = 0;
  const statusCounts = new Map<string, number>();
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
    const fields = PAIR_FIELDS.map((f) =>
      f.field === 'goal'
        ? { ...f, initial: p.goal ? L(p.goal) : null }
        : f.field === 'period'
          ? { ...f, initial: settings.mentoringMonths }
          : f.field === 'pairStatus' && p.kind === 'suggested'
            ? { ...f, initial: L({ zh: PAIR_STATUS.zh[0], en: PAIR_STATUS.en[0] }) }
            : f,
    );
    writer.row(b, r, p.menteeId, pairRowKey(p), menteeText, `${L(MENTORING_TEXT.mentor)} ${mentorText}`, fields);
    const zh = lang === 'zh-CN';
    b.list(zh ? PAIR_MODE.zh : PAIR_MODE.en, r, 7);
    b.list(zh ? PAIR_STATUS.zh : PAIR_STATUS.en, r, 8);
    b.list(zh ? PAIR_ASSESSMENT.zh : PAIR_ASSESSMENT.en, r, 13);
    b.list(zh ? PAIR_EXIT.zh : PAIR_EXIT.en, r, 14);
    const row = b.values[r];
    const late = overdue(row[9] ?? null, row[11] ?? null, row[13] ?? null, ctx.reviewDate, settings.mentoringMonths);
    b.set(r, OVERDUE, late ? '⚠' : null);
    if (late) {
      b.style('warn', r, OVERDUE);
      overdueCount++;
    }
    const status = row[8];
    const statusKey = typeof status === 'string' && status.trim() !== '' ? status.trim() : L(MENTORING_TEXT.noStatus);
    statusCounts.set(statusKey, (statusCounts.get(statusKey) ?? 0) + 1);
    // What people typed is kept on a re-run: the row grows with it, as with the goals the product prefills.
    for (const f of PAIR_FIELDS) b.fit(r, f.col, f.col, row[f.col] ?? '', 20, 1);
    if (p.kind === 'suggested') b.style('suggested', r, 4);
    if (warnings) b.style('warn', r, 6);
    b.fit(r, 5, 5, L(p.reason), 20, 1);
    b.fit(r, 6, 6, warnings, 20, 1);
    // Names, department and kind wrap too; a short reason must not leave them cut.
    [1, 2, 3].forEach((c) => b.fit(r, c, c, row[c] ?? '', 20, 1));
    b.fit(r, 4, 4, row[4] ?? '', 20, p.kind === 'suggested' ? BOLD : 1.05);
    r++;
  }
  if (r > first && pairs.length > 0) {
    b.style('cell', first, 1, r - 1, 6);
    b.style('people', first, 7, r - 1, LAST - 1);
    b.style('cell', first, OVERDUE, r - 1, OVERDUE);
  }
  // Counts by status head the sheet, in the drop-down's order, then the overdue pairs.
  const order: readonly string[] = lang === 'zh-CN' ? PAIR_STATUS.zh : PAIR_STATUS.en;
  const counted = [...statusCounts].sort(([a], [c]) => (order.indexOf(a) + 99) % 99 - (order.indexOf(c) + 99) % 99);
  const sep = lang === 'zh-CN' ? '：' : ': ';
  b.set(countsRow, 1, `${L(MENTORING_TEXT.counts)}${sep}${[...counted.map(([k, n]) => `${k} ${n}`), `${L(MENTORING_TEXT.overdueCount)} ${overdueCount}`].join(' · ')}`);
  b.style('counts', countsRow, 1);

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
    put(r, ...NAME, L(MENTORING_TEXT.mentee), BOLD);
    put(r, DEPT, DEPT, L(MENTORING_TEXT.menteeDept), BOLD);
    put(r, ...BOX, L(MENTORING_TEXT.box), BOLD);
    put(r, ...WHY, L(MENTORING_TEXT.why), BOLD);
    b.style('head', r, 1, r, LAST);
    r++;
    const from = r;
    for (const u of fu.mentoring.unpaired) {
      const found = byId.get(u.menteeId);
      put(r, ...NAME, display(found?.review.engineer, u.menteeId));
      put(r, DEPT, DEPT, found?.review.engineer.department ?? null);
      put(r, ...BOX, found ? boxWithLabel(found.follow.finalBox, lang, settings) : null);
      put(r, ...WHY, L(u.reason));
      r++;
    }
    b.style('cell', from, 1, r - 1, LAST);
  }

  // Eligible mentors and their load.
  if (section(MENTORING_TEXT.loadTitle, MENTORING_TEXT.noMentors, fu.mentoring.mentorLoad.length)) {
    put(r, ...NAME, L(MENTORING_TEXT.mentor), BOLD);
    put(r, ...LOAD_DEPT, L(MENTORING_TEXT.department), BOLD);
    put(r, LOAD, LOAD, L(MENTORING_TEXT.load), BOLD);
    b.style('head', r, 1, r, LOAD);
    r++;
    const from = r;
    for (const m of fu.mentoring.mentorLoad) {
      const e = byId.get(m.mentorId)?.review.engineer;
      put(r, ...NAME, display(e, m.mentorId));
      put(r, ...LOAD_DEPT, e?.department ?? null);
      put(r, LOAD, LOAD, `${m.mentees} / ${settings.mentorCapacity}`);
      r++;
    }
    b.style('cell', from, 1, r - 1, LOAD);
  }

  const archived = writer.archive(ctx.archiveDate);
  if (archived.length > 0) {
    r++;
    b.span(r, 1, LAST, L(PLAN_TEXT.archiveTitle));
    b.style('section', r, 1, r, LAST);
    r++;
    [MENTORING_TEXT.mentee, PLAN_TEXT.archiveItem, PLAN_TEXT.archiveField, PLAN_TEXT.archiveContent, PLAN_TEXT.archiveDate]
      .forEach((h, i) => put(r, ARCHIVE_COLS[i], ARCHIVE_ENDS[i], L(h), BOLD));
    b.style('head', r, 1, r, ARCHIVE_ENDS[4]);
    r++;
    const from = r;
    for (const e of archived) {
      b.set(r, KEY_COL, archiveKey(e, ARCHIVE_COLS));
      [e.person, e.item, e.fieldLabel, e.content, e.date].forEach((v, i) => put(r, ARCHIVE_COLS[i], ARCHIVE_ENDS[i], v));
      r++;
    }
    b.style('cell', from, 1, r - 1, ARCHIVE_ENDS[4]);
  }

  const formats = b.numberFormats();
  const dates = writer.dateCells.ranges('date');
  if (dates.length > 0) formats.push({ format: 'yyyy-mm-dd', ranges: dates });
  return {
    role: 'mentoring',
    name: sheetName('mentoring', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(widths.length),
    columnWidths: [...widths],
    rowHeights: b.rowHeights,
    numberFormats: formats,
    styles: b.styles(),
    merges: b.merges,
    validations: b.validations(),
    // The pairs are a table with a filter; the hidden key column beside it stays outside.
    ...(pairs.length > 0 ? { table: { name: 'Mentoring', range: a1Range(headRow, 1, first + pairs.length - 1, LAST), style: 'TableStyleLight1' } } : {}),
    hiddenColumns: [KEY_COL],
    freeze: { rows: headRow + 1, cols: 0 },
    print: printSetup(lang, 'landscape', { repeatRows: `${headRow + 1}:${headRow + 1}`, margins: WIDE_MARGINS }),
    tabColor: '#ED7D31',
    font: SHEET_FONT,
  };
}
