// The thresholds the settings page edits (DOMAIN.md, Settings keys), each with its key in both languages,
// its current value from Settings, and validation by parseSettings itself so the pane and the reader agree.
import type { Settings } from '../domain/settings';
import { parseNumberText, parseSettings } from '../domain/settingsKeys';
import type { Lang, Text } from '../domain/types';
import type { SettingsWriteEntry } from '../workbook/settingsWrite';

export type SettingKind = 'number' | 'language' | 'boolean' | 'date';
export type SettingGroup = 'groupGeneral' | 'groupCutoffs' | 'groupChecks' | 'groupPlans';

export interface SettingField {
  id: string;
  /** The key as written in 盘点设置, per language. */
  key: Text;
  label: Text;
  /** The range, the unit and what the value does, under the field. */
  hint?: Text;
  kind: SettingKind;
  group: SettingGroup;
  get(s: Settings): string;
}

const num = (n: number): string => String(n);

const f = (
  id: string,
  zh: string,
  en: string,
  label: string,
  group: SettingGroup,
  get: (s: Settings) => string,
  kind: SettingKind = 'number',
): SettingField => ({ id, key: { zh, en }, label: { zh, en: label }, kind, group, get, hint: HINTS[id] });

/** Ranges, units and effects, as a person reads them (the keys themselves stay what the sheet holds). */
const HINTS: Record<string, Text> = {
  perf100Upper: { zh: '0–100 分；达到此分为「优秀」', en: 'Points, 0–100; from here a score is Excellent' },
  perf100Middle: { zh: '0–100 分；达到此分为「合格」，低于为「待提升」', en: 'Points, 0–100; from here Qualified, below it Needs improvement' },
  perf5Upper: { zh: '1–5 分；达到此分为「优秀」', en: 'Points, 1–5; from here Excellent' },
  perf5Middle: { zh: '1–5 分；达到此分为「合格」', en: 'Points, 1–5; from here Qualified' },
  pot100Upper: { zh: '0–100 分；达到此分潜力为「高」', en: 'Points, 0–100; from here potential is High' },
  pot100Middle: { zh: '0–100 分；达到此分潜力为「中」，低于为「低」', en: 'Points, 0–100; from here Medium, below it Low' },
  pot5Upper: { zh: '1–5 分；达到此分潜力为「高」', en: 'Points, 1–5; from here High' },
  pot5Middle: { zh: '1–5 分；达到此分潜力为「中」', en: 'Points, 1–5; from here Medium' },
  derivedUpper: { zh: '能力高出标准的平均分，如 0.5；无潜力列时按此推导「高」', en: 'Mean competency surplus over the standard, e.g. 0.5; without a potential column, High from here' },
  derivedMiddle: { zh: '能力高出标准的平均分，如 -0.5；达到为「中」', en: 'Mean surplus, e.g. −0.5; Medium from here' },
  gapUpper: { zh: '能力级差（1–5 级之间），默认 1.5；达到此值为「高」', en: 'Competency levels (on 1–5), 1.5 by default; a gap this large is High' },
  gapMiddle: { zh: '能力级差，默认 0.5；达到此值为「中」', en: 'Competency levels, 0.5 by default; Medium from here' },
  distTolerance: { zh: '百分点，如 10；九宫格分布偏离参考比例超过此值时提示', en: 'Percentage points, e.g. 10; the grid is flagged when a share is further than this from the guide' },
  minGroup: { zh: '人数；少于此人数的部门不做分布检查', en: 'People; smaller groups are not checked' },
  managerTolerance: { zh: '绩效档 + 潜力档（0–4），默认 0.75；某上级下属的平均值与其他人相差超过此值且差异显著时提示', en: 'Performance band + potential band (0–4), 0.75 by default; a manager whose engineers differ from everyone else by more (and significantly) is flagged' },
  managerMinimum: { zh: '人数；下属少于此人数的上级不做检查', en: 'People; managers with fewer engineers are not checked' },
  mentorCapacity: { zh: '每位导师最多带教的人数', en: 'Most mentees per mentor' },
  reviewMonths: { zh: '月；一人一策的复盘日期在盘点日期之后的月数', en: 'Months from the review date to the plan review' },
  reviewDate: { zh: '格式 2026-01-31；留空则用首次运行的日期', en: 'As 2026-01-31; empty: the date of the first run' },
};

