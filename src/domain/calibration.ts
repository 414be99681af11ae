// Calibration (DOMAIN.md, Calibration; 盘点会议 §四(二)1(4)): the meeting moves an engineer to another box
// with a reason; each move is a row appended to the log. The last row per engineer wins on every run, and
// everything downstream uses the final box. Pure: the workbook layer reads the log and turns what this
// returns into problems with addresses.
import { checkDistribution, sharePercent } from './distribution';
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

/** A p-value as the data check shows it. */
function pText(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

/**
 * Warnings for moving engineer `id` to box `to`, by the same rules as the distribution check (DOMAIN.md, The
 * nine boxes), so the pane never warns about what the data check would not flag: the department's share of
 * the box left or entered would be flagged after the move (off the guidance by more than the tolerance and
 * significant after Holm's correction) and further off than before; or the engineer's manager would be
 * flagged for bias (Welch's t) after the move and further from everyone else than before. Groups below their
 * minimum size are not checked.
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
        const flag = a.flags.find((f) => f.box === box);
        if (!flag || shareOff(a.counts, a.total, box, settings) <= shareOff(b.counts, b.total, box, settings)) continue;
        out.push({
          kind: 'department',
          group: a.group,
          message: {
            zh: `调整后，部门「${a.group}」第 ${box} 格 ${flag.count}/${a.total} 人（${flag.actual}%），显著偏离指引 ${flag.guidance}%（校正后 p ${pText(flag.pAdjusted)}）`,
            en: `After the move, department "${a.group}" has ${flag.count} of ${a.total} in box ${box} (${flag.actual}%), significantly off the guidance of ${flag.guidance}% (adjusted p ${pText(flag.pAdjusted)})`,
          },
        });
      }
    }
  }

  const manager = target.engineer.manager;
  if (manager !== undefined && normalizeText(manager) !== '') {
    const mk = normalizeKey(normalizeText(manager));
    const find = (res: ReviewResult) => res.managerBias.find((m) => normalizeKey(normalizeText(m.manager)) === mk);
    const a = find(after);
    const b = find(before);
    if (a && (!b || Math.abs(a.mean - a.othersMean) > Math.abs(b.mean - b.othersMean))) {
      out.push({
        kind: 'manager',
        group: a.manager,
        message: {
          zh: `调整后，上级「${a.manager}」的 ${a.count} 名下属绩效与潜力指数均值 ${a.mean.toFixed(2)}，显著偏离其他人的 ${a.othersMean.toFixed(2)}（p ${pText(a.p)}）`,
          en: `After the move, manager "${a.manager}" (${countEn(a.count, 'engineer')}) has a mean performance + potential index of ${a.mean.toFixed(2)}, significantly off everyone else's ${a.othersMean.toFixed(2)} (p ${pText(a.p)})`,
        },
      });
    }
  }
  return out;
}
