// 个人发展计划 split into sheets (DOMAIN.md, Limits of the file formats). The plans sheet puts a manual page
// break after every engineer's plan and Excel allows 1,026 a sheet, so past PLANS_PER_SHEET plans the rest go
// on to 个人发展计划(2), (3)… — cut at a department boundary where one is near, so that a department head
// prints a whole department from one sheet. The archive (engineers who left) ends the last sheet.
// Every part is an output sheet of role 'plans': the first has no key, as the one sheet always had (a review
// of up to PLANS_PER_SHEET plans is written exactly as before), the others `part:<n>`; so a re-run replaces
// each in place, finds a renamed one, and removes the parts a smaller review no longer needs.
import type { DevelopmentPlan } from '../../domain/followUpTypes';
import type { Lang } from '../../domain/types';
import type { SheetPlan } from '../plan';
import { problem, type Problem } from '../problems';
import { buildPlansSheet, planWriter, type FollowContext } from './plans';
import type { RegistryEntry } from './registry';
import { sheetName, withSuffix } from './text';

/**
 * Plans a sheet: one page break after each makes at most 1,000 breaks, below Excel's 1,026 with room to
 * spare (the archive adds none). 1,000 plans are some 30,000 rows, far from Excel's 1,048,576.
 */
export const PLANS_PER_SHEET = 1000;

/** A department boundary within this share of the cap before it ends a sheet there instead of at the cap. */
const DEPARTMENT_SLACK = 0.1;

const PART_PREFIX = 'part:';

/** The registry key of part `n` (1-based): none for the first, `part:<n>` for the others. */
export function partKey(n: number): string | undefined {
  return n <= 1 ? undefined : `${PART_PREFIX}${n}`;
}

/** Whether a sheet of role 'plans' with this key is a part of the plans sheet (not a one-person plan sheet). */
export function isPartKey(key: string | undefined): boolean {
  return key === undefined || key.startsWith(PART_PREFIX);
}

