// Realistic sample engineers of a Qingdao manufacturer, for the demo and `talent-review template --sample N`.
// Deterministic: the same N gives the same roster, so the demo output is reproducible.
import type { PlanValue } from './plan';

/** mulberry32: a tiny seeded PRNG, good enough for sample data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎'.split('');
const GIVEN = [
  '伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞',
  '平', '刚', '桂英', '文博', '子涵', '浩然', '雨萱', '思远', '海波', '晓东', '建国', '志强', '永刚', '立新', '国庆', '春燕',
  '红梅', '晓峰', '振华', '宏伟', '俊杰', '鹏飞', '雪梅', '丹丹', '凯', '琳', '瑞', '鑫', '宇航', '梓轩', '一鸣', '嘉怡',
];

interface Dept {
  name: string;
  manager: string;
  categories: string[];
  positions: string[];
}

const DEPTS: Dept[] = [
  { name: '研发中心', manager: '孙建华', categories: ['研发工程师', '开发工程师'], positions: ['研发工程师', '仿真工程师', '算法工程师'] },
  { name: '工艺技术部', manager: '刘振东', categories: ['机械工程师', '"双跨"型工程师'], positions: ['工艺工程师', '焊接工程师'] },
  { name: '设备动力部', manager: '赵海军', categories: ['设备工程师'], positions: ['设备工程师', '电气工程师', '维修主管'] },
  { name: '产品开发部', manager: '周晓梅', categories: ['产品工程师', '开发工程师'], positions: ['产品工程师', '结构工程师'] },
  { name: '智能制造部', manager: '陈立强', categories: ['开发工程师', '"双跨"型工程师', '研发工程师'], positions: ['自动化工程师', '软件工程师'] },
  { name: '质量管理部', manager: '王丽娟', categories: ['产品工程师', '机械工程师'], positions: ['质量工程师', '测试工程师'] },
];

export const SAMPLE_HEADERS = [
  '工号', '姓名', '部门', '直接上级', '岗位', '工程师类别', '培育层级', '工龄', '关键岗位', '绩效等级', '潜力等级',
  '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力',
  '牵头重大项目数', '职业兴趣', '流失风险', '是否在库', '导师工号',
] as const;

function pickOne<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function weighted<T>(rand: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

function clampScore(v: number): number {
  return Math.max(1, Math.min(5, Math.round(v * 2) / 2));
}

/**
 * Rows of sample engineers under SAMPLE_HEADERS. A few leave potential empty (derived from competencies)
 * and a few have no competency scores, as real rosters do.
 */
export function sampleRoster(count: number, seed = 2026): PlanValue[][] {
  const rand = prng(seed);
  const usedNames = new Set<string>();
  const rows: PlanValue[][] = [];
  for (let i = 0; i < count; i++) {
    const dept = DEPTS[i % DEPTS.length];
    let name = pickOne(rand, SURNAMES) + pickOne(rand, GIVEN);
    // Mostly unique names, but a real roster of 80 has the odd namesake; keep one in the sample.
    if (usedNames.has(name) && i !== 41) name = pickOne(rand, SURNAMES) + pickOne(rand, GIVEN) + pickOne(rand, GIVEN);
    usedNames.add(name);
    const years = Math.round(weighted(rand, [[1, 2], [3, 3], [7, 4], [14, 3], [22, 1]]) * (0.6 + rand() * 0.8));
    const level = years >= 12 ? '高级培育对象' : years >= 5 ? '中级培育对象' : '初级培育对象';
    const base = years >= 12 ? 3.8 : years >= 5 ? 3.1 : 2.3;
    const talent = (rand() - 0.5) * 1.6;
    const comp = (): number => clampScore(base + talent + (rand() - 0.5) * 1.4);
    const competencies = [comp(), comp(), comp(), comp(), comp()];
    // Results follow ability loosely, as in a real company: strong engineers are rated A or S more often.
    const perf =
      talent > 0.3
        ? weighted(rand, [['S', 2], ['A', 5], ['B', 4], ['C', 0.5]])
        : weighted(rand, [['S', 0.5], ['A', 2], ['B', 7], ['C', 2.5], ['D', 0.5]]);
    const potential =
      rand() < 0.15 ? null : talent > 0.35 ? '高' : talent < -0.35 ? '低' : weighted(rand, [['中', 6], ['高', 1], ['低', 1]]);
    const noCompetencies = potential !== null && rand() < 0.06;
    const projects = years >= 10 ? Math.floor(rand() * 4) + (talent > 0 ? 1 : 0) : years >= 5 ? Math.floor(rand() * 2) : 0;
    const interest = weighted(rand, [['技术通道', 6], ['管理通道', 2], ['横向复合', 1], ['技能(双师)', 1]]);
    const risk = weighted(rand, [['低', 6], ['中', 3], ['高', 1.2]]);
    const inPool = rand() < 0.25 ? '是' : '否';
    rows.push([
      String(100101 + i),
      name,
      dept.name,
      dept.manager,
      pickOne(rand, dept.positions),
      pickOne(rand, dept.categories),
      level,
      years,
      rand() < 0.3 ? '是' : '否',
      perf,
      potential,
      ...(noCompetencies ? [null, null, null, null, null] : competencies),
      projects,
      interest,
      risk,
      inPool,
      null,
    ]);
  }
  // A few existing mentoring pairs (导师工号), as a company that already runs 传帮带 would have.
  const seniors = rows.filter((r) => r[6] === '高级培育对象').map((r) => r[0]);
  const juniors = rows.filter((r) => r[6] === '初级培育对象');
  for (let k = 0; k < Math.min(3, seniors.length, juniors.length); k++) juniors[k][20] = seniors[k];
  return rows;
}
