// 盘点汇总 / Summary (DOMAIN.md, Output sheets): counts by final box × department, category and level; the
// pyramid 塔尖/塔身/塔基; 双高 in key positions; flight risk 高 in boxes 9, 8, 6 (left out when the handouts
// hide sensitive information); the distribution and manager checks with their flags; and the sign-off cells
// of the first responsible (第一责任人) and the company head (一把手), kept across re-runs.
import { MOVEMENT_LABELS, pick } from '../../domain/catalogue';
import type { MovementMatrix } from '../../domain/movement';
import type { CountRow, EngineerRef, FollowUp } from '../../domain/followUpTypes';
import { BOXES, type Text } from '../../domain/types';
import type { SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { FIELD_LABELS, SUMMARY_TEXT, fill } from './followText';
import { boxFill } from './grid';
import { PAGE_MARGINS, SHEET_FONT, printSetup } from './layout';
import { KEY_COL, PeopleWriter, type FieldSpec } from './people';
import type { FollowContext } from './plans';
import type { Planning } from '../../domain/planning';
import { HEADLINE_TEXT, planningHeadline } from './planningText';
import { boxWithLabel, shownBoxLabel } from './sensitive';
import { formatShare, sheetName } from './text';
import type { ResultsTotals } from '../../domain/achievements';
import { writeResultsBlock } from './summaryResults';
import { BOX_ORDER, LINE, boxColumns, fitRow, itemLines, headerHeight, keepSectionsTogether, writeChecks } from './summaryLayout';

/** Hidden key column, names and labels, the nine boxes best first (widths by their labels), the total. */
const LAST = 11;
/** A blank row between sections: enough to set them apart, little enough to keep the first page whole. */
const GAP = 8;

export const SIGNOFF_FIELDS: FieldSpec[] = [
  { field: 'name', col: 3 },
  { field: 'date', col: 7, date: true },
];
export const SIGNOFF_ROWS = ['signoff:first', 'signoff:head'] as const;

/** Before the boxes' labels when the count tables' headers show the numbers only. */
const BOX_LEGEND: Text = { zh: '九宫格：', en: 'Boxes: ' };

const MOVEMENT_TEXT = {
  title: { zh: '上期 × 本期九宫格（人员变动）', en: 'Previous × current box (movement)' },
  corner: { zh: '上期 ＼ 本期', en: 'Previous \\ current' },
  noPrevious: { zh: '无上期', en: 'No previous box' },
  note: {
    zh: '按绩效与潜力指数之和：升高为上升，降低为下降，同格为持平，和不变而换格为平移；本期为校准后九宫格。',
    en: 'By the sum of the performance and potential indexes: higher is Up, lower is Down, the same box is Same, the same sum in another box is Lateral; current is the calibrated box.',
  },
} satisfies Record<string, Text>;

/**
 * `movement`: the previous × current matrix, when previous boxes are known (上期九宫格 or --previous);
 * `results`: the results totals, when the roster has results counts.
 */
export function buildSummaryPlan(
  fu: FollowUp,
  ctx: FollowContext,
  movement?: MovementMatrix,
  results?: ResultsTotals,
  planning?: Planning,
): SheetPlan {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const s = fu.summary;
  const columns = boxColumns(lang, settings);
  const WIDTHS = columns.widths;
  const b = new SheetBuilder(WIDTHS);
  const fit = (row: number, c1: number, c2: number, text: string | null, bold = false): void => fitRow(b, WIDTHS, row, c1, c2, text, bold);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true });
  b.defineStyle('text', { wrap: true, vAlign: 'top' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#D9D9D9', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('num', { border: 'thin', hAlign: 'center', vAlign: 'middle' });
  b.defineStyle('total', { bold: true, fill: '#F2F2F2' });
  b.defineStyle('flag', { fontColor: '#C00000' });
  b.defineStyle('ok', { fontColor: '#1E7B34' });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle' });
  b.defineStyle('label', { bold: true, fill: '#F2F2F2', border: 'thin', vAlign: 'middle' });
  b.defineStyle('same', { fill: '#EDEDED', bold: true });
  for (const box of BOXES) {
    const { fill: f, font } = boxFill(box, settings);
    b.defineStyle(`box-${box}`, { fill: f, fontColor: font, bold: true, border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  }
  let r = 0;
  b.span(r, 1, LAST, L(SUMMARY_TEXT.title));
  b.style('title', r, 1);
  b.height(r, 24);
  r++;
  b.span(r, 1, LAST, `${L(SUMMARY_TEXT.reviewDate)} ${ctx.reviewDate} · ${L(SUMMARY_TEXT.total)} ${s.total}`);
  b.style('muted', r, 1);
  b.height(r, LINE);
  r++;
  // The box labels do not fit the count tables' headers without breaking a word (English at 10 pt): the
  // headers show the numbers and this line the labels.
  if (!columns.labelled && BOX_ORDER.some((box) => shownBoxLabel(box, lang, settings) !== '')) {
    const legend = itemLines([L(BOX_LEGEND) + boxWithLabel(9, lang, settings), ...BOX_ORDER.slice(1).map((box) => boxWithLabel(box, lang, settings))], WIDTHS.slice(1).reduce((a, w) => a + w, 0));
    b.span(r, 1, LAST, legend);
    b.style('muted', r, 1);
    fit(r, 1, LAST, legend);
    r++;
  }
  const gap = (): void => {
    b.height(r, GAP);
    r++;
  };
  gap();

  const sections: number[] = [];
  const section = (title: Text): void => {
    sections.push(r);
    b.span(r, 1, LAST, L(title));
    b.style('section', r, 1, r, LAST);
    b.height(r, 20);
    r++;
  };
  /** A row of text over the whole width, as tall as its lines. */
  const line = (text: string, style?: string): void => {
    b.span(r, 1, LAST, text);
    if (style) b.style(style, r, 1);
    fit(r, 1, LAST, text);
    r++;
  };

  /** A section whose table has the nine boxes as columns (coloured) and a total column. */
  const boxTable = (title: Text, corner: Text): void => {
    section(title);
    b.set(r, 1, L(corner));
    b.style('head', r, 1);
    BOX_ORDER.forEach((box, i) => {
      const label = columns.labelled ? shownBoxLabel(box, lang, settings) : '';
      b.set(r, 2 + i, label === '' ? String(box) : `${box}\n${label}`);
      b.style(`box-${box}`, r, 2 + i);
    });
    b.set(r, LAST, L(SUMMARY_TEXT.sum));
    b.style('head', r, LAST);
    b.fit(r, 1, 1, L(corner), headerHeight(lang, settings, columns), 1.2);
    r++;
  };

  const countTable = (title: Text, first: Text, rows: readonly CountRow[]): void => {
    boxTable(title, first);
    const from = r;
    for (const row of rows) {
      b.set(r, 1, L(row.label));
      BOX_ORDER.forEach((box, i) => b.set(r, 2 + i, row.counts[box]));
      b.set(r, LAST, row.total);
      fit(r, 1, 1, L(row.label));
      r++;
    }
    b.set(r, 1, L(SUMMARY_TEXT.sum));
    BOX_ORDER.forEach((box, i) => b.set(r, 2 + i, s.counts[box]));
    b.set(r, LAST, s.total);
    b.style('total', r, 1, r, LAST);
    b.height(r, LINE);
    r++;
    b.style('cell', from, 1, r - 1, 1);
    b.style('num', from, 2, r - 1, LAST);
    gap();
  };
  countTable(SUMMARY_TEXT.byDepartment, SUMMARY_TEXT.department, s.byDepartment);
  countTable(SUMMARY_TEXT.byCategory, SUMMARY_TEXT.category, s.byCategory);
  countTable(SUMMARY_TEXT.byLevel, SUMMARY_TEXT.level, s.byLevel);

  // The pyramid: tier, count, share, and how many of each tier sit in boxes 9, 8, 6.
  section(SUMMARY_TEXT.pyramidTitle);
  b.set(r, 1, L(SUMMARY_TEXT.tier));
  b.span(r, 2, 3, L(SUMMARY_TEXT.count));
  b.span(r, 4, 5, L(SUMMARY_TEXT.share));
  b.span(r, 6, 9, L(SUMMARY_TEXT.keyBoxes));
  b.style('head', r, 1, r, 9);
  fit(r, 6, 9, L(SUMMARY_TEXT.keyBoxes), true);
  r++;
  const pyramidFrom = r;
  for (const p of s.pyramid) {
    b.set(r, 1, L(p.label));
    b.span(r, 2, 3, p.count);
    b.span(r, 4, 5, formatShare(p.share));
    b.span(r, 6, 9, `${p.keyBoxes[9]} / ${p.keyBoxes[8]} / ${p.keyBoxes[6]}`);
    fit(r, 1, 1, L(p.label));
    r++;
  }
  b.style('cell', pyramidFrom, 1, r - 1, 1);
  b.style('num', pyramidFrom, 2, r - 1, 9);
  if (s.pyramidNotGiven > 0) line(`${L(SUMMARY_TEXT.pyramidNotGiven)} ${s.pyramidNotGiven}`, 'muted');
  gap();

  if (movement) {
    boxTable(MOVEMENT_TEXT.title, MOVEMENT_TEXT.corner);
    const from = r;
    for (const prev of BOX_ORDER) {
      b.set(r, 1, boxWithLabel(prev, lang, settings));
      fit(r, 1, 1, boxWithLabel(prev, lang, settings));
      let rowTotal = 0;
      BOX_ORDER.forEach((cur, i) => {
        const n = movement.cells[prev][cur];
        rowTotal += n;
        b.set(r, 2 + i, n);
        if (cur === prev) b.style('same', r, 2 + i);
      });
      b.set(r, LAST, rowTotal);
      r++;
    }
    b.set(r, 1, L(SUMMARY_TEXT.sum));
    BOX_ORDER.forEach((cur, i) => b.set(r, 2 + i, BOX_ORDER.reduce((n, prev) => n + movement.cells[prev][cur], 0)));
    b.set(r, LAST, movement.total);
    b.style('total', r, 1, r, LAST);
    b.height(r, LINE);
    r++;
    b.style('cell', from, 1, r - 1, 1);
    b.style('num', from, 2, r - 1, LAST);
    const counts = (['up', 'same', 'lateral', 'down'] as const).map((m) => `${L(MOVEMENT_LABELS[m])} ${movement.byMovement[m]}`);
    counts.push(`${L(MOVEMENT_TEXT.noPrevious)} ${movement.noPrevious}`);
    line(counts.join(' · '), 'text');
    line(L(MOVEMENT_TEXT.note), 'muted');
    gap();
  }

  const people = (title: Text, refs: readonly EngineerRef[], withBox: boolean, note?: string): void => {
    section(title);
    if (refs.length === 0) {
      line(L(SUMMARY_TEXT.none), 'muted');
    } else {
      const positionTo = withBox ? 8 : LAST;
      b.set(r, 1, L(SUMMARY_TEXT.name));
      b.span(r, 2, 5, L(SUMMARY_TEXT.department));
      b.span(r, 6, positionTo, L(SUMMARY_TEXT.position));
      if (withBox) b.span(r, 9, LAST, L(SUMMARY_TEXT.box));
      b.style('head', r, 1, r, LAST);
      b.height(r, LINE);
      r++;
      const from = r;
      for (const e of refs) {
        const box = withBox ? boxWithLabel(e.box, lang, settings) : null;
        b.set(r, 1, `${e.name}(${e.id})`);
        b.span(r, 2, 5, e.department ?? null);
        b.span(r, 6, positionTo, e.position ?? null);
        if (withBox) b.span(r, 9, LAST, box);
        fit(r, 1, 1, `${e.name}(${e.id})`);
        fit(r, 2, 5, e.department ?? null);
        fit(r, 6, positionTo, e.position ?? null);
        if (withBox) fit(r, 9, LAST, box);
        r++;
      }
      b.style('cell', from, 1, r - 1, LAST);
    }
    if (note) line(note, 'muted');
    gap();
  };
  people(
    SUMMARY_TEXT.doubleHighTitle,
    s.doubleHighKey,
    false,
    fill(L(SUMMARY_TEXT.doubleHighNote), { a: s.doubleHighNotKey, b: s.doubleHighKeyNotGiven }),
  );
  if (settings.hideSensitiveInPrint) {
    line(L(SUMMARY_TEXT.flightHidden), 'muted');
    gap();
  } else {
    people(SUMMARY_TEXT.flightTitle, s.flightRisk, true);
  }

  if (planning) {
    section(HEADLINE_TEXT.title);
    for (const text of planningHeadline(planning, lang)) line(text, 'text');
    gap();
  }

  if (results) r = writeResultsBlock(b, r, results, lang, settings, LAST);

  // Distribution and manager checks, one line per flag; they and the sign-off start a printed page of their own.
  const checksStart = r;
  section(SUMMARY_TEXT.checksTitle);
  r = writeChecks(b, WIDTHS, r, s, lang, settings);
  gap();

  // Sign-off: people's cells, kept across re-runs.
  section(SUMMARY_TEXT.signTitle);
  const writer = new PeopleWriter(ctx.people, 'summary', lang, FIELD_LABELS);
  const roles: [string, Text][] = [
    [SIGNOFF_ROWS[0], SUMMARY_TEXT.firstResponsible],
    [SIGNOFF_ROWS[1], SUMMARY_TEXT.head],
  ];
  for (const [key, label] of roles) {
    b.set(r, 1, L(label));
    b.span(r, 2, 2, L(SUMMARY_TEXT.signName));
    b.span(r, 3, 5, null);
    b.set(r, 6, L(SUMMARY_TEXT.signDate));
    b.span(r, 7, 9, null);
    writer.row(b, r, '', key, L(label), L(SUMMARY_TEXT.signTitle), SIGNOFF_FIELDS);
    b.style('label', r, 1, r, 2);
    b.style('label', r, 6);
    b.style('people', r, 3, r, 5);
    b.style('people', r, 7, r, 9);
    b.height(r, 30);
    r++;
  }

  const formats = b.numberFormats();
  const dates = writer.dateCells.ranges('date');
  if (dates.length > 0) formats.push({ format: 'yyyy-mm-dd', ranges: dates });
  return {
    role: 'summary',
    name: sheetName('summary', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(WIDTHS.length),
    columnWidths: [...WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: formats,
    styles: b.styles(),
    merges: b.merges,
    hiddenColumns: [KEY_COL],
    // The checks and the sign-off start a page; no section heading is left alone at the foot of one.
    print: printSetup(lang, 'portrait', { rowBreaks: keepSectionsTogether(b.rowHeights, r, sections, checksStart, WIDTHS, PAGE_MARGINS) }),
    tabColor: '#1F4E78',
    font: SHEET_FONT,
  };
}
