// Career track from 职业兴趣 (§五(二)2, the H-shaped model of figure 11: a technical and a management
// channel, 横向复合 across both). 技能(双师) is the engineer–technician bridge of §五(二)2(2) — a skill and
// engineering path, not a management one — so it reads as the technical track; the plan keeps the interest
// itself so 双师 stays visible.
import type { CareerTrack } from './catalogue';
import type { CareerInterest } from './types';

const TRACK_OF: Record<CareerInterest, CareerTrack> = {
  technical: 'technical',
  management: 'management',
  composite: 'dual',
  skill: 'technical',
};

/** undefined when the roster gives no career interest. */
export function careerTrack(interest: CareerInterest | undefined): CareerTrack | undefined {
  return interest === undefined ? undefined : TRACK_OF[interest];
}
