// Key positions and succession (DOMAIN.md, "Key positions and succession"; seed §四(二)1(4)⑤, §四(三)1(4)).
// Where the 关键岗位 sheet exists it alone decides who holds a key post; otherwise every engineer with
// 关键岗位 = 是 holds one of their own 岗位 and level. Successors: every named one, kept; then suggestions up
// to the successor count, each engineer suggested for one post at most, posts in sheet order.
import { computeGaps } from './gaps';
import type { Settings } from './settings';
import { categoryKey, type StandardsLookup } from './standards';
import type { Box, CompetencyGap, EngineerReview, LevelKey, Risk } from './types';
import { COMPETENCIES, LEVELS } from './types';

/** One key post as read from 关键岗位 (or made from a roster row marked 关键岗位). */
export interface KeyPost {
  name: string;
  department?: string;
  category?: string;
  /** 培育层级 required of a holder. */
  level?: LevelKey;
  /** Absent: a vacancy. */
  incumbentId?: string;
  namedSuccessors: string[];
  /** 0-based row of the 关键岗位 sheet; absent for a post made from the roster. */
  row?: number;
}

export type Readiness = 'now' | 'oneToTwo' | 'threePlus' | 'notAssessed';

export interface Successor {
  id: string;
  /** Named in the sheet (kept whatever the rules say) or suggested by the rules. */
  named: boolean;
  /** Absent when a named successor is not among the reviewed engineers. */
  review?: EngineerReview;
  readiness?: Readiness;
  /** High gaps against the post's standard. */
  highGaps: number;
  /** Sum of positive gaps against the post's standard (orders suggestions). */
  totalGap: number;
  /** 现任<岗位>: holds another key post; shown, not counted toward coverage. */
  holds?: string;
}

export interface PostSuccession {
  post: KeyPost;
  incumbent?: EngineerReview;
  /** The incumbent ID names nobody on the roster. */
  incumbentMissing: boolean;
  risk: Risk;
  successors: Successor[];
  /** Has a ready-now successor who holds no other key post. */
  covered: boolean;
}

export interface SuccessionResult {
  posts: PostSuccession[];
  coverage: { posts: number; covered: number; atRiskUncovered: number };
  /** 双高 in key positions: holders in box 9 (the seed asks to single them out). */
  doubleHigh: PostSuccession[];
  /** Engineer ID → the posts they are a successor for (their plan gets 后备培养). */
  successorOf: Map<string, string[]>;
  /** Where the posts came from. */
  source: 'sheet' | 'roster';
}

const SUGGEST_BOXES: ReadonlySet<Box> = new Set<Box>([9, 8, 6]);
const READY_NOW_BOXES: ReadonlySet<Box> = new Set<Box>([9, 6]);
const RISK_BOXES: ReadonlySet<Box> = new Set<Box>([1, 2, 4]);
const BOX_ORDER: Record<number, number> = { 9: 0, 6: 1, 8: 2 };

function levelIndex(level: LevelKey | undefined): number {
  return level === undefined ? -1 : LEVELS.indexOf(level);
}

/** Posts from the roster when there is no 关键岗位 sheet: one per engineer marked 关键岗位, in roster order. */
export function postsFromRoster(reviews: readonly EngineerReview[]): KeyPost[] {
  return reviews
    .filter((r) => r.engineer.keyPosition === true)
    .map((r) => ({
      name: r.engineer.position?.trim() || r.engineer.id,
      department: r.engineer.department,
      category: r.engineer.category,
      level: r.engineer.level,
      incumbentId: r.engineer.id,
      namedSuccessors: [],
    }));
}

function gapsAgainst(review: EngineerReview, post: KeyPost, lookup: StandardsLookup, settings: Pick<Settings, 'gapCutoffs'>): CompetencyGap[] {
  return computeGaps(review.engineer.competencies, lookup.required(post.category, post.level), settings);
}

export function readinessOf(review: EngineerReview, post: KeyPost, gaps: readonly CompetencyGap[]): Readiness {
  const assessed = COMPETENCIES.some((c) => review.engineer.competencies[c] !== undefined);
  if (!assessed) return 'notAssessed';
  const high = gaps.filter((g) => g.severity === 'high').length;
  const box = review.finalBox;
  const levelOk = post.level === undefined || levelIndex(review.engineer.level) >= levelIndex(post.level);
  if (READY_NOW_BOXES.has(box) && levelOk && high === 0) return 'now';
  if (SUGGEST_BOXES.has(box) && high <= 1) return 'oneToTwo';
  return 'threePlus';
}

