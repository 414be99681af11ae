// Who gets a talent card (人才卡片, DOMAIN.md Output sheets): by default every engineer in final box 9 or 8,
// every key-position holder and every ready-now successor; or everyone; or the engineers asked for by ID.
// Cards run department by department (in order of first appearance), box 9 before 8 before the rest, then in
// review order, so a department head takes their own pages out of the printout.
import { idKey } from './calibration';
import type { Readiness, SuccessionResult } from './succession';
import { normalizeKey } from './text';
import type { EngineerReview } from './types';

export type CardChoice = { kind: 'default' } | { kind: 'all' } | { kind: 'none' } | { kind: 'ids'; ids: readonly string[] };

export type CardWhy = 'box9' | 'box8' | 'keyHolder' | 'readySuccessor' | 'asked';

export interface CardSubject {
  review: EngineerReview;
  why: CardWhy[];
  /** Key posts this engineer holds. */
  holds: string[];
  /** Key posts this engineer is a successor for, with the readiness for each. */
  successorFor: { post: string; readiness?: Readiness }[];
}

/** The cards of a choice, in print order (see the header); none for `none`. */
export function cardSubjects(reviews: readonly EngineerReview[], succession: SuccessionResult | undefined, choice: CardChoice): CardSubject[] {
  if (choice.kind === 'none') return [];
  const holds = new Map<string, string[]>();
  const successorFor = new Map<string, CardSubject['successorFor']>();
  for (const p of succession?.posts ?? []) {
    if (p.incumbent) holds.set(p.incumbent.engineer.id, [...(holds.get(p.incumbent.engineer.id) ?? []), p.post.name]);
    for (const s of p.successors) if (s.review) successorFor.set(s.id, [...(successorFor.get(s.id) ?? []), { post: p.post.name, readiness: s.readiness }]);
  }
  const asked = choice.kind === 'ids' ? new Set(choice.ids.map(idKey)) : undefined;
  const subjects: CardSubject[] = [];
  for (const review of reviews) {
    const id = review.engineer.id;
    const why: CardWhy[] = [];
    if (review.finalBox === 9) why.push('box9');
    if (review.finalBox === 8) why.push('box8');
    if (holds.has(id)) why.push('keyHolder');
    if ((successorFor.get(id) ?? []).some((s) => s.readiness === 'now')) why.push('readySuccessor');
    if (asked?.has(idKey(id))) why.push('asked');
    const wanted = choice.kind === 'all' || (choice.kind === 'ids' ? why.includes('asked') : why.length > 0);
    if (wanted) subjects.push({ review, why, holds: holds.get(id) ?? [], successorFor: successorFor.get(id) ?? [] });
  }
  // Engineers without a department come last, as their meeting pack does.
  const deptKey = (r: EngineerReview): string | undefined => (r.engineer.department === undefined ? undefined : normalizeKey(r.engineer.department));
  const deptOrder = new Map<string, number>();
  for (const r of reviews) {
    const k = deptKey(r);
    if (k !== undefined && !deptOrder.has(k)) deptOrder.set(k, deptOrder.size);
  }
  const boxRank = (s: CardSubject): number => (s.review.finalBox === 9 ? 0 : s.review.finalBox === 8 ? 1 : 2);
  const dept = (s: CardSubject): number => {
    const k = deptKey(s.review);
    return k === undefined ? deptOrder.size : deptOrder.get(k) ?? deptOrder.size;
  };
  return subjects.map((s, i) => ({ s, i })).sort((a, b) => dept(a.s) - dept(b.s) || boxRank(a.s) - boxRank(b.s) || a.i - b.i).map((x) => x.s);
}

/** IDs asked for a card that nobody reviewed has, as written (a warning each). */
export function unknownCardIds(reviews: readonly EngineerReview[], choice: CardChoice): string[] {
  if (choice.kind !== 'ids') return [];
  const known = new Set(reviews.map((r) => idKey(r.engineer.id)));
  return [...new Set(choice.ids)].filter((id) => !known.has(idKey(id)));
}
