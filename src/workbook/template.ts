// The input workbook a new user starts from: roster, standards and settings sheets with their headers,
// optionally filled with sample engineers. Written to a new file only, never over a user's workbook.
import { COMPETENCY_LABELS, DEFAULT_REQUIRED, LEVEL_LABELS, pick } from '../domain/catalogue';
import { COMPETENCIES, LEVELS, type Lang } from '../domain/types';
import type { PlanValue, SheetPlan, StyleGroup } from './plan';
import { a1Range } from './problems';
import { sampleDemand, sampleKeyPosts } from './planningSample';
import { SAMPLE_HEADERS, sampleRoster } from './sample';
import { ASSESSMENT_HEADERS, ASSESSMENT_HEADERS_EN, sampleAssessments } from './sampleAssessments';

const EN_HEADERS: Record<(typeof SAMPLE_HEADERS)[number], string> = {
  工号: 'ID',
  姓名: 'Name',
  部门: 'Department',
  直接上级: 'Manager',
  岗位: 'Position',
  工程师类别: 'Category',
  培育层级: 'Level',
  工龄: 'Years of experience',
  关键岗位: 'Key position',
  绩效等级: 'Performance',
  潜力等级: 'Potential',
  专业技术研究能力: 'Technical research',
  工程实践与应用能力: 'Engineering practice',
  复杂问题解决能力: 'Complex problem solving',
  专业学科交叉与整合能力: 'Cross-discipline integration',
  创新变革能力: 'Innovation',
  牵头重大项目数: 'Projects led',
  职业兴趣: 'Career interest',
  流失风险: 'Flight risk',
  是否在库: 'In pool',
  导师工号: 'Mentor ID',
};

/** Sample cell values that have an English form (levels, potential, yes/no, risk). */
const EN_VALUES: Record<string, string> = {
  初级培育对象: 'Tier 1',
  中级培育对象: 'Tier 2',
  高级培育对象: 'Tier 3',
  高: 'High',
  中: 'Medium',
  低: 'Low',
  是: 'Y',
  否: 'N',
};

const HEADER_STYLE: StyleGroup['style'] = { bold: true, fill: '#DDEBF7', border: 'thin', wrap: true, vAlign: 'middle' };
const FONT = 'Microsoft YaHei';

function inputSheet(name: string, lang: Lang, values: PlanValue[][], widths: number[]): SheetPlan {
  const cols = values[0].length;
  return {
    role: 'input',
    name,
    lang,
    visibility: 'visible',
    values,
    columnWidths: widths,
    numberFormats: [],
    styles: [{ style: HEADER_STYLE, ranges: [a1Range(0, 0, 0, cols - 1)] }],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    font: FONT,
  };
}

function rosterPlan(lang: Lang, sample: number): SheetPlan {
  const headers = SAMPLE_HEADERS.map((h) => (lang === 'zh-CN' ? h : EN_HEADERS[h]));
  let rows = sample > 0 ? sampleRoster(sample) : [];
  if (lang === 'en-US') rows = rows.map((r) => r.map((v) => (typeof v === 'string' && EN_VALUES[v]) || v));
  const widths = headers.map((h) => Math.max(8, Math.min(22, [...h].length * 1.8)));
  const plan = inputSheet(lang === 'zh-CN' ? '工程师名单' : 'Roster', lang, [headers, ...rows], widths);
  // IDs are text: a leading zero an HR person types must survive.
  plan.numberFormats.push({ format: '@', ranges: [`A2:A${Math.max(2, rows.length + 1)}`] });
  plan.validations = [
    {
      range: `G2:G${Math.max(200, rows.length + 1)}`,
      list: LEVELS.map((l) => pick(LEVEL_LABELS[l], lang)),
    },
  ];
  return plan;
}

function standardsPlan(lang: Lang): SheetPlan {
  const zh = lang === 'zh-CN';
  const headers = [zh ? '工程师类别' : 'Category', zh ? '培育层级' : 'Level', ...COMPETENCIES.map((c) => pick(COMPETENCY_LABELS[c], lang))];
  // The general standard per level (category *): the *default* numbers of DOMAIN.md, visible so people can change them.
  const rows: PlanValue[][] = LEVELS.map((l) => ['*', pick(LEVEL_LABELS[l], lang), ...COMPETENCIES.map(() => DEFAULT_REQUIRED[l])]);
  const widths = headers.map((h, i) => (i < 2 ? 16 : Math.max(12, [...h].length * 1.6)));
  return inputSheet(zh ? '能力素质标准' : 'Standards', lang, [headers, ...rows], widths);
}

