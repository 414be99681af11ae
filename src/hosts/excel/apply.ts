/// <reference types="office-js" />
// Applies SheetPlans through Office.js in one Excel.run. A translator: every decision is in the plan.
//   sync 1  what exists: sheets, the registry, the calculation mode; then the safety check (only the
//           product's own sheets are replaced)
//   sync 2  structure: calculation manual, fresh sheets in place of the old ones, sheet fonts
//   data    per block of rows the number formats first (text `@` where Excel would not keep the text;
//           one range a strip of columns, short gaps bridged by nulls, not one a row), then the values;
//           styles by style group through RangeAreas; merges, row heights, widths,
//           drop-downs (RangeAreas, grouped by list) and page breaks: every write that grows with the
//           engineers, spread over the syncs budget.ts computes
//   last    tables, freeze panes, print setup, tab colours, visibility, calculation mode restored, the
//           grid activated
import type { SheetGrid } from '../../workbook/host';
import type { CellStyle, PlanValue, SheetPlan } from '../../workbook/plan';
import { readRegistry, resolveRegistry, sheetIdCells } from '../../workbook/write/registry';
import { REGISTRY_SHEET } from '../../workbook/write/text';
import { parseA1, rectA1, type Rect } from './a1';
import { gridBytes, jsonBytes } from './bytes';
import { OP_BYTES, pack, REQUEST_CAP, writeSyncs, type SyncLedger } from './budget';
import { columnLetters } from '../../workbook/problems';
import { headerFooterText, needsTextFormat, widthToPoints } from './text';

/** Font size of the plan's cells where a style gives none (as the exceljs host writes them). */
const DEFAULT_FONT_SIZE = 10;
/** A number-format range or style group's addresses are split into pieces no larger than this. */
const PIECE_BYTES = 100_000;
/**
 * Rows needing no number format between two that need one are bridged with null formats (which leave a
 * cell as it is) unless they weigh more than this: a new range costs an operation the formula does not
 * count, so one is spent only where it saves at least ten times its weight (the gap's values weigh more).
 */
