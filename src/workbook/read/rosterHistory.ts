// Earlier years of performance (DOMAIN.md, Input sheets: "the other year-stamped columns are kept as history"):
// the year-stamped performance columns the header matcher passed over for the current value, read per engineer
// as written (近三年绩效: at most the three latest years), for plans and talent cards; nothing else uses them.
import type { Engineer } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { YearColumn } from './columnChoice';
import { cellAt, readText } from './values';

const YEARS_KEPT = 3;

export function attachPerformanceHistory(grid: SheetGrid, history: readonly YearColumn[], engineers: Engineer[]): void {
  const kept = [...history].sort((a, b) => b.year - a.year).slice(0, YEARS_KEPT);
  if (kept.length === 0) return;
  for (const e of engineers) {
    const r = e.sourceRow - grid.origin.row;
    const values: { year: number; value: string }[] = [];
    for (const h of kept) {
      const t = readText(cellAt(grid, r, h.col));
      if (t.kind === 'ok') values.push({ year: h.year, value: t.value });
    }
    if (values.length > 0) e.performanceHistory = values;
  }
}
