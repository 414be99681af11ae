// 盘点汇总 (DOMAIN.md, Output sheets): counts by final box × department, category and level (with a 未填
// bucket); the levels as the pyramid (高级 塔尖, 中级 塔身, 初级 塔基, *default* reading of §二); 双高 in key
// positions; flight risk 高 among boxes 9, 8, 6; the distribution and manager checks passed through.
import { LEVEL_LABELS, NOT_GIVEN_LABEL, PYRAMID_LABELS, type PyramidTier } from './catalogue';
import { emptyCounts, sharePercent } from './distribution';
import type { CountRow, EngineerRef, PyramidRow, SummaryStats } from './followUpTypes';
import { normalizeKey, normalizeText } from './text';
import type { Box, EngineerReview, LevelKey, ReviewResult } from './types';

function ref(r: EngineerReview): EngineerRef {
  const e = r.engineer;
  return { id: e.id, name: e.name, department: e.department, position: e.position, box: r.finalBox };
}

/** Groups by normalised text, shown as first written, in order of first appearance; 未填 last. */
function countBy(reviews: readonly EngineerReview[], value: (r: EngineerReview) => string | undefined): CountRow[] {
  const rows = new Map<string, CountRow>();
  const notGiven: CountRow = { label: NOT_GIVEN_LABEL, counts: emptyCounts(), total: 0 };
  for (const r of reviews) {
    const raw = value(r);
    const text = raw === undefined ? '' : normalizeText(raw);
    let row = notGiven;
    if (text !== '') {
      const k = normalizeKey(text);
      const found = rows.get(k);
      if (found) row = found;
      else {
        row = { key: text, label: { zh: text, en: text }, counts: emptyCounts(), total: 0 };
        rows.set(k, row);
      }
    }
    row.counts[r.finalBox]++;
    row.total++;
  }
  const out = [...rows.values()];
  if (notGiven.total > 0) out.push(notGiven);
  return out;
}

const TIERS: readonly { tier: PyramidTier; level: LevelKey }[] = [
  { tier: 'top', level: 'senior' },
  { tier: 'middle', level: 'intermediate' },
  { tier: 'base', level: 'junior' },
];

const LEVEL_ORDER: readonly LevelKey[] = ['senior', 'intermediate', 'junior'];

export function summarize(result: ReviewResult): SummaryStats {
  const { reviews } = result;
  const total = reviews.length;

  const byLevelCounts = new Map<LevelKey, CountRow>(
    LEVEL_ORDER.map((l) => [l, { key: l, label: LEVEL_LABELS[l], counts: emptyCounts(), total: 0 }]),
  );
  const levelNotGiven: CountRow = { label: NOT_GIVEN_LABEL, counts: emptyCounts(), total: 0 };
  const counts = emptyCounts();
  const doubleHighKey: EngineerRef[] = [];
  let doubleHighNotKey = 0;
  let doubleHighKeyNotGiven = 0;
  const flightRisk: EngineerRef[] = [];
  for (const r of reviews) {
    const box: Box = r.finalBox;
    counts[box]++;
    const level = r.engineer.level;
    const row = level === undefined ? levelNotGiven : byLevelCounts.get(level);
    if (row) {
      row.counts[box]++;
      row.total++;
    }
    if (box === 9) {
      if (r.engineer.keyPosition === true) doubleHighKey.push(ref(r));
      else if (r.engineer.keyPosition === false) doubleHighNotKey++;
      else doubleHighKeyNotGiven++;
    }
    if (r.engineer.flightRisk === 'high' && (box === 9 || box === 8 || box === 6)) flightRisk.push(ref(r));
  }
  const byLevel = [...byLevelCounts.values()];
  if (levelNotGiven.total > 0) byLevel.push(levelNotGiven);

  const pyramid: PyramidRow[] = TIERS.map(({ tier, level }) => {
    const row = byLevelCounts.get(level);
    const c = row ? row.counts : emptyCounts();
    const count = row ? row.total : 0;
    return {
      tier,
      level,
      label: { zh: `${PYRAMID_LABELS[tier].zh}（${LEVEL_LABELS[level].zh}）`, en: `${PYRAMID_LABELS[tier].en} (${LEVEL_LABELS[level].en})` },
      count,
      share: sharePercent(count, total),
      keyBoxes: { 9: c[9], 8: c[8], 6: c[6] },
    };
  });

  return {
    total,
    counts,
    byDepartment: countBy(reviews, (r) => r.engineer.department),
    byCategory: countBy(reviews, (r) => r.engineer.category),
    byLevel,
    pyramid,
    pyramidNotGiven: levelNotGiven.total,
    doubleHighKey,
    doubleHighNotKey,
    doubleHighKeyNotGiven,
    flightRisk,
    distribution: result.distribution,
    managerBias: result.managerBias,
  };
}