const BRIDGE_BYTES = 10 * OP_BYTES;

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Number formats of some columns of the values, row by row: null where the plan gives none (the fresh
 * sheet's General stays). Rows of a short gap between formatted rows hold nulls too, so consecutive rows'
 * formats go in as one range (BRIDGE_BYTES).
 */
interface FormatStrip {
  c1: number;
  c2: number;
  rows: Map<number, (string | null)[]>;
  /** Payload of its rows plus OP_BYTES a range: what it costs. */
  cost: number;
}

/** One plan's values, padded to a rectangle, with the number format each cell needs before its value. */
interface PlanWrite {
  plan: SheetPlan;
  width: number;
  rows: PlanValue[][];
  /** The formats the values need: one strip over all formatted columns, or one a column, whichever costs less. */
  strips: FormatStrip[];
  /** Number-format ranges, or parts of them, outside the values: set on their own. */
  outside: { format: string; rect: Rect }[];
  sheet?: Excel.Worksheet;
}

/** bytes: the payload the formula counts; weight: what it puts in a request (budget.ts). */
type Item =
  | { kind: 'row'; write: PlanWrite; row: number; bytes: number; weight: number }
  | { kind: 'op'; write: PlanWrite; bytes: number; weight: number; run: (ws: Excel.Worksheet) => void };

function keyOf(name: string): string {
  return name.toLowerCase();
}

/**
 * Number formats go in with the values, a block of rows at a time and before them, so `@` is in place
 * when a text arrives and a plan's formats cost no operation per range.
 */
function preparePlan(plan: SheetPlan): PlanWrite {
  const width = plan.values.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = plan.values.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
  const cellFormats = new Map<number, Map<number, string>>();
  const outside: { format: string; rect: Rect }[] = [];
  const put = (r: number, c: number, f: string): void => {
    const row = cellFormats.get(r) ?? new Map<number, string>();
    cellFormats.set(r, row);
    row.set(c, f);
  };
  for (const g of plan.numberFormats) {
    for (const range of g.ranges) {
      const rect = parseA1(range);
      const inside = { r1: rect.r1, c1: rect.c1, r2: Math.min(rect.r2, rows.length - 1), c2: Math.min(rect.c2, width - 1) };
      for (let r = inside.r1; r <= inside.r2; r++) for (let c = inside.c1; c <= inside.c2; c++) put(r, c, g.format);
      if (rect.r2 > inside.r2) outside.push({ format: g.format, rect: { ...rect, r1: Math.max(rect.r1, inside.r2 + 1) } });
      if (rect.c2 > inside.c2 && inside.r1 <= inside.r2) outside.push({ format: g.format, rect: { r1: inside.r1, c1: Math.max(rect.c1, inside.c2 + 1), r2: inside.r2, c2: rect.c2 } });
    }
  }
  rows.forEach((row, r) => row.forEach((v, c) => needsTextFormat(v) && put(r, c, '@')));
  // Formatted cells sparse across the columns (a date here, an ID there) cost less a column at a time.
  const columns = new Set<number>();
  for (const row of cellFormats.values()) for (const c of row.keys()) columns.add(c);
  const sorted = [...columns].sort((a, b) => a - b);
  const byRows = sorted.length === 0 ? [] : [formatStrip(cellFormats, sorted[0], sorted[sorted.length - 1])];
  const byColumns = sorted.map((c) => formatStrip(cellFormats, c, c));
  const cost = (strips: FormatStrip[]): number => strips.reduce((n, st) => n + st.cost, 0);
  return { plan, width, rows, strips: cost(byColumns) < cost(byRows) ? byColumns : byRows, outside };
}

/** The formats of columns c1..c2, with short gaps bridged by nulls. */
function formatStrip(cellFormats: Map<number, Map<number, string>>, c1: number, c2: number): FormatStrip {
  const rows = new Map<number, (string | null)[]>();
  const blank: null[] = Array.from({ length: c2 - c1 + 1 }, () => null);
  const blankBytes = jsonBytes(blank);
  let cost = 0;
  let last: number | undefined;
  for (const r of [...cellFormats.keys()].sort((a, b) => a - b)) {
    const row = cellFormats.get(r);
    const formats: (string | null)[] = [];
    for (let c = c1; c <= c2; c++) formats.push(row?.get(c) ?? null);
    if (formats.every((f) => f === null)) continue;
    if (last !== undefined && (r - last - 1) * blankBytes <= BRIDGE_BYTES) {
      for (let g = last + 1; g < r; g++) rows.set(g, blank);
      cost += (r - last - 1) * blankBytes;
    } else cost += OP_BYTES;
    rows.set(r, formats);
    cost += jsonBytes(formats);
    last = r;
  }
  return { c1, c2, rows, cost };
}

/** A number format over a range, as row slices of at most PIECE_BYTES. */
function formatItems(write: PlanWrite, format: string, rect: Rect): Item[] {
  const cols = rect.c2 - rect.c1 + 1;
  const rowBytes = jsonBytes(Array.from({ length: cols }, () => format));
  const perSlice = Math.max(1, Math.floor(PIECE_BYTES / rowBytes));
  const items: Item[] = [];
  for (let r1 = rect.r1; r1 <= rect.r2; r1 += perSlice) {
    const r2 = Math.min(rect.r2, r1 + perSlice - 1);
    const formats = Array.from({ length: r2 - r1 + 1 }, () => Array.from({ length: cols }, () => format));
    const address = rectA1({ r1, c1: rect.c1, r2, c2: rect.c2 });
    const bytes = gridBytes(formats);
    items.push({ kind: 'op', write, bytes, weight: bytes + formats.length + OP_BYTES, run: (ws) => (ws.getRange(address).numberFormat = formats) });
  }
  return items;
}

/** Properties applyStyle sets (each an operation of the request; a border edge is four). */
function styleOps(style: CellStyle): number {
  const single = [style.fill, style.fontColor, style.bold, style.italic, style.fontSize, style.wrap, style.hAlign, style.vAlign];
  return single.filter(Boolean).length + (style.border ? BORDER_EDGES.length * 4 : 0);
}

function applyStyle(target: Excel.RangeAreas, style: CellStyle): void {
  const f = target.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.wrap) f.wrapText = true;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = style.border === 'thin' ? 'Thin' : 'Medium';
      b.color = '#7F7F7F';
    }
  }
}

