// One engineer's 个人发展计划 block (一人一策, DOMAIN.md, Development plan): title, the facts a department head
// checks, strategy and strengths, then the action rows — action, training type, measurable target, and the
// people's cells owner, due date, status and notes — a notes cell and the sign-off. Laid out in plain cells:
// label and value side by side, titles and long lines left to run across empty cells, so a plan costs one
// merge (the notes cell) however many rows it has — merges are what Excel on the web pays most for.
import { DEFAULT_BOX_ACTIONS } from '../../domain/boxActions';
import { ACTIONS, COACHING } from '../../domain/actions';
import { historyText, resultsText } from '../../domain/achievements';
import { CAREER_INTEREST_LABELS, COMPETENCY_LABELS, LEVEL_LABELS, STAGE_LABELS, TRACK_LABELS, TRAINING_LABELS, pick } from '../../domain/catalogue';
import type { ActionSection, DevelopmentPlan, PlanAction } from '../../domain/followUpTypes';
import { mentorCell } from '../../domain/mentoring';
import type { Settings } from '../../domain/settings';
import { isoDateToSerial } from '../../domain/settingsKeys';
import type { CompetencyKey, Lang, Text } from '../../domain/types';
import { SheetBuilder } from './builder';
import { ACTION_STATUS, PLAN_TEXT } from './followText';
import { boxFill } from './grid';
import type { FieldSpec, PeopleWriter } from './people';
import { boxWithLabel } from './sensitive';

// Columns (0-based): A hidden key; B label / source; C value / action; D label / training; E value / target;
// F owner; G due; H status; I notes.
const B = 1;
const C = 2;
const D = 3;
const E = 4;
const F = 5;
const G = 6;
const H = 7;
const I = 8;
export const PLAN_WIDTHS = [4, 22, 36, 15, 40, 12, 11, 10, 18];
/** The plan's first printed column (labels and titles) and its last. */
export const PLAN_FIRST_COL = B;
export const PLAN_LAST_COL = I;

export const PLAN_FIELDS = {
  action: [
    { field: 'owner', col: F },
    { field: 'due', col: G, date: true },
    { field: 'status', col: H, choices: ACTION_STATUS },
    { field: 'note', col: I },
  ] as FieldSpec[],
  notes: [{ field: 'note', col: C }] as FieldSpec[],
  signoff: [
    { field: 'engineer', col: C },
    { field: 'manager', col: E },
    { field: 'date', col: G, date: true },
  ] as FieldSpec[],
};

