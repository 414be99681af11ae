// Supply against demand (DOMAIN.md, "Supply and demand: the talent map"; seed §四(二)1(4)②–④, §六(二)1(1)(2)).
// Supply of a demand line is the reviewed engineers it matches; ready supply those in final box 9, 8 or 6.
// Lines never spread over or override one another (unlike the standards): each is compared with exactly the
// engineers its three keys match, a `*` key matching everyone.
import { categoryKey } from './standards';
import type { Box, EngineerReview, LevelKey } from './types';
import { LEVELS } from './types';

export const READY_BOXES: ReadonlySet<Box> = new Set<Box>([9, 8, 6]);

/** One row of 需求规划 as the reader hands it over: an absent key is the wildcard `*`. */
export interface DemandRow {
  department?: string;
  category?: string;
  level?: LevelKey;
  needed: number;
  /** 期限 as written (a year or a date). */
  due?: string;
  scarce?: boolean;
  note?: string;
  /** 0-based sheet row, so problems and the map can point back to it. */
  row: number;
}

export type MapColumns = 'department' | 'company';

/** Supply, readiness and post fit of a set of engineers. */
export interface SupplyFigures {
  supply: number;
  ready: number;
  /** Engineers with no high gap against their own standard ÷ supply; undefined when supply is 0. */
  fit?: number;
}

export interface DemandLine extends SupplyFigures {
  demand: DemandRow;
  /** demand − supply: positive is a shortage, negative an over-supply. */
  gap: number;
}

/** One cell of the map: category × level (rows) × department or the company (columns). */
export interface MapCell extends SupplyFigures {
  category: string;
  level?: LevelKey;
  column: string;
  /** The demand line that fills this cell, when one names exactly this cell. */
  line?: DemandLine;
}

export interface ScarceLine {
  line: DemandLine;
  /** Why it is in the catalogue: marked 紧缺, or its gap is at least the scarce share of demand. */
  reason: 'marked' | 'gap';
  /** Engineers one level below in the same category and department, final box 9, 8 or 6 (内部培育为先). */
  internal: string[];
  /** 外部引进: max(0, gap − internal candidates). */
  toHire: number;
}

export interface TalentMap {
  columnKind: MapColumns;
  /** Department names in roster order, or the one company column. */
  columns: string[];
  /** Category × level rows in roster order of first appearance, levels in seed order. */
  rows: { category: string; level?: LevelKey }[];
  cells: MapCell[];
  /** Lines that do not name one cell (a `*` key, or a department when the columns are the company). */
  otherLines: DemandLine[];
  scarce: ScarceLine[];
  /** A second row with the same three keys: not used (the first is). */
  duplicates: { first: number; second: number }[];
  demandGiven: boolean;
}

export interface MapOptions {
  columns: MapColumns;
  /** 紧缺缺口比例: a gap at least this share of demand puts a line in the catalogue. */
  scarceShare: number;
  /** The company column's heading in the caller's language. */
  companyLabel: string;
}

export const DEFAULT_MAP_OPTIONS: MapOptions = { columns: 'department', scarceShare: 0.2, companyLabel: '公司' };

const UNSET = '\u0000';

function catKey(category: string | undefined): string {
  return category === undefined || categoryKey(category) === '' ? UNSET : categoryKey(category);
}

function deptKey(department: string | undefined): string {
  return department === undefined || department.trim() === '' ? UNSET : department.trim();
}

function hasHighGap(review: EngineerReview): boolean {
  return review.gaps.some((g) => g.severity === 'high');
}

export function supplyOf(reviews: readonly EngineerReview[]): SupplyFigures {
  const supply = reviews.length;
  const ready = reviews.filter((r) => READY_BOXES.has(r.finalBox)).length;
  const fitting = reviews.filter((r) => !hasHighGap(r)).length;
  return { supply, ready, fit: supply === 0 ? undefined : fitting / supply };
}

function matches(review: EngineerReview, row: Pick<DemandRow, 'department' | 'category' | 'level'>): boolean {
  const e = review.engineer;
  if (row.department !== undefined && deptKey(row.department) !== deptKey(e.department)) return false;
  if (row.category !== undefined && catKey(row.category) !== catKey(e.category)) return false;
  if (row.level !== undefined && row.level !== e.level) return false;
  return true;
}

function lineKey(row: DemandRow): string {
  const d = row.department === undefined ? '*' : deptKey(row.department);
  const c = row.category === undefined ? '*' : catKey(row.category);
  return `${d}\u0001${c}\u0001${row.level ?? '*'}`;
}

/** Two rows with the same three keys: the first is used, the second reported. */
export function firstDemandRows(rows: readonly DemandRow[]): { used: DemandRow[]; duplicates: TalentMap['duplicates'] } {
  const firstByKey = new Map<string, DemandRow>();
  const duplicates: TalentMap['duplicates'] = [];
  const used: DemandRow[] = [];
  for (const row of rows) {
    const key = lineKey(row);
    const first = firstByKey.get(key);
    if (first) duplicates.push({ first: first.row, second: row.row });
    else {
      firstByKey.set(key, row);
      used.push(row);
    }
  }
  return { used, duplicates };
}

function levelBelow(level: LevelKey): LevelKey | undefined {
  const i = LEVELS.indexOf(level);
  return i > 0 ? LEVELS[i - 1] : undefined;
}

/** Does this line name exactly one cell of a map with these columns? */
function cellOf(row: DemandRow, columns: MapColumns): boolean {
  if (row.category === undefined || row.level === undefined) return false;
  return columns === 'department' ? row.department !== undefined : row.department === undefined;
}

