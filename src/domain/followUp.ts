// What follows the review (DOMAIN.md: Cultivation pool, Mentoring, Growth stage, Development plan, Summary),
// all on the final box. Pure and deterministic; O(n log n) in engineers (mentoring dominates).
import { candidateCheck } from './candidate';
import { CANDIDATE_REMINDER } from './catalogue';
import type { DevelopmentPlan, EngineerFollowUp, FollowUp } from './followUpTypes';
import { planMentoring } from './mentoring';
import { developmentPlan } from './plan';
import { poolDecision } from './pool';
import type { Settings } from './settings';
import { growthStage } from './stage';
import { summarize } from './summary';
import { careerTrack } from './track';
import type { ReviewResult } from './types';

/**
 * settings.planScope 'pool' limits plans to pool members (the seed's 储备人才): in the pool now (whatever
 * its status, exit is only suggested) or suggested for entry.
 */
export function followUp(result: ReviewResult, settings: Settings): FollowUp {
  const mentoring = planMentoring(result.reviews, settings);
  const plans: DevelopmentPlan[] = [];
  const engineers = result.reviews.map((review, i): EngineerFollowUp => {
    const e = review.engineer;
    const stage = growthStage(e.years, settings);
    const track = careerTrack(e.careerInterest);
    const pool = poolDecision(e, review.finalBox, settings.boxLabels);
    const member = pool.inPool || pool.status === 'suggestEntry';
    const mentor = mentoring.mentorOf[i];
    const out: EngineerFollowUp = {
      id: e.id,
      finalBox: review.finalBox,
      growthStage: stage,
      careerTrack: track,
      pool,
      candidate: candidateCheck(e, review.finalBox, settings),
      mentorEligibility: mentoring.eligibility[i],
      mentee: mentoring.mentee[i],
      mentor,
      unpaired: mentoring.unpairedOf[i],
    };
    if (settings.planScope === 'all' || member) {
      out.plan = developmentPlan(review, { mentor, growthStage: stage, careerTrack: track }, settings);
      plans.push(out.plan);
    }
    return out;
  });
  return {
    engineers,
    mentoring: mentoring.result,
    plans,
    summary: summarize(result),
    candidateReminder: CANDIDATE_REMINDER,
  };
}