export const SETTING_FIELDS: readonly SettingField[] = [
  f('language', '输出语言', 'output language', 'Output language', 'groupGeneral', (s) => s.language, 'language'),
  f('reviewDate', '盘点日期', 'review date', 'Review date', 'groupGeneral', (s) => s.reviewDate ?? '', 'date'),
  f('hideSensitive', '打印隐藏敏感信息', 'hide sensitive in print', 'Hide sensitive information in print', 'groupGeneral', (s) => (s.hideSensitiveInPrint ? 'true' : 'false'), 'boolean'),
  f('perf100Upper', '百分制绩效优秀线', 'performance excellent cutoff 100', 'Performance: Excellent from (0–100)', 'groupCutoffs', (s) => num(s.performanceCutoffs100.upper)),
  f('perf100Middle', '百分制绩效合格线', 'performance qualified cutoff 100', 'Performance: Qualified from (0–100)', 'groupCutoffs', (s) => num(s.performanceCutoffs100.middle)),
  f('perf5Upper', '五分制绩效优秀线', 'performance excellent cutoff 5', 'Performance: Excellent from (1–5)', 'groupCutoffs', (s) => num(s.performanceCutoffs5.upper)),
  f('perf5Middle', '五分制绩效合格线', 'performance qualified cutoff 5', 'Performance: Qualified from (1–5)', 'groupCutoffs', (s) => num(s.performanceCutoffs5.middle)),
  f('pot100Upper', '百分制潜力高线', 'potential high cutoff 100', 'Potential: High from (0–100)', 'groupCutoffs', (s) => num(s.potentialCutoffs100.upper)),
  f('pot100Middle', '百分制潜力中线', 'potential medium cutoff 100', 'Potential: Medium from (0–100)', 'groupCutoffs', (s) => num(s.potentialCutoffs100.middle)),
  f('pot5Upper', '五分制潜力高线', 'potential high cutoff 5', 'Potential: High from (1–5)', 'groupCutoffs', (s) => num(s.potentialCutoffs5.upper)),
  f('pot5Middle', '五分制潜力中线', 'potential medium cutoff 5', 'Potential: Medium from (1–5)', 'groupCutoffs', (s) => num(s.potentialCutoffs5.middle)),
  f('derivedUpper', '潜力推导高线', 'derived potential high cutoff', 'Derived potential: High from', 'groupCutoffs', (s) => num(s.derivedPotentialCutoffs.upper)),
  f('derivedMiddle', '潜力推导中线', 'derived potential medium cutoff', 'Derived potential: Medium from', 'groupCutoffs', (s) => num(s.derivedPotentialCutoffs.middle)),
  f('gapUpper', '差距高线', 'gap high cutoff', 'Gap: High from', 'groupCutoffs', (s) => num(s.gapCutoffs.upper)),
  f('gapMiddle', '差距中线', 'gap medium cutoff', 'Gap: Medium from', 'groupCutoffs', (s) => num(s.gapCutoffs.middle)),
  f('distTolerance', '分布偏离阈值', 'distribution tolerance', 'Distribution tolerance (points)', 'groupChecks', (s) => num(s.distributionTolerance)),
  f('minGroup', '最小分组人数', 'minimum group', 'Minimum group size', 'groupChecks', (s) => num(s.minimumGroup)),
  f('managerTolerance', '上级偏差阈值', 'manager bias tolerance', 'Manager bias tolerance', 'groupChecks', (s) => num(s.managerBiasTolerance)),
  f('managerMinimum', '上级最小人数', 'manager minimum', 'Manager minimum engineers', 'groupChecks', (s) => num(s.managerMinimum)),
  f('mentorCapacity', '导师名额', 'mentor capacity', 'Mentor capacity', 'groupPlans', (s) => num(s.mentorCapacity)),
  f('reviewMonths', '复盘月数', 'review months', 'Months until plan review', 'groupPlans', (s) => num(s.reviewMonths)),
];

export type FormValues = Record<string, string>;

export function formValues(s: Settings): FormValues {
  return Object.fromEntries(SETTING_FIELDS.map((x) => [x.id, x.get(s)]));
}

/** The value as written into the sheet: numbers as numbers, yes/no in the sheet's language. */
function cellValue(field: SettingField, value: string, lang: Lang): string | number {
  if (field.kind === 'number') return parseNumberText(value) ?? value;
  if (field.kind === 'boolean') return value === 'true' ? (lang === 'zh-CN' ? '是' : 'Yes') : lang === 'zh-CN' ? '否' : 'No';
  return value.trim();
}

export interface FormCheck {
  entries: SettingsWriteEntry[];
  /** Field id → message, for the fields parseSettings refuses. */
  errors: Record<string, Text>;
}

/** The changed fields as settings entries (keys in `lang`), checked by parseSettings over the current settings. */
export function checkForm(values: FormValues, current: Settings, lang: Lang): FormCheck {
  const initial = formValues(current);
  const changed = SETTING_FIELDS.filter((x) => (values[x.id] ?? '') !== initial[x.id]);
  const entries = changed.map((x) => ({ key: lang === 'zh-CN' ? x.key.zh : x.key.en, value: cellValue(x, values[x.id] ?? '', lang) }));
  const errors: Record<string, Text> = {};
  const { issues } = parseSettings(entries.map((e) => ({ key: e.key, value: String(e.value) })), current);
  for (const issue of issues) errors[changed[issue.index].id] = issue.message;
  // Clearing a field is allowed only for the review date (the first run's date then applies).
  changed.forEach((x) => {
    if (x.kind === 'number' && (values[x.id] ?? '').trim() === '') errors[x.id] = { zh: '请填写数值', en: 'Enter a number' };
  });
  return { entries, errors };
}
