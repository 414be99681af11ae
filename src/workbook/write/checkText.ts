// The words of the distribution and manager checks (DOMAIN.md, The nine boxes), one home for the grid, the
// summary, the overview and the meeting packs: each flag says what was found with its Holm-adjusted p, e.g.
// 「研发中心 9 超级明星 5/14 = 36%（指引 5%，调整后 p = 0.004）」, and a group's line adds its chi-square,
// p and Cramér's V.
import type { Settings } from '../../domain/settings';
import type { DistributionFlag, DistributionGroup, GroupFit, Lang, ManagerBiasFlag } from '../../domain/types';
import { boxWithLabel } from './sensitive';

type ShownSettings = Pick<Settings, 'boxLabels' | 'hideSensitiveInPrint'>;

/** A p-value as a reader takes it in: three decimals, or 「< 0.001」. */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

function percent(share: number): string {
  return `${Math.round(share)}%`;
}

/** 「9 超级明星 5/14 = 36%（指引 5%，调整后 p = 0.004）」 (without the group). */
export function flagText(f: DistributionFlag, total: number, lang: Lang, settings: ShownSettings): string {
  const box = boxWithLabel(f.box, lang, settings);
  return lang === 'zh-CN'
    ? `${box} ${f.count}/${total} = ${percent(f.actual)}（指引 ${f.guidance}%，调整后 p ${formatP(f.pAdjusted)}）`
    : `${box} ${f.count}/${total} = ${percent(f.actual)} (guidance ${f.guidance}%, adjusted p ${formatP(f.pAdjusted)})`;
}

/** 「χ² = 23.10，p = 0.003（近似），Cramér's V = 0.42」 */
export function fitText(fit: GroupFit, lang: Lang): string {
  const approx = fit.approximate ? (lang === 'zh-CN' ? '（近似）' : ' (approximate)') : '';
  const sep = lang === 'zh-CN' ? '，' : ', ';
  return `χ² = ${fit.chiSquare.toFixed(2)}${sep}p ${formatP(fit.p)}${approx}${sep}Cramér's V = ${fit.cramersV.toFixed(2)}`;
}

/** The name of a group as a line starts: 「部门 研发中心（14 人，上级 王工）」. */
export function groupName(g: DistributionGroup, lang: Lang): string {
  const kind = g.groupKind === 'manager' ? (lang === 'zh-CN' ? '上级' : 'Manager') : lang === 'zh-CN' ? '部门' : 'Department';
  if (g.groupKind === 'all') return lang === 'zh-CN' ? `全体（${g.total} 人）` : `Everyone (${g.total})`;
  const managers = g.managers && g.managers.length > 0 ? g.managers.join(lang === 'zh-CN' ? '、' : ', ') : '';
  return lang === 'zh-CN'
    ? `${kind} ${g.group}（${g.total} 人${managers ? `，上级 ${managers}` : ''}）`
    : `${kind} ${g.group} (${g.total}${managers ? `; manager ${managers}` : ''})`;
}

/** One line per flagged group: its flags, then how unusual the group is as a whole. */
export function groupLine(g: DistributionGroup, lang: Lang, settings: ShownSettings): string {
  const flags = g.flags.map((f) => flagText(f, g.total, lang, settings)).join(lang === 'zh-CN' ? '；' : '; ');
  const fit = g.fit ? (lang === 'zh-CN' ? `。整体 ${fitText(g.fit, lang)}` : `. Overall ${fitText(g.fit, lang)}`) : '';
  return `⚠ ${groupName(g, lang)}${lang === 'zh-CN' ? '：' : ': '}${flags}${fit}`;
}

/** 「绩效与潜力指数均值 3.20，其他人 1.90（Welch t = 4.10, p = 0.002），评价可能偏宽」 */
export function biasDetail(b: ManagerBiasFlag, lang: Lang): string {
  const diff = b.mean - b.othersMean;
  const verdict = diff > 0 ? (lang === 'zh-CN' ? '评价可能偏宽' : 'ratings may be lenient') : lang === 'zh-CN' ? '评价可能偏严' : 'ratings may be strict';
  const stats = `Welch t = ${b.t.toFixed(2)}, p ${formatP(b.p)}`;
  return lang === 'zh-CN'
    ? `绩效与潜力指数均值 ${b.mean.toFixed(2)}，其他人 ${b.othersMean.toFixed(2)}（${stats}），${verdict}`
    : `mean performance + potential index ${b.mean.toFixed(2)}, everyone else ${b.othersMean.toFixed(2)} (${stats}); ${verdict}`;
}

export function biasLine(b: ManagerBiasFlag, lang: Lang): string {
  return lang === 'zh-CN'
    ? `⚠ 上级 ${b.manager}（${b.count} 人）：${biasDetail(b, lang)}`
    : `⚠ Manager ${b.manager} (${b.count}): ${biasDetail(b, lang)}`;
}

/** The rules in one line, under the checks' title. */
export function rulesLine(
  settings: Pick<Settings, 'minimumGroup' | 'distributionTolerance' | 'distributionSignificance' | 'managerMinimum' | 'managerBiasTolerance'>,
  lang: Lang,
): string {
  const a = settings.distributionSignificance;
  return lang === 'zh-CN'
    ? `规则：部门、上级人数 ≥ ${settings.minimumGroup} 时，某格占比与指引相差超过 ${settings.distributionTolerance} 个百分点，且精确二项检验经 Holm 校正后 p < ${a}，才提示；上级人数 ≥ ${settings.managerMinimum} 时，其下属绩效与潜力指数均值与其他人相差超过 ${settings.managerBiasTolerance} 且 Welch t 检验 p < ${a}，才提示。`
    : `Rules: a department or manager with at least ${settings.minimumGroup} engineers is flagged for a box only where its share is more than ${settings.distributionTolerance} points off the guidance and an exact binomial test, Holm-adjusted, gives p < ${a}; a manager with at least ${settings.managerMinimum} is flagged where the mean performance + potential index differs from everyone else's by more than ${settings.managerBiasTolerance} and Welch's t-test gives p < ${a}.`;
}
