// Settings keys of 盘点设置 (DOMAIN.md, Settings keys): every key in Chinese or English, matched after
// normalisation, each with its value parser. An unknown key or a bad value is an issue and the value
// already in force is kept, so a typo never stops a review.
import { parseBoxActions } from './boxActions';
import { BOX_TABLE } from './catalogue';
import { parseSourceWord } from './assessmentSources';
import { defaultSettings, type Cutoffs, type FieldKey, type Settings } from './settings';
import { normalizeKey, normalizeText, round2 } from './text';
import { BOXES, type Box, type Lang, type LevelKey, type PerfBand, type PotBand, type Text } from './types';

export interface SettingsEntry {
  key: string;
  value: string;
}

export interface SettingsIssue {
  /** Index of the entry in the list given to parseSettings. */
  index: number;
  part: 'key' | 'value';
  message: Text;
}

export interface ParsedSettings {
  settings: Settings;
  issues: SettingsIssue[];
}

/**
 * Field keys as a `列:<field>` key may name them: the English key (any case and spacing) and the first
 * Chinese column name of DOMAIN.md's alias table. Order = the roster's column order in DOMAIN.md.
 */
export const FIELD_NAMES: Record<FieldKey, { en: string; zh: string }> = {
  id: { en: 'id', zh: '工号' },
  name: { en: 'name', zh: '姓名' },
  department: { en: 'department', zh: '部门' },
  manager: { en: 'manager', zh: '直接上级' },
  position: { en: 'position', zh: '岗位' },
  category: { en: 'category', zh: '工程师类别' },
  level: { en: 'level', zh: '培育层级' },
  years: { en: 'years', zh: '工龄' },
  workStart: { en: 'work start', zh: '参加工作时间' },
  keyPosition: { en: 'key position', zh: '关键岗位' },
  performance: { en: 'performance', zh: '绩效' },
  performanceScore: { en: 'performance score', zh: '绩效得分' },
  potential: { en: 'potential', zh: '潜力' },
  potentialScore: { en: 'potential score', zh: '潜力得分' },
  research: { en: 'research', zh: '专业技术研究能力' },
  practice: { en: 'practice', zh: '工程实践与应用能力' },
  problemSolving: { en: 'problem solving', zh: '复杂问题解决能力' },
  integration: { en: 'integration', zh: '专业学科交叉与整合能力' },
  innovation: { en: 'innovation', zh: '创新变革能力' },
  projectsLed: { en: 'projects led', zh: '牵头大型/复杂工程项目数' },
  careerInterest: { en: 'career interest', zh: '职业兴趣' },
  flightRisk: { en: 'flight risk', zh: '流失风险' },
  inPool: { en: 'in pool', zh: '在库' },
  mentorId: { en: 'mentor id', zh: '导师工号' },
  previousBox: { en: 'previous box', zh: '上期九宫格' },
  postPerformance: { en: 'post performance', zh: '岗位绩效' },
  postPerformanceScore: { en: 'post performance score', zh: '岗位绩效得分' },
  innovationPerformance: { en: 'innovation performance', zh: '创新绩效' },
  innovationPerformanceScore: { en: 'innovation performance score', zh: '创新绩效得分' },
  patents: { en: 'patents', zh: '专利数' },
  inventionPatents: { en: 'invention patents', zh: '发明专利数' },
  resultsTransferred: { en: 'results transferred', zh: '成果转化数' },
  apprentices: { en: 'apprentices', zh: '带徒人数' },
  innovations: { en: 'innovations', zh: '技术革新数' },
};

const FIELD_BY_NAME = new Map<string, FieldKey>();
for (const [field, names] of Object.entries(FIELD_NAMES) as [FieldKey, { en: string; zh: string }][]) {
  FIELD_BY_NAME.set(normalizeKey(names.en), field);
  FIELD_BY_NAME.set(normalizeKey(names.zh), field);
  FIELD_BY_NAME.set(normalizeKey(field), field);
}
FIELD_BY_NAME.set(normalizeKey('work start date'), 'workStart');
FIELD_BY_NAME.set(normalizeKey('mentor'), 'mentorId');

