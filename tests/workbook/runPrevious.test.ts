// Previous boxes from an earlier review workbook (--previous; the pane's previous file): matched by ID as the
// roster's repeat check compares IDs, and by the digits of an ID that lost its leading zeros in one of the
// two workbooks; a previous review none of whose IDs is in this one is said, not silently left out. A
// calibration row whose ID lost its zeros is only told which engineer it may mean: applying it could be wrong.
import type { RawValue } from '../../src/workbook/host';
import { runReview, type RunOptions } from '../../src/workbook/run';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
const HEADER = ['工号', '姓名', '部门', '绩效', '潜力'];

/** A previous review workbook holding only its results sheet: ID and calibrated box. */
function previousOf(rows: [RawValue, number][]): LiveMemoryHost {
  return new LiveMemoryHost([gridOf('盘点结果', [['工号', '校准后九宫格'], ...rows])]);
}

async function previousBoxes(roster: RawValue[][], previous: LiveMemoryHost): Promise<{ boxes: Record<string, number | undefined>; warnings: string[] }> {
  const host = new LiveMemoryHost([gridOf('工程师名单', [HEADER, ...roster])]);
  const outcome = await runReview(host, host, { ...OPTIONS, previous });
  if (!outcome.ok) throw new Error('run failed');
  return {
    boxes: Object.fromEntries(outcome.result.reviews.map((r) => [r.engineer.id, r.engineer.previousBox])),
    warnings: outcome.problems.map((p) => p.message.en),
  };
}

it('matches IDs that lost their leading zeros, and IDs in another case, to the previous review', async () => {
  const got = await previousBoxes(
    [[123, '张伟', '研发', 'A', '高'], ['e2', '李娜', '研发', 'B', '中'], ['E3', '王强', '工艺', 'C', '低']],
    previousOf([['00123', 5], ['E2', 8], ['E9', 1]]),
  );
  expect(got.boxes).toEqual({ '123': 5, e2: 8, E3: undefined });
  expect(got.warnings.filter((w) => w.includes('previous'))).toEqual([]);
});

it('leaves digits two previous IDs share unmatched', async () => {
  const got = await previousBoxes([[123, '张伟', '研发', 'A', '高']], previousOf([['0123', 5], ['00123', 8]]));
  expect(got.boxes).toEqual({ '123': undefined });
});

it('says so when none of the previous IDs is in this review', async () => {
  const got = await previousBoxes([['A1', '张伟', '研发', 'A', '高']], previousOf([['B1', 5], ['B2', 8]]));
  expect(got.boxes).toEqual({ A1: undefined });
  expect(got.warnings.filter((w) => w.startsWith('None of the 2 IDs of the previous results (e.g. B1, B2)'))).toHaveLength(1);
});

it('tells a calibration row whose ID lost its leading zeros which engineer it may mean, and applies nothing', async () => {
  const host = new LiveMemoryHost([
    gridOf('工程师名单', [HEADER, ['00124', '张伟', '研发', 'A', '高']]),
    gridOf('校准记录', [['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'], ['2026-11-20', 124, '张伟', 9, 6, '会上决定', '李总']]),
  ]);
  const outcome = await runReview(host, host, OPTIONS);
  if (!outcome.ok) throw new Error('run failed');
  expect(outcome.result.reviews[0].finalBox).toBe(9);
  expect(outcome.problems.filter((p) => p.sheet === '校准记录').map((p) => [p.cell, p.message.zh])).toEqual([
    ['B2', '校准记录中的工号 124 不在本次盘点中，此行未应用；名单中有工号 00124，是否前导零丢失（请把单元格设为文本后填写完整工号）？'],
  ]);
});
