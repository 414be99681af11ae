// Mentoring (传帮带, DOMAIN.md, Mentoring; §五(二)1): 以老带新, an experienced engineer teaches a younger one.
// Existing pairs (导师工号) are kept and count toward the mentor's capacity — a mentor not on the roster is an
// external mentor, kept as written; new pairs are suggestions for young mentees without a mentor, in
// DOMAIN.md's order and tie-breaks, each with a mentor at least 导师工龄差 years more experienced. Eligible
// mentors are indexed once — by year class (whole years, those beyond every mentee's reach in one class), by
// which competencies they score ≥ 4 in (32 profiles), then by category, department and both, each a heap on
// (load, ID) — so each mentee costs a bounded number of heap look-ups: O(n log n) overall.
import { COMPETENCY_LABELS, PERF_LABELS, UNPAIRED_LABELS } from './catalogue';
import { formatNumber } from './gaps';
import { allMet, atLeast, oneOf } from './conditions';
import type { MentorEligibility, MentoringResult, MentorPair, UnpairedMentee } from './followUpTypes';
import { bandsOfBox } from './ninebox';
import type { Settings } from './settings';
import { countEn, normalizeKey, normalizeText, round2 } from './text';
import { COMPETENCIES, type Box, type CompetencyKey, type EngineerReview, type Lang, type Text } from './types';

/** DOMAIN.md: coverage counts the mentee's gap competencies where the mentor scores ≥ 4. */
export const COVERAGE_SCORE = 4;

type MentorSettings = Pick<
  Settings,
  'mentorYears' | 'mentorProjects' | 'mentorCompetency' | 'mentorCapacity' | 'boxLabels' | 'menteeMaxYears' | 'mentorYearMargin'
>;

/**
 * IDs compared as a person reads them: runs of digits by their value (E2 before E10, 007 with 7), other text
 * by code unit; equal readings fall back to plain code-unit order, so the order is total and the same in
 * every host (no locale collation).
 */