/** A field named by a `列:` key, or undefined. */
export function fieldFromName(name: string): FieldKey | undefined {
  return FIELD_BY_NAME.get(normalizeKey(name).replace(/[-_]/gu, ''));
}

// ---------------------------------------------------------------- value parsers (pure, reused by the reader)

/** A number written as text: `85`, `８５`, ` 0.75 `, `1,200`, `5%` (→ 5). */
export function parseNumberText(raw: string): number | undefined {
  let s = normalizeText(raw).replace(/,/gu, '');
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '对', 't']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '不是', 'f']);

/** 是/否, Y/N, TRUE/FALSE, 1/0, yes/no. */
export function parseBooleanText(raw: string): boolean | undefined {
  const k = normalizeKey(raw);
  if (TRUE_WORDS.has(k)) return true;
  if (FALSE_WORDS.has(k)) return false;
  return undefined;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar date written as `2015-07-01`, `2015/7/1`, `2015.7.1` or `2015年7月1日` → ISO `yyyy-mm-dd`. */
export function parseDateText(raw: string): string | undefined {
  const s = normalizeText(raw);
  const m =
    /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(s) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/u.exec(s);
  if (!m) return undefined;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Excel serial number (1900 system, Excel's phantom 1900-02-29 included) → ISO date; fractions are time. */
export function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  // Serial 60 is 1900-02-29, a day that never was; Excel counts it, so days before it are one off.
  const epochOffset = whole < 60 ? 25568 : 25569;
  if (whole === 60) return '1900-02-28';
  const d = new Date((whole - epochOffset) * 86400000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial number (1900 system). */
export function isoDateToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Date.UTC(y, m - 1, d) / 86400000;
  return days + (days + 25569 < 61 ? 25568 : 25569);
}

const PERF_VALUES: Record<string, PerfBand> = {
  优秀: 'excellent', excellent: 'excellent',
  合格: 'qualified', qualified: 'qualified',
  待提升: 'needs', needsimprovement: 'needs', needs: 'needs',
};
const POT_VALUES: Record<string, PotBand> = {
  高: 'high', high: 'high', h: 'high',
  中: 'medium', medium: 'medium', m: 'medium',
  低: 'low', low: 'low', l: 'low',
};

/** 初级/中级/高级(培育对象), Tier 1/2/3, junior/intermediate/senior. */
export function parseLevelWord(raw: string): LevelKey | undefined {
  const k = normalizeKey(raw).replace(/[()（）]/gu, '');
  const table: Record<string, LevelKey> = {
    初级: 'junior', 初级培育对象: 'junior', tier1: 'junior', junior: 'junior',
    中级: 'intermediate', 中级培育对象: 'intermediate', tier2: 'intermediate', intermediate: 'intermediate',
    高级: 'senior', 高级培育对象: 'senior', tier3: 'senior', senior: 'senior',
  };
  return table[k];
}

/** A box 1–9, or a box label in either language (or an overriding label). */
export function parseBoxText(raw: string, overrides?: Partial<Record<Box, string>>): Box | undefined {
  const n = parseNumberText(raw);
  if (n !== undefined) return Number.isInteger(n) && n >= 1 && n <= 9 ? (n as Box) : undefined;
  const k = normalizeKey(raw);
  for (const b of BOXES) {
    const o = overrides?.[b];
    if (o !== undefined && normalizeKey(o) === k) return b;
  }
  for (const b of BOXES) {
    const l = BOX_TABLE[b].label;
    if (normalizeKey(l.zh) === k || normalizeKey(l.en) === k) return b;
  }
  // "8 潜力之星", as the product's own sheets show a box: the number and that same box's label.
  const both = /^([1-9])\s*[·.、:：-]?\s*(\S.*)$/u.exec(normalizeText(raw));
  if (!both) return undefined;
  const box = Number(both[1]) as Box;
  return parseBoxText(both[2], overrides) === box ? box : undefined;
}

function parseLang(raw: string): Lang | undefined {
  const k = normalizeKey(raw).replace(/_/gu, '-');
  if (['zh-cn', 'zh', '中文', '简体中文', 'chinese', 'zh-hans'].includes(k)) return 'zh-CN';
  if (['en-us', 'en', 'english', '英文', '英语'].includes(k)) return 'en-US';
  return undefined;
}

function parseScope(raw: string): 'all' | 'pool' | undefined {
  const k = normalizeKey(raw);
  if (['全员', 'all', 'everyone', '全部'].includes(k)) return 'all';
  if (['培育库', 'pool', '在库', 'poolmembers', '培育库成员'].includes(k)) return 'pool';
  return undefined;
}

function parseColour(raw: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/iu.exec(normalizeText(raw));
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

/** `1,3,5,10` (also `、`, `；`, spaces): four increasing non-negative numbers. */
function parseStageYears(raw: string): [number, number, number, number] | undefined {
  const parts = normalizeText(raw).split(/[,;、\s]+/u).filter((p) => p !== '');
  if (parts.length !== 4) return undefined;
  const nums = parts.map(parseNumberText);
  if (nums.some((n) => n === undefined || n < 0)) return undefined;
  const ns = nums as number[];
  for (let i = 1; i < 4; i++) if (ns[i] <= ns[i - 1]) return undefined;
  return [ns[0], ns[1], ns[2], ns[3]];
}

function parsePair(raw: string): [number, number] | undefined {
  const parts = normalizeText(raw).split(/[,;、\s/]+/u).filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const a = parseNumberText(parts[0]);
  const b = parseNumberText(parts[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}

// ---------------------------------------------------------------- the key table

type Apply = (s: Settings, value: string) => Text | undefined;

const bad = (zh: string, en: string): Text => ({ zh, en });

interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

function numberSetter(rule: NumberRule, set: (s: Settings, n: number) => void): Apply {
  return (s, value) => {
    const n = parseNumberText(value);
    const range = `${rule.min}–${rule.max}`;
    if (n === undefined || n < rule.min || n > rule.max || (rule.integer && !Number.isInteger(n))) {
      const kind = rule.integer ? { zh: '整数', en: 'a whole number' } : { zh: '数字', en: 'a number' };
      return bad(`「${value}」不是 ${range} 之间的${kind.zh}`, `"${value}" is not ${kind.en} from ${range}`);
    }
    set(s, round2(n));
    return undefined;
  };
}

type CutoffKey =
  | 'performanceCutoffs100'
  | 'performanceCutoffs5'
  | 'potentialCutoffs100'
  | 'potentialCutoffs5'
  | 'derivedPotentialCutoffs'
  | 'gapCutoffs';

const CUTOFF_RANGES: Record<CutoffKey, NumberRule> = {
  performanceCutoffs100: { min: 0, max: 100 },
  performanceCutoffs5: { min: 0, max: 5 },
  potentialCutoffs100: { min: 0, max: 100 },
  potentialCutoffs5: { min: 0, max: 5 },
  derivedPotentialCutoffs: { min: -4, max: 4 },
  gapCutoffs: { min: 0.01, max: 4 },
};

function cutoffSetter(which: CutoffKey, part: keyof Cutoffs): Apply {
  return numberSetter(CUTOFF_RANGES[which], (s, n) => {
    s[which] = { ...s[which], [part]: n };
  });
}

function cutoffPairSetter(which: CutoffKey): Apply {
  return (s, value) => {
    const pair = parsePair(value);
    const r = CUTOFF_RANGES[which];
    if (!pair || pair.some((n) => n < r.min || n > r.max)) {
      return bad(
        `「${value}」应为两个 ${r.min}–${r.max} 之间的数字，如「85, 70」（上线, 中线）`,
        `"${value}" should be two numbers from ${r.min}–${r.max}, e.g. "85, 70" (upper, middle)`,
      );
    }
    s[which] = { upper: round2(pair[0]), middle: round2(pair[1]) };
    return undefined;
  };
}

function textSetter(set: (s: Settings, t: string) => void): Apply {
  return (s, value) => {
    set(s, normalizeText(value));
    return undefined;
  };
}

/** Plain keys: each Chinese and English spelling → what it sets. */
const PLAIN_KEYS: [string[], Apply][] = [
  [['名单工作表', 'roster sheet', 'roster'], textSetter((s, t) => (s.rosterSheet = t))],
  [['标题行', '表头行', 'header row'], numberSetter({ min: 1, max: 1048576, integer: true }, (s, n) => (s.headerRow = n))],
  [['百分制绩效优秀线', 'performance excellent cutoff 100', 'performance cutoff 100 excellent'], cutoffSetter('performanceCutoffs100', 'upper')],
  [['百分制绩效合格线', 'performance qualified cutoff 100', 'performance cutoff 100 qualified'], cutoffSetter('performanceCutoffs100', 'middle')],
  [['百分制绩效线', 'performance cutoffs 100'], cutoffPairSetter('performanceCutoffs100')],
  [['五分制绩效优秀线', 'performance excellent cutoff 5', 'performance cutoff 5 excellent'], cutoffSetter('performanceCutoffs5', 'upper')],
  [['五分制绩效合格线', 'performance qualified cutoff 5', 'performance cutoff 5 qualified'], cutoffSetter('performanceCutoffs5', 'middle')],
  [['五分制绩效线', 'performance cutoffs 5'], cutoffPairSetter('performanceCutoffs5')],
  [['百分制潜力高线', 'potential high cutoff 100', 'potential cutoff 100 high'], cutoffSetter('potentialCutoffs100', 'upper')],
  [['百分制潜力中线', 'potential medium cutoff 100', 'potential cutoff 100 medium'], cutoffSetter('potentialCutoffs100', 'middle')],
  [['百分制潜力线', 'potential cutoffs 100'], cutoffPairSetter('potentialCutoffs100')],
  [['五分制潜力高线', 'potential high cutoff 5', 'potential cutoff 5 high'], cutoffSetter('potentialCutoffs5', 'upper')],
  [['五分制潜力中线', 'potential medium cutoff 5', 'potential cutoff 5 medium'], cutoffSetter('potentialCutoffs5', 'middle')],
  [['五分制潜力线', 'potential cutoffs 5'], cutoffPairSetter('potentialCutoffs5')],
  [['潜力推导高线', 'derived potential high cutoff'], cutoffSetter('derivedPotentialCutoffs', 'upper')],
  [['潜力推导中线', 'derived potential medium cutoff'], cutoffSetter('derivedPotentialCutoffs', 'middle')],
  [['潜力推导线', 'derived potential cutoffs'], cutoffPairSetter('derivedPotentialCutoffs')],
  [['差距高线', 'gap high cutoff'], cutoffSetter('gapCutoffs', 'upper')],
  [['差距中线', 'gap medium cutoff'], cutoffSetter('gapCutoffs', 'middle')],
  [['差距线', 'gap cutoffs'], cutoffPairSetter('gapCutoffs')],
  [['分布偏离阈值', 'distribution tolerance'], numberSetter({ min: 0, max: 100 }, (s, n) => (s.distributionTolerance = n))],
  [['分布显著性水平', 'distribution significance'], numberSetter({ min: 0.01, max: 0.5 }, (s, n) => (s.distributionSignificance = n))],
  [['最小分组人数', 'minimum group'], numberSetter({ min: 1, max: 100000, integer: true }, (s, n) => (s.minimumGroup = n))],
  [['上级偏差阈值', 'manager bias tolerance'], numberSetter({ min: 0, max: 4 }, (s, n) => (s.managerBiasTolerance = n))],
  [['上级最小人数', 'manager minimum'], numberSetter({ min: 1, max: 100000, integer: true }, (s, n) => (s.managerMinimum = n))],
  [['推荐工龄', 'candidate years'], numberSetter({ min: 0, max: 60 }, (s, n) => (s.candidateYears = n))],
  [['推荐项目数', 'candidate projects'], numberSetter({ min: 0, max: 1000, integer: true }, (s, n) => (s.candidateProjects = n))],
  [['推荐能力线', 'candidate competency'], numberSetter({ min: 1, max: 5 }, (s, n) => (s.candidateCompetency = n))],
  [['导师工龄', 'mentor years'], numberSetter({ min: 0, max: 60 }, (s, n) => (s.mentorYears = n))],
  [['导师项目数', 'mentor projects'], numberSetter({ min: 0, max: 1000, integer: true }, (s, n) => (s.mentorProjects = n))],
  [['导师能力线', 'mentor competency'], numberSetter({ min: 1, max: 5 }, (s, n) => (s.mentorCompetency = n))],
  [['导师名额', 'mentor capacity'], numberSetter({ min: 0, max: 100, integer: true }, (s, n) => (s.mentorCapacity = n))],
  [['学员工龄上限', 'mentee max years'], numberSetter({ min: 0, max: 60 }, (s, n) => (s.menteeMaxYears = n))],
  [['导师工龄差', 'mentor year margin'], numberSetter({ min: 0, max: 60 }, (s, n) => (s.mentorYearMargin = n))],
  [['学习期限（月）', '学习期限', 'mentoring months'], numberSetter({ min: 1, max: 120, integer: true }, (s, n) => (s.mentoringMonths = n))],
  [['复盘月数', 'review months'], numberSetter({ min: 1, max: 120, integer: true }, (s, n) => (s.reviewMonths = n))],
  // Supply and demand, succession (DOMAIN.md, "Supply and demand", "Key positions and succession").
  [['紧缺缺口比例', 'scarce gap share'], numberSetter({ min: 0, max: 1 }, (s, n) => (s.scarceShare = n))],
  [
    ['人才地图列', 'talent map columns'],
    (s, value) => {
      const k = normalizeKey(value);
      if (['部门', 'department', 'departments', 'dept'].includes(k)) s.mapColumns = 'department';
      else if (['公司', '全公司', 'company', 'whole company'].map(normalizeKey).includes(k)) s.mapColumns = 'company';
      else return bad(`「${value}」应为「部门」或「公司」`, `"${value}" should be "department" or "company"`);
      return undefined;
    },
  ],
  [['任务期限', 'cultivation term', 'term'], textSetter((s, t) => (s.cultivationTerm = t === '' ? undefined : t))],
  [['市级预期培育数量', 'expected city nominations'], numberSetter({ min: 0, max: 100000, integer: true }, (s, n) => (s.cityTarget = n))],
  [['后备人数', 'successors per post'], numberSetter({ min: 0, max: 20, integer: true }, (s, n) => (s.successorCount = n))],
  [
    ['成长阶段年限', 'stage years'],
    (s, value) => {
      const v = parseStageYears(value);
      if (!v) return bad(`「${value}」应为四个递增的年数，如「1,3,5,10」`, `"${value}" should be four increasing year counts, e.g. "1,3,5,10"`);
      s.stageYears = v;
      return undefined;
    },
  ],
  [
    ['计划范围', 'plan scope'],
    (s, value) => {
      const v = parseScope(value);
      if (!v) return bad(`「${value}」应为「全员」或「培育库」`, `"${value}" should be "all" or "pool"`);
      s.planScope = v;
      return undefined;
    },
  ],
  [
    ['盘点日期', 'review date'],
    (s, value) => {
      const n = parseNumberText(value);
      const v = parseDateText(value) ?? (n !== undefined && n > 1 ? serialToIsoDate(n) : undefined);
      if (!v) return bad(`「${value}」不是日期（如 2025-06-30）`, `"${value}" is not a date (e.g. 2025-06-30)`);
      s.reviewDate = v;
      return undefined;
    },
  ],
  [
    ['输出语言', 'output language', 'language'],
    (s, value) => {
      const v = parseLang(value);
      if (!v) return bad(`「${value}」应为 zh-CN（中文）或 en-US（English）`, `"${value}" should be zh-CN (中文) or en-US (English)`);
      s.language = v;
      return undefined;
    },
  ],
  [
    ['绩效口径', 'performance basis'],
    (s, value) => {
      const k = normalizeKey(value).replace(/[-_]/gu, '');
      if (['综合', 'overall', '自动', 'auto'].includes(k)) s.performanceBasis = 'auto';
      else if (['双线', 'twoline', 'twolines', '岗位+创新'].includes(k)) s.performanceBasis = 'twoLine';
      else return bad(`「${value}」应为「综合」或「双线」`, `"${value}" should be "overall" or "two-line"`);
      return undefined;
    },
  ],
  [['岗位绩效权重', 'post weight', 'post performance weight'], numberSetter({ min: 0, max: 100 }, (s, n) => (s.postWeight = n))],
  [['创新绩效权重', 'innovation weight', 'innovation performance weight'], numberSetter({ min: 0, max: 100 }, (s, n) => (s.innovationWeight = n))],
  [['最少匿名评价人数', 'minimum anonymous raters'], numberSetter({ min: 1, max: 100, integer: true }, (s, n) => (s.minAnonymousRaters = n))],
  [
    ['打印隐藏敏感信息', 'hide sensitive in print'],
    (s, value) => {
      const v = parseBooleanText(value);
      if (v === undefined) return bad(`「${value}」应为「是」或「否」`, `"${value}" should be yes or no`);
      s.hideSensitiveInPrint = v;
      return undefined;
    },
  ],
];

const PLAIN = new Map<string, Apply>();
for (const [names, apply] of PLAIN_KEYS) for (const n of names) PLAIN.set(normalizeKey(n), apply);

type Prefixed = (s: Settings, arg: string, value: string) => { part: 'key' | 'value'; message: Text } | undefined;

const keyIssue = (zh: string, en: string) => ({ part: 'key' as const, message: { zh, en } });
const valueIssue = (zh: string, en: string) => ({ part: 'value' as const, message: { zh, en } });

function boxArg(arg: string): Box | undefined {
  return parseBoxText(arg);
}

const PREFIXED_KEYS: [string[], Prefixed][] = [
  [
    ['列', 'column', 'col'],
    (s, arg, value) => {
      const field = fieldFromName(arg);
      if (!field) {
        return keyIssue(
          `「${arg}」不是可映射的字段，可用：${Object.values(FIELD_NAMES).map((f) => f.zh).join('、')}`,
          `"${arg}" is not a field that can be mapped; use one of: ${Object.values(FIELD_NAMES).map((f) => f.en).join(', ')}`,
        );
      }
      s.columnMap = { ...s.columnMap, [field]: normalizeText(value) };
      return undefined;
    },
  ],
  [
    ['绩效映射', 'performance map'],
    (s, arg, value) => {
      const v = PERF_VALUES[normalizeKey(value)];
      if (!v) return valueIssue(`「${value}」应为 优秀、合格 或 待提升`, `"${value}" should be Excellent, Qualified or Needs improvement`);
      s.performanceMap = { ...s.performanceMap, [normalizeKey(arg)]: v };
      return undefined;
    },
  ],
  [
    ['潜力映射', 'potential map'],
    (s, arg, value) => {
      const v = POT_VALUES[normalizeKey(value)];
      if (!v) return valueIssue(`「${value}」应为 高、中 或 低`, `"${value}" should be High, Medium or Low`);
      s.potentialMap = { ...s.potentialMap, [normalizeKey(arg)]: v };
      return undefined;
    },
  ],
  [
    ['层级映射', 'level map'],
    (s, arg, value) => {
      const v = parseLevelWord(value);
      if (!v) return valueIssue(`「${value}」应为 初级、中级 或 高级`, `"${value}" should be Tier 1, Tier 2 or Tier 3 (junior, intermediate, senior)`);
      s.levelMap = { ...s.levelMap, [normalizeKey(arg)]: v };
      return undefined;
    },
  ],
  [
    ['分布指引', 'guidance'],
    (s, arg, value) => {
      const box = boxArg(arg);
      if (!box) return keyIssue(`「${arg}」不是九宫格编号 1–9`, `"${arg}" is not a box 1–9`);
      const n = parseNumberText(value);
      if (n === undefined || n < 0 || n > 100) return valueIssue(`「${value}」不是 0–100 之间的百分比`, `"${value}" is not a share from 0–100`);
      s.guidance = { ...s.guidance, [box]: round2(n) };
      return undefined;
    },
  ],
  [
    ['梯队目标', 'pool target'],
    (s, arg, value) => {
      const level = parseLevelWord(arg);
      if (!level) return keyIssue(`「${arg}」不是培育层级（初级、中级、高级）`, `"${arg}" is not a level (Tier 1, Tier 2, Tier 3)`);
      const n = parseNumberText(value);
      if (n === undefined || n < 0 || !Number.isInteger(n)) return valueIssue(`「${value}」不是 0 或以上的整数`, `"${value}" is not a whole number of 0 or more`);
      s.poolTargets = { ...s.poolTargets, [level]: n };
      return undefined;
    },
  ],
  [
    ['九宫格名称', 'box label'],
    (s, arg, value) => {
      const box = boxArg(arg);
      if (!box) return keyIssue(`「${arg}」不是九宫格编号 1–9`, `"${arg}" is not a box 1–9`);
      s.boxLabels = { ...s.boxLabels, [box]: normalizeText(value) };
      return undefined;
    },
  ],
  [
    ['行动', 'actions', 'action'],
    (s, arg, value) => {
      const box = boxArg(arg);
      if (!box) return keyIssue(`「${arg}」不是九宫格编号 1–9`, `"${arg}" is not a box 1–9`);
      const rows = parseBoxActions(box, value);
      if (!rows) return valueIssue('行动为空，应写作「行动（目标）」，多行用 ; 分隔', 'No action given; write "action (target)", rows separated by ;');
      s.boxActions = { ...s.boxActions, [box]: rows };
      return undefined;
    },
  ],
  [
    ['九宫格颜色', 'box colour', 'box color'],
    (s, arg, value) => {
      const box = boxArg(arg);
      if (!box) return keyIssue(`「${arg}」不是九宫格编号 1–9`, `"${arg}" is not a box 1–9`);
      const c = parseColour(value);
      if (!c) return valueIssue(`「${value}」不是颜色，应写作 #RRGGBB（如 #1E7B34）`, `"${value}" is not a colour; write #RRGGBB (e.g. #1E7B34)`);
      s.boxColours = { ...s.boxColours, [box]: c };
      return undefined;
    },
  ],
  [
    ['评价权重', 'assessment weight'],
    (s, arg, value) => {
      const source = parseSourceWord(arg);
      if (!source) return keyIssue(`「${arg}」不是评价来源（自评、上级、同事、下属、专家、评价中心、测验）`, `"${arg}" is not an assessment source (self, manager, peer, report, expert, assessment centre, test)`);
      const n = parseNumberText(value);
      if (n === undefined || n < 0 || n > 100) return valueIssue(`「${value}」不是 0–100 之间的数字`, `"${value}" is not a number from 0–100`);
      s.assessmentWeights = { ...s.assessmentWeights, [source]: round2(n) };
      return undefined;
    },
  ],
];

const PREFIXED = new Map<string, Prefixed>();
for (const [names, apply] of PREFIXED_KEYS) for (const n of names) PREFIXED.set(normalizeKey(n), apply);

const CUTOFF_NAMES: Record<CutoffKey, Text> = {
  performanceCutoffs100: { zh: '百分制绩效优秀线、合格线', en: 'performance cutoffs 100' },
  performanceCutoffs5: { zh: '五分制绩效优秀线、合格线', en: 'performance cutoffs 5' },
  potentialCutoffs100: { zh: '百分制潜力高线、中线', en: 'potential cutoffs 100' },
  potentialCutoffs5: { zh: '五分制潜力高线、中线', en: 'potential cutoffs 5' },
  derivedPotentialCutoffs: { zh: '潜力推导高线、中线', en: 'derived potential cutoffs' },
  gapCutoffs: { zh: '差距高线、中线', en: 'gap cutoffs' },
};

function cloneSettings(s: Settings): Settings {
  return {
    ...s,
    columnMap: { ...s.columnMap },
    performanceMap: { ...s.performanceMap },
    potentialMap: { ...s.potentialMap },
    levelMap: { ...s.levelMap },
    guidance: { ...s.guidance },
    stageYears: [...s.stageYears],
    boxLabels: { ...s.boxLabels },
    boxColours: { ...s.boxColours },
    poolTargets: { ...s.poolTargets },
    boxActions: { ...s.boxActions },
    assessmentWeights: { ...s.assessmentWeights },
  };
}

/**
 * Applies settings entries, in order, over `base` (the defaults when absent). A later entry for the same
 * key wins. Entries with an empty key or an empty value change nothing.
 */
export function parseSettings(entries: readonly SettingsEntry[], base?: Settings): ParsedSettings {
  const start = base ?? defaultSettings();
  const settings = cloneSettings(start);
  const issues: SettingsIssue[] = [];
  const lastCutoffEntry = new Map<CutoffKey, number>();

  entries.forEach((entry, index) => {
    const rawKey = normalizeText(entry.key);
    const value = normalizeText(entry.value);
    if (rawKey === '' || value === '') return;
    const before = cloneSettings(settings);
    const colon = rawKey.indexOf(':'); // NFKC turns the full-width ： into :
    let issue: { part: 'key' | 'value'; message: Text } | undefined;
    if (colon >= 0) {
      const prefix = normalizeKey(rawKey.slice(0, colon));
      const arg = normalizeText(rawKey.slice(colon + 1));
      const apply = PREFIXED.get(prefix);
      if (!apply) issue = unknownKey(rawKey);
      else if (arg === '') issue = keyIssue(`「${rawKey}」冒号后缺少名称`, `"${rawKey}" names nothing after the colon`);
      else issue = apply(settings, arg, value);
    } else {
      const apply = PLAIN.get(normalizeKey(rawKey));
      if (!apply) issue = unknownKey(rawKey);
      else {
        const m = apply(settings, value);
        if (m) issue = { part: 'value', message: m };
      }
    }
    if (issue) {
      issues.push({ index, ...issue });
      return;
    }
    for (const k of Object.keys(CUTOFF_NAMES) as CutoffKey[]) {
      if (settings[k].upper !== before[k].upper || settings[k].middle !== before[k].middle) lastCutoffEntry.set(k, index);
    }
  });

  // An upper line below the middle one would make the middle band unreachable: keep the defaults instead.
  for (const [k, index] of lastCutoffEntry) {
    if (settings[k].upper < settings[k].middle) {
      issues.push({
        index,
        part: 'value',
        message: {
          zh: `${CUTOFF_NAMES[k].zh}：上线 ${settings[k].upper} 低于中线 ${settings[k].middle}，仍用 ${start[k].upper}、${start[k].middle}`,
          en: `${CUTOFF_NAMES[k].en}: the upper line ${settings[k].upper} is below the middle line ${settings[k].middle}; keeping ${start[k].upper}, ${start[k].middle}`,
        },
      });
      settings[k] = { ...start[k] };
    }
  }
  issues.sort((a, b) => a.index - b.index);
  return { settings, issues };
}

function unknownKey(key: string): { part: 'key'; message: Text } {
  return keyIssue(`未知的设置项「${key}」，已忽略`, `Unknown setting "${key}", ignored`);
}

// ---------------------------------------------------------------- key identity (for writing 盘点设置)

const PLAIN_ID = new Map<string, number>();
PLAIN_KEYS.forEach(([names], i) => names.forEach((n) => PLAIN_ID.set(normalizeKey(n), i)));
const PREFIXED_ID = new Map<string, number>();
PREFIXED_KEYS.forEach(([names], i) => names.forEach((n) => PREFIXED_ID.set(normalizeKey(n), i)));

/**
 * One identity per key as parseSettings understands it, so that two spellings of one key (`列:工号` and
 * `column:id`, `差距高线` and `gap high cutoff`) compare equal; undefined for a key parseSettings does not know.
 */
export function settingsKeyIdentity(key: string): string | undefined {
  const raw = normalizeText(key);
  const colon = raw.indexOf(':');
  if (colon < 0) {
    const i = PLAIN_ID.get(normalizeKey(raw));
    return i === undefined ? undefined : `plain:${i}`;
  }
  const group = PREFIXED_ID.get(normalizeKey(raw.slice(0, colon)));
  const arg = normalizeText(raw.slice(colon + 1));
  if (group === undefined || arg === '') return undefined;
  const prefix = normalizeKey(PREFIXED_KEYS[group][0][0]);
  let argId: string | undefined;
  if (prefix === '列') argId = fieldFromName(arg);
  else if (['分布指引', '九宫格名称', '九宫格颜色', '行动'].includes(prefix)) argId = boxArg(arg)?.toString();
  else if (prefix === '评价权重') argId = parseSourceWord(arg);
  else argId = normalizeKey(arg);
  return argId === undefined ? undefined : `${group}:${argId}`;
}
