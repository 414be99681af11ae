// Supply against demand and succession for one review (DOMAIN.md, "Supply and demand: the talent map",
// "Key positions and succession"): what the 人才地图 and 继任规划 sheets show.
import { pick } from './catalogue';
import type { DevelopmentPlan, FollowUp, PlanAction } from './followUpTypes';
import type { Settings } from './settings';
import { standardsLookup } from './standards';
import { postsFromRoster, succession, type KeyPost, type SuccessionResult } from './succession';
import { talentMap, targetRows, type DemandRow, type TalentMap, type TargetRow } from './talentMap';
import type { Lang, ReviewResult, StandardRow } from './types';

export interface PlanningInput {
  /** 需求规划 lines; undefined without a demand sheet. */
  demand?: DemandRow[];
  /** 关键岗位 posts; undefined without a key-position sheet (posts then come from the roster). */
  posts?: KeyPost[];
  standards: readonly StandardRow[];
}

export interface Planning {
  map: TalentMap;
  targets: TargetRow[];
  succession: SuccessionResult;
}

const COMPANY = { zh: '全公司', en: 'Company' };

export function planningOf(result: ReviewResult, fu: FollowUp, input: PlanningInput, settings: Settings, lang: Lang): Planning {
  const map = talentMap(result.reviews, input.demand, {
    columns: settings.mapColumns,
    scarceShare: settings.scarceShare,
    companyLabel: pick(COMPANY, lang),
  });
  const targets = targetRows(
    result.reviews.map((r, i) => ({
      level: r.engineer.level,
      inPool: r.engineer.inPool === true,
      poolAfterReview: fu.engineers[i].pool.status === 'stay' || fu.engineers[i].pool.status === 'suggestEntry',
      cityCandidate: fu.engineers[i].candidate.candidate,
    })),
    { term: settings.cultivationTerm, poolTargets: settings.poolTargets, cityTarget: settings.cityTarget },
  );
  const posts = input.posts ?? postsFromRoster(result.reviews);
  const plan = succession(result.reviews, posts, input.posts ? 'sheet' : 'roster', standardsLookup(input.standards), settings);
  return { map, targets, succession: plan };
}

/**
 * A successor's plan gets 「后备培养：<岗位>（复盘时评估准备度）」 for each post they are a successor for
 * (DOMAIN.md, "Key positions and succession"), after its other actions.
 */
export function withSuccessionActions(fu: FollowUp, plan: SuccessionResult): FollowUp {
  if (plan.successorOf.size === 0) return fu;
  const changed = new Map<DevelopmentPlan, DevelopmentPlan>();
  const plans = fu.plans.map((p) => {
    const posts = plan.successorOf.get(p.engineerId);
    if (!posts) return p;
    const next = { ...p, actions: [...p.actions, ...posts.map(successionAction)] };
    changed.set(p, next);
    return next;
  });
  const engineers = fu.engineers.map((e) => (e.plan && changed.has(e.plan) ? { ...e, plan: changed.get(e.plan) } : e));
  return { ...fu, plans, engineers };
}

export function successionAction(post: string): PlanAction {
  return {
    section: 'succession',
    key: `succession:${post}`,
    label: { zh: `后备培养：${post}（复盘时评估准备度）`, en: `Successor for ${post} (readiness assessed at the review)` },
    target: { zh: `复盘时对照「${post}」的岗位标准评估准备度`, en: `Readiness for ${post} assessed against the post's standard at the review` },
  };
}
