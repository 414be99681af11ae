// Reading a SheetPlan the way a person reads the sheet: the value and the style of one cell.
import type { CellStyle, PlanValue, SheetPlan } from '../../../src/workbook/plan';

export function rc(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/u.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function inRange(address: string, range: string): boolean {
  const [a, b] = range.split(':');
  const p = rc(address);
  const from = rc(a);
  const to = rc(b ?? a);
  return p.row >= from.row && p.row <= to.row && p.col >= from.col && p.col <= to.col;
}

export function valueAt(plan: SheetPlan, address: string): PlanValue {
  const { row, col } = rc(address);
  return plan.values[row]?.[col] ?? null;
}

/** The style a cell ends up with: every group that covers it, later groups winning. */
export function styleAt(plan: SheetPlan, address: string): CellStyle {
  const out: CellStyle = {};
  for (const g of plan.styles) if (g.ranges.some((r) => inRange(address, r))) Object.assign(out, g.style);
  return out;
}

export function formatAt(plan: SheetPlan, address: string): string | undefined {
  return plan.numberFormats.find((g) => g.ranges.some((r) => inRange(address, r)))?.format;
}

/** Every cell whose text matches, as A1 addresses. */
export function find(plan: SheetPlan, test: (v: PlanValue) => boolean): string[] {
  const out: string[] = [];
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (test(v)) out.push(`${colName(c)}${r + 1}`);
    }),
  );
  return out;
}

export function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function below(address: string, rows = 1): string {
  const { row, col } = rc(address);
  return `${colName(col)}${row + 1 + rows}`;
}

/**
 * The style a cell shows through the plan's conditional formats, as Excel evaluates them: the first rule
 * (highest priority) whose range holds the cell and whose formula, moved from the range's top-left cell to
 * this one, is true of the plan's values. Knows the functions the writers use: AND, ISNUMBER, ISTEXT, LEN.
 */
export function conditionalStyleAt(plan: SheetPlan, address: string): CellStyle | undefined {
  const at = rc(address);
  for (const cf of plan.conditionalFormats ?? []) {
    if (!inRange(address, cf.range)) continue;
    const top = rc(cf.range.split(':')[0]);
    const moved = cf.formula.replace(/(\$?)([A-Z]+)(\$?)(\d+)/gu, (_, dc: string, c: string, dr: string, r: string) => {
      const ref = rc(`${c}${r}`);
      const row = dr ? ref.row : ref.row + at.row - top.row;
      const col = dc ? ref.col : ref.col + at.col - top.col;
      return `v(${row},${col})`;
    });
    const js = moved
      .replace(/<>/gu, '!==')
      .replace(/(?<![<>!=])=(?!=)/gu, '===')
      .replace(/AND\(/gu, 'and(')
      .replace(/ISNUMBER\(/gu, 'isNumber(')
      .replace(/ISTEXT\(/gu, 'isText(')
      .replace(/LEN\(/gu, 'len(');
    const v = (r: number, c: number): PlanValue => plan.values[r]?.[c] ?? null;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const test = new Function('v', 'and', 'isNumber', 'isText', 'len', `return (${js});`) as (...a: unknown[]) => boolean;
    const truth = test(
      v,
      (...xs: boolean[]) => xs.every(Boolean),
      (x: PlanValue) => typeof x === 'number',
      (x: PlanValue) => typeof x === 'string',
      (x: PlanValue) => (x === null ? 0 : String(x).length),
    );
    if (truth) return cf.style;
  }
  return undefined;
}