/** The part number of a plans key: 1 for none. */
export function partNumber(key: string | undefined): number {
  if (key === undefined || !key.startsWith(PART_PREFIX)) return 1;
  const n = Number(key.slice(PART_PREFIX.length));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** 个人发展计划, 个人发展计划(2)… / Development plans, Development plans(2)…; within Excel's 31 characters. */
export function partName(n: number, lang: Lang): string {
  const base = sheetName('plans', lang);
  return n <= 1 ? base : withSuffix(base, `(${n})`);
}

function departmentOf(plan: Pick<DevelopmentPlan, 'department'>): string {
  return plan.department ?? '';
}

/** Each department's plans follow one another (a roster sorted by department). */
export function inDepartmentOrder(plans: readonly Pick<DevelopmentPlan, 'department'>[]): boolean {
  const done = new Set<string>();
  for (let i = 1; i < plans.length; i++) {
    const before = departmentOf(plans[i - 1]);
    if (before === departmentOf(plans[i])) continue;
    done.add(before);
    if (done.has(departmentOf(plans[i]))) return false;
  }
  return true;
}

/**
 * Where the sheets end: the exclusive end index of each part's plans, the last being plans.length (one part
 * when the plans fit one sheet, also none). A part ends at the cap, or — when the plans are in department
 * order — at the last department boundary within the last tenth before it.
 */
export function planCuts(plans: readonly Pick<DevelopmentPlan, 'department'>[], cap = PLANS_PER_SHEET): number[] {
  const byDepartment = plans.length > cap && inDepartmentOrder(plans);
  const slack = Math.floor(cap * DEPARTMENT_SLACK);
  const ends: number[] = [];
  let start = 0;
  while (plans.length - start > cap) {
    let end = start + cap;
    if (byDepartment) {
      for (let i = end; i >= start + cap - slack && i > start; i--) {
        if (departmentOf(plans[i - 1]) !== departmentOf(plans[i])) {
          end = i;
          break;
        }
      }
    }
    ends.push(end);
    start = end;
  }
  ends.push(plans.length);
  return ends;
}

/**
 * 个人发展计划 and, past PLANS_PER_SHEET plans, 个人发展计划(2), (3)…: one writer for all, so people's cells
 * follow their engineer to whichever part holds the plan now, and the archive on the last part holds only
 * what no part wrote again.
 */
export function buildPlansParts(plans: readonly DevelopmentPlan[], ctx: FollowContext): SheetPlan[] {
  const writer = planWriter(ctx);
  const ends = planCuts(plans);
  let start = 0;
  return ends.map((end, i) => {
    const n = i + 1;
    const key = partKey(n);
    const sheet = { name: partName(n, ctx.lang), ...(key === undefined ? {} : { key }) };
    const part = buildPlansSheet(plans.slice(start, end), ctx, writer, sheet, n === ends.length);
    start = end;
    return part;
  });
}

/**
 * The plans with the first part removing the parts the registry knows and this run no longer writes (the
 * roster shrank): a (2) left behind would hold last run's plans, and its typing would be read again.
 */
export function withStalePartsRemoved(plans: readonly SheetPlan[], existing: readonly RegistryEntry[]): SheetPlan[] {
  const first = plans.findIndex((p) => p.role === 'plans' && p.key === undefined);
  if (first < 0) return [...plans];
  const keys = new Set(plans.filter((p) => p.role === 'plans').map((p) => p.key));
  const written = new Set(plans.flatMap((p) => [p.name, p.replaces ?? '']).map((n) => n.toLowerCase()));
  const stale = existing
    .filter((e) => e.role === 'plans' && e.key !== undefined && isPartKey(e.key) && !keys.has(e.key))
    .map((e) => e.sheet)
    .filter((name) => !written.has(name.toLowerCase()));
  if (stale.length === 0) return [...plans];
  const out = [...plans];
  out[first] = { ...out[first], removes: [...new Set(stale)] };
  return out;
}

/** Up to this many parts the note names each with its plans; past it (a long note), the first and the last. */
const PARTS_LISTED = 6;

/**
 * The data check's note where the plans were split: once, naming each part's sheet (as written, after any
 * rename), its plans and — in department order — its first and last department.
 */
export function splitNote(
  written: readonly Pick<SheetPlan, 'role' | 'key' | 'name'>[],
  plans: readonly Pick<DevelopmentPlan, 'department'>[],
): Problem[] {
  const parts = written.filter((p) => p.role === 'plans' && isPartKey(p.key)).sort((a, b) => partNumber(a.key) - partNumber(b.key));
  const ends = planCuts(plans);
  if (parts.length < 2 || parts.length !== ends.length) return [];
  const byDepartment = inDepartmentOrder(plans);
  const betweenDepartments = byDepartment && ends.slice(0, -1).every((e) => departmentOf(plans[e - 1]) !== departmentOf(plans[e]));
  const n = (x: number): string => x.toLocaleString('en-US');
  const zh: string[] = [];
  const en: string[] = [];
  let start = 0;
  ends.forEach((end, i) => {
    const first = departmentOf(plans[start]);
    const last = departmentOf(plans[end - 1]);
    const depts = !byDepartment || first === '' ? undefined : first === last ? first : `${first} – ${last}`;
    zh.push(`「${parts[i].name}」第 ${n(start + 1)}–${n(end)} 份${depts === undefined ? '' : `（${depts}）`}`);
    en.push(`"${parts[i].name}" ${n(start + 1)}–${n(end)}${depts === undefined ? '' : ` (${depts})`}`);
    start = end;
  });
  const sheets = parts.length;
  if (sheets > PARTS_LISTED) {
    zh.splice(1, sheets - 2, '…');
    en.splice(1, sheets - 2, '…');
  }
  return [
    problem(parts[0].name, '', 'warning',
      `个人发展计划共 ${n(plans.length)} 份，每份一页，超过一张工作表的分页符上限（Excel 每张工作表最多 1,026 个），已分为 ${sheets} 张工作表（每张至多 ${n(PLANS_PER_SHEET)} 份${betweenDepartments ? '，在部门之间分开' : ''}）：${zh.join('；')}。离开名单人员的存档在最后一张`,
      `The ${n(plans.length)} development plans, one page each, are more than one sheet's page breaks allow (Excel: 1,026 a sheet), so they are on ${sheets} sheets (at most ${n(PLANS_PER_SHEET)} each${betweenDepartments ? ', cut between departments' : ''}): ${en.join('; ')}. The archive of those who left is on the last`),
  ];
}
