// 个人发展计划 / Development plans (一人一策, DOMAIN.md, Development plan; §四(三)2(3)): one block per engineer,
// one printed page each (a manual page break after every block). Owner, due date, status, notes and sign-off
// are people's cells (kept across re-runs, see people.ts); what no longer has a place goes to the archive at
// the end. Also the one-person plan sheets (一人一策-张伟) asked for with --plans-for.
import {
  COMPETENCY_LABELS,
  LEVEL_LABELS,
  SEVERITY_LABELS,
  STAGE_LABELS,
  TRACK_LABELS,
  TRAINING_LABELS,
  CAREER_INTEREST_LABELS,
  pick,
} from '../../domain/catalogue';
import type { DevelopmentPlan } from '../../domain/followUpTypes';
import { formatNumber } from '../../domain/gaps';
import { mentorCell } from '../../domain/mentoring';
import type { Settings } from '../../domain/settings';
import { ACTIONS } from '../../domain/actions';
import type { CompetencyKey, Lang, Text } from '../../domain/types';
import type { SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { ACTION_STATUS, FIELD_LABELS, PLAN_TEXT } from './followText';
import { GAP_FILLS } from './gaps';
import { boxFill } from './grid';
import { SHEET_FONT, printSetup } from './layout';
import { KEY_COL, PeopleWriter, archiveKey, type ArchivedEntry, type FieldSpec, type PeopleCells } from './people';
import { boxWithLabel } from './sensitive';
import { safeSheetName, sheetName, withSuffix } from './text';

export interface FollowContext {
  lang: Lang;
  settings: Settings;
  /** ISO date of the review. */
  reviewDate: string;
  /** ISO date written next to what this run archives. */
  archiveDate: string;
  people: PeopleCells;
}

// Columns (0-based): A hidden key; B labels and competencies; C–F values and actions; G owner; H due; I status.
const B = 1;
const C = 2;
const E = 4;
const F = 5;
const G = 6;
const H = 7;
const I = 8;
export const PLAN_WIDTHS = [4, 24, 9, 9, 9, 14, 12, 12, 11];
export const PLAN_LAST_COL = I;
/** Columns of the archive rows: person, item, field, content, date. */
const ARCHIVE_COLS: [number, number, number, number, number] = [B, C, F, G, I];

const DATE_FORMAT = 'yyyy-mm-dd';

export const PLAN_FIELDS = {
  action: [
    { field: 'owner', col: G },
    { field: 'due', col: H, date: true },
    { field: 'status', col: I, choices: ACTION_STATUS },
  ] as FieldSpec[],
  notes: [{ field: 'note', col: C }] as FieldSpec[],
  signoff: [
    { field: 'engineer', col: C },
    { field: 'manager', col: F },
    { field: 'date', col: I, date: true },
  ] as FieldSpec[],
};

function newBuilder(): SheetBuilder {
  const b = new SheetBuilder(PLAN_WIDTHS);
  b.defineStyle('title', { bold: true, fontSize: 14, vAlign: 'middle', fontColor: '#1F4E78' });
  b.defineStyle('label', { bold: true, fill: '#F2F2F2', border: 'thin', vAlign: 'middle' });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('center', { hAlign: 'center' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#D9D9D9', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('muted', { italic: true, fontColor: '#595959' });
  for (const sev of ['high', 'medium', 'low'] as const) b.defineStyle(`sev-${sev}`, { fill: GAP_FILLS[sev] });
  return b;
}

function personOf(plan: DevelopmentPlan): string {
  return `${plan.name}(${plan.engineerId})`;
}

function mentorText(plan: DevelopmentPlan, lang: Lang): string {
  const cell = mentorCell(plan.mentor);
  if (cell === '') return pick(PLAN_TEXT.none, lang);
  return plan.mentor?.kind === 'suggested' ? `${cell} ${pick(PLAN_TEXT.suggested, lang)}` : cell;
}

export function actionItem(plan: DevelopmentPlan, gapIndex: number, actionIndex: 0 | 1, lang: Lang): string {
  const g = plan.gaps[gapIndex];
  return `${pick(PLAN_TEXT.action, lang)} · ${pick(COMPETENCY_LABELS[g.gap.competency], lang)} · ${pick(g.actions[actionIndex].label, lang)}`;
}

/** The row key of an action: by competency and catalogue action, so typing follows the action, not the row. */
export function actionRowKey(plan: DevelopmentPlan, gapIndex: number, actionIndex: 0 | 1): string {
  const g = plan.gaps[gapIndex];
  return `action:${g.gap.competency}:${g.actions[actionIndex].key}`;
}

/** Names a plan row key (action:<competency>:<action>, notes, signoff) for the archive. */
export function describePlanRow(row: string, lang: Lang): string | undefined {
  const parts = row.split(':');
  if (parts[0] === 'notes') return pick(PLAN_TEXT.notes, lang);
  if (parts[0] === 'signoff') return lang === 'zh-CN' ? '签字确认' : 'Sign-off';
  if (parts[0] !== 'action' || parts.length !== 3) return undefined;
  const competency = (Object.keys(ACTIONS) as CompetencyKey[]).find((k) => k === parts[1]);
  const action = competency ? ACTIONS[competency].find((a) => a.key === parts[2]) : undefined;
  if (!competency || !action) return undefined;
  return `${pick(PLAN_TEXT.action, lang)} · ${pick(COMPETENCY_LABELS[competency], lang)} · ${pick(action.label, lang)}`;
}

export function planWriter(ctx: FollowContext): PeopleWriter {
  return new PeopleWriter(ctx.people, 'plan', ctx.lang, FIELD_LABELS, (row) => describePlanRow(row, ctx.lang));
}

/** Writes one plan block from row `top`; returns the row after it. */
/** The final box, and where calibration in the review meeting moved it from. */
function boxText(plan: DevelopmentPlan, lang: Lang, settings: FollowContext['settings']): string {
  const final = boxWithLabel(plan.box, lang, settings);
  if (plan.calibratedFrom === undefined) return final;
  const from = boxWithLabel(plan.calibratedFrom, lang, settings);
  return lang === 'zh-CN' ? `${final}（会议校准，原 ${from}）` : `${final} (calibrated; was ${from})`;
}

function writeBlock(b: SheetBuilder, top: number, plan: DevelopmentPlan, ctx: FollowContext, writer: PeopleWriter): number {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  let r = top;
  const person = personOf(plan);

  b.span(r, B, I, `${L(PLAN_TEXT.title)} · ${plan.name}（${plan.engineerId}）`);
  b.style('title', r, B, r, I);
  b.height(r, 28);
  r++;

  const pairs: [Text, string, Text, string][] = [
    [PLAN_TEXT.id, plan.engineerId, PLAN_TEXT.name, plan.name],
    [PLAN_TEXT.department, plan.department ?? '—', PLAN_TEXT.position, plan.position ?? '—'],
    [PLAN_TEXT.category, plan.category ?? '—', PLAN_TEXT.level, plan.level ? L(LEVEL_LABELS[plan.level]) : '—'],
    [PLAN_TEXT.box, boxText(plan, lang, settings), PLAN_TEXT.stage, plan.growthStage ? L(STAGE_LABELS[plan.growthStage]) : '—'],
    [
      PLAN_TEXT.track,
      plan.careerTrack ? L(TRACK_LABELS[plan.careerTrack]) : plan.careerInterest ? L(CAREER_INTEREST_LABELS[plan.careerInterest]) : '—',
      PLAN_TEXT.mentor,
      mentorText(plan, lang),
    ],
    [PLAN_TEXT.reviewDate, ctx.reviewDate, PLAN_TEXT.nextReview, plan.reviewDate ?? '—'],
  ];
  pairs.forEach(([l1, v1, l2, v2], i) => {
    b.set(r, B, L(l1));
    b.span(r, C, E, v1);
    b.set(r, F, L(l2));
    b.span(r, G, I, v2);
    b.style('label', r, B);
    b.style('label', r, F);
    b.style('cell', r, C, r, E);
    b.style('cell', r, G, r, I);
    if (i === 3) {
      const { fill, font } = boxFill(plan.box, settings);
      b.defineStyle(`box-${plan.box}`, { fill, fontColor: font, bold: true });
      b.style(`box-${plan.box}`, r, C, r, E);
    }
    // Either value may wrap: a long department name as much as a long mentor line.
    b.fit(r, C, E, v1);
    b.fit(r, G, I, v2);
    r++;
  });

  const wide = (label: Text, text: string): void => {
    b.set(r, B, L(label));
    b.span(r, C, I, text);
    b.style('label', r, B);
    b.style('cell', r, C, r, I);
    b.fit(r, C, I, text);
    r++;
  };
  wide(PLAN_TEXT.strategy, L(plan.strategy));
  wide(
    PLAN_TEXT.strengths,
    plan.strengths.length > 0 ? plan.strengths.map((k) => L(COMPETENCY_LABELS[k])).join(lang === 'zh-CN' ? '、' : ', ') : L(PLAN_TEXT.noStrengths),
  );

  const section = (title: Text): void => {
    b.span(r, B, I, L(title));
    b.style('section', r, B, r, I);
    b.height(r, 20);
    r++;
  };

  section(PLAN_TEXT.gapsTitle);
  if (plan.gaps.length === 0) {
    b.span(r, B, I, L(PLAN_TEXT.noGaps));
    b.style('cell', r, B, r, I);
    b.style('muted', r, B, r, I);
    r++;
  } else {
    [PLAN_TEXT.competency, PLAN_TEXT.actual, PLAN_TEXT.required, PLAN_TEXT.gap, PLAN_TEXT.severity].forEach((h, i) => b.set(r, B + i, L(h)));
    b.span(r, G, I, L(PLAN_TEXT.training));
    b.style('head', r, B, r, I);
    r++;
    for (const pg of plan.gaps) {
      const g = pg.gap;
      b.set(r, B, L(COMPETENCY_LABELS[g.competency]));
      b.set(r, C, g.actual ?? null);
      b.set(r, C + 1, g.required);
      b.set(r, C + 2, g.gap === undefined ? null : Number(formatNumber(g.gap)));
      b.set(r, F, L(SEVERITY_LABELS[g.severity]));
      b.span(r, G, I, L(TRAINING_LABELS[pg.training]));
      b.style('cell', r, B, r, I);
      b.style('center', r, C, r, I);
      if (g.severity === 'high' || g.severity === 'medium' || g.severity === 'low') b.style(`sev-${g.severity}`, r, F);
      b.height(r, 20);
      r++;
    }

    section(PLAN_TEXT.actionsTitle);
    b.set(r, B, L(PLAN_TEXT.competency));
    b.span(r, C, F, L(PLAN_TEXT.action));
    b.set(r, G, L(PLAN_TEXT.owner));
    b.set(r, H, L(PLAN_TEXT.due));
    b.set(r, I, L(PLAN_TEXT.status));
    b.style('head', r, B, r, I);
    b.height(r, 20);
    r++;
    const first = r;
    plan.gaps.forEach((pg, gi) => {
      for (const ai of [0, 1] as const) {
        if (ai === 0) b.set(r, B, L(COMPETENCY_LABELS[pg.gap.competency]));
        else b.set(r, B, null);
        const text = pick(pg.actions[ai].label, lang);
        b.span(r, C, F, text);
        writer.row(b, r, plan.engineerId, actionRowKey(plan, gi, ai), person, actionItem(plan, gi, ai, lang), PLAN_FIELDS.action);
        b.list(lang === 'zh-CN' ? ACTION_STATUS.zh : ACTION_STATUS.en, r, I);
        b.fit(r, C, F, text, 24);
        r++;
      }
      b.merges.push(`B${r - 1}:B${r}`);
    });
    b.style('cell', first, B, r - 1, F);
    b.style('people', first, G, r - 1, I);
  }

  if (plan.retention && !settings.hideSensitiveInPrint) {
    section(PLAN_TEXT.retentionTitle);
    const sep = lang === 'zh-CN' ? '、' : ', ';
    const rows: [Text, { label: Text }[]][] = [
      [PLAN_TEXT.shortNonMaterial, plan.retention.shortNonMaterial],
      [PLAN_TEXT.longNonMaterial, plan.retention.longNonMaterial],
      [PLAN_TEXT.shortMaterial, plan.retention.shortMaterial],
      [PLAN_TEXT.longMaterial, plan.retention.longMaterial],
    ];
    for (const [label, items] of rows) wide(label, items.length > 0 ? items.map((i) => L(i.label)).join(sep) : '—');
  }

  // Notes: a tall cell for what the conversation decided.
  b.set(r, B, L(PLAN_TEXT.notes));
  b.span(r, C, I, null);
  writer.row(b, r, plan.engineerId, 'notes', person, L(PLAN_TEXT.notes), PLAN_FIELDS.notes);
  b.style('label', r, B);
  b.style('people', r, C, r, I);
  b.fit(r, C, I, b.values[r][C] ?? '', 120);
  r++;

  // Sign-off: engineer, manager, date.
  b.set(r, B, L(PLAN_TEXT.signEngineer));
  b.span(r, C, C + 1, null);
  b.set(r, E, L(PLAN_TEXT.signManager));
  b.span(r, F, G, null);
  b.set(r, H, L(PLAN_TEXT.signDate));
  writer.row(b, r, plan.engineerId, 'signoff', person, lang === 'zh-CN' ? '签字确认' : 'Sign-off', PLAN_FIELDS.signoff);
  b.style('label', r, B);
  b.style('label', r, E);
  b.style('label', r, H);
  b.style('people', r, C, r, C + 1);
  b.style('people', r, F, r, G);
  b.style('people', r, I);
  b.height(r, 40);
  r++;
  return r;
}

function writeArchive(b: SheetBuilder, top: number, entries: readonly ArchivedEntry[], lang: Lang): number {
  let r = top;
  b.span(r, B, I, pick(PLAN_TEXT.archiveTitle, lang));
  b.style('section', r, B, r, I);
  b.fit(r, B, I, pick(PLAN_TEXT.archiveTitle, lang), 20);
  r++;
  b.set(r, B, pick(PLAN_TEXT.archivePerson, lang));
  b.span(r, C, E, pick(PLAN_TEXT.archiveItem, lang));
  b.set(r, F, pick(PLAN_TEXT.archiveField, lang));
  b.span(r, G, H, pick(PLAN_TEXT.archiveContent, lang));
  b.set(r, I, pick(PLAN_TEXT.archiveDate, lang));
  b.style('head', r, B, r, I);
  r++;
  const first = r;
  for (const e of entries) {
    b.set(r, KEY_COL, archiveKey(e, ARCHIVE_COLS));
    b.set(r, B, e.person);
    b.span(r, C, E, e.item);
    b.set(r, F, e.fieldLabel);
    b.span(r, G, H, e.content);
    b.set(r, I, e.date);
    b.fit(r, G, H, e.content);
    b.fit(r, C, E, e.item);
    r++;
  }
  if (r > first) b.style('cell', first, B, r - 1, I);
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
    print: printSetup(lang, 'portrait', breaks.length > 0 ? { rowBreaks: breaks } : {}),
    font: SHEET_FONT,
  };
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
    b.span(r, B, I, pick(PLAN_TEXT.empty, lang));
    b.style('muted', r, B, r, I);
    r += 2;
  }
  for (const plan of plans) {
    r = writeBlock(b, r, plan, ctx, writer);
    breaks.push(r);
  }
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
  writeBlock(b, 0, plan, ctx, writer);
  return finish(
    b,
    { role: 'plans', key: onePersonKey(plan.engineerId), name, lang: ctx.lang, visibility: 'visible', tabColor: '#A9D08E' },
    ctx.lang,
    [],
    writer,
  );
}

export function onePersonKey(id: string): string {
  return `plan:${id}`;
}
