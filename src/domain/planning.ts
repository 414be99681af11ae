// Supply against demand and succession for one review (DOMAIN.md, "Supply and demand: the talent map",
// "Key positions and succession"): what the 人才地图 and 继任规划 sheets show.
import { pick } from './catalogue';
import type { FollowUp } from './followUpTypes';
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
