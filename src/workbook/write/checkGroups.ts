// 数据检查's lines (DOMAIN.md, Printing): one message repeated on many rows of one column is one line with
// the count and the rows — 「第 3–1,472 行（927 处）：…」 — so a roster with one systematic problem gives
// a page, not 29. Problems without a single cell (a whole-sheet note, a range) stay one line each.
import type { Text } from '../../domain/types';
import type { Problem, Severity } from '../problems';

export interface CheckLine {
  sheet: string;
  /** The cell, or for several rows of one column the span from the first to the last (`O2:O1470`). */
  cell: string;
  severity: Severity;
  message: Text;
  count: number;
}

const CELL = /^([A-Z]{1,3})(\d+)$/u;

/** Consecutive rows as ranges: [2, 3, 4, 7] → [[2, 4], [7, 7]]. */
function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** How many row ranges a line names before 「…」: enough to find them, short enough to print on one line. */
const SHOWN_RUNS = 4;

function rowsText(rows: readonly number[], zh: boolean): string {
  const all = runs(rows);
  const num = (n: number): string => n.toLocaleString('en-US');
  const one = ([a, b]: [number, number]): string => (a === b ? num(a) : `${num(a)}–${num(b)}`);
  const shown = all.slice(0, SHOWN_RUNS).map(one);
  if (all.length > SHOWN_RUNS) shown.push(`… ${num(all[all.length - 1][1])}`);
  return shown.join(zh ? '、' : ', ');
}

/** The problems as check lines, in order of first appearance. O(n). */
export function checkLines(problems: readonly Problem[]): CheckLine[] {
  const groups = new Map<string, { first: Problem; column: string; rows: number[] }>();
  const order: (string | Problem)[] = [];
  for (const p of problems) {
    const m = CELL.exec(p.cell);
    if (!m) {
      order.push(p);
      continue;
    }
    const key = [p.sheet, m[1], p.severity, p.message.zh, p.message.en].join('\u0000');
    const g = groups.get(key);
    if (g) g.rows.push(Number(m[2]));
    else {
      groups.set(key, { first: p, column: m[1], rows: [Number(m[2])] });
      order.push(key);
    }
  }
  return order.map((o) => {
    if (typeof o !== 'string') return { sheet: o.sheet, cell: o.cell, severity: o.severity, message: o.message, count: 1 };
    const g = groups.get(o)!;
    const { first, column, rows } = g;
    if (rows.length === 1) return { sheet: first.sheet, cell: first.cell, severity: first.severity, message: first.message, count: 1 };
    const min = rows.reduce((a, b) => Math.min(a, b));
    const max = rows.reduce((a, b) => Math.max(a, b));
    return {
      sheet: first.sheet,
      cell: `${column}${min}:${column}${max}`,
      severity: first.severity,
      message: {
        zh: `第 ${rowsText(rows, true)} 行（${rows.length} 处）：${first.message.zh}`,
        en: `Rows ${rowsText(rows, false)} (${rows.length} cells): ${first.message.en}`,
      },
      count: rows.length,
    };
  });
}