/** One style group: its ranges set together (RangeAreas), in pieces only when the addresses alone are large. */
function styleItems(write: PlanWrite, style: CellStyle, ranges: readonly string[]): Item[] {
  const items: Item[] = [];
  const ops = styleOps(style) * OP_BYTES;
  let piece: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (piece.length === 0) return;
    const address = piece.join(',');
    const bytes = OP_BYTES + jsonBytes(address);
    items.push({ kind: 'op', write, bytes, weight: bytes + ops, run: (ws) => applyStyle(ws.getRanges(address), style) });
    piece = [];
    size = 0;
  };
  for (const range of ranges) {
    if (size + range.length + 1 > PIECE_BYTES) flush();
    piece.push(range);
    size += range.length + 1;
  }
  flush();
  return items;
}

/** A setting operation: OP_BYTES and its argument's JSON (budget.ts). */
function setting(write: PlanWrite, argument: unknown, run: (ws: Excel.Worksheet) => void): Item {
  const bytes = OP_BYTES + jsonBytes(argument);
  return { kind: 'op', write, bytes, weight: bytes, run };
}

/** Merges: one-row merges of the same columns in consecutive rows become one merge across. */
function mergeItems(write: PlanWrite): Item[] {
  const items: Item[] = [];
  const rows = new Map<string, Rect[]>();
  for (const m of write.plan.merges) {
    const r = parseA1(m);
    if (r.r1 !== r.r2) {
      items.push(setting(write, false, (ws) => ws.getRange(m).merge(false)));
      continue;
    }
    const k = `${r.c1}:${r.c2}`;
    const list = rows.get(k);
    if (list) list.push(r);
    else rows.set(k, [r]);
  }
  for (const list of rows.values()) {
    list.sort((a, b) => a.r1 - b.r1);
    let run: Rect | undefined;
    const flush = (): void => {
      if (!run) return;
      const address = rectA1(run);
      items.push(setting(write, true, (ws) => ws.getRange(address).merge(true)));
    };
    for (const r of list) {
      if (run && r.r1 === run.r2 + 1) run = { ...run, r2: r.r1 };
      else {
        flush();
        run = r;
      }
    }
    flush();
  }
  return items;
}

/** Row heights in runs of consecutive rows of one height; column widths one by one. */
function sizeItems(write: PlanWrite): Item[] {
  const { plan } = write;
  const items: Item[] = plan.columnWidths.map((w, i) => {
    const col = columnLetters(i);
    const points = widthToPoints(w);
    return setting(write, points, (ws) => (ws.getRange(`${col}:${col}`).format.columnWidth = points));
  });
  const heights = Object.entries(plan.rowHeights ?? {})
    .map(([row, h]) => ({ row: Number(row), h }))
    .sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1].row === heights[j].row + 1 && heights[j + 1].h === heights[i].h) j++;
    const address = `${heights[i].row}:${heights[j].row}`;
    const h = heights[i].h;
    items.push(setting(write, h, (ws) => (ws.getRange(address).format.rowHeight = h)));
    i = j + 1;
  }
  return items;
}

/** Drop-downs grouped by their list, each group's ranges set together (RangeAreas). */
function validationItems(write: PlanWrite): Item[] {
  const byList = new Map<string, string[]>();
  for (const v of write.plan.validations ?? []) {
    const source = v.list.join(',');
    const list = byList.get(source);
    if (list) list.push(v.range);
    else byList.set(source, [v.range]);
  }
  const items: Item[] = [];
  for (const [source, ranges] of byList) {
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source } };
    for (let i = 0; i < ranges.length; ) {
      let size = 0;
      let j = i;
      while (j < ranges.length && (j === i || size + ranges[j].length + 1 <= PIECE_BYTES)) size += ranges[j++].length + 1;
      const address = ranges.slice(i, j).join(',');
      const bytes = OP_BYTES + jsonBytes(address) + OP_BYTES + jsonBytes(rule);
      items.push({ kind: 'op', write, bytes, weight: bytes, run: (ws) => (ws.getRanges(address).dataValidation.rule = rule) });
      i = j;
    }
  }
  return items;
}

