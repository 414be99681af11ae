// Writes a SheetPlan's cells into an exceljs worksheet row by row, top to bottom: values, styles, number
// formats, drop-downs, row heights and page breaks. The in-memory workbook (the page, tests) and the
// streaming writer (the command line) share it, so both write the same file; the streaming writer commits
// each row as soon as it is written, which keeps a sheet of a million rows out of memory.
import type ExcelJS from 'exceljs';
import type { CellStyle, SheetPlan } from '../../workbook/plan';
import { parseRange, type Rect } from './rects';
import { argb, excelStyle } from './style';

type Worksheet = ExcelJS.Worksheet;

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
function headerText(text: string): string {
  return `&C${text.replace(/&/gu, '&&')}`;
}

function columnLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** What exceljs needs when the sheet is created: the streaming writer writes these with the sheet's first bytes. */
export function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = { state: plan.visibility };
  if (plan.tabColor) options.properties = { tabColor: { argb: argb(plan.tabColor) } };
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    options.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.cols,
        ySplit: plan.freeze.rows,
        topLeftCell: `${columnLetters(plan.freeze.cols + 1)}${plan.freeze.rows + 1}`,
      },
    ];
  }
  if (plan.print) {
    const p = plan.print;
    options.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight ?? 0,
      ...(p.repeatRows ? { printTitlesRow: p.repeatRows } : {}),
    };
    options.headerFooter = { oddHeader: headerText(p.header), oddFooter: headerText(p.footer) };
  }
  return options;
}

/** Column widths and hidden columns: before any row, since the streaming writer writes them with the first. */
export function writeColumns(ws: Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of plan.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
}

const enum Kind {
  Format,
  Style,
  List,
}

/** One range of one style group, number format group or drop-down; `seq` orders layers (later wins). */
interface Layer extends Rect {
  kind: Kind;
  ref: number;
  seq: number;
}

/**
 * Every layer's corners, kind and group in typed arrays, ordered by first row (then plan order, so later
 * groups still win). A plans sheet of 50,000 engineers has a million ranges: a Layer object is made only
 * while its rows are being written.
 */
class Layers {
  readonly count: number;
  private readonly box: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly refs: Int32Array;
  private readonly order: Uint32Array;

  constructor(plan: SheetPlan) {
    const ranges: [Kind, number, string][] = [];
    plan.numberFormats.forEach((g, i) => g.ranges.forEach((r) => ranges.push([Kind.Format, i, r])));
    plan.styles.forEach((g, i) => g.ranges.forEach((r) => ranges.push([Kind.Style, i, r])));
    (plan.validations ?? []).forEach((v, i) => ranges.push([Kind.List, i, v.range]));
    this.count = ranges.length;
    this.box = new Int32Array(this.count * 4);
    this.kinds = new Uint8Array(this.count);
    this.refs = new Int32Array(this.count);
    ranges.forEach(([kind, ref, range], i) => {
      const r = parseRange(range);
      this.box.set([r.r1, r.c1, r.r2, r.c2], i * 4);
      this.kinds[i] = kind;
      this.refs[i] = ref;
    });
    const box = this.box;
    this.order = Uint32Array.from({ length: this.count }, (_, i) => i).sort((a, b) => box[a * 4] - box[b * 4] || a - b);
  }

  /** First row of the k-th layer in row order. */
  firstRow(k: number): number {
    return this.box[this.order[k] * 4];
  }

  lastRow(): number {
    let last = 0;
    for (let i = 0; i < this.count; i++) last = Math.max(last, this.box[i * 4 + 2]);
    return last;
  }

  layer(k: number): Layer {
    const seq = this.order[k];
    const b = this.box;
    return { r1: b[seq * 4], c1: b[seq * 4 + 1], r2: b[seq * 4 + 2], c2: b[seq * 4 + 3], kind: this.kinds[seq], ref: this.refs[seq], seq };
  }
}

/** How the cells of one column span of a row look: their exceljs style, whether a layer styles them, their drop-down. */
interface Look {
  style: Partial<ExcelJS.Style>;
  styled: boolean;
  list?: Layer;
}

/** Sorts a short list of numbers in place: a row's column edges are a handful, and sort() with a comparator is a call per comparison. */
function sortSmall(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > x) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/** Layers back in plan order (later wins): nearly sorted already, a few added at the end. */
function sortBySeq(xs: Layer[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j].seq > x.seq) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/** Writes every row of the plan into a worksheet in memory. */
export function writeRows(ws: Worksheet, plan: SheetPlan): void {
  for (const _ of plannedRows(ws, plan, false));
}

