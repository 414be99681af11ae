// The engine alone, in this process: the review (banding, boxes, gaps, calibration) and the follow-up
// (pool, mentoring, plans), then the sheet plans built from them. The roster is read before the clock starts.
import { followUp } from '../src/domain/followUp';
import { reviewEngineers } from '../src/domain/review';
import { readReviewInput } from '../src/workbook/read';
import { buildOutputPlans } from '../src/workbook/write';
import { emptyPeopleCells } from '../src/workbook/write/people';
import { SAMPLE_HEADERS, sampleRoster } from '../src/workbook/sample';
import type { RawValue, SheetInfo, WorkbookHost } from '../src/workbook/host';
import { gridOf } from '../tests/helpers/memoryHost';

export interface EngineTimes {
  reviewMs: number;
  followUpMs: number;
  plansMs: number;
}

function rosterHost(engineers: number): WorkbookHost {
  const values: RawValue[][] = [[...SAMPLE_HEADERS], ...sampleRoster(engineers)];
  const grid = gridOf('工程师名单', values);
  const info: SheetInfo = { name: grid.name, visibility: 'visible' };
  return {
    sheets: async () => [info],
    readSheets: async (names) => (names.includes(grid.name) ? [grid] : []),
    apply: async () => undefined,
    writeCells: async () => undefined,
    select: async () => undefined,
  };
}

const since = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

export async function benchEngine(engineers: number): Promise<EngineTimes> {
  const read = await readReviewInput(rosterHost(engineers), { fallbackReviewDate: '2026-11-26' });
  if (!read.ok) throw new Error(read.fatal.message.en);
  const { engineers: list, standards, settings, problems } = read.input;
  let t = process.hrtime.bigint();
  const result = reviewEngineers(list, standards, settings);
  const reviewMs = since(t);
  t = process.hrtime.bigint();
  const fu = followUp(result, settings);
  const followUpMs = since(t);
  t = process.hrtime.bigint();
  buildOutputPlans(result, problems, {
    lang: 'zh-CN', settings, reviewDate: '2026-11-26', writtenAt: '2026-11-26T09:00:00.000Z', existing: [], people: emptyPeopleCells(), followUp: fu,
  });
  return { reviewMs, followUpMs, plansMs: since(t) };
}
