// Sample 需求规划 and 关键岗位 sheets for the template and the demo, made from the sample roster so the
// talent map has scarce and over-supplied cells and the succession sheet a post at risk. Deterministic.
import { LEVEL_LABELS, pick } from '../domain/catalogue';
import { LEVELS, type Lang } from '../domain/types';
import type { PlanValue } from './plan';

const COL = { id: 0, dept: 2, position: 4, category: 5, level: 6, risk: 18 } as const;

function levelWord(zhLabel: PlanValue, lang: Lang): string {
  const level = LEVELS.find((l) => LEVEL_LABELS[l].zh === zhLabel);
  return level ? pick(LEVEL_LABELS[level], lang) : String(zhLabel ?? '');
}

/**
 * Demand lines: for each department its two largest category × level cells, the first short by three (and
 * marked 紧缺 in the first department), the second over-supplied by one; and one company-wide line.
 */
export function sampleDemand(roster: readonly PlanValue[][], lang: Lang): PlanValue[][] {
  const zh = lang === 'zh-CN';
  const headers = zh
    ? ['部门', '工程师类别', '培育层级', '需求人数', '期限', '紧缺', '说明']
    : ['Department', 'Category', 'Level', 'Needed', 'By', 'Scarce', 'Note'];
  const cells = new Map<string, { dept: string; category: string; level: PlanValue; count: number }>();
  for (const r of roster) {
    const key = `${String(r[COL.dept])}\u0001${String(r[COL.category])}\u0001${String(r[COL.level])}`;
    const cell = cells.get(key) ?? { dept: String(r[COL.dept]), category: String(r[COL.category]), level: r[COL.level], count: 0 };
    cell.count++;
    cells.set(key, cell);
  }
  const depts = [...new Set(roster.map((r) => String(r[COL.dept])))];
  const rows: PlanValue[][] = [headers];
  depts.forEach((dept, d) => {
    const biggest = [...cells.values()].filter((c) => c.dept === dept).sort((a, b) => b.count - a.count).slice(0, 2);
    biggest.forEach((c, k) => {
      const short = k === 0;
      rows.push([
        c.dept, c.category, levelWord(c.level, lang), short ? c.count + 3 : Math.max(0, c.count - 1), 2027,
        short && d === 0 ? (zh ? '是' : 'Yes') : null,
        short ? (zh ? '新产线投产' : 'New line starts') : null,
      ]);
    });
  });
  rows.push(['*', zh ? '"双跨"型工程师' : '"双跨"型工程师', '*', 6, 2028, null, zh ? '数字化转型' : 'Digital transformation']);
  return rows;
}

/**
 * Key posts: one a department, held by its first senior engineer (the first at high flight risk where there
 * is one, so a post is at risk), and one vacancy.
 */
export function sampleKeyPosts(roster: readonly PlanValue[][], lang: Lang): PlanValue[][] {
  const zh = lang === 'zh-CN';
  const headers = zh
    ? ['岗位名称', '部门', '工程师类别', '培育层级', '在岗人员工号', '后备人员工号']
    : ['Position', 'Department', 'Category', 'Level', 'Incumbent ID', 'Successor IDs'];
  const rows: PlanValue[][] = [headers];
  const depts = [...new Set(roster.map((r) => String(r[COL.dept])))];
  for (const dept of depts) {
    const seniors = roster.filter((r) => r[COL.dept] === dept && r[COL.level] === '高级培育对象');
    const holder = seniors.find((r) => r[COL.risk] === '高') ?? seniors[0];
    if (!holder) continue;
    const title = `${zh ? '首席' : 'Chief '}${String(holder[COL.position])}`;
    rows.push([title, dept, holder[COL.category], levelWord(holder[COL.level], lang), holder[COL.id], null]);
  }
  const first = roster[0];
  if (first) rows.push([zh ? '智能装备平台总师' : 'Smart equipment platform lead', first[COL.dept], first[COL.category], levelWord('高级培育对象', lang), null, null]);
  return rows;
}
