// A small helper the follow-up sheets share to lay out values, merges, styles (grouped per style, never
// per cell), number formats, drop-downs and row heights, then hand over a SheetPlan.
import type { CellStyle, ListValidation, NumberFormatGroup, PlanValue, StyleGroup } from '../plan';
import { a1Range } from '../problems';
import { displayText, rowHeight, textWidth } from './layout';
import { RangeCollector } from './ranges';

/** Points per line of 10-point CJK text. */
export const LINE_HEIGHT = 15;
export const ROW_HEIGHT = 20;

export class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  private readonly styleKeys = new Map<string, CellStyle>();
  private readonly styled = new RangeCollector<string>();
  private readonly formats = new RangeCollector<string>();
  private readonly lists = new Map<string, { list: string[]; cells: RangeCollector<'v'> }>();
  /** The lists' ids by the array passed in: most sheets pass the same few constant arrays row after row. */
  private readonly listIds = new Map<readonly string[], string>();
  /**
   * Lines of wrapped text by width and factor, then by text: a plans sheet fits the same action labels
   * thousands of times. The text itself is the inner key, so a lookup hashes it once, not a new string.
   */
  private readonly fitted = new Map<string, Map<string, number>>();

  constructor(private readonly widths: readonly number[]) {}

  get rows(): number {
    return this.values.length;
  }

  private ensure(r: number): PlanValue[] {
    while (this.values.length <= r) this.values.push([]);
    return this.values[r];
  }

  set(r: number, c: number, v: PlanValue): void {
    const row = this.ensure(r);
    while (row.length < c) row.push(null);
    row[c] = v;
  }

  /** A value over merged columns c1..c2 of row r. */
  span(r: number, c1: number, c2: number, v: PlanValue): void {
    this.set(r, c1, v);
    if (c2 > c1) this.merges.push(a1Range(r, c1, r, c2));
  }

  defineStyle(key: string, style: CellStyle): void {
    this.styleKeys.set(key, style);
  }

  style(key: string, r1: number, c1: number, r2 = r1, c2 = c1): void {
    if (!this.styleKeys.has(key)) throw new Error(`Undefined style ${key}`);
    this.styled.addRect(key, r1, c1, r2, c2);
  }

  format(format: string, r1: number, c1: number, r2 = r1, c2 = c1): void {
    this.formats.addRect(format, r1, c1, r2, c2);
  }

  list(values: readonly string[], r: number, c: number): void {
    let id = this.listIds.get(values);
    if (id === undefined) {
      id = JSON.stringify(values);
      this.listIds.set(values, id);
    }
    let e = this.lists.get(id);
    if (!e) {
      e = { list: [...values], cells: new RangeCollector<'v'>() };
      this.lists.set(id, e);
    }
    e.cells.add('v', r, c);
  }

  height(r: number, points: number): void {
    this.ensure(r);
    this.rowHeights[r + 1] = rowHeight(Math.max(this.rowHeights[r + 1] ?? 0, points));
  }

  /** Sets row r tall enough for `text` wrapped in columns c1..c2. */
  fit(r: number, c1: number, c2: number, text: PlanValue, min = ROW_HEIGHT, factor = 1.1): void {
    let width = 0;
    for (let c = c1; c <= c2; c++) width += this.widths[c] ?? 8;
    const shown = displayText(text);
    const shape = `${width}|${factor}`;
    let byText = this.fitted.get(shape);
    if (!byText) {
      byText = new Map();
      this.fitted.set(shape, byText);
    }
    let lines = byText.get(shown);
    if (lines === undefined) {
      lines = shown.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * factor) / Math.max(1, width - 1))), 0);
      // Bounded: texts unique to one engineer would otherwise keep a map entry per row.
      if (byText.size >= 4096) byText.clear();
      byText.set(shown, lines);
    }
    this.height(r, Math.max(min, lines * LINE_HEIGHT + 4));
  }

  styles(): StyleGroup[] {
    return this.styled.keys().map((k) => ({ style: this.styleKeys.get(k) ?? {}, ranges: this.styled.ranges(k) }));
  }

  numberFormats(): NumberFormatGroup[] {
    return this.formats.keys().map((f) => ({ format: f, ranges: this.formats.ranges(f) }));
  }

  validations(): ListValidation[] {
    const out: ListValidation[] = [];
    for (const { list, cells } of this.lists.values()) for (const range of cells.ranges('v')) out.push({ range, list });
    return out;
  }

  /**
   * Pads every row to the same length, so hosts see a rectangle. In place: the builder is done with its
   * rows, and a plans sheet of 50,000 engineers has 900,000 of them.
   */
  rectangle(width: number): PlanValue[][] {
    let w = width;
    for (const row of this.values) w = Math.max(w, row.length);
    for (const row of this.values) {
      for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
      while (row.length < w) row.push(null);
    }
    return this.values;
  }
}
