// An engineer left off the roster for a month (by mistake, or a long leave) and then back: what people had
// typed into their plan went to the archive when they were gone, and comes back into their plan with them.
import type { RawValue } from '../../src/workbook/host';
import { runReview, type RunOptions } from '../../src/workbook/run';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

const HEADER = ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力', '培育层级'];
const ROWS: RawValue[][] = [
  ['E001', '张伟', '研发中心', 'B', '中', 5, 2, '初级'],
  ['E002', '王芳', '研发中心', 'C', '高', 6, 2, '初级'],
  ['E003', '李娜', '工艺', 'C', '低', 3, 2, '初级'],
];
const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
const NOTE = '已约谈，下季度轮岗';

/** The plans sheet's people's cells of one engineer: [row, col, field]. */
/** The people's cells of an engineer's plan: row, column, field — the notes cell and sign-off fields, not an action's. */
function cellsOf(host: LiveMemoryHost, id: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  (host.valuesOf('个人发展计划') ?? []).forEach((row, r) => {
    const key = row[0];
    if (typeof key !== 'string' || !key.startsWith('{')) return;
    const k = JSON.parse(key) as { o?: string; s?: string; r?: string; c?: Record<string, [number, unknown]> };
    if (k.s !== 'plan' || k.o !== id || (k.r !== 'notes' && k.r !== 'signoff')) return;
    for (const [field, [col]] of Object.entries(k.c ?? {})) out.push([r, col, field]);
  });
  return out;
}

async function runWith(host: LiveMemoryHost, rows: RawValue[][]): Promise<void> {
  await host.writeCells('工程师名单', [HEADER, ...rows, ...Array.from({ length: 3 - rows.length }, () => HEADER.map(() => null))].flatMap((r, i) => r.map((value, col) => ({ row: i, col, value }))));
  expect((await runReview(host, host, OPTIONS)).ok).toBe(true);
}

it('puts back what was typed into the plan of an engineer who was left off for a month', async () => {
  const host = new LiveMemoryHost([gridOf('工程师名单', [HEADER, ...ROWS])]);
  expect((await runReview(host, host, OPTIONS)).ok).toBe(true);
  const notes = cellsOf(host, 'E002').filter(([, , f]) => f === 'note' || f === 'engineer');
  expect(notes.length).toBe(2);
  await host.writeCells('个人发展计划', notes.map(([row, col]) => ({ row, col, value: NOTE })));

  await runWith(host, [ROWS[0], ROWS[2]]);
  expect(cellsOf(host, 'E002')).toEqual([]);
  expect(JSON.stringify(host.valuesOf('个人发展计划'))).toContain(NOTE);

  await runWith(host, ROWS);
  const back = cellsOf(host, 'E002').filter(([, , f]) => f === 'note' || f === 'engineer');
  expect(back.map(([row, col]) => host.valuesOf('个人发展计划')?.[row]?.[col])).toEqual(notes.map(() => NOTE));
  // And a run after that, with no edit, changes nothing.
  const before = JSON.stringify(host.valuesOf('个人发展计划'));
  await runWith(host, ROWS);
  expect(JSON.stringify(host.valuesOf('个人发展计划'))).toBe(before);
});