export function compareIds(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/gu) ?? [];
  const rb = b.match(/\d+|\D+/gu) ?? [];
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) {
    const x = ra[i];
    const y = rb[i];
    const dx = /^\d/u.test(x);
    const dy = /^\d/u.test(y);
    if (dx && dy) {
      const sx = x.replace(/^0+/u, '');
      const sy = y.replace(/^0+/u, '');
      if (sx.length !== sy.length) return sx.length - sy.length;
      if (sx !== sy) return sx < sy ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * §五(二)1(1)①: years, projects led, performance 优秀, 复杂问题解决能力 and 专业学科交叉与整合能力 at the mentor
 * line. Performance is read from the final box, so a calibration moves eligibility with it.
 */
export function mentorEligibility(review: EngineerReview, settings: MentorSettings): MentorEligibility {
  const e = review.engineer;
  const perf = bandsOfBox(review.finalBox).performance;
  const excellent = perf === 'excellent';
  const conditions = [
    atLeast('years', e.years, settings.mentorYears),
    atLeast('projects', e.projectsLed, settings.mentorProjects),
    oneOf('performance', excellent, {
      zh: excellent ? '绩效 优秀' : `绩效 ${PERF_LABELS[perf].zh}，须为优秀`,
      en: excellent ? 'Performance Excellent' : `Performance ${PERF_LABELS[perf].en}; Excellent required`,
    }),
    atLeast('problemSolving', e.competencies.problemSolving, settings.mentorCompetency),
    atLeast('integration', e.competencies.integration, settings.mentorCompetency),
  ];
  return { eligible: allMet(conditions), conditions };
}

const MENTEE_BOXES: ReadonlySet<Box> = new Set<Box>([4, 5, 7, 8]);

/** Competencies with a shortfall (gap > 0), in the seed's order. */
export function gapCompetencies(review: EngineerReview): CompetencyKey[] {
  return review.gaps.filter((g) => g.gap !== undefined && g.gap > 0).map((g) => g.competency);
}

/**
 * DOMAIN.md: a young engineer — fewer years than 学员工龄上限 (years not given: level 初级 or 中级) — with at
 * least one gap, and level 初级 or final box 4, 5, 7 or 8.
 */
export function isMentee(review: EngineerReview, settings: Pick<Settings, 'menteeMaxYears'>): boolean {
  const e = review.engineer;
  const young = e.years !== undefined ? round2(e.years) < settings.menteeMaxYears : e.level === 'junior' || e.level === 'intermediate';
  if (!young || gapCompetencies(review).length === 0) return false;
  return e.level === 'junior' || MENTEE_BOXES.has(review.finalBox);
}

/** 培养目标: the mentee's top gaps as 「复杂问题解决能力 2→3」. */
export function pairGoal(review: EngineerReview): Text | undefined {
  const gaps = review.topGaps.filter((g) => g.actual !== undefined);
  if (gaps.length === 0) return undefined;
  const line = (lang: 'zh' | 'en'): string =>
    gaps.map((g) => `${COMPETENCY_LABELS[g.competency][lang]} ${formatNumber(g.actual ?? 0)}→${formatNumber(g.required)}`).join(lang === 'zh' ? '；' : '; ');
  return { zh: line('zh'), en: line('en') };
}

/** Mentee order: box 8, 7, 5, 4, then the rest. */
const BOX_RANK: Record<Box, number> = { 8: 0, 7: 1, 5: 2, 4: 3, 9: 4, 6: 4, 3: 4, 2: 4, 1: 4 };

function totalGap(review: EngineerReview): number {
  let sum = 0;
  for (const g of review.gaps) if (g.gap !== undefined && g.gap > 0) sum += g.gap;
  return round2(sum);
}

function groupKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const t = normalizeText(raw);
  return t === '' ? undefined : normalizeKey(t);
}

function strongMask(review: EngineerReview): number {
  let mask = 0;
  COMPETENCIES.forEach((c, bit) => {
    const v = review.engineer.competencies[c];
    if (v !== undefined && round2(v) >= COVERAGE_SCORE) mask |= 1 << bit;
  });
  return mask;
}

function maskOf(competencies: readonly CompetencyKey[]): number {
  let mask = 0;
  for (const c of competencies) mask |= 1 << COMPETENCIES.indexOf(c);
  return mask;
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x !== 0; x &= x - 1) c++;
  return c;
}

function covers(mentor: EngineerReview, gapComps: readonly CompetencyKey[]): CompetencyKey[] {
  return gapComps.filter((c) => {
    const v = mentor.engineer.competencies[c];
    return v !== undefined && round2(v) >= COVERAGE_SCORE;
  });
}

function joinLabels(cs: readonly CompetencyKey[]): Text {
  return { zh: cs.map((c) => COMPETENCY_LABELS[c].zh).join('、'), en: cs.map((c) => COMPETENCY_LABELS[c].en).join(', ') };
}

