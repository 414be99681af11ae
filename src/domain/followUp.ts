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
import type { EngineerReview, ReviewResult, Text } from './types';

/** The plan's mentor line where nobody is named: why (DOMAIN.md: the strategy never promises a mentor alone). */
function mentorNote(review: EngineerReview, unpaired: Text | undefined, eligible: boolean, settings: Settings): Text {
  if (unpaired) return { zh: `未结对：${unpaired.zh}`, en: `No mentor yet: ${unpaired.en}` };
  if (eligible) return ELIGIBLE_NOTE;
  const y = review.engineer.years;
  if (y !== undefined && y >= settings.menteeMaxYears) {
    const max = settings.menteeMaxYears;
    if (seniorNote?.max !== max) {
      seniorNote = {
        max,
        text: {
          zh: `工龄 ${max} 年以上，不列为传帮带学员；专家指导可通过交叉导师或大师工作室项目`,
          en: `${max} or more years of experience, so not a mentee; expert guidance through a joint supervisor or a master-studio project`,
        },
      };
    }
    return seniorNote.text;
  }
  return NOT_IN_SCHEME_NOTE;
}

const ELIGIBLE_NOTE: Text = { zh: '本人符合导师条件，可带教他人', en: 'Meets the mentor criteria; can mentor others' };
const NOT_IN_SCHEME_NOTE: Text = { zh: '—（不在传帮带学员范围）', en: '— (not in the mentoring scheme)' };
/** The note for engineers past 学员工龄上限, made once per value of the setting. */
let seniorNote: { max: number; text: Text } | undefined;

/**
 * settings.planScope 'pool' limits plans to pool members (the seed's 储备人才): in the pool now (whatever
 * its status, exit is only suggested) or suggested for entry.
 */
export function followUp(result: ReviewResult, settings: Settings): FollowUp {
  const mentoring = planMentoring(result.reviews, settings);
  const plans: DevelopmentPlan[] = [];
  const names = new Map(result.reviews.map((r) => [r.engineer.id, r.engineer.name] as const));
  const engineers = result.reviews.map((review, i): EngineerFollowUp => {
    const e = review.engineer;
    const stage = growthStage(e.years, settings);
    const track = careerTrack(e.careerInterest);
    const pool = poolDecision(e, review.finalBox, settings.boxLabels);
    const member = pool.inPool || pool.status === 'suggestEntry';
    const mentor = mentoring.mentorOf[i];
    const candidate = candidateCheck(e, review.finalBox, settings);
    const out: EngineerFollowUp = {
      id: e.id,
      finalBox: review.finalBox,
      growthStage: stage,
      careerTrack: track,
      pool,
      candidate,
      mentorEligibility: mentoring.eligibility[i],
      mentee: mentoring.mentee[i],
      mentor,
      unpaired: mentoring.unpairedOf[i],
    };
    if (settings.planScope === 'all' || member) {
      const manager = e.manager === undefined ? undefined : names.get(e.manager) ?? e.manager;
      out.plan = developmentPlan(
        review,
        {
          mentor,
          mentorNote: mentorNote(review, mentoring.unpairedOf[i]?.reason, mentoring.eligibility[i].eligible, settings),
          growthStage: stage,
          careerTrack: track,
          mentorEligible: mentoring.eligibility[i].eligible,
          cityPool: candidate.candidate,
          ...(manager === undefined || manager.trim() === '' ? {} : { manager }),
        },
        settings,
      );
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
