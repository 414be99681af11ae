// What counts as the same cell value across a split and its return (DOMAIN.md, Department workbooks): a
// return passes through Excel, WPS or LibreOffice, which may store 4 as "4", drop an empty string, or write
// 4.1 as 4.0999999999999996. Two values are the same when their keys are equal; a change is a different key.
import { normalizeText } from '../../domain/text';
import type { RawValue } from '../host';

/** A number text as a person types one: `4`, `-2.5`; not `007` (an ID's leading zeros are part of it). */
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/u;

function numberKey(n: number): string {
  return `n:${Number(n.toPrecision(12))}`;
}

/** The comparable key of a raw cell value; empty, null and spaces alike are ''. */
export function valueKey(v: RawValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? numberKey(v) : `s:${String(v)}`;
  if (typeof v === 'boolean') return v ? 'b:TRUE' : 'b:FALSE';
  const t = normalizeText(v);
  if (t === '') return '';
  if (NUMBER_TEXT.test(t)) return numberKey(Number(t));
  if (/^(true|false)$/iu.test(t)) return `b:${t.toUpperCase()}`;
  return `s:${t}`;
}

export function sameValue(a: RawValue | undefined, b: RawValue | undefined): boolean {
  return valueKey(a) === valueKey(b);
}

/** A value as a message shows it: 「」 for empty. */
export function shownValue(v: RawValue | undefined): string {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return '（空）';
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.length > 60 ? `${v.slice(0, 60)}…` : v;
}

export function shownValueEn(v: RawValue | undefined): string {
  const s = shownValue(v);
  return s === '（空）' ? '(empty)' : s;
}
