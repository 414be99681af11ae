// Cultivation pool status (DOMAIN.md, Cultivation pool; §三(一)1 入库/出库机制), on the final box.
// Not in the pool (or not given): 建议入库 for box 9, 8, 6, or 5 in a key position; else 暂不入库.
// In the pool: 建议出库 for box 1, 2, 4; else 保留在库.
import { BOX_TABLE } from './catalogue';
import type { PoolDecision } from './followUpTypes';
import { interned } from './intern';
import type { Box, Engineer, Text } from './types';

const ENTRY_BOXES: ReadonlySet<Box> = new Set<Box>([9, 8, 6]);
const EXIT_BOXES: ReadonlySet<Box> = new Set<Box>([1, 2, 4]);

function boxText(box: Box, labels: Partial<Record<Box, string>>): Text {
  const l = BOX_TABLE[box].label;
  return { zh: `九宫格 ${box}（${labels[box] ?? l.zh}）`, en: `box ${box} (${labels[box] ?? l.en})` };
}

export function poolDecision(
  engineer: Pick<Engineer, 'inPool' | 'keyPosition'>,
  finalBox: Box,
  boxLabels: Partial<Record<Box, string>> = {},
): PoolDecision {
  // One decision object per distinct case, shared by every engineer it applies to.
  const key = `pool|${String(engineer.inPool)}|${String(engineer.keyPosition)}|${finalBox}|${boxLabels[finalBox] ?? ''}`;
  return interned(key, () => decide(engineer, finalBox, boxLabels));
}

function decide(engineer: Pick<Engineer, 'inPool' | 'keyPosition'>, finalBox: Box, boxLabels: Partial<Record<Box, string>>): PoolDecision {
  const b = boxText(finalBox, boxLabels);
  if (engineer.inPool === true) {
    if (EXIT_BOXES.has(finalBox)) {
      return {
        inPool: true,
        status: 'suggestExit',
        reason: { zh: `在库，${b.zh}属出库格位（1、2、4）`, en: `In the pool; ${b.en} is an exit box (1, 2, 4)` },
      };
    }
    return {
      inPool: true,
      status: 'stay',
      reason: { zh: `在库，${b.zh}不属出库格位（1、2、4）`, en: `In the pool; ${b.en} is not an exit box (1, 2, 4)` },
    };
  }
  if (ENTRY_BOXES.has(finalBox)) {
    return {
      inPool: false,
      status: 'suggestEntry',
      reason: { zh: `未在库，${b.zh}属入库格位（9、8、6）`, en: `Not in the pool; ${b.en} is an entry box (9, 8, 6)` },
    };
  }
  if (finalBox === 5) {
    if (engineer.keyPosition === true) {
      return {
        inPool: false,
        status: 'suggestEntry',
        reason: { zh: `未在库，${b.zh}且在关键岗位`, en: `Not in the pool; ${b.en} in a key position` },
      };
    }
    const why =
      engineer.keyPosition === false
        ? { zh: '非关键岗位', en: 'not in a key position' }
        : { zh: '关键岗位未填', en: 'key position not given' };
    return {
      inPool: false,
      status: 'notNow',
      reason: { zh: `未在库，${b.zh}，${why.zh}`, en: `Not in the pool; ${b.en}, ${why.en}` },
    };
  }
  return {
    inPool: false,
    status: 'notNow',
    reason: {
      zh: `未在库，${b.zh}不属入库格位（9、8、6，或关键岗位的5）`,
      en: `Not in the pool; ${b.en} is not an entry box (9, 8, 6, or 5 in a key position)`,
    },
  };
}
