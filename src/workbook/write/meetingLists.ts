// The meeting pack's lists (issue 17 item 5, issue 18): 五、需讨论的人员 — the department's discussion list
// (domain/discussion.ts), one row per person with every reason — and 六、关键岗位与人才供需 — the department's
// key-position coverage and scarce-catalogue headline, in the summary's words (planningText.ts).
import { pick } from '../../domain/catalogue';
import { discussionList, type DiscussionItem } from '../../domain/discussion';
import { followUp as computeFollowUp } from '../../domain/followUp';
import type { FollowUp } from '../../domain/followUpTypes';
import type { PostSuccession } from '../../domain/succession';
import type { Planning } from '../../domain/planning';
import type { Settings } from '../../domain/settings';
import type { Lang, ReviewResult, Text } from '../../domain/types';
import type { SheetBuilder } from './builder';
import { deptKey, type MeetingGroup } from './meetingGroups';
import { DISCUSSION_LEGEND, MEETING_TEXT } from './meetingText';
import { planningHeadline } from './planningText';
import { redact } from './sensitive';

/** The thin row between two sections, in points. */
export const PACK_GAP = 6;
/** A section's title row, in points (its text is 11-pt bold). */
export const SECTION_HEIGHT = 18;

/** A thin spacer row at `r`; returns the row after it. */
function gap(b: SheetBuilder, r: number): number {
  b.height(r, PACK_GAP);
  return r + 1;
}

/** A section's title row across the pack; returns the next row. Styles 'section', 'head', 'cell', 'muted' are the pack's. */
export function packSection(b: SheetBuilder, r: number, title: string, last: number): number {
  b.span(r, 0, last, title);
  b.style('section', r, 0, r, last);
  b.height(r, SECTION_HEIGHT);
  return r + 1;
}

function muted(b: SheetBuilder, r: number, text: string, last: number, min = 20): number {
  b.span(r, 0, last, text);
  b.style('muted', r, 0);
  b.fit(r, 0, last, text, min);
  return r + 1;
}

/** The department's discussion list; flight risk is left out where the handout hides it (打印隐藏敏感信息). */
export function departmentDiscussion(
  result: ReviewResult,
  group: MeetingGroup,
  ctx: { settings: Settings; followUp?: FollowUp; planning?: Planning },
): DiscussionItem[] {
  const fu = ctx.followUp ?? computeFollowUp(result, ctx.settings);
  const followUps = new Map(fu.engineers.map((e) => [e.id, e] as const));
  const posts = ctx.planning ? departmentPosts(ctx.planning, group) : undefined;
  const items = discussionList({ reviews: group.reviews, followUps, posts }, ctx.settings);
  if (!ctx.settings.hideSensitiveInPrint) return items;
  return items.map((i) => ({ ...i, reasons: i.reasons.filter((x) => x.kind !== 'flightRisk') })).filter((i) => i.reasons.length > 0);
}

/** The key posts of a department: by the post's department, else its holder's. */
function departmentPosts(planning: Planning, group: MeetingGroup): PostSuccession[] {
  const key = deptKey(group.department);
  return planning.succession.posts.filter((p) => deptKey(p.post.department ?? p.incumbent?.engineer.department) === key);
}

/** 五、需讨论的人员: name (ID) and the reasons, one line each. Returns the row after the section. */
export function writeDiscussion(
  b: SheetBuilder,
  top: number,
  result: ReviewResult,
  group: MeetingGroup,
  ctx: { lang: Lang; settings: Settings; followUp?: FollowUp; planning?: Planning },
  last: number,
): number {
  const L = (t: Text): string => pick(t, ctx.lang);
  let r = packSection(b, top, L(MEETING_TEXT.discussionTitle), last);
  const items = departmentDiscussion(result, group, ctx);
  if (items.length === 0) return gap(b, muted(b, r, L(MEETING_TEXT.discussionNone), last));
  b.span(r, 0, 1, L(MEETING_TEXT.name));
  b.span(r, 2, last, L(MEETING_TEXT.discussionWhy));
  b.style('head', r, 0, r, last);
  b.height(r, 18);
  r++;
  const from = r;
  const zh = ctx.lang === 'zh-CN';
  for (const item of items) {
    const who = item.id === undefined ? item.name : zh ? `${item.name}（${item.id}）` : `${item.name} (${item.id})`;
    const lines = item.reasons.map((x) => redact(L(x.text), ctx.settings));
    const why = lines.length === 1 ? lines[0] : lines.map((l) => `· ${l}`).join('\n');
    b.span(r, 0, 1, who);
    b.span(r, 2, last, why);
    b.fit(r, 2, last, why, 18, 1);
    b.fit(r, 0, 1, who, 18, 1);
    r++;
  }
  b.style('cell', from, 0, r - 1, last);
  const legend = `${L(MEETING_TEXT.discussionLegend)}${ctx.settings.hideSensitiveInPrint ? '' : L(DISCUSSION_LEGEND.flightRisk)}${L(DISCUSSION_LEGEND.rest)}`;
  return gap(b, muted(b, r, legend, last));
}

/** 六、关键岗位与人才供需: the department's coverage and scarce demand, as the summary says it for the company. */
export function writePlanningLines(b: SheetBuilder, top: number, planning: Planning, group: MeetingGroup, lang: Lang, last: number): number {
  let r = packSection(b, top, pick(MEETING_TEXT.planningTitle, lang), last);
  const key = deptKey(group.department);
  const posts = departmentPosts(planning, group);
  const scarce = planning.map.scarce.filter((s) => s.line.demand.department !== undefined && deptKey(s.line.demand.department) === key);
  for (const line of planningHeadline(planning, lang, { posts, scarce, department: true })) {
    b.span(r, 0, last, `· ${line}`);
    b.style('cell', r, 0, r, last);
    b.fit(r, 0, last, line);
    r++;
  }
  return gap(b, r);
}
