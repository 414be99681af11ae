// Merged cells over data rows (DOMAIN.md, Input sheets): hand-kept rosters merge 部门, 直接上级, 类别 or 层级
// down over the rows of one group. Excel shows the value once, on the merge's top-left, and reads the other
// cells as empty; a person means it for every row the merge covers. So the value of a merge that starts
// below the header row and spans several rows applies to each of them, in its top-left's column, and the data
// check says so once. A merge starting on or above the header row (a title, a two-row header) is left alone.
import type { SheetGrid } from '../host';
import { a1, a1Range, problem, type Problem } from '../problems';

export interface FilledGrid {
  grid: SheetGrid;
  /** The one line saying which merges were applied down, when any were. */
  note?: Problem;
}

/** The grid with each vertical merge's value applied to every data row it covers (`headerRow`: grid row). */
export function fillMergedDown(grid: SheetGrid, headerRow: number): FilledGrid {
  const { row: r0, col: c0 } = grid.origin;
  const down = (grid.merges ?? []).filter((m) => m.r2 > m.r1 && m.r1 - r0 > headerRow && m.r1 - r0 < grid.values.length);
  if (down.length === 0) return { grid };
  const values = grid.values.slice();
  const texts = grid.texts.slice();
  const formats = grid.formats.slice();
  const errors = grid.errors.slice();
  const copied = new Set<number>();
  const applied: { m: (typeof down)[number]; last: number }[] = [];
  for (const m of down) {
    const top = m.r1 - r0;
    const c = m.c1 - c0;
    const last = Math.min(m.r2 - r0, values.length - 1);
    let filled = top;
    for (let r = top + 1; r <= last; r++) {
      // Only a data row takes the value: a merge running past the table gives empty rows nothing.
      if (!holdsOtherThan(grid, r, c)) continue;
      if (!copied.has(r)) {
        // Rows may be shared (an empty row stands for many): each changed row is a copy.
        values[r] = values[r].slice();
        texts[r] = texts[r].slice();
        formats[r] = formats[r].slice();
        errors[r] = errors[r].slice();
        copied.add(r);
      }
      values[r][c] = values[top][c];
      texts[r][c] = texts[top][c];
      formats[r][c] = formats[top][c];
      errors[r][c] = errors[top][c];
      filled = r;
    }
    if (filled > top) applied.push({ m, last: filled + r0 });
  }
  if (applied.length === 0) return { grid };
  const ranges = applied.slice(0, 3).map(({ m, last }) => a1Range(m.r1, m.c1, last, m.c2));
  const n = applied.length;
  const list = `${ranges.join('、')}${n > 3 ? '…' : ''}`;
  const listEn = `${ranges.join(', ')}${n > 3 ? ', …' : ''}`;
  const first = applied[0].m;
  return {
    grid: { ...grid, values, texts, formats, errors },
    note: problem(grid.name, a1(first.r1, first.c1), 'warning',
      `说明：有 ${n} 个合并单元格纵跨多个数据行（${list}）；每个合并单元格的值已用于它覆盖的每一行。如不是这个意思，请取消合并并逐行填写`,
      `Note: ${n === 1 ? '1 merged cell spans' : `${n} merged cells span`} several data rows (${listEn}); each merged value was applied to every row it covers. If that is not what is meant, unmerge and fill in each row`),
  };
}

/** A row holds a value in a column other than `c` (a data row, not an empty one a merge runs over). */
function holdsOtherThan(grid: SheetGrid, r: number, c: number): boolean {
  const row = grid.values[r];
  for (let i = 0; i < row.length; i++) if (i !== c && row[i] !== null && row[i] !== '') return true;
  return false;
}
