// Home's 「下一步」: what a person should do now, derived from the check of the workbook alone, so that a
// blank workbook leads to the template, a roster whose columns are not found to the column mapping at the
// field that is missing, a roster nobody in which can be reviewed to the reason, and a good roster to the run.
import type { FieldKey } from '../domain/settings';
import type { Problem } from '../workbook/problems';
import type { CheckState } from './workbookState';

export type NextStep =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  /** No sheet holds anything: welcome, and the template with sample engineers. */
  | { kind: 'blank' }
  /** No usable roster: the reader's reason, the field to map, and the cell it points at. */
  | { kind: 'unusable'; reason: Problem; missing?: FieldKey; cell?: Problem }
  /** A roster, but nobody can be reviewed: the field to map, or the first error and its cell. */
  | { kind: 'nobody'; sheet: string; missing?: FieldKey; reason?: Problem }
  /** Ready to run: how many, and whether output sheets of an earlier run are there. */
  | { kind: 'ready'; sheet: string; n: number; ranBefore: boolean };

const located = (p: Problem): boolean => p.sheet !== '' && p.cell !== '';

export function nextStep(check: CheckState): NextStep {
  if (check.status === 'loading') return { kind: 'loading' };
  if (check.status === 'failed') return { kind: 'failed', error: check.error };
  const o = check.outcome;
  if (!o.ok) {
    if (o.blank) return { kind: 'blank' };
    return { kind: 'unusable', reason: o.fatal, missing: o.missing, cell: located(o.fatal) ? o.fatal : undefined };
  }
  const n = o.result.reviews.length;
  if (n === 0) {
    const reason = o.problems.find((p) => p.severity === 'error' && located(p)) ?? o.problems.find((p) => p.severity === 'error');
    return { kind: 'nobody', sheet: o.input.rosterSheet, missing: o.missing, reason };
  }
  return { kind: 'ready', sheet: o.input.rosterSheet, n, ranBefore: o.ranBefore };
}
