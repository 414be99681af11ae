// Which engineers a meeting pack covers (one department, or those without one) and the pack's sheet name.
import { ALL_GROUP_LABEL, NOT_GIVEN_LABEL, pick } from '../../domain/catalogue';
import { normalizeKey, normalizeText } from '../../domain/text';
import type { EngineerReview, Lang, ReviewResult } from '../../domain/types';
import { MEETING_TEXT } from './meetingText';
import { safeSheetName } from './text';

/** A department's engineers, by the department compared as normalised text; `undefined`: those without one. */
export interface MeetingGroup {
  /** As first written; undefined for engineers without a department. */
  department?: string;
  reviews: EngineerReview[];
}

/** A department compared as normalised text; '' for none. */
export function deptKey(d: string | undefined): string {
  return d === undefined ? '' : normalizeKey(normalizeText(d));
}

/** Every department in order of first appearance, then the engineers without one. */
export function meetingGroups(result: ReviewResult): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>();
  for (const r of result.reviews) {
    const raw = r.engineer.department;
    const k = deptKey(raw);
    const g = groups.get(k) ?? { department: k === '' ? undefined : normalizeText(raw ?? ''), reviews: [] };
    g.reviews.push(r);
    groups.set(k, g);
  }
  const out = [...groups.values()].filter((g) => g.department !== undefined);
  const none = groups.get('');
  if (none) out.push(none);
  return out;
}

/** True for 全部 / all (any case or width): one sheet per department. */
export function isAllDepartments(asked: string): boolean {
  const k = normalizeKey(asked);
  return k === normalizeKey('全部') || k === 'all' || k === normalizeKey(ALL_GROUP_LABEL.zh);
}

/** The groups a --meeting-pack value asks for; `missing` when a named department has nobody. */
export function askedGroups(result: ReviewResult, asked: string): { groups: MeetingGroup[]; missing: boolean } {
  const all = meetingGroups(result);
  if (isAllDepartments(asked)) return { groups: all, missing: false };
  const found = all.filter((g) => g.department !== undefined && deptKey(g.department) === deptKey(asked));
  return { groups: found, missing: found.length === 0 };
}

export function meetingKey(department: string | undefined): string {
  return `dept:${department ?? ''}`;
}

export function meetingSheetName(department: string | undefined, lang: Lang, taken: ReadonlySet<string>): string {
  const dept = department ?? pick(NOT_GIVEN_LABEL, lang);
  const base = safeSheetName(`${pick(MEETING_TEXT.prefix, lang)}${dept}`);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = safeSheetName(`${base.slice(0, 27)}(${i})`);
  return name;
}