function pairReason(kind: 'existing' | 'suggested', gapComps: readonly CompetencyKey[], covered: readonly CompetencyKey[], sameCategory: boolean, sameDepartment: boolean): Text {
  const zh: string[] = [kind === 'existing' ? '已有结对（导师工号）' : '建议结对，待领导小组审核'];
  const en: string[] = [kind === 'existing' ? 'Existing pair (mentor ID in the roster)' : "Suggested, awaiting the leading group's approval"];
  if (gapComps.length === 0) {
    zh.push('学员无能力差距');
    en.push('the mentee has no competency gap');
  } else if (covered.length > 0) {
    const l = joinLabels(covered);
    zh.push(`导师覆盖差距能力：${l.zh}`);
    en.push(`the mentor covers the gaps in ${l.en}`);
  } else {
    zh.push('导师不覆盖学员的差距能力');
    en.push("the mentor covers none of the mentee's gaps");
  }
  if (sameCategory) {
    zh.push('同类别');
    en.push('same category');
  }
  if (sameDepartment) {
    zh.push('同部门');
    en.push('same department');
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

// ---- a binary min-heap on (load, ID rank) with lazy deletion -------------------------------------------

interface Entry {
  load: number;
  rank: number;
  idx: number;
}

function less(a: Entry, b: Entry): boolean {
  return a.load < b.load || (a.load === b.load && a.rank < b.rank);
}

class MentorHeap {
  private readonly items: Entry[] = [];

  push(e: Entry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop(): Entry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }

  /**
   * The best entry still valid that `accept` takes, skipping (not losing) the others: the mentee's own entry,
   * and in the one year class that straddles a mentee's threshold, mentors a fraction of a year short.
   */
  best(valid: (e: Entry) => boolean, accept: (e: Entry) => boolean): Entry | undefined {
    this.clean(valid);
    const skipped: Entry[] = [];
    let top = this.items[0];
    while (top !== undefined && !accept(top)) {
      const e = this.pop();
      if (e !== undefined) skipped.push(e);
      this.clean(valid);
      top = this.items[0];
    }
    for (const e of skipped) this.push(e);
    return top;
  }

  private clean(valid: (e: Entry) => boolean): void {
    while (this.items.length > 0 && !valid(this.items[0])) this.pop();
  }
}

interface Bucket {
  /** Whole years of its mentors; the top class holds everyone at or beyond every mentee's threshold. */
  yearClass: number;
  all: MentorHeap;
  byCategory: Map<string, MentorHeap>;
  byDepartment: Map<string, MentorHeap>;
  byBoth: Map<string, MentorHeap>;
}

function heapIn(map: Map<string, MentorHeap>, key: string): MentorHeap {
  let h = map.get(key);
  if (!h) {
    h = new MentorHeap();
    map.set(key, h);
  }
  return h;
}

// ---- pairing ---------------------------------------------------------------------------------------------

export interface MentoringPlan {
  result: MentoringResult;
  /** Per review index. */
  eligibility: MentorEligibility[];
  mentee: boolean[];
  mentorOf: (MentorPair | undefined)[];
  unpairedOf: (UnpairedMentee | undefined)[];
}

export function planMentoring(reviews: readonly EngineerReview[], settings: MentorSettings): MentoringPlan {
  const n = reviews.length;
  const capacity = settings.mentorCapacity;
  const eligibility = reviews.map((r) => mentorEligibility(r, settings));
  const mentee = reviews.map((r) => isMentee(r, settings));
  const years = reviews.map((r) => (r.engineer.years === undefined ? undefined : round2(r.engineer.years)));
  const margin = settings.mentorYearMargin;
  /** The fewest years a suggested mentor of mentee i has; undefined where the mentee's years are unknown. */
  const threshold = (i: number): number | undefined => {
    const y = years[i];
    return y === undefined ? undefined : round2(y + margin);
  };
  const gapComps = reviews.map(gapCompetencies);
  const category = reviews.map((r) => groupKey(r.engineer.category));
  const department = reviews.map((r) => groupKey(r.engineer.department));
  const load: number[] = new Array<number>(n).fill(0);
  const mentorOf: (MentorPair | undefined)[] = new Array<MentorPair | undefined>(n).fill(undefined);
  const unpairedOf: (UnpairedMentee | undefined)[] = new Array<UnpairedMentee | undefined>(n).fill(undefined);

  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && a === b;

  // Resolve 导师工号: the ID as written, then as normalised text, then a unique name.
  const byId = new Map<string, number>();
  const byKey = new Map<string, number>();
  const byName = new Map<string, number[]>();
  reviews.forEach((r, i) => {
    if (!byId.has(r.engineer.id)) byId.set(r.engineer.id, i);
    const k = normalizeKey(r.engineer.id);
    if (!byKey.has(k)) byKey.set(k, i);
    const nk = normalizeKey(r.engineer.name);
    const list = byName.get(nk);
    if (list) list.push(i);
    else byName.set(nk, [i]);
  });
  const resolve = (raw: string): number | undefined => {
    const exact = byId.get(raw) ?? byKey.get(normalizeKey(raw));
    if (exact !== undefined) return exact;
    const named = byName.get(normalizeKey(raw));
    return named && named.length === 1 ? named[0] : undefined;
  };

  // 1. Existing pairs: kept, counted, warned about.
  const pairs: MentorPair[] = [];
  const existing: { pair: MentorPair; mentor: number }[] = [];
  reviews.forEach((r, i) => {
    const raw = r.engineer.mentorId === undefined ? '' : normalizeText(r.engineer.mentorId);
    if (raw === '') return;
    const j = resolve(raw);
    let pair: MentorPair;
    const goal = pairGoal(r);
    if (j === undefined) {
      // An external mentor (a university's 交叉导师, another unit's master): kept, counted against nobody.
      pair = {
        menteeId: r.engineer.id,
        mentorId: raw,
        resolved: false,
        external: true,
        kind: 'existing',
        covered: [],
        sameCategory: false,
        sameDepartment: false,
        reason: {
          zh: '已有结对（外部导师，不在本单位名单中；请人事核对工号）',
          en: 'Existing pair with an external mentor (not on the roster; HR to confirm the ID)',
        },
        warnings: [],
      };
    } else {
      const m = reviews[j];
      const covered = covers(m, gapComps[i]);
      const sc = same(category[i], category[j]);
      const sd = same(department[i], department[j]);
      const warnings: Text[] = [];
      if (j === i) warnings.push({ zh: '导师为本人', en: 'The mentor is the mentee themselves' });
      if (!eligibility[j].eligible) {
        const unmet = eligibility[j].conditions.filter((c) => c.status !== 'met');
        warnings.push({
          zh: `导师不符合导师条件：${unmet.map((c) => c.detail.zh).join('；')}`,
          en: `The mentor does not meet the mentor criteria: ${unmet.map((c) => c.detail.en).join('; ')}`,
        });
      }
      const my = years[i];
      const ty = years[j];
      if (j !== i && my !== undefined && ty !== undefined && ty < my) {
        warnings.push({
          zh: `导师工龄 ${formatNumber(ty)} 年少于学员的 ${formatNumber(my)} 年，不符合以老带新`,
          en: `The mentor has ${formatNumber(ty)} years of experience, fewer than the mentee's ${formatNumber(my)}`,
        });
      }
      pair = {
        menteeId: r.engineer.id,
        mentorId: m.engineer.id,
        mentorName: m.engineer.name,
        resolved: true,
        kind: 'existing',
        covered,
        sameCategory: sc,
        sameDepartment: sd,
        reason: pairReason('existing', gapComps[i], covered, sc, sd),
        warnings,
      };
      load[j]++;
      existing.push({ pair, mentor: j });
    }
    if (goal) pair.goal = goal;
    pairs.push(pair);
    mentorOf[i] = pair;
  });
  for (const { pair, mentor } of existing) {
    if (load[mentor] > capacity) {
      pair.warnings.push({
        zh: `导师已有 ${load[mentor]} 名学员，超过名额 ${capacity}`,
        en: `The mentor already has ${countEn(load[mentor], 'mentee')}, more than the limit of ${capacity}`,
      });
    }
  }

  // 2. Index the eligible mentors once.
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) if (eligibility[i].eligible) eligible.push(i);
  const rank: number[] = new Array<number>(n).fill(0);
  [...eligible]
    .sort((a, b) => compareIds(reviews[a].engineer.id, reviews[b].engineer.id) || a - b)
    .forEach((idx, k) => {
      rank[idx] = k;
    });
  const mask: number[] = reviews.map((r, i) => (eligibility[i].eligible ? strongMask(r) : 0));
  // Every mentee with known years has fewer than 学员工龄上限, so a mentor with at least that plus the margin
  // suits them all: one top class; below it, a class per whole year.
  const topClass = Math.max(0, Math.ceil(settings.menteeMaxYears + margin));
  const yearClass = (j: number): number => Math.min(topClass, Math.max(0, Math.floor(years[j] ?? 0)));
  const buckets = new Map<number, Bucket>();
  const heapsOf = (j: number): MentorHeap[] => {
    const key = yearClass(j) * 64 + mask[j];
    let b = buckets.get(key);
    if (!b) {
      b = { yearClass: yearClass(j), all: new MentorHeap(), byCategory: new Map(), byDepartment: new Map(), byBoth: new Map() };
      buckets.set(key, b);
    }
    const hs = [b.all];
    const c = category[j];
    const d = department[j];
    if (c !== undefined) hs.push(heapIn(b.byCategory, c));
    if (d !== undefined) hs.push(heapIn(b.byDepartment, d));
    if (c !== undefined && d !== undefined) hs.push(heapIn(b.byBoth, `${c}\u0000${d}`));
    return hs;
  };
  const offer = (j: number): void => {
    if (load[j] >= capacity) return;
    const e: Entry = { load: load[j], rank: rank[j], idx: j };
    for (const h of heapsOf(j)) h.push(e);
  };
  for (const j of eligible) offer(j);
  const valid = (e: Entry): boolean => e.load === load[e.idx] && load[e.idx] < capacity;

  // 3. Suggestions, mentees in DOMAIN.md's order.
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) if (mentee[i] && mentorOf[i] === undefined) waiting.push(i);
  // The two most experienced eligible mentors, to tell "no mentor with enough years" from "all full".
  const senior: number[] = [...eligible].sort((a, b) => (years[b] ?? 0) - (years[a] ?? 0)).slice(0, 2);
  const total = reviews.map(totalGap);
  waiting.sort(
    (a, b) =>
      BOX_RANK[reviews[a].finalBox] - BOX_RANK[reviews[b].finalBox] ||
      total[b] - total[a] ||
      compareIds(reviews[a].engineer.id, reviews[b].engineer.id) ||
      a - b,
  );

  const unpaired: UnpairedMentee[] = [];
  const noteUnpaired = (i: number, why: UnpairedMentee['why']): void => {
    const base = UNPAIRED_LABELS[why];
    const detail: Text =
      why === 'noEligibleMentor'
        ? {
            zh: `（导师条件：工龄≥${settings.mentorYears}、牵头项目≥${settings.mentorProjects}、绩效优秀、复杂问题解决能力与专业学科交叉与整合能力≥${settings.mentorCompetency}）`,
            en: ` (mentor conditions: years ≥ ${settings.mentorYears}, projects led ≥ ${settings.mentorProjects}, performance Excellent, complex problem solving and cross-discipline integration ≥ ${settings.mentorCompetency})`,
          }
        : why === 'allAtCapacity'
          ? {
              zh: `（每位导师名额 ${capacity} 名）`,
              en: ` (up to ${countEn(capacity, 'mentee')} per mentor)`,
            }
          : why === 'noSeniorMentor'
            ? {
                zh: `（导师须比学员工龄多 ${formatNumber(margin)} 年以上，学员工龄 ${formatNumber(years[i] ?? 0)} 年）`,
                en: ` (a mentor needs at least ${formatNumber(margin)} more years than the mentee's ${formatNumber(years[i] ?? 0)})`,
              }
            : { zh: '，本人不能做自己的导师', en: '; nobody mentors themselves' };
    const u: UnpairedMentee = {
      menteeId: reviews[i].engineer.id,
      why,
      reason: { zh: base.zh + detail.zh, en: base.en + detail.en },
    };
    unpaired.push(u);
    unpairedOf[i] = u;
  };

  for (const i of waiting) {
    if (eligible.length === 0) {
      noteUnpaired(i, 'noEligibleMentor');
      continue;
    }
    if (eligible.length === 1 && eligible[0] === i) {
      noteUnpaired(i, 'onlySelf');
      continue;
    }
    const gapMask = maskOf(gapComps[i]);
    const c = category[i];
    const d = department[i];
    const least = threshold(i);
    const accept = (e: Entry): boolean => e.idx !== i && (least === undefined || (years[e.idx] ?? 0) >= least);
    // Score: gap coverage, same category, same department, fewer mentees, smaller ID — larger is better.
    const best = { j: -1, score: [] as number[] };
    const consider = (e: Entry | undefined): void => {
      if (e === undefined) return;
      const j = e.idx;
      const score = [
        popcount(mask[j] & gapMask),
        same(c, category[j]) ? 1 : 0,
        same(d, department[j]) ? 1 : 0,
        -load[j],
        -rank[j],
      ];
      if (best.j < 0 || better(score, best.score)) {
        best.j = j;
        best.score = score;
      }
    };
    for (const b of buckets.values()) {
      // A year class wholly below the threshold has nobody to offer; within the one it falls in, accept checks.
      if (least !== undefined && b.yearClass < topClass && b.yearClass + 1 <= least) continue;
      // The best of each class (category and department, category, department, unrestricted) is the top of its heap.
      if (c !== undefined && d !== undefined) consider(b.byBoth.get(`${c}\u0000${d}`)?.best(valid, accept));
      if (c !== undefined) consider(b.byCategory.get(c)?.best(valid, accept));
      if (d !== undefined) consider(b.byDepartment.get(d)?.best(valid, accept));
      consider(b.all.best(valid, accept));
    }
    if (best.j < 0) {
      const others = senior.filter((j) => j !== i);
      const reachable = others.some((j) => least === undefined || (years[j] ?? 0) >= least);
      noteUnpaired(i, others.length === 0 ? 'onlySelf' : reachable ? 'allAtCapacity' : 'noSeniorMentor');
      continue;
    }
    const j = best.j;
    const covered = covers(reviews[j], gapComps[i]);
    const sc = same(c, category[j]);
    const sd = same(d, department[j]);
    const pair: MentorPair = {
      menteeId: reviews[i].engineer.id,
      mentorId: reviews[j].engineer.id,
      mentorName: reviews[j].engineer.name,
      resolved: true,
      kind: 'suggested',
      covered,
      sameCategory: sc,
      sameDepartment: sd,
      reason: pairReason('suggested', gapComps[i], covered, sc, sd),
      warnings: [],
    };
    const goal = pairGoal(reviews[i]);
    if (goal) pair.goal = goal;
    pairs.push(pair);
    mentorOf[i] = pair;
    load[j]++;
    offer(j);
  }

  return {
    result: {
      pairs,
      unpaired,
      eligibleMentors: eligible.map((j) => reviews[j].engineer.id),
      mentorLoad: eligible.map((j) => ({ mentorId: reviews[j].engineer.id, mentees: load[j] })),
    },
    eligibility,
    mentee,
    mentorOf,
    unpairedOf,
  };
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== b[k]) return a[k] > b[k];
  }
  return false;
}

/**
 * The results column 导师: 姓名(工号), with 「（建议）」 after a suggestion; an external mentor as
 * 「<工号>（外部导师）」 / "<ID> (external)".
 */
export function mentorCell(pair: MentorPair | undefined, lang: Lang = 'zh-CN'): string {
  if (!pair) return '';
  const zh = lang === 'zh-CN';
  if (!pair.resolved || pair.mentorName === undefined) return pair.external ? `${pair.mentorId}${zh ? '（外部导师）' : ' (external)'}` : pair.mentorId;
  const who = `${pair.mentorName}(${pair.mentorId})`;
  return pair.kind === 'suggested' ? `${who}${zh ? '（建议）' : ' (suggested)'}` : who;
}
