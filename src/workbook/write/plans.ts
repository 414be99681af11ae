// 个人发展计划 / Development plans (一人一策, DOMAIN.md, Development plan; §四(三)2(3)): one block per engineer,
// one printed page each (a manual page break after every block). Owner, due date, status, notes and sign-off
// are people's cells (kept across re-runs, see people.ts); what no longer has a place goes to the archive at
// the end. Also the one-person plan sheets (一人一策-张伟) asked for with --plans-for.
import { pick } from '../../domain/catalogue';
import type { DevelopmentPlan } from '../../domain/followUpTypes';
import type { Settings } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { MAX_PAGE_BREAKS } from '../limits';
import type { SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { FIELD_LABELS, PLAN_TEXT } from './followText';
import { PAGE_MARGINS, SHEET_FONT, heightOf, pageBodyHeight, printSetup, widthScale } from './layout';
import { KEY_COL, PeopleWriter, archiveKey, type ArchivedEntry, type PeopleCells } from './people';
import { PLAN_FIRST_COL, PLAN_LAST_COL, PLAN_WIDTHS, definePlanStyles, describePlanRow, writePlanBlock, type PlanBlockRows } from './planBlock';
import { safeSheetName, sheetName, withSuffix } from './text';

export { PLAN_FIELDS, PLAN_LAST_COL, PLAN_WIDTHS, actionItem, describePlanRow } from './planBlock';

export interface FollowContext {
  lang: Lang;
  settings: Settings;
  /** ISO date of the review. */
  reviewDate: string;
  /** ISO date written next to what this run archives. */
  archiveDate: string;
  people: PeopleCells;
}

// Archive rows: person B, item C, field D, content E, date F.
const ARCHIVE_COLS: [number, number, number, number, number] = [1, 2, 3, 4, 5];

const DATE_FORMAT = 'yyyy-mm-dd';

function newBuilder(): SheetBuilder {
  const b = new SheetBuilder(PLAN_WIDTHS);
  definePlanStyles(b);
  return b;
}

export function planWriter(ctx: FollowContext): PeopleWriter {
  return new PeopleWriter(ctx.people, 'plan', ctx.lang, FIELD_LABELS, (row) => describePlanRow(row, ctx.lang));
}

function writeArchive(b: SheetBuilder, top: number, entries: readonly ArchivedEntry[], lang: Lang): number {
  let r = top;
  b.set(r, 1, pick(PLAN_TEXT.archiveTitle, lang));
  b.style('section', r, 1, r, PLAN_LAST_COL);
  b.height(r, 20);
  r++;
  [PLAN_TEXT.archivePerson, PLAN_TEXT.archiveItem, PLAN_TEXT.archiveField, PLAN_TEXT.archiveContent, PLAN_TEXT.archiveDate].forEach((h, i) =>
    b.set(r, 1 + i, pick(h, lang)),
  );
  b.style('head', r, 1, r, 5);
  r++;
  const first = r;
  for (const e of entries) {
    b.set(r, KEY_COL, archiveKey(e, ARCHIVE_COLS));
    b.set(r, 1, e.person);
    b.set(r, 2, e.item);
    b.set(r, 3, e.fieldLabel);
    b.set(r, 4, e.content);
    b.set(r, 5, e.date);
    b.fit(r, 4, 4, e.content);
    b.fit(r, 2, 2, e.item);
    r++;
  }
  if (r > first) b.style('cell', first, 1, r - 1, 5);
  return r;
}

function finish(b: SheetBuilder, plan: Omit<SheetPlan, 'values' | 'columnWidths' | 'numberFormats' | 'styles' | 'merges' | 'rowHeights' | 'validations' | 'font' | 'hiddenColumns' | 'print'>, lang: Lang, breaks: number[], writer: PeopleWriter): SheetPlan {
  const formats = b.numberFormats();
  const dates = writer.dateCells.ranges('date');
  if (dates.length > 0) formats.push({ format: DATE_FORMAT, ranges: dates });
  return {
    ...plan,
    values: b.rectangle(PLAN_LAST_COL + 1),
    columnWidths: [...PLAN_WIDTHS],
    rowHeights: b.rowHeights,
    numberFormats: formats,
    styles: b.styles(),
    merges: b.merges,
    validations: b.validations(),
    hiddenColumns: [KEY_COL],
    print: printSetup(lang, 'landscape', breaks.length > 0 ? { rowBreaks: breaks } : {}),
    font: SHEET_FONT,
  };
}

/**
 * How many points of rows a landscape plan page holds: the page between the margins at the scale a fit to one
 * page wide takes (the hidden key column does not print), less a little for rows a renderer draws taller.
 */
const PAGE_ROWS = (0.98 * pageBodyHeight('landscape', PAGE_MARGINS)) / widthScale(PLAN_WIDTHS.slice(KEY_COL + 1), 'landscape', PAGE_MARGINS);

/**
 * A plan is one page. One too long for it (many actions, or long notes typed in) prints on two: its facts on
 * the first, its actions, notes and sign-off on the second — rather than letting the page run over and leave
 * the notes or the signatures alone on a strip of a page. No break where the actions would not fit a page either.
 */
function splitLongPlan(b: SheetBuilder, top: number, block: PlanBlockRows): number[] {
  const { end, actionsAt, actionsContinued } = block;
  if (actionsAt === undefined || heightOf(b.rowHeights, top, end) <= PAGE_ROWS) return [];
  if (heightOf(b.rowHeights, actionsAt, end) > PAGE_ROWS) return [];
  // The second page says whose plan it is.
  if (actionsContinued !== undefined) b.set(actionsAt, PLAN_FIRST_COL, actionsContinued);
  return [actionsAt];
}

/** 个人发展计划: every plan of the follow-up, in review order, one page each, then the archive. */
export function buildPlansPlan(plans: readonly DevelopmentPlan[], ctx: FollowContext): SheetPlan {
  return buildPlansSheet(plans, ctx, planWriter(ctx), { name: sheetName('plans', ctx.lang) }, true);
}

/**
 * One sheet of plans, one page each; the archive follows on the last sheet of the plans (`last`). The
 * sheets of a split plans sheet share `writer` (planParts.ts), so the archive holds what none wrote again.
 */
export function buildPlansSheet(
  plans: readonly DevelopmentPlan[],
  ctx: FollowContext,
  writer: PeopleWriter,
  sheet: { name: string; key?: string },
  last: boolean,
): SheetPlan {
  const { lang } = ctx;
  const b = newBuilder();
  writer.nextSheet();
  const breaks: number[] = [];
  let r = 0;
  if (plans.length === 0) {
    b.set(r, 1, pick(PLAN_TEXT.empty, lang));
    b.style('muted', r, 1);
    r += 2;
  }
  plans.forEach((plan, k) => {
    const top = r;
    const block = writePlanBlock(b, r, plan, ctx, writer);
    r = block.end;
    // A break after every plan is counted on (planParts.ts keeps a sheet's plans under Excel's limit); a long plan's
    // own break takes what is left of the limit, and past it the plan runs on over the page as Excel breaks it.
    if (breaks.length + (plans.length - k) < MAX_PAGE_BREAKS) breaks.push(...splitLongPlan(b, top, block));
    breaks.push(r);
  });
  const archived = last ? writer.archive(ctx.archiveDate) : [];
  if (archived.length > 0) writeArchive(b, r, archived, lang);
  else if (breaks.length > 0) breaks.pop();
  return finish(
    b,
    { role: 'plans', ...(sheet.key === undefined ? {} : { key: sheet.key }), name: sheet.name, lang, visibility: 'visible', tabColor: '#548235' },
    lang,
    breaks,
    writer,
  );
}

/**
 * The name of a one-person plan sheet: 「一人一策-张伟」, with the ID when the name is taken (lower case in
 * `taken`), then a number when that is taken too (a long name cut to 31 characters); never a taken name.
 */
export function onePersonSheetName(plan: DevelopmentPlan, lang: Lang, taken: ReadonlySet<string>): string {
  const prefix = pick(PLAN_TEXT.onePersonPrefix, lang);
  const plain = safeSheetName(`${prefix}${plan.name}`);
  if (!taken.has(plain.toLowerCase())) return plain;
  const withId = withSuffix(plain, `(${plan.engineerId})`);
  let name = withId;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = withSuffix(withId, `(${i})`);
  return name;
}

/** 一人一策-<name>: one engineer's plan on its own sheet (role 'plans', key `plan:<ID>`). */
export function buildOnePersonPlan(plan: DevelopmentPlan, name: string, ctx: FollowContext): SheetPlan {
  const b = newBuilder();
  const writer = planWriter(ctx);
  const block = writePlanBlock(b, 0, plan, ctx, writer);
  return finish(
    b,
    { role: 'plans', key: onePersonKey(plan.engineerId), name, lang: ctx.lang, visibility: 'visible', tabColor: '#A9D08E' },
    ctx.lang,
    splitLongPlan(b, 0, block),
    writer,
  );
}

export function onePersonKey(id: string): string {
  return `plan:${id}`;
}
