// Properties of the whole read → review path over random rosters with broken rows mixed in:
// every valid engineer lands in exactly one box, and the box counts add up to the valid rows.
import fc from 'fast-check';
import { checkReview } from '../../src/workbook/run';
import type { RawValue } from '../../src/workbook/host';
import { gridOf, MemoryHost } from '../helpers/memoryHost';

const HEADERS = ['工号', '姓名', '部门', '培育层级', '绩效', '潜力', '专业技术研究能力', '复杂问题解决能力'];

const goodRating = fc.constantFrom('S', 'A', 'A+', 'B', 'B-', 'C', 'D', '优秀', '合格', '待提升', '优', '良', '差', 'S级');
const badRating = fc.constantFrom('X', '??', '无');
const potential = fc.constantFrom('高', '中', '低', 'H', 'M', 'L', null);
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

interface Row {
  id: string | null;
  perf: string;
  perfOk: boolean;
  pot: string | null;
  research: number | null;
  solving: number | null;
}

const row: fc.Arbitrary<Row> = fc.record({
  id: fc.option(fc.integer({ min: 1, max: 60 }).map((n) => `E${String(n).padStart(3, '0')}`), { nil: null, freq: 8 }),
  perfOk: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  good: goodRating,
  bad: badRating,
  pot: potential,
  research: score,
  solving: score,
}).map(({ id, perfOk, good, bad, pot, research, solving }) => ({
  id,
  perf: perfOk ? good : bad,
  perfOk,
  pot,
  research,
  solving,
}));

/** Which rows DOMAIN.md keeps: a usable, first-seen ID, a usable performance, potential given or derivable. */
function expectedValid(rows: Row[]): string[] {
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const r of rows) {
    if (r.id === null) continue;
    const dup = seen.has(r.id);
    seen.add(r.id);
    if (dup || !r.perfOk) continue;
    if (r.pot === null && r.research === null && r.solving === null) continue;
    valid.push(r.id);
  }
  return valid;
}

describe('read → review over random rosters', () => {
  it('reviews exactly the valid rows, each in one box, and the counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const values: RawValue[][] = [HEADERS, ...rows.map((r, i) => [r.id, `人员${i}`, '研发中心', '中级', r.perf, r.pot, r.research, r.solving])];
        const host = new MemoryHost([gridOf('工程师名单', values)]);
        const checked = await checkReview(host, { today: '2026-11-26' });
        if (!checked.ok) {
          // One error for one shared cause (DOMAIN.md, roster): only when nobody is reviewable, and then at the
          // performance column's header, naming what to map — never a stop while a valid row exists.
          expect(expectedValid(rows)).toEqual([]);
          expect(checked.fatal.cell).toBe('E1');
          expect(checked.fatal.message.zh).toContain('绩效映射');
          return;
        }
        const ids = checked.result.reviews.map((r) => r.engineer.id);
        expect(ids).toEqual(expectedValid(rows));
        for (const r of checked.result.reviews) {
          expect(r.finalBox).toBeGreaterThanOrEqual(1);
          expect(r.finalBox).toBeLessThanOrEqual(9);
        }
        const sum = Object.values(checked.result.counts).reduce((a, b) => a + b, 0);
        expect(sum).toBe(ids.length);
        expect(checked.result.total).toBe(ids.length);
        // Every row left out has an error at its row in the data check.
        const errorRows = new Set(checked.input.problems.filter((p) => p.severity === 'error').map((p) => Number(p.cell.replace(/^[A-Z]+/, ''))));
        const left = rows.length - ids.length;
        expect(errorRows.size).toBeGreaterThanOrEqual(left);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same roster gives the same review', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const values: RawValue[][] = [HEADERS, ...rows.map((r) => [r.id, null, null, null, r.perf, r.pot, r.research, r.solving])];
        const a = await checkReview(new MemoryHost([gridOf('工程师名单', values)]), { today: '2026-11-26' });
        const b = await checkReview(new MemoryHost([gridOf('工程师名单', values)]), { today: '2026-11-26' });
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });
});
