// The minutes a person types into a meeting pack's notes box (会议记录) survive every re-run — one that
// refreshes the packs without asking for them, and one in the other language.
import type { RawValue } from '../../src/workbook/host';
import { runReview, type RunOptions } from '../../src/workbook/run';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

const ROSTER: RawValue[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
  ['E001', '张伟', '研发中心', 'B', '中', 5, 2],
  ['E002', '王芳', '研发中心', 'A', '高', 6, 4],
  ['E003', '李娜', '工艺', 'C', '低', 3, 2],
];
const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
const MINUTES = '会议决定：张伟调至 8 格；=下月复盘';

/** The notes box of a pack: the row under its heading, column A. */
function notesAt(host: LiveMemoryHost, sheet: string): { row: number; value: RawValue } {
  const values = host.valuesOf(sheet) ?? [];
  const heading = values.findIndex((r) => r[0] === '会议记录' || r[0] === 'Meeting notes');
  expect(heading).toBeGreaterThan(0);
  return { row: heading + 1, value: values[heading + 1]?.[0] ?? null };
}

it('keeps the minutes typed into a meeting pack across re-runs and a change of language', async () => {
  const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER)]);
  expect((await runReview(host, host, { ...OPTIONS, meetingPack: '研发中心' })).ok).toBe(true);
  const box = notesAt(host, '会议材料-研发中心');
  expect(box.value).toBeNull();
  await host.writeCells('会议材料-研发中心', [{ row: box.row, col: 0, value: MINUTES }]);

  await runReview(host, host, OPTIONS);
  expect(notesAt(host, '会议材料-研发中心').value).toBe(MINUTES);
  await runReview(host, host, { ...OPTIONS, lang: 'en-US' });
  const en = (await host.sheets()).map((s) => s.name).find((n) => n.startsWith('Meeting-'));
  expect(en).toBeDefined();
  expect(notesAt(host, en as string).value).toBe(MINUTES);
  // The other department's pack, never typed into, stays empty.
  await runReview(host, host, { ...OPTIONS, lang: 'en-US', meetingPack: '全部' });
  expect(notesAt(host, en as string).value).toBe(MINUTES);
  const other = (await host.sheets()).map((s) => s.name).find((n) => n.startsWith('Meeting-') && n !== en);
  expect(notesAt(host, other as string).value).toBeNull();
});