/** Everything a plan writes that grows with the data, in this order. */
function planItems(write: PlanWrite): Item[] {
  const { plan } = write;
  const items: Item[] = [];
  write.rows.forEach((row, r) => {
    let bytes = jsonBytes(row);
    // In a request a row also takes a comma in each array, and the first row of the values, or of a
    // range of formats, the operation that sets them.
    let weight = 1 + (r === 0 ? OP_BYTES : 0);
    for (const strip of write.strips) {
      const formats = strip.rows.get(r);
      if (!formats) continue;
      bytes += jsonBytes(formats);
      weight += 1 + (strip.rows.has(r - 1) ? 0 : OP_BYTES);
    }
    items.push({ kind: 'row', write, row: r, bytes, weight: bytes + weight });
  });
  const add = (more: readonly Item[]): void => {
    for (const it of more) items.push(it);
  };
  for (const o of write.outside) add(formatItems(write, o.format, o.rect));
  for (const g of plan.styles) add(styleItems(write, g.style, g.ranges));
  add(mergeItems(write));
  add(sizeItems(write));
  add(validationItems(write));
  for (const r of plan.print?.rowBreaks ?? []) {
    const address = `A${r + 1}`;
    items.push(setting(write, address, (ws) => ws.horizontalPageBreaks.add(address)));
  }
  return items;
}

/** Queues a block of consecutive rows of one plan: the formats its cells need, then its values. */
function queueRows(write: PlanWrite, from: number, to: number): void {
  const ws = write.sheet;
  if (!ws || write.width === 0) return;
  for (const strip of write.strips) {
    // Formatted rows of the block, in runs of consecutive rows.
    let r = from;
    while (r <= to) {
      if (!strip.rows.has(r)) {
        r++;
        continue;
      }
      const formats: (string | null)[][] = [];
      const r1 = r;
      while (r <= to && strip.rows.has(r)) formats.push(strip.rows.get(r++) ?? []);
      ws.getRange(rectA1({ r1, c1: strip.c1, r2: r - 1, c2: strip.c2 })).numberFormat = formats;
    }
  }
  ws.getRange(rectA1({ r1: from, c1: 0, r2: to, c2: write.width - 1 })).values = write.rows.slice(from, to + 1);
}

function queueBin(items: readonly Item[]): void {
  let block: { write: PlanWrite; from: number; to: number } | undefined;
  const flush = (): void => {
    if (block) queueRows(block.write, block.from, block.to);
    block = undefined;
  };
  for (const item of items) {
    if (item.kind === 'row') {
      if (block && block.write === item.write && block.to === item.row - 1) block.to = item.row;
      else {
        flush();
        block = { write: item.write, from: item.row, to: item.row };
      }
    } else {
      flush();
      if (item.write.sheet) item.run(item.write.sheet);
    }
  }
  flush();
}

/** A table name Excel accepts: a letter or _ first, then letters, digits, _ or .; not a cell reference. */
function validTableName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name) && !/^[RrCc]$/u.test(name);
}

