// Property (DOMAIN.md, Department workbooks): over random edits by the departments, and by HR on the roster in
// the meantime, every cell a department changed is either applied to the merged roster or reported as a
// conflict at that cell, naming the file — never silently dropped; and nothing changes that no one edited.
import fc from 'fast-check';
import { valueKey } from '../../src/workbook/split/cellValue';
import type { RawValue } from '../../src/workbook/host';
import { DEPTS, HEADERS, merge, mergedBook, rosterBook, rosterRows, rosterValues, split } from '../workbook/split/helpers';

const VALUES: RawValue[] = ['高', '中', '低', 1, 2.5, 4, null, '新名字', '=1+1', 'A'];
const N = 9;

const edit = fc.record({ who: fc.nat(N - 1), col: fc.integer({ min: 1, max: HEADERS.length - 1 }), value: fc.constantFrom(...VALUES) });

describe('merge property', () => {
  it('every edited cell is applied or reported at its cell', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 12 }), fc.array(edit, { maxLength: 4 }), async (deptEdits, hrEdits) => {
        const roster = rosterBook(rosterRows(N));
        const { returns } = await split(roster);
        const at = (who: number, col: number): string => `${String.fromCharCode(65 + col)}${who + 2}`;
        const rosterWs = roster.getWorksheet('工程师名单')!;
        // A department's edits land on its own engineers: engineer `who` is row ⌊who / 3⌋ + 2 of its department's workbook.
        const edited = new Map<string, { value: RawValue; file: string }>();
        for (const e of deptEdits) {
          const dept = DEPTS[e.who % 3];
          returns.get(dept)!.getWorksheet('工程师名单')!.getCell(Math.floor(e.who / 3) + 2, e.col + 1).value = e.value;
          edited.set(at(e.who, e.col), { value: e.value, file: `${dept}.xlsx` });
        }
        const original = rosterValues(roster);
        for (const e of hrEdits) rosterWs.getCell(e.who + 2, e.col + 1).value = e.value;
        const hr = rosterValues(roster);
        const out = await merge(roster, [...returns].map(([g, wb]) => [`${g}.xlsx`, wb]));
        const merged = rosterValues(await mergedBook(out));
        for (const [cell, e] of edited) {
          const row = Number(cell.slice(1)) - 1;
          const col = cell.charCodeAt(0) - 65;
          if (valueKey(e.value) === valueKey(original[row][col])) continue; // typed back what was there: no edit
          const applied = valueKey(merged[row][col]) === valueKey(e.value);
          const reported = out.conflicts.some((c) => c.sheet === '工程师名单' && c.cell === cell && c.file === e.file);
          expect({ cell, appliedOrReported: applied || reported }).toEqual({ cell, appliedOrReported: true });
        }
        // Nothing changes that no department edited.
        hr.forEach((r, i) =>
          r.forEach((v, c) => {
            if (!edited.has(at(i - 1, c))) expect(valueKey(merged[i][c])).toBe(valueKey(v));
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
