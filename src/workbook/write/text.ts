// Names and headers of the output sheets, exactly as DOMAIN.md's output table gives them, in zh-CN and en-US.
import { pick } from '../../domain/catalogue';
import type { Lang, Text } from '../../domain/types';
import type { OutputRole } from '../plan';

export type NamedRole = Exclude<OutputRole, 'registry' | 'input'>;

export const SHEET_NAMES: Record<NamedRole, Text> = {
  results: { zh: '盘点结果', en: 'Review results' },
  check: { zh: '数据检查', en: 'Data check' },
  grid: { zh: '九宫格', en: 'Nine-box' },
  gaps: { zh: '能力差距', en: 'Gaps' },
  plans: { zh: '个人发展计划', en: 'Development plans' },
  pool: { zh: '培育库', en: 'Cultivation pool' },
  mentoring: { zh: '导师结对', en: 'Mentoring' },
  summary: { zh: '盘点汇总', en: 'Summary' },
  calibration: { zh: '校准记录', en: 'Calibration log' },
  meetingPack: { zh: '会议材料', en: 'Meeting pack' },
  talentMap: { zh: '人才地图', en: 'Talent map' },
  succession: { zh: '继任规划', en: 'Succession' },
  assessment: { zh: '评价汇总', en: 'Assessment summary' },
  overview: { zh: '盘点总览', en: 'Overview' },
  cards: { zh: '人才卡片', en: 'Talent cards' },
};

/** The very-hidden registry of output sheets; one name in every language so it is always found. */
export const REGISTRY_SHEET = '_卓越盘点';

export function sheetName(role: NamedRole, lang: Lang): string {
  return pick(SHEET_NAMES[role], lang);
}

/** Characters no sheet name may hold: Excel's : \\ / ? * [ ], and those XML 1.0 forbids (half a surrogate pair too). */
const NOT_IN_NAMES = /[:\\/?*[\]\u0000-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const NOT_IN_NAMES_ALL = /[:\\/?*[\]\u0000-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Excel's rules for a sheet name (../shared/DOMAIN.md "Limits of the file formats"): 1 to 31 characters, none
 * of : \ / ? * [ ] nor a character XML forbids, no apostrophe at either end, not History.
 */
export function isSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !NOT_IN_NAMES.test(name) && !/^'|'$/u.test(name) && name.toLowerCase() !== 'history';
}

/**
 * A name made to follow Excel's rules (isSheetName): forbidden characters become _ (control characters and
 * half surrogate pairs go), cut at 31 characters never inside a surrogate pair (an emoji would become
 * U+FFFD), apostrophes trimmed from both ends after the cut. A name with nothing left is "_"; History is
 * "History_". Unique names are the callers' part: they add (2), (3)… through withSuffix.
 */
export function safeSheetName(name: string): string {
  let cut = name.replace(NOT_IN_NAMES_ALL, (ch) => (/[:\\/?*[\]]/u.test(ch) ? '_' : '')).slice(0, 31);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  // Cut first, then trim apostrophes: a cut can end on one ("Meeting-Shanghai Plant Manager'"), which Excel refuses.
  cut = cut.replace(/^'+|'+$/gu, '');
  if (cut === '') return '_';
  return cut.toLowerCase() === 'history' ? `${cut}_` : cut;
}

/** `base` cut so that `suffix` fits Excel's 31 characters after it (never inside a surrogate pair). */
export function withSuffix(base: string, suffix: string): string {
  let head = base.slice(0, Math.max(0, 31 - suffix.length));
  if (/[\uD800-\uDBFF]$/u.test(head)) head = head.slice(0, -1);
  return safeSheetName(`${head}${suffix}`);
}

/** 盘点结果 headers, exactly and in this order. Further columns may follow, never precede. */
export const RESULTS_HEADERS: readonly Text[] = [
  { zh: '工号', en: 'ID' },
  { zh: '姓名', en: 'Name' },
  { zh: '部门', en: 'Department' },
  { zh: '工程师类别', en: 'Category' },
  { zh: '培育层级', en: 'Level' },
  { zh: '绩效等级', en: 'Performance band' },
  { zh: '潜力等级', en: 'Potential band' },
  { zh: '九宫格编号', en: 'Box' },
  { zh: '九宫格名称', en: 'Box label' },
  { zh: '校准后九宫格', en: 'Calibrated box' },
  { zh: '主要差距', en: 'Top gaps' },
  { zh: '培育库状态', en: 'Pool status' },
  { zh: '市级培育库参考', en: 'City pool check' },
  { zh: '导师', en: 'Mentor' },
  { zh: '成长阶段', en: 'Growth stage' },
  { zh: '说明', en: 'Explanation' },
];

/** The column of RESULTS_HEADERS holding the final (calibrated) box: what 「查看全部」 filters on. */
export const RESULTS_FINAL_BOX = 9;

export const CHECK_HEADERS: readonly Text[] = [
  { zh: '工作表', en: 'Sheet' },
  { zh: '单元格', en: 'Cell' },
  { zh: '级别', en: 'Severity' },
  { zh: '说明', en: 'Message' },
  { zh: '处数', en: 'Count' },
];

export const PROBLEM_SEVERITY: Record<'error' | 'warning' | 'info', Text> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};