export function talentMap(
  reviews: readonly EngineerReview[],
  demand: readonly DemandRow[] | undefined,
  options: MapOptions = DEFAULT_MAP_OPTIONS,
): TalentMap {
  const { used, duplicates } = firstDemandRows(demand ?? []);
  const lines = used.map((row): DemandLine => {
    const figures = supplyOf(reviews.filter((r) => matches(r, row)));
    return { ...figures, demand: row, gap: row.needed - figures.supply };
  });

  // Rows and columns as the roster and the demand sheet name them, first appearance first.
  const categories = new Map<string, string>();
  const departments = new Map<string, string>();
  const note = (map: Map<string, string>, key: string, shown: string | undefined): void => {
    if (key !== UNSET && shown !== undefined && !map.has(key)) map.set(key, shown.trim());
  };
  for (const r of reviews) {
    note(categories, catKey(r.engineer.category), r.engineer.category);
    note(departments, deptKey(r.engineer.department), r.engineer.department);
  }
  for (const row of used) {
    note(categories, catKey(row.category), row.category);
    note(departments, deptKey(row.department), row.department);
  }
  const columns = options.columns === 'department' ? [...departments.values()] : [options.companyLabel];
  const rows = [...categories.values()].flatMap((category) => LEVELS.map((level) => ({ category, level })));

  const lineOfCell = new Map<string, DemandLine>();
  const otherLines: DemandLine[] = [];
  for (const line of lines) {
    if (cellOf(line.demand, options.columns)) {
      const dept = options.columns === 'department' ? deptKey(line.demand.department) : UNSET;
      lineOfCell.set(`${catKey(line.demand.category)}\u0001${line.demand.level}\u0001${dept}`, line);
    } else {
      otherLines.push(line);
    }
  }
  const cells: MapCell[] = [];
  for (const { category, level } of rows) {
    for (const column of columns) {
      const dept = options.columns === 'department' ? column : undefined;
      const figures = supplyOf(reviews.filter((r) => matches(r, { department: dept, category, level })));
      const line = lineOfCell.get(`${catKey(category)}\u0001${level}\u0001${dept === undefined ? UNSET : deptKey(dept)}`);
      cells.push({ ...figures, category, level, column, line });
    }
  }

  return {
    columnKind: options.columns,
    columns,
    rows,
    cells,
    otherLines,
    scarce: scarceCatalogue(lines, reviews, options.scarceShare),
    duplicates,
    demandGiven: demand !== undefined,
  };
}

/**
 * 紧缺工程师目录: lines with demand that are marked 紧缺 or short by at least the scarce share of demand.
 * Internal candidates are one level below in the same category and department, in a ready box; an engineer
 * is a candidate for one line at most, the first in sheet order. A line without a level (`*`) has no level
 * below it, so it has no internal candidates: everything short is to hire.
 */
export function scarceCatalogue(lines: readonly DemandLine[], reviews: readonly EngineerReview[], share: number): ScarceLine[] {
  const taken = new Set<string>();
  const out: ScarceLine[] = [];
  for (const line of lines) {
    const d = line.demand;
    if (d.needed <= 0) continue;
    const marked = d.scarce === true;
    if (!marked && line.gap < share * d.needed) continue;
    const below = d.level === undefined ? undefined : levelBelow(d.level);
    const internal: string[] = [];
    if (below !== undefined) {
      for (const r of reviews) {
        if (taken.has(r.engineer.id) || !READY_BOXES.has(r.finalBox)) continue;
        if (!matches(r, { department: d.department, category: d.category, level: below })) continue;
        internal.push(r.engineer.id);
        taken.add(r.engineer.id);
      }
    }
    out.push({ line, reason: marked ? 'marked' : 'gap', internal, toHire: Math.max(0, line.gap - internal.length) });
  }
  return out;
}

/** Cultivation targets (§六(二)1(1)): 梯队目标:<level> against the pool, 市级预期培育数量 against 市级培育库参考. */
export interface TargetSettings {
  /** 任务期限 as written, e.g. 2025—2027年. */
  term?: string;
  poolTargets: Partial<Record<LevelKey, number>>;
  cityTarget?: number;
}

export interface TargetRow {
  kind: 'pool' | 'city';
  level?: LevelKey;
  target: number;
  /** Pool: members now (在库 given); city: engineers whose check reads 是. */
  now: number;
  /** Pool only: members once the review's suggestions are taken (在库 and 保留, plus 建议入库). */
  afterReview?: number;
  /** target − now, never below 0. */
  distance: number;
}

export interface TargetInput {
  level?: LevelKey;
  inPool: boolean;
  /** The pool decision keeps or brings the engineer in (保留在库 or 建议入库). */
  poolAfterReview: boolean;
  cityCandidate: boolean;
}

export function targetRows(people: readonly TargetInput[], targets: TargetSettings): TargetRow[] {
  const out: TargetRow[] = [];
  for (const level of LEVELS) {
    const target = targets.poolTargets[level];
    if (target === undefined) continue;
    const atLevel = people.filter((p) => p.level === level);
    const now = atLevel.filter((p) => p.inPool).length;
    const afterReview = atLevel.filter((p) => p.poolAfterReview).length;
    out.push({ kind: 'pool', level, target, now, afterReview, distance: Math.max(0, target - now) });
  }
  if (targets.cityTarget !== undefined) {
    const now = people.filter((p) => p.cityCandidate).length;
    out.push({ kind: 'city', target: targets.cityTarget, now, distance: Math.max(0, targets.cityTarget - now) });
  }
  return out;
}