function fits(review: EngineerReview, post: KeyPost): boolean {
  if (!SUGGEST_BOXES.has(review.finalBox)) return false;
  if (post.category !== undefined && categoryKey(post.category) !== categoryKey(review.engineer.category ?? '')) return false;
  if (post.level !== undefined) {
    const own = levelIndex(review.engineer.level);
    const need = levelIndex(post.level);
    if (own !== need && own !== need - 1) return false;
  }
  return true;
}

export function succession(
  reviews: readonly EngineerReview[],
  posts: readonly KeyPost[],
  source: 'sheet' | 'roster',
  lookup: StandardsLookup,
  settings: Pick<Settings, 'gapCutoffs'> & { successorCount: number },
): SuccessionResult {
  const byId = new Map(reviews.map((r) => [r.engineer.id, r] as const));
  const holderOf = new Map<string, string>();
  for (const post of posts) if (post.incumbentId !== undefined) holderOf.set(post.incumbentId, post.name);
  const suggested = new Set<string>();
  const successorOf = new Map<string, string[]>();

  const successor = (id: string, post: KeyPost, named: boolean): Successor => {
    const review = byId.get(id);
    if (!review) return { id, named, highGaps: 0, totalGap: 0 };
    const gaps = gapsAgainst(review, post, lookup, settings);
    const holds = holderOf.get(id);
    return {
      id,
      named,
      review,
      readiness: readinessOf(review, post, gaps),
      highGaps: gaps.filter((g) => g.severity === 'high').length,
      totalGap: gaps.reduce((s, g) => s + (g.gap !== undefined && g.gap > 0 ? g.gap : 0), 0),
      holds: holds !== undefined && holds !== post.name ? holds : undefined,
    };
  };

  const out = posts.map((post): PostSuccession => {
    const incumbent = post.incumbentId === undefined ? undefined : byId.get(post.incumbentId);
    const named = post.namedSuccessors.filter((id) => id !== post.incumbentId).map((id) => successor(id, post, true));
    const namedIds = new Set(named.map((s) => s.id));
    const room = Math.max(0, settings.successorCount - named.length);
    const pool = reviews
      .filter((r) => r.engineer.id !== post.incumbentId && !namedIds.has(r.engineer.id) && !suggested.has(r.engineer.id) && fits(r, post))
      .map((r) => successor(r.engineer.id, post, false))
      .sort(
        (a, b) =>
          (BOX_ORDER[a.review?.finalBox ?? 0] ?? 9) - (BOX_ORDER[b.review?.finalBox ?? 0] ?? 9) ||
          a.totalGap - b.totalGap ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, room);
    for (const s of pool) suggested.add(s.id);
    const successors = [...named, ...pool];
    for (const s of successors) if (s.review) successorOf.set(s.id, [...(successorOf.get(s.id) ?? []), post.name]);
    const covered = successors.some((s) => s.readiness === 'now' && s.holds === undefined);
    return {
      post,
      incumbent,
      incumbentMissing: post.incumbentId !== undefined && incumbent === undefined,
      risk: riskOf(incumbent),
      successors,
      covered,
    };
  });

  return {
    posts: out,
    coverage: coverageOf(out),
    doubleHigh: out.filter((p) => p.incumbent?.finalBox === 9),
    successorOf,
    source,
  };
}

/** Coverage of some posts (all of them, or one department's): posts, covered, at risk 高 and not covered. */
export function coverageOf(posts: readonly PostSuccession[]): SuccessionResult['coverage'] {
  return {
    posts: posts.length,
    covered: posts.filter((p) => p.covered).length,
    atRiskUncovered: posts.filter((p) => p.risk === 'high' && !p.covered).length,
  };
}

/** A vacancy, a holder at high flight risk or in box 1, 2 or 4 is at risk 高. */
function riskOf(incumbent: EngineerReview | undefined): Risk {
  if (!incumbent) return 'high';
  if (incumbent.engineer.flightRisk === 'high' || RISK_BOXES.has(incumbent.finalBox)) return 'high';
  return incumbent.engineer.flightRisk === 'medium' ? 'medium' : 'low';
}
