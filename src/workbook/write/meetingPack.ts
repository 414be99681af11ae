// 会议材料-<部门> / Meeting pack: one printable sheet per department for the review meeting (盘点会议,
// §四(二)1(4)): its nine-box grid on the final boxes (calibrated engineers marked), the counts before and
// after calibration, the engineers whose box the meeting changed with the reasons, the 双高 list, the
// department's distribution check, the engineers to discuss and the department's key-position coverage and
// scarce demand (meetingLists.ts). Portrait A4, one page wide. Which engineers a pack covers and its name:
// meetingGroups.ts; its texts: meetingText.ts.
import { isCalibrated } from '../../domain/calibration';
import { LEVEL_LABELS, NOT_GIVEN_LABEL, PERF_LABELS, POT_LABELS, REFERENCE_LINE, YES_NO_LABELS, pick } from '../../domain/catalogue';
import { emptyCounts } from '../../domain/distribution';
import type { FollowUp } from '../../domain/followUpTypes';
import { fitText, flagText } from './checkText';
import { formatTopGaps } from '../../domain/gaps';
import type { Planning } from '../../domain/planning';
import type { Settings } from '../../domain/settings';
import { BOXES, type Box, type Lang, type ReviewResult, type Text } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { PlanValue, SheetPlan } from '../plan';
import { a1Range } from '../problems';
import { SheetBuilder } from './builder';
import { boxFill, displayNames, nameLines } from './grid';
import { MIN_PRINT_SCALE, PAGE_MARGINS, SHEET_FONT, heightOf, pageBodyHeight, printSetup, textWidth, widthScale } from './layout';
import { deptKey, meetingKey, type MeetingGroup } from './meetingGroups';
import { PACK_GAP, SECTION_HEIGHT } from './meetingLists';
import { writeDiscussion, writePlanningLines } from './meetingLists';
import { MEETING_TEXT } from './meetingText';
import { boxWithLabel, shownBoxLabel } from './sensitive';
import { CALIBRATION_TEXT, boxHeading, formatShare } from './text';

export { MEETING_TEXT } from './meetingText';
export { askedGroups, isAllDepartments, meetingGroups, meetingKey, meetingSheetName, type MeetingGroup } from './meetingGroups';

// Columns: A row labels and potential bands; B–J three columns per box; K totals.
const WIDTHS = [10, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8];
const LAST = WIDTHS.length - 1;
const BOX_COLS = 3;
const BOX_WIDTH = BOX_COLS * 9;
const BOX_ORDER: readonly Box[] = [...BOXES].reverse();
/** The notes box: rows and their least height in points. */
const NOTES_ROWS = 3;
const NOTES_MIN = 22;
/** The share of the page the pack fills with its notes box, leaving slack for row heights a renderer draws taller. */
const PAGE_FILL = 0.96;


function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k] ?? ''));
}

export interface MeetingContext {
  lang: Lang;
  settings: Settings;
  reviewDate: string;
  /** Pool decisions and unpaired mentees for the discussion list (computed from the result when absent). */
  followUp?: FollowUp;
  /** Key posts and the scarce catalogue: the department's coverage and headline (left out when absent). */
  planning?: Planning;
}

/**
 * What a person typed into a meeting pack's notes box (会议记录), found under the box's heading in either
 * language; undefined when the box is empty. A re-run writes it back into the new pack (the minutes).
 */
export function meetingNotesOf(grid: SheetGrid): PlanValue | undefined {
  const col = -grid.origin.col;
  if (col < 0) return undefined;
  const titles = new Set([MEETING_TEXT.notes.zh, MEETING_TEXT.notes.en]);
  const at = grid.texts.findIndex((row) => titles.has((row[col] ?? '').trim()));
  if (at < 0 || at + 1 >= grid.values.length) return undefined;
  const value = grid.values[at + 1][col];
  const text = grid.texts[at + 1][col] ?? '';
  if (value === null || text.trim() === '' || grid.errors[at + 1][col]) return undefined;
  return typeof value === 'string' ? value : text;
}