/**
 * Writes the plan's rows top to bottom, yielding after each row written so a streaming caller can let the
 * zip drain. `commit` commits each row once written (the streaming writer).
 */
export function* plannedRows(ws: Worksheet, plan: SheetPlan, commit: boolean): Generator<number> {
  const layers = new Layers(plan);
  const breaks = new Set(plan.print?.rowBreaks ?? []);
  // Heights by row in an array: the plan's record of 60,000 numeric keys is a dictionary, slow to look up row by row.
  const heights: (number | undefined)[] = [];
  let last = plan.values.length;
  last = Math.max(last, layers.lastRow());
  for (const [k, h] of Object.entries(plan.rowHeights ?? {})) {
    heights[Number(k)] = h;
    last = Math.max(last, Number(k));
  }
  for (const b of breaks) last = Math.max(last, b);

  // One exceljs style object per distinct combination of layers: exceljs recognises a style object it has
  // seen when it saves, so a sheet of a million styled cells costs a handful of styles.
  const styleByKey = new Map<string, Partial<ExcelJS.Style>>();
  const styleByLook = new Map<string, Partial<ExcelJS.Style>>();
  const lists = (plan.validations ?? []).map((v) => ({
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${v.list.map((s) => s.replace(/"/gu, '""')).join(',')}"`],
  }));
  /** The look of the cells from..to of a row, which the same layers cover. */
  const lookOf = (active: readonly Layer[], from: number, to: number): Look => {
    // By group, not by range: the ranges of one group look alike.
    let key = '';
    let list: Layer | undefined;
    for (const l of active) {
      if (l.c1 > from || l.c2 < to) continue;
      if (l.kind === Kind.List) list = l;
      else key += `${l.kind === Kind.Format ? 'f' : 's'}${l.ref},`;
    }
    let xs = styleByKey.get(key);
    if (!xs) {
      let numFmt: string | undefined;
      const style: CellStyle = {};
      for (const l of active) {
        if (l.c1 > from || l.c2 < to) continue;
        if (l.kind === Kind.Format) numFmt = plan.numberFormats[l.ref].format;
        else if (l.kind === Kind.Style) Object.assign(style, plan.styles[l.ref].style);
      }
      const look = `${JSON.stringify(style)}|${numFmt ?? ''}`;
      xs = styleByLook.get(look);
      if (!xs) {
        xs = excelStyle(style, numFmt, plan.font);
        styleByLook.set(look, xs);
      }
      styleByKey.set(key, xs);
    }
    return { style: xs, styled: key !== '', list };
  };

  let active: Layer[] = [];
  let next = 0;
  const edges: number[] = [];
  // The looks of the current set of layers by column span: rows under the same layers reuse them.
  const looks = new Map<number, Look>();
  for (let r = 1; r <= last; r++) {
    let changed = false;
    if (active.some((l) => l.r2 < r)) {
      active = active.filter((l) => l.r2 >= r);
      changed = true;
    }
    while (next < layers.count && layers.firstRow(next) === r) {
      active.push(layers.layer(next++));
      changed = true;
    }
    if (changed) {
      sortBySeq(active);
      looks.clear();
    }

    const values = plan.values[r - 1] ?? [];
    const height = heights[r];
    const pageBreak = breaks.has(r);
    if (values.length === 0 && active.length === 0 && height === undefined && !pageBreak) continue;
    const row = ws.getRow(r);
    // Columns where the set of covering layers changes; between two of them every cell looks the same.
    edges.length = 0;
    edges.push(1, values.length + 1);
    for (const l of active) edges.push(l.c1, l.c2 + 1);
    sortSmall(edges);
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i];
      const to = edges[i + 1] - 1;
      if (to < from) continue;
      const span = from * 16385 + to;
      let look = looks.get(span);
      if (!look) {
        look = lookOf(active, from, to);
        looks.set(span, look);
      }
      const { style, styled, list } = look;
      for (let c = from; c <= to; c++) {
        const v = values[c - 1] ?? null;
        // A cell with neither value nor layer is left out; a value alone still gets the sheet's font.
        if (v === null && !styled && !list) continue;
        const cell = row.getCell(c);
        // Strings stay strings: exceljs writes a formula only from a {formula} object.
        if (v !== null) cell.value = v;
        if (v !== null || styled) cell.style = style;
        if (list) cell.dataValidation = lists[list.ref];
      }
    }
    if (height !== undefined) row.height = height;
    if (pageBreak) row.addPageBreak();
    if (commit) row.commit();
    yield r;
  }
}