/** The five identity columns that lead the gaps sheet (a subset of the results headers). */
export const GAPS_IDENTITY_HEADERS: readonly Text[] = RESULTS_HEADERS.slice(0, 5);

export const GAP_SUBHEADERS: readonly Text[] = [
  // Short: the actual and required columns are 7 wide, and a bold 'Actual' after ① broke mid-word in print.
  { zh: '实际', en: 'Act.' },
  { zh: '要求', en: 'Req.' },
  { zh: '差距', en: 'Gap' },
];

export const GAPS_TEXT = {
  legend: { zh: '图例（差距 = 要求 − 实际）', en: 'Legend (gap = required − actual)' },
} satisfies Record<string, Text>;

export const GRID_TEXT = {
  title: { zh: '九宫格 · 工程师盘点', en: 'Nine-box · engineer talent review' },
  potentialAxis: { zh: '潜力 ↑', en: 'Potential ↑' },
  performanceAxis: { zh: '绩效 →', en: 'Performance →' },
  reviewDate: { zh: '盘点日期', en: 'Review date' },
  total: { zh: '合计', en: 'Total' },
  people: { zh: '人', en: '' },
  distributionTitle: { zh: '分布与指引', en: 'Distribution against guidance' },
  colBox: { zh: '格位', en: 'Box' },
  colLabel: { zh: '名称', en: 'Label' },
  colCount: { zh: '人数', en: 'Count' },
  colShare: { zh: '占比', en: 'Share' },
  colGuidance: { zh: '指引', en: 'Guidance' },
  colDeviation: { zh: '偏离（百分点）', en: 'Deviation (points)' },
  colFlag: { zh: '提示', en: 'Flag' },
  // Which way the share is off the guidance: 'Off' read like 'switched off'.
  flagOver: { zh: '⚠ 偏高', en: '⚠ Over' },
  flagUnder: { zh: '⚠ 偏低', en: '⚠ Under' },
  checksTitle: { zh: '分布检查', en: 'Distribution checks' },
  noFlags: {
    zh: '✓ 各部门、各上级的分布均在指引范围内，未发现上级评价偏差',
    en: '✓ Every department and manager is within the guidance; no manager bias found',
  },
} satisfies Record<string, Text>;

/** 「9 超级明星 · 5人 · 6.3%」 / "9 Star · 5 · 6.3%". */
export function boxHeading(box: number, label: string, count: number, share: string, lang: Lang): string {
  const head = label === '' ? String(box) : `${box} ${label}`;
  return lang === 'zh-CN' ? `${head} · ${count}人 · ${share}` : `${head} · ${count} · ${share}`;
}

/** A share in percent with one decimal: 6.25 → "6.3%". */
export function formatShare(percent: number): string {
  return `${(Math.round(percent * 10) / 10).toFixed(1)}%`;
}

/** A signed number of points with one decimal: +15.0, −3.8. */
export function formatPoints(points: number): string {
  const r = Math.round(points * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)}`;
}

/** Columns that follow the sixteen of 盘点结果 when previous boxes are known (DOMAIN.md: may follow, never precede). */
export const MOVEMENT_HEADERS: readonly Text[] = [
  { zh: '上期九宫格', en: 'Previous box' },
  { zh: '变动', en: 'Movement' },
];

export const CALIBRATION_TEXT = {
  /** Appended to a calibrated engineer's name in the grid and the meeting pack: 「张伟*」. */
  mark: { zh: '*', en: '*' },
  legend: { zh: '* 已在盘点会议中校准（见「校准记录」）', en: '* Calibrated in the review meeting (see the calibration log)' },
  explained: { zh: '校准 {from}→{to}：{reason}', en: 'Calibrated {from}→{to}: {reason}' },
} satisfies Record<string, Text>;

/** The explanation's calibration note: 「校准 5→8：牵头完成关键项目」. */
export function calibrationNote(from: number, to: number, reason: string, lang: Lang): string {
  const t = lang === 'zh-CN' ? CALIBRATION_TEXT.explained.zh : CALIBRATION_TEXT.explained.en;
  return t.replace('{from}', String(from)).replace('{to}', String(to)).replace('{reason}', reason === '' ? '—' : reason);
}