/** `notes`: the minutes typed into this pack's notes box before, kept (meetingNotesOf). */
export function buildMeetingPackPlan(
  result: ReviewResult,
  group: MeetingGroup,
  name: string,
  ctx: MeetingContext,
  notes?: PlanValue,
): SheetPlan {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const reviews = group.reviews;
  const deptLabel = group.department ?? L(NOT_GIVEN_LABEL);
  const b = new SheetBuilder(WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 16, fontColor: '#1F4E78', vAlign: 'middle' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('section', { bold: true, fontSize: 11, fill: '#DDEBF7', fontColor: '#1F4E78', border: 'thin', vAlign: 'middle' });
  b.defineStyle('head', { bold: true, fill: '#D9D9D9', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'top', wrap: true });
  b.defineStyle('num', { border: 'thin', hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('band', { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: 'thin', fill: '#F2F2F2' });
  b.defineStyle('axis', { bold: true, hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('legend', { italic: true, fontColor: '#7F6000' });
  b.defineStyle('up', { fontColor: '#1E7B34', bold: true });
  b.defineStyle('down', { fontColor: '#C00000', bold: true });
  b.defineStyle('flag', { fontColor: '#C00000', wrap: true });
  b.defineStyle('ok', { fontColor: '#1E7B34' });
  b.defineStyle('notes', { border: 'thin', fill: '#FFF9E5', vAlign: 'top', wrap: true });
  for (const box of BOXES) {
    const { fill: f, font } = boxFill(box, settings);
    b.defineStyle(`head-${box}`, { fill: f, fontColor: font, bold: true, border: 'thin', vAlign: 'middle', wrap: true });
    b.defineStyle(`names-${box}`, { fill: f, fontColor: font, border: 'thin', vAlign: 'top', wrap: true });
    b.defineStyle(`chip-${box}`, { fill: f, fontColor: font, bold: true, border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  }

  let r = 0;
  b.span(r, 0, LAST, `${L(MEETING_TEXT.title)} · ${deptLabel}`);
  b.style('title', r, 0);
  b.height(r, 26);
  r++;
  const sep = lang === 'zh-CN' ? '：' : ': ';
  b.span(r, 0, LAST, `${L(MEETING_TEXT.reviewDate)}${sep}${ctx.reviewDate} · ${L(MEETING_TEXT.people)}${sep}${reviews.length} · ${L(REFERENCE_LINE)}`);
  b.style('muted', r, 0);
  b.height(r, 18);
  r++;
  const gap = (): void => {
    b.height(r, PACK_GAP);
    r++;
  };
  gap();

  const section = (title: Text): void => {
    b.span(r, 0, LAST, L(title));
    b.style('section', r, 0, r, LAST);
    b.height(r, SECTION_HEIGHT);
    r++;
  };

  // 1. The grid on the final boxes.
  section(MEETING_TEXT.gridTitle);
  const shown = displayNames(result);
  const mark = L(CALIBRATION_TEXT.mark);
  const after = emptyCounts();
  const before = emptyCounts();
  const names = new Map<Box, string[]>(BOXES.map((x) => [x, []]));
  for (const rv of reviews) {
    after[rv.finalBox]++;
    before[rv.placement.box]++;
    const n = shown.get(rv.engineer.id) ?? rv.engineer.name;
    names.get(rv.finalBox)?.push(isCalibrated(rv) ? `${n}${mark}` : n);
  }
  const total = reviews.length;
  const pots = ['high', 'medium', 'low'] as const;
  pots.forEach((pot, potRow) => {
    const top = r;
    let lines = 1;
    const headings = [0, 1, 2].map((perf) => {
      const box = (3 * (2 - potRow) + perf + 1) as Box;
      return boxHeading(box, shownBoxLabel(box, lang, settings), after[box], formatShare(total === 0 ? 0 : (after[box] * 100) / total), lang);
    });
    // A heading wider than its box goes on two lines, label then count and share, in all three boxes of the band
    // (as on 九宫格): 'Rough diamond · 0 ·' over '0.0%' read badly. Bold Latin letters are about a fifth wider.
    const boldWidth = (h: string): number => textWidth(h) + 0.2 * [...h].filter((ch) => textWidth(ch) === 1).length;
    const split = headings.some((h) => boldWidth(h) > BOX_WIDTH);
    for (let perf = 0; perf < 3; perf++) {
      const box = (3 * (2 - potRow) + perf + 1) as Box;
      const c1 = 1 + perf * BOX_COLS;
      const heading = split ? headings[perf].replace(' · ', '\n') : headings[perf];
      b.span(top, c1, c1 + BOX_COLS - 1, heading);
      b.style(`head-${box}`, top, c1, top, c1 + BOX_COLS - 1);
      // Tall enough for a heading that wraps (English "4 Inconsistent · 4 · 30.8%"); bold is wider.
      b.fit(top, c1, c1 + BOX_COLS - 1, heading, 20, 1.2);
      const l = nameLines(names.get(box) ?? [], lang, BOX_WIDTH);
      lines = Math.max(lines, l.length);
      b.span(top + 1, c1, c1 + BOX_COLS - 1, l.length > 0 ? l.join('\n') : null);
      b.style(`names-${box}`, top + 1, c1, top + 1, c1 + BOX_COLS - 1);
    }
    b.set(top, 0, `${L(MEETING_TEXT.potential)}\n${L(POT_LABELS[pot])}`);
    b.merges.push(a1Range(top, 0, top + 1, 0));
    b.style('band', top, 0, top + 1, 0);
    b.height(top + 1, Math.max(32, lines * 15 + 6));
    r += 2;
  });
  (['needs', 'qualified', 'excellent'] as const).forEach((perf, i) => {
    const c1 = 1 + i * BOX_COLS;
    b.span(r, c1, c1 + BOX_COLS - 1, L(PERF_LABELS[perf]));
    b.style('band', r, c1, r, c1 + BOX_COLS - 1);
  });
  r++;
  b.span(r, 1, BOX_COLS * 3, L(MEETING_TEXT.performanceAxis));
  b.style('axis', r, 1);
  r++;
  if (reviews.some(isCalibrated)) {
    b.span(r, 1, LAST, L(CALIBRATION_TEXT.legend));
    b.style('legend', r, 1);
    r++;
  }
  gap();

  // 2. The meeting's calibration: where nobody in the department moved, one line (the grid above is both the
  // before and the after); else the counts before and after, boxes 9 to 1 left to right, and who moved and why.
  section(MEETING_TEXT.calibrationTitle);
  const changed = reviews.filter(isCalibrated);
  if (changed.length === 0) {
    b.span(r, 0, LAST, L(MEETING_TEXT.noneChanged));
    b.style('muted', r, 0);
    r++;
  } else {
    b.set(r, 0, null);
    b.style('head', r, 0);
    BOX_ORDER.forEach((box, i) => {
      // The label under its number where each of its words fits the narrow column (the grid above names every
      // box): an English "Inconsistent" would otherwise break mid-word.
      const label = shownBoxLabel(box, lang, settings);
      // (Chinese wraps between any two characters: only runs of Latin letters count as words; bold is wider.)
      const words = label.match(/[^\s\u3000-\u9fff\uff00-\uffef]+/gu) ?? [];
      const fits = words.every((w) => textWidth(w) * 1.25 <= (WIDTHS[1 + i] ?? 9) - 1);
      const text = label === '' || !fits ? String(box) : `${box}\n${label}`;
      b.set(r, 1 + i, text);
      b.style(`chip-${box}`, r, 1 + i);
      b.fit(r, 1 + i, 1 + i, text, 34);
    });
    b.set(r, LAST, L(MEETING_TEXT.total));
    b.style('head', r, LAST);
    r++;
    const countsFrom = r;
    const countRow = (label: Text, counts: Record<Box, number>): void => {
      b.set(r, 0, L(label));
      BOX_ORDER.forEach((box, i) => b.set(r, 1 + i, counts[box]));
      b.set(r, LAST, total);
      r++;
    };
    countRow(MEETING_TEXT.before, before);
    countRow(MEETING_TEXT.after, after);
    b.set(r, 0, L(MEETING_TEXT.change));
    BOX_ORDER.forEach((box, i) => {
      const d = after[box] - before[box];
      b.set(r, 1 + i, d === 0 ? '—' : d > 0 ? `+${d}` : `−${-d}`);
      if (d > 0) b.style('up', r, 1 + i);
      if (d < 0) b.style('down', r, 1 + i);
    });
    b.set(r, LAST, '—');
    r++;
    b.style('band', countsFrom, 0, r - 1, 0);
    b.style('num', countsFrom, 1, r - 1, LAST);
    b.height(r, PACK_GAP / 2);
    r++;

    // Columns: name A–B, from C–D, to E–F (two columns, so an English box label breaks between words), reason
    // G–I, who and when J–K.
    b.span(r, 0, 1, L(MEETING_TEXT.name));
    b.span(r, 2, 3, L(MEETING_TEXT.from));
    b.span(r, 4, 5, L(MEETING_TEXT.to));
    b.span(r, 6, 8, L(MEETING_TEXT.reason));
    b.span(r, 9, LAST, L(MEETING_TEXT.decided));
    b.style('head', r, 0, r, LAST);
    b.height(r, 22);
    r++;
    for (const rv of changed) {
      const c = rv.calibration;
      const from = boxWithLabel(rv.placement.box, lang, settings);
      const to = boxWithLabel(rv.finalBox, lang, settings);
      b.span(r, 0, 1, `${rv.engineer.name}（${rv.engineer.id}）`);
      b.span(r, 2, 3, from);
      b.span(r, 4, 5, to);
      b.style(`chip-${rv.placement.box}`, r, 2, r, 3);
      b.style(`chip-${rv.finalBox}`, r, 4, r, 5);
      b.span(r, 6, 8, c?.reason ?? '');
      const who = [c?.decidedBy ?? '', c?.time ?? ''].filter((s) => s !== '').join('\n');
      b.span(r, 9, LAST, who);
      b.style('cell', r, 0, r, 1);
      b.style('cell', r, 6, r, LAST);
      // As tall as the tallest of the reason, who and when ('王总' over '2026-12-05 10:00'), and the bold chips.
      b.fit(r, 6, 8, c?.reason ?? '', 36);
      b.fit(r, 9, LAST, who, 36);
      b.fit(r, 2, 3, from, 36, 1.2);
      b.fit(r, 4, 5, to, 36, 1.2);
      r++;
    }
  }
  gap();

  // 3. 双高: final box 9.
  section(MEETING_TEXT.doubleHighTitle);
  const doubleHigh = reviews.filter((rv) => rv.finalBox === 9);
  if (doubleHigh.length === 0) {
    b.span(r, 0, LAST, L(MEETING_TEXT.noneDoubleHigh));
    b.style('muted', r, 0);
    r++;
  } else {
    b.span(r, 0, 1, L(MEETING_TEXT.name));
    b.span(r, 2, 3, L(MEETING_TEXT.position));
    b.span(r, 4, 5, L(MEETING_TEXT.level));
    b.set(r, 6, L(MEETING_TEXT.keyPosition));
    b.span(r, 7, LAST, L(MEETING_TEXT.topGaps));
    b.style('head', r, 0, r, LAST);
    b.height(r, 22);
    r++;
    const from = r;
    for (const rv of doubleHigh) {
      const e = rv.engineer;
      const gaps = formatTopGaps(rv.topGaps, lang);
      b.span(r, 0, 1, `${e.name}${isCalibrated(rv) ? mark : ''}（${e.id}）`);
      b.span(r, 2, 3, e.position ?? null);
      b.span(r, 4, 5, e.level ? L(LEVEL_LABELS[e.level]) : null);
      b.set(r, 6, e.keyPosition === undefined ? null : L(e.keyPosition ? YES_NO_LABELS.yes : YES_NO_LABELS.no));
      b.span(r, 7, LAST, gaps === '' ? '—' : gaps);
      b.fit(r, 7, LAST, gaps);
      r++;
    }
    b.style('cell', from, 0, r - 1, LAST);
    b.style('num', from, 4, r - 1, 6);
  }
  gap();

  // 4. The department's distribution check on the final boxes.
  section(MEETING_TEXT.checkTitle);
  const g = group.department === undefined
    ? undefined
    : result.distribution.find((x) => x.groupKind === 'department' && deptKey(x.group) === deptKey(group.department));
  if (!g || !g.checked) {
    b.span(r, 0, LAST, fill(L(MEETING_TEXT.checkSmall), { n: settings.minimumGroup }));
    b.style('muted', r, 0);
    r++;
  } else if (g.flags.length === 0) {
    b.span(r, 0, LAST, L(MEETING_TEXT.checkOk));
    b.style('ok', r, 0);
    r++;
  } else {
    for (const f of g.flags) {
      b.span(r, 0, LAST, `⚠ ${flagText(f, g.total, lang, settings)}`);
      b.style('flag', r, 0);
      r++;
    }
    if (g.fit) {
      b.span(r, 0, LAST, `${lang === 'zh-CN' ? '整体' : 'Overall'} ${fitText(g.fit, lang)}`);
      b.style('muted', r, 0);
      r++;
    }
  }
  gap();

  // 5. Who the meeting must talk about, and why; 6. the department's key posts and scarce demand.
  const listsFrom = r;
  r = writeDiscussion(b, r, result, group, ctx, LAST);
  if (ctx.planning) r = writePlanningLines(b, r, ctx.planning, group, lang, LAST);

  // Room for the minutes, written by hand on the printout or typed into the box (kept by a re-run): at least
  // three rows, grown to fill the rest of the page it prints on.
  b.span(r, 0, LAST, L(MEETING_TEXT.notes));
  b.style('section', r, 0, r, LAST);
  b.height(r, SECTION_HEIGHT);
  r++;
  // The page holds body / scale points of rows: the scale is the width's (fit to one page wide) unless the
  // height needs less, and never under MIN_PRINT_SCALE.
  const body = pageBodyHeight('portrait', PAGE_MARGINS);
  const onePage = heightOf(b.rowHeights, 0, r) + NOTES_ROWS * NOTES_MIN <= body / MIN_PRINT_SCALE;
  const room = (PAGE_FILL * body) / widthScale(WIDTHS, 'portrait', PAGE_MARGINS) - heightOf(b.rowHeights, onePage ? 0 : listsFrom, r);
  const noteRow = Math.max(NOTES_MIN, Math.floor(room / NOTES_ROWS));
  b.set(r, 0, notes ?? null);
  b.merges.push(a1Range(r, 0, r + NOTES_ROWS - 1, LAST));
  b.style('notes', r, 0, r + NOTES_ROWS - 1, LAST);
  for (let i = 0; i < NOTES_ROWS; i++) b.height(r + i, noteRow);
  r += NOTES_ROWS;

  return {
    role: 'meetingPack',
    key: meetingKey(group.department),
    name,
    lang,
    visibility: 'visible',
    values: b.rectangle(WIDTHS.length),
    columnWidths: [...WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: b.numberFormats(),
    styles: b.styles(),
    merges: b.merges,
    // One page per department (DOMAIN.md, Printing) where a shrink to 80 % does it (10-pt text at 8 pt or more);
    // a longer pack prints the grid and the checks on the first page and the lists and minutes on the second.
    print: printSetup(lang, 'portrait', onePage ? { fitToHeight: 1 } : { rowBreaks: [listsFrom] }),
    tabColor: '#7F6000',
    font: SHEET_FONT,
  };
}
