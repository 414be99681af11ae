// Writes a SheetPlan's cells into an exceljs worksheet row by row, top to bottom: values, styles, number
// formats, drop-downs, row heights and page breaks. The in-memory workbook (the page, tests) and the
// streaming writer (the command line) share it, so both write the same file; the streaming writer commits
// each row as soon as it is written, which keeps a sheet of a million rows out of memory.
import type ExcelJS from 'exceljs';
import type { CellStyle, SheetPlan } from '../../workbook/plan';
import { parseRange, type Rect } from './rects';
import { argb, excelStyle } from './style';
import { MAX_ROW_HEIGHT } from '../../workbook/write/layout';
import { footerCodes } from '../../workbook/printCodes';
import { cleanText } from '../../workbook/cellText';
import { isSheetName } from '../../workbook/write/text';
import { MAX_COLUMNS, MAX_PAGE_BREAKS, MAX_ROWS } from '../../workbook/limits';

type Worksheet = ExcelJS.Worksheet;

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
function headerText(text: string): string {
  return `&C${text.replace(/&/gu, '&&')}`;
}

/** The footer's three sections in Excel's header and footer language. */
function footerText(p: NonNullable<SheetPlan['print']>): string {
  const left = p.footerLeft ? `&L${footerCodes(p.footerLeft)}` : '';
  const right = p.footerRight ? `&R${footerCodes(p.footerRight)}` : '';
  return `${left}${headerText(p.footer)}${right}`;
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
      ...(p.margins ? { margins: { ...p.margins } } : {}),
      ...(p.repeatRows ? { printTitlesRow: p.repeatRows } : {}),
    };
    options.headerFooter = { oddHeader: headerText(p.header), oddFooter: footerText(p) };
    // exceljs writes `$` + each corner, so `A$1` becomes `$A$1`: an absolute area, which LibreOffice
    // needs (it reads `$A1:$J81` relative to the cursor and prints every column).
    if (p.printArea) {
      // exceljs writes a one-cell print area as "$V$1:$undefined": give it the cell as a range of one.
      const area = p.printArea.includes(':') ? p.printArea : `${p.printArea}:${p.printArea}`;
      options.pageSetup.printArea = area.replace(/([A-Z]+)(\d+)/gu, '$1$$$2');
    }
  }
  return options;
}

/**
 * exceljs writes no <col> for a column exactly 9 wide (its default width), so Excel and LibreOffice show the
 * sheet's default, 8.43: such a column is written as the next pixel, 9.14 (69 px, as Excel itself stores it).
 */
function fileWidth(width: number): number {
  return width === 9 ? 9.14 : width;
}

