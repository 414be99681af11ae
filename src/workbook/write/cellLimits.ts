// The last look at every cell of the output sheets before they are written (DOMAIN.md "Limits of the file
// formats"): a text that a sheet puts together (a plan's title around a name of 32,767 characters, a message
// quoting a cell) can pass Excel's 32,767 characters though each of its parts is within it; it is cut, with a
// note naming the output cell. A number that is not finite is left empty, with a note: Excel refuses the file.
import type { SheetPlan } from '../plan';
import { a1, problem, type Problem } from '../problems';
import { cutText, needsCleaning, withoutForbidden } from '../cellText';
import { count, MAX_CELL_CHARS } from '../limits';

/** The mark a cut text ends with, inside the limit. */
const ELLIPSIS = '…';

/** Cuts the plan's cells to what Excel holds, in place; the notes, one per cell changed. */
export function limitCells(plan: SheetPlan): Problem[] {
  const notes: Problem[] = [];
  plan.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'number' && !Number.isFinite(v)) {
        row[c] = null;
        notes.push(
          problem(plan.name, a1(r, c), 'warning',
            `计算结果 ${String(v)} 不是有效数字，Excel 无法保存，此单元格留空`,
            `The result ${String(v)} is not a number Excel can hold; the cell is left empty`),
        );
      } else if (typeof v === 'string' && needsCleaning(v)) {
        const whole = withoutForbidden(v);
        if (whole.length > MAX_CELL_CHARS) {
          row[c] = `${cutText(whole, MAX_CELL_CHARS - ELLIPSIS.length)}${ELLIPSIS}`;
          notes.push(
            problem(plan.name, a1(r, c), 'warning',
              `此单元格的文字有 ${count(whole.length)} 个字符，超过 Excel 单元格上限 ${count(MAX_CELL_CHARS)}，已截断（以「…」结尾）`,
              `This cell's text has ${count(whole.length)} characters, past Excel's ${count(MAX_CELL_CHARS)} a cell; it was cut (ending in "…")`),
          );
        } else row[c] = whole;
      }
    }
  });
  return notes;
}

/** limitCells over every plan; the notes of all. */
export function limitPlanCells(plans: readonly SheetPlan[]): Problem[] {
  return plans.flatMap(limitCells);
}
