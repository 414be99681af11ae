// Calibration (DOMAIN.md, Calibration; 盘点会议 §四(二)1(4)): the meeting moves an engineer to another box
// with a reason; each move is a row appended to the log. The last row per engineer wins on every run, and
// everything downstream uses the final box. Pure: the workbook layer reads the log and turns what this
// returns into problems with addresses.
import { checkDistribution, sharePercent } from './distribution';
import { indexSum } from './ninebox';
import type { Settings } from './settings';
import { countEn, normalizeKey, normalizeText, round2 } from './text';
import type { Box, CalibrationRecord, EngineerReview, ReviewResult, Text } from './types';

/** A log row whose 调整前 no longer matches the computed box: the inputs changed since the meeting. */
export interface StaleCalibration {
  record: CalibrationRecord;
  /** The box the engineer's rows started from (the computed box at the time of the meeting). */
  origin: Box;
  /** The box computed now. */
  computed: Box;
}

export interface CalibrationOutcome {
  /** The review with final boxes, counts and distribution checks after calibration. */
  result: ReviewResult;
  /** Rows naming an engineer who is not in this review. */
  unknown: CalibrationRecord[];
  stale: StaleCalibration[];
}

/**
 * IDs compare as the roster's uniqueness check compares them (NFKC, trimmed, inner spaces and case ignored):
 * the roster leaves `e040` out as a repeat of `E040`, so a log row naming `e040` means E040.
 */
export function idKey(id: string): string {
  return normalizeKey(id);
}

/** An engineer's rows of the log, in log order. */
export function historyOf(records: readonly CalibrationRecord[], id: string): CalibrationRecord[] {
  const key = idKey(id);
  return records.filter((r) => idKey(r.id) === key);
}

/**
 * Where an engineer's rows started: walking back from the last row, each 调整前 that an earlier row's
 * 调整后 explains (a later move, an undo) leads to that earlier row; the first 调整前 nothing explains is the
 * computed box of the meeting. Undefined when that row has no 调整前.
 */
export function originOf(history: readonly CalibrationRecord[]): Box | undefined {
  let k = history.length - 1;
  while (k >= 0) {
    const from = history[k].from;
    if (from === undefined) return undefined;
    let j = k - 1;
    while (j >= 0 && history[j].to !== from) j--;
    if (j < 0) return from;
    k = j;
  }
  return undefined;
}

/** True when the engineer's final box is a calibrated one (differs from the computed box). */
export function isCalibrated(review: Pick<EngineerReview, 'calibration' | 'placement'>): boolean {
  return review.calibration !== undefined && review.calibration.to !== review.placement.box;
}

/** Recomputes the counts and the distribution and manager checks on the final boxes. */
export function withFinalBoxes(result: ReviewResult, reviews: EngineerReview[], settings: Settings): ReviewResult {
  const { counts, total, distribution, managerBias } = checkDistribution(
    reviews.map((r) => ({ box: r.finalBox, department: r.engineer.department, manager: r.engineer.manager })),
    settings,
  );
  return { ...result, reviews, counts, total, distribution, managerBias };
}

/** Applies the log: the last row of each engineer sets the final box. The input result is not changed. */
export function applyCalibration(
  result: ReviewResult,
  records: readonly CalibrationRecord[],
  settings: Settings,
): CalibrationOutcome {
  const byId = new Map<string, CalibrationRecord[]>();
  for (const r of records) {
    const key = idKey(r.id);
    const list = byId.get(key);
    if (list) list.push(r);
    else byId.set(key, [r]);
  }
  const known = new Set(result.reviews.map((r) => idKey(r.engineer.id)));
  const unknown = records.filter((r) => !known.has(idKey(r.id)));
  const stale: StaleCalibration[] = [];
  let changed = false;
  const reviews = result.reviews.map((review): EngineerReview => {
    const history = byId.get(idKey(review.engineer.id));
    if (!history || history.length === 0) return review;
    const last = history[history.length - 1];
    const origin = originOf(history);
    if (origin !== undefined && origin !== review.placement.box) {
      stale.push({ record: last, origin, computed: review.placement.box });
    }
    changed = true;
    return { ...review, finalBox: last.to, calibration: last };
  });
  return { result: changed ? withFinalBoxes(result, reviews, settings) : result, unknown, stale };
}