/** Column widths and hidden columns: before any row, since the streaming writer writes them with the first. */
export function writeColumns(ws: Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = fileWidth(w)));
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
    let maxRow = 0;
    ranges.forEach(([kind, ref, range], i) => {
      const r = parseRange(range);
      this.box[i * 4] = r.r1;
      this.box[i * 4 + 1] = r.c1;
      this.box[i * 4 + 2] = r.r2;
      this.box[i * 4 + 3] = r.c2;
      this.kinds[i] = kind;
      this.refs[i] = ref;
      if (r.r1 > maxRow) maxRow = r.r1;
    });
    // By first row, then plan order: a counting sort, since first rows are small integers.
    const starts = new Uint32Array(maxRow + 2);
    for (let i = 0; i < this.count; i++) starts[this.box[i * 4] + 1]++;
    for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
    this.order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) this.order[starts[this.box[i * 4]]++] = i;
  }

  /** First row of the k-th layer in row order. */
  firstRow(k: number): number {
    return this.box[this.order[k] * 4];
  }

  lastColumn(): number {
    let last = 0;
    for (let i = 0; i < this.count; i++) last = Math.max(last, this.box[i * 4 + 3]);
    return last;
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

/**
 * Excel's rows, columns and page breaks a sheet (DOMAIN.md "Limits of the file formats"). The plans split a
 * sheet before it gets there; past one, the file would not open, so it is a bug and is not written.
 */
function assertWithinLimits(plan: SheetPlan, rows: number, breaks: number): void {
  let columns = 0;
  for (const values of plan.values) if (values.length > columns) columns = values.length;
  if (rows > MAX_ROWS || columns > MAX_COLUMNS || breaks > MAX_PAGE_BREAKS)
    throw new Error(`Sheet "${plan.name}" passes Excel's limits: ${rows} rows (at most ${MAX_ROWS}), ${columns} columns (${MAX_COLUMNS}), ${breaks} page breaks (${MAX_PAGE_BREAKS})`);
}

/** A name Excel refuses, or one the workbook has already (Excel compares names ignoring case), is a bug. */
export function assertSheetName(name: string, taken: (lower: string) => boolean): void {
  if (!isSheetName(name)) throw new Error(`Not a sheet name Excel takes: "${name}"`);
  if (taken(name.toLowerCase())) throw new Error(`Two sheets named "${name}"`);
}

/** Writes every row of the plan into a worksheet in memory. */
export function writeRows(ws: Worksheet, plan: SheetPlan): void {
  for (const _ of plannedRows(ws, plan, false));
}

/**
 * Writes the plan's rows top to bottom, yielding the row number after every `pauseEvery` rows written so a
 * streaming caller can let the zip drain. `commit` commits each row once written (the streaming writer).
 */
export function* plannedRows(ws: Worksheet, plan: SheetPlan, commit: boolean, pauseEvery = 1): Generator<number> {
  let written = 0;
  const layers = new Layers(plan);
  const breaks = new Set(plan.print?.rowBreaks ?? []);
  // Heights by row in an array: the plan's record (170,000 keys in a plans sheet of 10,000) is a dictionary, slow row by row.
  const heights: (number | undefined)[] = [];
  let last = plan.values.length;
  last = Math.max(last, layers.lastRow());
  const rowHeights = plan.rowHeights ?? {};
  for (const k in rowHeights) {
    const row = Number(k);
    // Excel's limit, whatever the plan says (the layout caps its own heights: layout.ts rowHeight).
    heights[row] = Math.min(MAX_ROW_HEIGHT, rowHeights[row]);
    if (row > last) last = row;
  }
  for (const b of breaks) last = Math.max(last, b);
  assertWithinLimits(plan, last, breaks.size);

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
  /** The last row of the active layer that ends first: until then none leaves. */
  let activeEnd = Infinity;
  let next = 0;
  // Columns where the set of covering layers changes, marked with the row they were marked for: read back
  // left to right, they come sorted and without repeats (a sheet has a few dozen columns).
  let widest = layers.lastColumn();
  for (const values of plan.values) widest = Math.max(widest, values.length);
  const edgeAt = new Int32Array(widest + 2);
  // The looks of the current set of layers by column span: rows under the same layers reuse them.
  const looks = new Map<number, Look>();
  for (let r = 1; r <= last; r++) {
    let changed = false;
    if (activeEnd < r) {
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
      activeEnd = Infinity;
      for (const l of active) if (l.r2 < activeEnd) activeEnd = l.r2;
    }

    const values = plan.values[r - 1] ?? [];
    const height = heights[r];
    const pageBreak = breaks.has(r);
    if (values.length === 0 && active.length === 0 && height === undefined && !pageBreak) continue;
    const row = ws.getRow(r);
    // Between two edges every cell looks the same.
    let top = values.length + 1;
    edgeAt[1] = r;
    edgeAt[top] = r;
    for (const l of active) {
      edgeAt[l.c1] = r;
      edgeAt[l.c2 + 1] = r;
      if (l.c2 + 1 > top) top = l.c2 + 1;
    }
    for (let start = 1, edge = 2; edge <= top; edge++) {
      if (edgeAt[edge] !== r) continue;
      const from = start;
      const to = edge - 1;
      start = edge;
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
        // Strings stay strings: exceljs writes a formula only from a {formula} object. The last guard of
        // Excel's limits: the run has cut and cleaned what it writes, with notes (cellLimits.ts).
        if (v !== null) cell.value = typeof v === 'string' ? cleanText(v) : typeof v === 'number' && !Number.isFinite(v) ? null : v;
        if (v !== null || styled) cell.style = style;
        if (list) cell.dataValidation = lists[list.ref];
      }
    }
    if (height !== undefined) row.height = height;
    if (pageBreak) row.addPageBreak();
    if (commit) row.commit();
    if (++written % pauseEvery === 0) yield r;
  }
}