export function definePlanStyles(b: SheetBuilder): void {
  b.defineStyle('title', { bold: true, fontSize: 14, vAlign: 'middle', fontColor: '#1F4E78' });
  b.defineStyle('label', { bold: true, fill: '#F2F2F2', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('line', { vAlign: 'middle' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', fontColor: '#1F4E78', vAlign: 'middle' });
  b.defineStyle('head', { bold: true, fill: '#D9D9D9', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('people', { fill: '#FFF9E5', border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('muted', { italic: true, fontColor: '#595959' });
}

const SECTION_LABELS: Record<Exclude<ActionSection, 'gap'>, Text> = {
  box: { zh: '九宫格策略', en: 'Box strategy' },
  mentoring: { zh: '传帮带', en: 'Mentoring' },
  retention: PLAN_TEXT.retentionTitle,
  succession: { zh: '后备培养', en: 'Succession' },
};

function mentorText(plan: DevelopmentPlan, lang: Lang): string {
  if (plan.mentor) return mentorCell(plan.mentor, lang);
  return plan.mentorNote ? pick(plan.mentorNote, lang) : pick(PLAN_TEXT.none, lang);
}

/** The career track as the interest says (双师型 stays 双师型); the derived track where no interest is given. */
function trackText(plan: DevelopmentPlan, lang: Lang): string {
  if (plan.careerInterest) return pick(CAREER_INTEREST_LABELS[plan.careerInterest], lang);
  return plan.careerTrack ? pick(TRACK_LABELS[plan.careerTrack], lang) : '—';
}

/** The final box, and where calibration in the review meeting moved it from. */
function boxText(plan: DevelopmentPlan, lang: Lang, settings: Settings): string {
  const final = boxWithLabel(plan.box, lang, settings);
  if (plan.calibratedFrom === undefined) return final;
  const from = boxWithLabel(plan.calibratedFrom, lang, settings);
  return lang === 'zh-CN' ? `${final}（会议校准，原 ${from}）` : `${final} (calibrated; was ${from})`;
}

/** What an action row is, for the archive: 「行动 · 复杂问题解决能力 · 专项任务历练」. */
export function actionItem(a: Pick<PlanAction, 'section' | 'label' | 'gap'>, lang: Lang): string {
  const source = a.section === 'gap' && a.gap ? COMPETENCY_LABELS[a.gap.competency] : SECTION_LABELS[a.section === 'gap' ? 'box' : a.section];
  return `${pick(PLAN_TEXT.action, lang)} · ${pick(source, lang)} · ${pick(a.label, lang)}`;
}

const BOX_ACTION_LABELS = new Map<string, Text>();
for (const rows of Object.values(DEFAULT_BOX_ACTIONS)) {
  for (const a of rows) {
    BOX_ACTION_LABELS.set(a.key, a.label);
    if (a.otherwise) BOX_ACTION_LABELS.set(a.otherwise.key, a.otherwise.label);
  }
}

/**
 * Names a plan row key for the archive: action:<competency>:<action> (a gap action, as every version wrote
 * it), box:<action>, mentoring, retain:<term>, notes, signoff. undefined for a key only the sheet can name (a
 * row a setting wrote), which then keeps the text stored with it.
 */
export function describePlanRow(row: string, lang: Lang): string | undefined {
  const parts = row.split(':');
  const L = (t: Text): string => pick(t, lang);
  if (parts[0] === 'notes') return L(PLAN_TEXT.notes);
  if (parts[0] === 'signoff') return L(PLAN_TEXT.signoff);
  if (parts[0] === 'mentoring') return `${L(PLAN_TEXT.action)} · ${L(SECTION_LABELS.mentoring)}`;
  if (parts[0] === 'retain' && parts.length === 2) return `${L(PLAN_TEXT.action)} · ${L(SECTION_LABELS.retention)} · ${parts[1] === 'short' ? L(PLAN_TEXT.shortTerm) : L(PLAN_TEXT.longTerm)}`;
  if (parts[0] === 'succession' && parts.length >= 2) {
    return `${L(PLAN_TEXT.action)} · ${L(SECTION_LABELS.succession)} · ${parts.slice(1).join(':')}`;
  }
  if (parts[0] === 'box' && parts.length === 2) {
    const label = BOX_ACTION_LABELS.get(parts[1]);
    return label ? `${L(PLAN_TEXT.action)} · ${L(SECTION_LABELS.box)} · ${L(label)}` : undefined;
  }
  if (parts[0] !== 'action' || parts.length !== 3) return undefined;
  const competency = (Object.keys(ACTIONS) as CompetencyKey[]).find((k) => k === parts[1]);
  const action = competency ? [...ACTIONS[competency], COACHING].find((a) => a.key === parts[2]) : undefined;
  if (!competency || !action) return undefined;
  return `${L(PLAN_TEXT.action)} · ${L(COMPETENCY_LABELS[competency])} · ${L(action.label)}`;
}

export interface BlockContext {
  lang: Lang;
  settings: Settings;
  /** ISO date of the review. */
  reviewDate: string;
}

/** Where a written plan block ends (the row after it) and where its actions table starts (its title row). */
export interface PlanBlockRows {
  end: number;
  actionsAt?: number;
  /** The actions' title naming whose plan it is, for a second page that opens with the actions. */
  actionsContinued?: string;
}

/** Writes one plan block from row `top`. */
export function writePlanBlock(b: SheetBuilder, top: number, plan: DevelopmentPlan, ctx: BlockContext, writer: PeopleWriter): PlanBlockRows {
  const { lang, settings } = ctx;
  const L = (t: Text): string => pick(t, lang);
  let r = top;
  const person = `${plan.name}(${plan.engineerId})`;
  const zh = lang === 'zh-CN';

  b.set(r, B, `${L(PLAN_TEXT.title)} · ${plan.name}${zh ? '（' : ' ('}${plan.engineerId}${zh ? '）' : ')'}`);
  b.style('title', r, B);
  b.height(r, 28);
  r++;

  // The facts, label and value side by side in two pairs a row.
  const pairs: [Text, string, Text, string][] = [
    [PLAN_TEXT.department, plan.department ?? '—', PLAN_TEXT.position, plan.position ?? '—'],
    [PLAN_TEXT.category, plan.category ?? '—', PLAN_TEXT.level, plan.level ? L(LEVEL_LABELS[plan.level]) : '—'],
    [PLAN_TEXT.box, boxText(plan, lang, settings), PLAN_TEXT.stage, plan.growthStage ? L(STAGE_LABELS[plan.growthStage]) : '—'],
    [PLAN_TEXT.track, trackText(plan, lang), PLAN_TEXT.mentor, mentorText(plan, lang)],
    [PLAN_TEXT.reviewDate, ctx.reviewDate, PLAN_TEXT.nextReview, plan.reviewDate ?? '—'],
  ];
  const first = r;
  pairs.forEach(([l1, v1, l2, v2], i) => {
    b.set(r, B, L(l1));
    b.set(r, C, v1);
    b.set(r, D, L(l2));
    b.set(r, E, v2);
    if (i === 2) {
      const { fill, font } = boxFill(plan.box, settings);
      b.defineStyle(`box-${plan.box}`, { fill, fontColor: font, bold: true });
      b.style(`box-${plan.box}`, r, C);
    }
    b.fit(r, C, C, v1);
    b.fit(r, E, E, v2);
    b.fit(r, D, D, L(l2));
    r++;
  });
  b.style('label', first, B, r - 1, B);
  b.style('label', first, D, r - 1, D);
  b.style('cell', first, C, r - 1, C);
  b.style('cell', first, E, r - 1, E);

  // Strategy and strengths: one line each, running across the empty cells to the right.
  const line = (label: Text, text: string): void => {
    b.set(r, B, L(label));
    b.set(r, C, text);
    b.style('label', r, B);
    b.style('line', r, C);
    b.height(r, 20);
    r++;
  };
  line(PLAN_TEXT.strategy, L(plan.strategy));
  line(
    PLAN_TEXT.strengths,
    plan.strengths.length > 0 ? plan.strengths.map((k) => L(COMPETENCY_LABELS[k])).join(zh ? '、' : ', ') : L(PLAN_TEXT.noStrengths),
  );
  // Results and earlier years' performance, where the roster gives them (shown, never scored).
  const results = resultsText(plan.results, lang);
  if (results !== undefined) line(PLAN_TEXT.results, results);
  const history = plan.performance === undefined ? undefined : historyText(plan.performance, plan.performanceHistory, lang);
  if (history !== undefined) line(PLAN_TEXT.history, history);

  const actions = plan.actions.filter((a) => a.section !== 'retention' || !settings.hideSensitiveInPrint);
  const actionsAt = actions.length > 0 ? r : undefined;
  if (actions.length > 0) {
    b.set(r, B, L(PLAN_TEXT.actionsTitle));
    b.style('section', r, B, r, I);
    b.height(r, 20);
    r++;
    [PLAN_TEXT.source, PLAN_TEXT.action, PLAN_TEXT.training, PLAN_TEXT.target, PLAN_TEXT.owner, PLAN_TEXT.due, PLAN_TEXT.status, PLAN_TEXT.actionNote].forEach((h, i) =>
      b.set(r, B + i, L(h)),
    );
    b.style('head', r, B, r, I);
    b.height(r, 30);
    r++;
    const from = r;
    const due = plan.reviewDate === undefined ? null : isoDateToSerial(plan.reviewDate);
    let section: ActionSection | undefined;
    for (const a of actions) {
      const source = a.section === 'gap' && a.gap ? L(COMPETENCY_LABELS[a.gap.competency]) : a.section !== section ? L(SECTION_LABELS[a.section === 'gap' ? 'box' : a.section]) : null;
      section = a.section;
      b.set(r, B, source);
      b.set(r, C, L(a.label));
      b.set(r, D, a.training ? L(TRAINING_LABELS[a.training]) : '—');
      b.set(r, E, L(a.target));
      const fields = PLAN_FIELDS.action.map((f) =>
        f.field === 'owner' ? { ...f, initial: a.owner ?? plan.owner ?? null } : f.field === 'due' ? { ...f, initial: due } : f,
      );
      writer.row(b, r, plan.engineerId, a.key, person, actionItem(a, lang), fields);
      b.list(zh ? ACTION_STATUS.zh : ACTION_STATUS.en, r, H);
      b.fit(r, B, B, source);
      b.fit(r, C, C, L(a.label));
      b.fit(r, E, E, L(a.target));
      b.fit(r, I, I, b.values[r][I] ?? '');
      r++;
    }
    b.style('cell', from, B, r - 1, E);
    b.style('people', from, F, r - 1, I);
  }

  // Notes: one tall cell for what the conversation decided — the one merge of the plan.
  b.set(r, B, L(PLAN_TEXT.notes));
  b.span(r, C, I, null);
  writer.row(b, r, plan.engineerId, 'notes', person, L(PLAN_TEXT.notes), PLAN_FIELDS.notes);
  b.style('label', r, B);
  b.style('people', r, C, r, I);
  b.fit(r, C, I, b.values[r][C] ?? '', 40);
  r++;

  // Sign-off: engineer, manager, date, label and cell side by side.
  b.set(r, B, L(PLAN_TEXT.signEngineer));
  b.set(r, D, L(PLAN_TEXT.signManager));
  b.set(r, F, L(PLAN_TEXT.signDate));
  writer.row(b, r, plan.engineerId, 'signoff', person, L(PLAN_TEXT.signoff), PLAN_FIELDS.signoff);
  b.style('label', r, B);
  b.style('label', r, D);
  b.style('label', r, F);
  b.style('people', r, C);
  b.style('people', r, E);
  b.style('people', r, G);
  b.height(r, 30);
  // Tall enough for a label that wraps in its column (English "Department head signature"); labels are bold.
  b.fit(r, B, B, L(PLAN_TEXT.signEngineer), 30, 1.2);
  b.fit(r, D, D, L(PLAN_TEXT.signManager), 30, 1.2);
  b.fit(r, F, F, L(PLAN_TEXT.signDate), 30, 1.2);
  r++;
  if (actionsAt === undefined) return { end: r };
  const who = zh ? `${plan.name}（${plan.engineerId}）` : `${plan.name} (${plan.engineerId})`;
  return { end: r, actionsAt, actionsContinued: `${L(PLAN_TEXT.actionsTitle)} · ${who}` };
}
