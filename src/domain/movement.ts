// Movement between review cycles (DOMAIN.md, The nine boxes): each engineer's final box against the
// previous one, and the previous × current matrix the summary shows.
import type { Movement } from './catalogue';
import { emptyCounts } from './distribution';
import { movement } from './ninebox';
import { BOXES, type Box, type EngineerReview } from './types';

export interface MovementMatrix {
  /** cells[previous][current]: how many engineers moved from one box to the other. */
  cells: Record<Box, Record<Box, number>>;
  /** Engineers with no previous box. */
  noPrevious: number;
  byMovement: Record<Movement, number>;
  /** Engineers with a previous box. */
  total: number;
}

/** The movement of one engineer, on the final box; undefined without a previous box. */
export function movementOf(review: Pick<EngineerReview, 'engineer' | 'finalBox'>): Movement | undefined {
  const prev = review.engineer.previousBox;
  return prev === undefined ? undefined : movement(prev, review.finalBox);
}

export function hasPrevious(reviews: readonly Pick<EngineerReview, 'engineer'>[]): boolean {
  return reviews.some((r) => r.engineer.previousBox !== undefined);
}

export function movementMatrix(reviews: readonly Pick<EngineerReview, 'engineer' | 'finalBox'>[]): MovementMatrix {
  const cells = Object.fromEntries(BOXES.map((b) => [b, emptyCounts()])) as Record<Box, Record<Box, number>>;
  const byMovement: Record<Movement, number> = { up: 0, down: 0, same: 0, lateral: 0 };
  let noPrevious = 0;
  let total = 0;
  for (const r of reviews) {
    const prev = r.engineer.previousBox;
    if (prev === undefined) {
      noPrevious++;
      continue;
    }
    cells[prev][r.finalBox]++;
    byMovement[movement(prev, r.finalBox)]++;
    total++;
  }
  return { cells, noPrevious, byMovement, total };
}