function addTable(write: PlanWrite, taken: Set<string>): void {
  const spec = write.plan.table;
  const ws = write.sheet;
  if (!spec || !ws) return;
  const rect = parseA1(spec.range);
  const seen = new Set<string>();
  for (let c = rect.c1; c <= rect.c2; c++) {
    const h = String(write.rows[rect.r1]?.[c] ?? '');
    if (h === '' || seen.has(h.toLowerCase())) throw new Error(`Table ${spec.name}: header "${h}" is empty or repeated`);
    seen.add(h.toLowerCase());
  }
  if (!validTableName(spec.name)) throw new Error(`Not a valid table name: ${spec.name}`);
  // Table names are unique in the whole workbook: another sheet's table keeps its name.
  let name = spec.name;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${spec.name}_${i}`;
  taken.add(name.toLowerCase());
  const table = ws.tables.add(spec.range, true);
  table.name = name;
  table.style = spec.style;
}

/** Panes, print setup, tab colour and visibility: a few settings a sheet, whatever its size. */
function finishSheet(write: PlanWrite): void {
  const { plan } = write;
  const ws = write.sheet;
  if (!ws) return;
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(rectA1({ r1: 0, c1: 0, r2: freeze.rows - 1, c2: freeze.cols - 1 }));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  const p = plan.print;
  if (p) {
    const layout = ws.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // 0 pages tall: as many as the rows need (Excel's "automatic").
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight ?? 0 };
    if (p.repeatRows) {
      const [a, b] = p.repeatRows.split(':');
      layout.setPrintTitleRows(`$${a}:$${b ?? a}`);
    }
    const hf = layout.headersFooters.defaultForAllPages;
    hf.centerHeader = headerFooterText(p.header);
    hf.centerFooter = headerFooterText(p.footer);
  }
  if (plan.tabColor) ws.tabColor = plan.tabColor;
  ws.visibility = VISIBILITY[plan.visibility];
}

/**
 * The registry's sheetId column, now that every sheet exists: the ids of the sheets just added (loaded in
 * sync 2) and of the sheets left alone (loaded in sync 1). Set in the rows before they are queued.
 */
function fillRegistryIds(writes: readonly PlanWrite[], before: readonly Excel.Worksheet[]): void {
  const registry = writes.find((w) => w.plan.role === 'registry');
  if (!registry) return;
  const ids = new Map<string, string>();
  for (const s of before) ids.set(keyOf(s.name), s.id);
  for (const w of writes) if (w.sheet) ids.set(keyOf(w.plan.name), w.sheet.id);
  for (const c of sheetIdCells(registry.plan, (name) => ids.get(keyOf(name)))) {
    if (c.row < registry.rows.length && c.col < registry.width) registry.rows[c.row][c.col] = c.value;
  }
}

function refuse(sheet: string): Error {
  return new Error(
    `「${sheet}」不是本工具写出的工作表，不会被覆盖；请改名后重试。 / "${sheet}" was not written by this add-in and is not replaced; rename it and run again.`,
  );
}

/**
 * Applies the plans in one Excel.run. Sheets are replaced only when they are the product's own (listed in
 * the very-hidden registry, or the registry itself); a template plan (role `input`) only creates sheets.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  ledger: SyncLedger,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const { workbook } = context;
  const app = workbook.application;

  // Sync 1: what exists.
  const sheets = workbook.worksheets;
  sheets.load(['items/name', 'items/visibility', 'items/position', 'items/id']);
  const registry = sheets.getItemOrNullObject(REGISTRY_SHEET);
  const registryUsed = registry.getUsedRangeOrNullObject(true);
  registryUsed.load('values');
  app.load('calculationMode');
  await context.sync();
  const calculationMode = app.calculationMode;

  const existing = new Map(sheets.items.map((s) => [keyOf(s.name), s]));
  const ours = new Set([keyOf(REGISTRY_SHEET)]);
  if (!registry.isNullObject && !registryUsed.isNullObject) {
    const values = registryUsed.values as PlanValue[][];
    ledger.add(gridBytes(values), 0);
    const grid: SheetGrid = { name: REGISTRY_SHEET, origin: { row: 0, col: 0 }, values, texts: [], formats: [], errors: [], hiddenRows: [] };
    // Input copies are the review workbook's inputs once it is open in Excel: never replaced. A sheet a
    // person renamed is ours under its new name, found by its id as the run found it.
    const infos = sheets.items.map((s) => ({ name: s.name, visibility: 'visible' as const, id: s.id }));
    for (const e of resolveRegistry(readRegistry(grid), infos)) if (e.role !== 'input') ours.add(keyOf(e.sheet));
  }
  const targets = plans.map((plan) =>
    [...new Set([plan.replaces, plan.name].filter((n): n is string => n !== undefined).map(keyOf))].filter((k) => existing.has(k)),
  );
  plans.forEach((plan, i) => {
    for (const k of targets[i]) {
      const name = existing.get(k)?.name ?? k;
      if (plan.role === 'input' || !ours.has(k)) throw refuse(name);
    }
  });

  // Where each sheet ends up: a replaced sheet keeps its place, new ones go to the end, the registry last.
  const order = [...sheets.items].sort((a, b) => a.position - b.position).map((s) => keyOf(s.name));
  const writes = plans.map(preparePlan);
  plans.forEach((plan, i) => {
    const at = targets[i].map((k) => order.indexOf(k)).filter((n) => n >= 0);
    for (const k of targets[i]) order.splice(order.indexOf(k), 1);
    const position = plan.role === 'registry' || at.length === 0 ? order.length : Math.min(...at);
    order.splice(position, 0, keyOf(plan.name));
  });

  // Sync 2: structure. A fresh sheet is added before the old one goes, so a visible sheet always remains.
  app.calculationMode = 'Manual';
  app.suspendScreenUpdatingUntilNextSync();
  const taken = new Set(existing.keys());
  writes.forEach((write, i) => {
    let temp = `~${i}`;
    for (let n = 0; taken.has(keyOf(temp)); n++) temp = `~${i}_${n}`;
    taken.add(keyOf(temp));
    const ws = sheets.add(temp);
    for (const k of targets[i]) {
      const old = sheets.getItem(existing.get(k)?.name ?? k);
      if (existing.get(k)?.visibility === 'VeryHidden') old.visibility = 'Hidden';
      old.delete();
    }
    ws.name = write.plan.name;
    // Its id, for the registry, comes back with sync 2 (no sync of its own).
    ws.load('id');
    const font = ws.getRange().format.font;
    font.size = DEFAULT_FONT_SIZE;
    if (write.plan.font) font.name = write.plan.font;
    write.sheet = ws;
  });
  const byKey = new Map(writes.map((w) => [keyOf(w.plan.name), w]));
  order.forEach((k, position) => {
    const ws = byKey.get(k)?.sheet;
    if (ws) ws.position = position;
  });
  const tables = workbook.tables;
  tables.load('items/name');

  let steps = 1;
  try {
    await context.sync();
    fillRegistryIds(writes, sheets.items);

    // Data syncs: every weighed write, spread over exactly as many syncs as budget.ts says.
    // A block of rows cut by a sync boundary starts again in the next sync, with a range for its values
    // and one a strip of formats: room for them is kept in every request.
    const items = writes.flatMap(planItems);
    const total = items.reduce((s, it) => s + it.bytes, 0);
    const reserve = OP_BYTES * (1 + writes.reduce((m, w) => Math.max(m, w.strips.length), 0));
    const { binOf, bins } = pack(
      items.map((it) => it.weight),
      writeSyncs(total, ledger),
      REQUEST_CAP - reserve,
    );
    steps = bins + 1;
    const perBin: Item[][] = Array.from({ length: bins }, () => []);
    items.forEach((it, i) => perBin[binOf[i]].push(it));
    for (let b = 0; b < bins; b++) {
      app.suspendScreenUpdatingUntilNextSync();
      queueBin(perBin[b]);
      await context.sync();
      progress?.(b + 1, steps);
    }
    ledger.add(total, bins);

    // Last sync: settings, visibility, calculation back, the grid shown.
    app.suspendScreenUpdatingUntilNextSync();
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    for (const write of writes) addTable(write, tableNames);
    for (const write of writes) finishSheet(write);
    const shown = writes.find((w) => w.plan.activate && w.plan.visibility === 'visible');
    shown?.sheet?.activate();
  } finally {
    app.calculationMode = calculationMode;
    await context.sync();
    ledger.reset();
  }
  progress?.(steps, steps);
}