/** The main settings with their defaults; every key of DOMAIN.md is accepted, these are the ones people change. */
function settingsPlan(lang: Lang): SheetPlan {
  const zh = lang === 'zh-CN';
  const rows: [string, string, PlanValue, string, string][] = [
    ['名单工作表', 'roster sheet', zh ? '工程师名单' : 'Roster', '花名册所在工作表', 'the sheet that holds the roster'],
    ['输出语言', 'output language', lang, 'zh-CN 或 en-US', 'zh-CN or en-US'],
    ['百分制绩效优秀线', 'performance cutoffs 100 excellent', 85, '百分制绩效得分 ≥ 此值为优秀', 'score ≥ this is Excellent'],
    ['百分制绩效合格线', 'performance cutoffs 100 qualified', 70, '≥ 此值为合格', 'score ≥ this is Qualified'],
    ['潜力推导高线', 'derived potential cutoffs high', 0.5, '未填潜力时按能力推导', 'when potential is empty it is derived'],
    ['潜力推导中线', 'derived potential cutoffs medium', -0.5, '', ''],
    ['差距高线', 'gap cutoffs high', 1.5, '差距 ≥ 此值为高', 'gap ≥ this is High'],
    ['差距中线', 'gap cutoffs medium', 0.5, '差距 ≥ 此值为中', 'gap ≥ this is Medium'],
    ['分布偏离阈值', 'distribution tolerance', 10, '与分布指引相差超过此百分点且统计显著才提示', 'flag a box off the guidance by more points, when significant'],
    ['分布显著性水平', 'distribution significance', 0.05, '经 Holm 校正后 p 低于此值才算显著', 'a flag needs a Holm-adjusted p below this'],
    ['最小分组人数', 'minimum group', 10, '人数不少于此值的部门才检查分布', 'departments this large are checked'],
    ['导师名额', 'mentor capacity', 3, '每位导师最多带教人数', 'mentees per mentor'],
    ['复盘月数', 'review months', 6, '一人一策复盘间隔', 'months until the plan review'],
    ['打印隐藏敏感信息', 'hide sensitive in print', zh ? '否' : 'No', '打印材料中隐去流失风险等', 'leave flight risk out of handouts'],
  ];
  const headers = zh ? ['设置项', '值', '说明'] : ['Key', 'Value', 'Notes'];
  const values: PlanValue[][] = [headers, ...rows.map(([kz, ke, v, nz, ne]) => [zh ? kz : ke, v, zh ? nz : ne])];
  return inputSheet(zh ? '盘点设置' : 'Settings', lang, values, [30, 16, 44]);
}

/**
 * 需求规划 and 关键岗位 (DOMAIN.md, "Supply and demand", "Key positions and succession"): headers only, or
 * lines made from the sample roster. An empty sheet counts as not given, so a new template reviews as before.
 */
function planningPlans(lang: Lang, sample: number): SheetPlan[] {
  const zh = lang === 'zh-CN';
  const roster = sample > 0 ? sampleRoster(sample) : [];
  const demand = sampleDemand(roster, lang);
  const posts = sampleKeyPosts(roster, lang);
  const postsPlan = inputSheet(zh ? '关键岗位' : 'Key positions', lang, posts, [22, 14, 18, 14, 14, 18]);
  // IDs are text, as in the roster: a leading zero must survive.
  postsPlan.numberFormats.push({ format: '@', ranges: [`E2:F${Math.max(50, posts.length)}`] });
  return [inputSheet(zh ? '需求规划' : 'Demand', lang, demand, [14, 18, 14, 10, 8, 8, 20]), postsPlan];
}

const EN_SOURCES: Record<string, string> = { 上级: 'Manager', 同事: 'Peer', 下属: 'Report', 专家: 'Expert', 自评: 'Self' };

/** 能力评价: one row per rating (DOMAIN.md, Assessments); sample ratings for two departments of the sample roster. */
function assessmentsPlan(lang: Lang, sample: number): SheetPlan {
  const zh = lang === 'zh-CN';
  const headers = ASSESSMENT_HEADERS.map((h) => (zh ? h : ASSESSMENT_HEADERS_EN[h]));
  let rows = sample > 0 ? sampleAssessments(sampleRoster(sample)) : [];
  if (!zh) rows = rows.map((r) => r.map((v) => (typeof v === 'string' && (EN_SOURCES[v] ?? EN_VALUES[v])) || v));
  const widths = headers.map((h, i) => (i < 3 ? 12 : Math.max(10, [...h].length * 1.6)));
  const plan = inputSheet(zh ? '能力评价' : 'Assessments', lang, [headers, ...rows], widths);
  plan.numberFormats.push({ format: '@', ranges: [`A2:A${Math.max(2, rows.length + 1)}`] });
  const sources = zh ? ['上级', '专家', '评价中心', '同事', '下属', '测验', '自评'] : ['Manager', 'Expert', 'Assessment centre', 'Peer', 'Report', 'Test', 'Self'];
  plan.validations = [{ range: `B2:B${Math.max(500, rows.length + 1)}`, list: sources }];
  return plan;
}

/**
 * Plans of a new roster workbook: roster (empty or with `sample` engineers), standards, settings, demand and
 * key posts; with `assessments`, a 能力评价 sheet too (sample ratings for two departments when there is a sample).
 */
export function templatePlans(lang: Lang, sample: number, assessments = false): SheetPlan[] {
  return [
    rosterPlan(lang, sample),
    standardsPlan(lang),
    settingsPlan(lang),
    ...planningPlans(lang, sample),
    ...(assessments ? [assessmentsPlan(lang, sample)] : []),
  ];
}