/** What the pane warns about before a move is saved (DOMAIN.md, The nine boxes: guidance and manager checks). */
export interface SanityWarning {
  kind: 'department' | 'manager';
  group: string;
  message: Text;
}

function shareOff(counts: Record<Box, number>, total: number, box: Box, settings: Settings): number {
  return round2(Math.abs(sharePercent(counts[box], total) - settings.guidance[box]));
}

/**
 * Warnings for moving engineer `id` to box `to`: the department's share of the box left or entered would
 * be off the guidance by more than the tolerance (and further off than before), or the engineer's manager's
 * mean index would differ from everyone's by more than the manager tolerance (and more than before).
 * Departments and managers below their minimum size are not checked, as in the distribution check.
 */
export function calibrationSanity(result: ReviewResult, id: string, to: Box, settings: Settings): SanityWarning[] {
  const key = idKey(id);
  const target = result.reviews.find((r) => idKey(r.engineer.id) === key);
  if (!target || target.finalBox === to) return [];
  const from = target.finalBox;
  const moved = result.reviews.map((r) => (r === target ? { ...r, finalBox: to } : r));
  const before = withFinalBoxes(result, result.reviews, settings);
  const after = withFinalBoxes(result, moved, settings);
  const out: SanityWarning[] = [];

  const dept = target.engineer.department;
  if (dept !== undefined && normalizeText(dept) !== '') {
    const find = (res: ReviewResult) =>
      res.distribution.find((g) => g.groupKind === 'department' && normalizeKey(g.group) === normalizeKey(normalizeText(dept)));
    const b = find(before);
    const a = find(after);
    if (a && b && a.checked) {
      for (const box of [to, from]) {
        const offAfter = shareOff(a.counts, a.total, box, settings);
        const offBefore = shareOff(b.counts, b.total, box, settings);
        if (offAfter > settings.distributionTolerance && offAfter > offBefore) {
          const share = sharePercent(a.counts[box], a.total);
          out.push({
            kind: 'department',
            group: a.group,
            message: {
              zh: `调整后，部门「${a.group}」第 ${box} 格占比 ${share}%，与指引 ${settings.guidance[box]}% 相差超过 ${settings.distributionTolerance} 个百分点`,
              en: `After the move, department "${a.group}" has ${share}% in box ${box}, more than ${settings.distributionTolerance} points off the guidance of ${settings.guidance[box]}%`,
            },
          });
        }
      }
    }
  }

  const manager = target.engineer.manager;
  if (manager !== undefined && normalizeText(manager) !== '') {
    const mk = normalizeKey(normalizeText(manager));
    const stats = (res: ReviewResult): { mean: number; overall: number; count: number } | undefined => {
      const mine = res.reviews.filter((r) => r.engineer.manager !== undefined && normalizeKey(normalizeText(r.engineer.manager)) === mk);
      if (mine.length < settings.managerMinimum || res.reviews.length === 0) return undefined;
      const mean = round2(mine.reduce((s, r) => s + indexSum(r.finalBox), 0) / mine.length);
      const overall = round2(res.reviews.reduce((s, r) => s + indexSum(r.finalBox), 0) / res.reviews.length);
      return { mean, overall, count: mine.length };
    };
    const b = stats(before);
    const a = stats(after);
    if (a && b) {
      const diffAfter = round2(Math.abs(a.mean - a.overall));
      const diffBefore = round2(Math.abs(b.mean - b.overall));
      if (diffAfter > settings.managerBiasTolerance && diffAfter > diffBefore) {
        out.push({
          kind: 'manager',
          group: normalizeText(manager),
          message: {
            zh: `调整后，上级「${normalizeText(manager)}」的 ${a.count} 名下属绩效与潜力指数均值 ${a.mean.toFixed(2)}，与全体 ${a.overall.toFixed(2)} 相差超过 ${settings.managerBiasTolerance}`,
            en: `After the move, manager "${normalizeText(manager)}" (${countEn(a.count, 'engineer')}) has a mean performance + potential index of ${a.mean.toFixed(2)}, more than ${settings.managerBiasTolerance} from everyone's ${a.overall.toFixed(2)}`,
          },
        });
      }
    }
  }
  return out;
}
