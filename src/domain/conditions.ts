// Threshold conditions shared by the city-pool reference check and mentor eligibility. A value not given
// is never silently met: it is its own status, counted as not met, and says so.
import { CONDITION_LABELS, type ConditionKey } from './catalogue';
import type { Condition } from './followUpTypes';
import { formatNumber } from './gaps';
import { interned } from './intern';
import { round2 } from './text';

/** `value ≥ threshold`, both rounded to 2 decimals first (DOMAIN.md, reading values). */
export function atLeast(key: ConditionKey, value: number | undefined, threshold: number): Condition {
  const label = CONDITION_LABELS[key];
  if (value === undefined || !Number.isFinite(value)) {
    return interned(`notGiven|${key}`, () => ({ key, status: 'notGiven', detail: { zh: `${label.zh} 未填`, en: `${label.en} not given` } }));
  }
  const met = round2(value) >= round2(threshold);
  const v = formatNumber(value);
  const t = formatNumber(threshold);
  const op = met ? '≥' : '<';
  return interned(`atLeast|${key}|${v}|${op}|${t}`, () => ({
    key,
    status: met ? 'met' : 'unmet',
    detail: { zh: `${label.zh} ${v} ${op} ${t}`, en: `${label.en} ${v} ${op} ${t}` },
  }));
}

/** A condition on a value that is always known (the box, the performance band). */
export function oneOf(key: ConditionKey, met: boolean, detail: { zh: string; en: string }): Condition {
  return interned(`oneOf|${key}|${met}|${detail.zh}|${detail.en}`, () => ({ key, status: met ? 'met' : 'unmet', detail }));
}

export function allMet(conditions: readonly Condition[]): boolean {
  return conditions.every((c) => c.status === 'met');
}
