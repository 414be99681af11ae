/// <reference types="office-js" />
// A recording fake of the Excel JavaScript API subset ExcelHost calls, with no jest in it so a page can show
// the pane on it too. Like Office.js it refuses to read a property that was not loaded and synced
// (PropertyNotLoaded), a null object's isNullObject before a sync, and requests or responses above 5 MB
// (Excel on the web). It counts syncs and bytes: the whole request/response JSON, and the payload of
// ../shared/ARCHITECTURE.md (values, formulas and number formats set, RangeAreas addresses, and values,
// texts, formats, types and visible addresses loaded; a 2-D array weighs the sum of its rows' JSON).
// Each class is typed against @types/office-js (Members<Excel.X, ...>) so a member Excel lacks fails to compile.
// Operations run when queued (the order Office.js keeps at sync); loads are answered at sync.
import { formatNumber } from '../../../src/hosts/xlsx/numberFormat';
import { ChartCollection, type ChartHost, type FakeChart } from './fakeCharts';

/** The members K of an Office.js class, with the fake's own objects in place of Excel's. */
type Members<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject
      ? unknown
      : T[P] extends OfficeExtension.ClientObject[]
        ? unknown[]
        : T[P];
};

export type FakeValue = string | number | boolean | null;
export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeCell {
  value: FakeValue;
  /** Set when a string was taken as a formula (it is not evaluated). */
  formula?: string;
  error?: boolean;
  numberFormat: string;
}

export interface FakeTable {
  name: string;
  range: string;
  style?: string;
  /** The values filter applied to one column (Filter.applyValuesFilter): its header and the values shown. */
  filter?: { column: string; values: string[] };
}

/** A formula rule on a range, as ConditionalFormatCollection.add('Custom') makes it. */
export interface FakeConditionalFormat {
  range: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface FakePageSetup {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  titleRows?: string;
  centerHeader?: string;
  centerFooter?: string;
  leftFooter?: string;
  rightFooter?: string;
  printArea?: string;
  rowBreaks: number[];
  /** Margins in points, by side (left, right, top, bottom, header, footer). */
  margins?: Record<string, number>;
}

export interface FakeSheet {
  /** Worksheet.id: given when the sheet is made, kept through a rename or a move, never reused. */
  id: string;
  name: string;
  visibility: FakeVisibility;
  tabColor?: string;
  cells: Map<number, FakeCell>;
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  freeze?: { rows: number; cols: number };
  validations: { range: string; rule: Excel.DataValidationRule }[];
  tables: FakeTable[];
  /** Charts added through Worksheet.charts (fakeCharts.ts). */
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  page: FakePageSetup;
  font: { name?: string; size?: number };
  /** Style settings in order, each with the areas it was set on (one RangeAreas: several areas). */
  styles: { property: string; value: unknown; areas: string[] }[];
  /** Every change made to this sheet (operation and address), in order. */
  writes: string[];
  deleted: boolean;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  /** Sheets made so far: the next sheet's id is made from it. */
  sheetsMade: number;
  active?: string;
  selection?: { sheet: string; address: string };
  calculationMode: Excel.Application['calculationMode'];
  calculationModeHistory: string[];
  /** Defined names (Formulas → Name Manager): they share one namespace with table names. */
  names: string[];
}

export interface FakeSync {
  requestBytes: number;
  responseBytes: number;
  /** Payload (ARCHITECTURE.md's bytes) of the request and of the response. */
  requestPayload: number;
  responsePayload: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Payload of every request and response. */
  bytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  perSync: FakeSync[];
  /** Properties set on formats (fill, font, alignment, borders, sizes): what "per style group" bounds. */
  formatCalls: number;
  /** The same, by property (`fill.color`, `font.bold`, `borders.EdgeTop.style`, …). */
  formatCallsByProperty: Record<string, number>;
  getRangesCalls: number;
  screenSuspensions: number;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/**
 * What a setting operation weighs beyond its argument (a merge, a size, a drop-down, a page break, a
 * RangeAreas address): the payload definition of src/hosts/excel/budget.ts, written out again here so the
 * fake measures on its own.
 */
export const OP_BYTES = 100;

/** Excel on the web refuses requests and responses of 5 MB. */
export const EXCEL_WEB_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Excel's limits (../shared/DOMAIN.md "Limits of the file formats"): the fake throws where Excel refuses. */
export const EXCEL_LIMITS = {
  /** Worksheet.getRanges (and getRange) address: Excel truncates a longer one, the fake refuses it. */
  addressChars: 8192,
  pageBreaks: 1026,
  rowHeightPoints: 409,
  /** 255 characters of the default font, in points (src/hosts/excel/text.ts widthToPoints). */
  columnWidthPoints: 1342.5,
  cellChars: 32767,
} as const;

function checkAddress(op: string, address: string): void {
  if (address.length > EXCEL_LIMITS.addressChars) {
    throw new FakeExcelError('InvalidArgument', `${op}: an address of ${address.length} characters (Excel truncates past ${EXCEL_LIMITS.addressChars})`);
  }
}

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

// ---- helpers ----

function utf8(s: string): number {
  return new TextEncoder().encode(s).length;
}

function json(v: unknown): number {
  return utf8(JSON.stringify(v) ?? 'null');
}

function gridPayload(rows: unknown): number {
  if (!Array.isArray(rows)) return json(rows);
  let n = 0;
  for (const row of rows) n += json(row);
  return n;
}

function letters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colOf(l: string): number {
  let c = 0;
  for (const ch of l.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** `A1`, `A1:B2`, `A:C`, `3:5`, optionally `Sheet!…` → a rectangle. */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/gu, '').split(':');
  const part = (ref: string): { r?: number; c?: number } => {
    const m = /^([A-Za-z]*)(\d*)$/u.exec(ref.trim());
    if (!m || (m[1] === '' && m[2] === '')) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
    return { c: m[1] === '' ? undefined : colOf(m[1]), r: m[2] === '' ? undefined : Number(m[2]) - 1 };
  };
  const p = part(a);
  const q = part(b);
  return {
    r1: Math.min(p.r ?? 0, q.r ?? 0),
    r2: Math.max(p.r ?? MAX_ROWS - 1, q.r ?? MAX_ROWS - 1),
    c1: Math.min(p.c ?? 0, q.c ?? 0),
    c2: Math.max(p.c ?? MAX_COLS - 1, q.c ?? MAX_COLS - 1),
  };
}

export function rectAddress(r: Rect): string {
  const a = `${letters(r.c1)}${r.r1 + 1}`;
  const b = `${letters(r.c2)}${r.r2 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

const key = (r: number, c: number): number => r * MAX_COLS + c;

function cellText(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null) return cell?.formula ?? '';
  if (cell.error) return String(cell.value);
  if (typeof cell.value === 'number') return formatNumber(cell.value, cell.numberFormat);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.value;
}

type ValueType = `${Excel.RangeValueType}`;

function cellType(cell: FakeCell | undefined): ValueType {
  if (!cell || (cell.value === null && cell.formula === undefined)) return 'Empty';
  if (cell.error) return 'Error';
  if (cell.formula !== undefined) return 'String';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

/** What Excel makes of a typed value in a cell of the given format. */
function enter(cell: FakeCell, v: unknown): void {
  if (typeof v === 'string' && v.length > EXCEL_LIMITS.cellChars) throw new FakeExcelError('InvalidArgument', `A text of ${v.length} characters (Excel keeps ${EXCEL_LIMITS.cellChars})`);
  cell.formula = undefined;
  cell.error = false;
  if (typeof v !== 'string' || cell.numberFormat === '@') {
    cell.value = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : null;
    return;
  }
  if (v === '') cell.value = null;
  else if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/u.test(v)) cell.value = Number(v);
  else if (/^[=+\-@]./u.test(v)) {
    cell.formula = v;
    cell.value = null;
  } else if (/^(true|false)$/iu.test(v)) cell.value = v.toLowerCase() === 'true';
  else if (/^\d{4}-\d{2}-\d{2}$/u.test(v)) cell.value = Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / 86400000 + 25569;
  else cell.value = v;
}

function blankCell(): FakeCell {
  return { value: null, numberFormat: 'General' };
}

/** An id shaped like Excel's own (`{00000000-0001-0000-0000-000000000000}`), one per sheet made. */
function newSheetId(book: FakeWorkbook): string {
  book.sheetsMade++;
  return `{00000000-${book.sheetsMade.toString(16).padStart(4, '0')}-0000-0000-000000000000}`;
}

function newSheet(name: string, id: string): FakeSheet {
  return {
    id,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    validations: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    page: { rowBreaks: [] },
    font: {},
    styles: [],
    writes: [],
    deleted: false,
  };
}

function checkName(book: FakeWorkbook, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/u.test(name) || /^'|'$/u.test(name) || name.toLowerCase() === 'history') throw new FakeExcelError('InvalidArgument', `Bad sheet name ${name}`);
  if (book.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists`);
  }
}

/** WorksheetCollection.getItem's key: a sheet's name (any case) or its id, as in Excel. */
function findSheet(book: FakeWorkbook, key: string): FakeSheet | undefined {
  return book.sheets.find((s) => s.id === key) ?? book.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

// ---- the request context: queue accounting and sync ----

class Context {
  readonly workbook: Workbook;
  epoch = 0;
  private requestBytes = 2;
  private requestPayload = 0;
  private pendingOps = 0;
  private readonly loads = new Set<ClientObject>();

  constructor(
    readonly book: FakeWorkbook,
    readonly stats: FakeStats,
  ) {
    this.workbook = new Workbook(this);
  }

  record(op: string, args: unknown, payload = 0): void {
    this.requestBytes += json([op, args]) + 1;
    this.requestPayload += payload;
    this.pendingOps++;
  }

  wantLoad(o: ClientObject): void {
    this.loads.add(o);
  }

  get pending(): boolean {
    return this.pendingOps > 0;
  }

  async sync(): Promise<void> {
    let responseBytes = 2;
    let responsePayload = 0;
    for (const o of this.loads) {
      const r = o.answer();
      responseBytes += r.bytes;
      responsePayload += r.payload;
    }
    this.loads.clear();
    const sync: FakeSync = { requestBytes: this.requestBytes, responseBytes, requestPayload: this.requestPayload, responsePayload };
    const s = this.stats;
    s.syncs++;
    s.perSync.push(sync);
    s.bytes += sync.requestPayload + sync.responsePayload;
    s.maxRequestBytes = Math.max(s.maxRequestBytes, sync.requestBytes);
    s.maxResponseBytes = Math.max(s.maxResponseBytes, sync.responseBytes);
    this.requestBytes = 2;
    this.requestPayload = 0;
    this.pendingOps = 0;
    this.epoch++;
    if (sync.requestBytes > EXCEL_WEB_LIMIT || responseBytes > EXCEL_WEB_LIMIT) {
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request ${sync.requestBytes} B, response ${responseBytes} B`);
    }
  }
}

/** Loadable properties: readable only after load() and a sync, as in Office.js. */
abstract class ClientObject {
  private readonly wanted = new Set<string>();
  private readonly answered = new Map<string, unknown>();
  private readonly born: number;

  constructor(
    protected readonly ctx: Context,
    private readonly nullObject = false,
  ) {
    this.born = ctx.epoch;
  }

  protected abstract current(prop: string): unknown;

  load(names: string | string[]): this {
    const list = (Array.isArray(names) ? names : names.split(',')).map((n) => n.trim()).filter((n) => n !== '');
    for (const n of list) this.wanted.add(n);
    this.ctx.record('load', list);
    this.ctx.wantLoad(this);
    return this;
  }

  /** At sync: the loaded properties' values, and what they weigh. */
  answer(): { bytes: number; payload: number } {
    let bytes = 0;
    let payload = 0;
    for (const p of this.wanted) {
      const r = this.answerProp(p);
      bytes += r.bytes;
      payload += r.payload;
    }
    this.wanted.clear();
    return { bytes, payload };
  }

  protected answerProp(p: string): { bytes: number; payload: number } {
    if (p.startsWith('items/')) return { bytes: this.answerNested(p), payload: 0 };
    // A null object's properties come back null and carry no payload.
    const v = this.nullObject ? null : this.current(p);
    this.answered.set(p, v);
    const payload = v !== null && ['values', 'text', 'numberFormat', 'valueTypes', 'formulas', 'cellAddresses'].includes(p) ? gridPayload(v) : 0;
    return { bytes: json({ [p]: v }) + 1, payload };
  }

  /** Collections answer `items/x` loads for their items. */
  protected answerNested(prop: string): number {
    void prop;
    return 0;
  }

  protected loaded<T>(prop: string): T {
    if (!this.answered.has(prop)) {
      throw new FakeExcelError('PropertyNotLoaded', `The property '${prop}' is not available. Call load and sync first.`);
    }
    return this.answered.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.ctx.epoch === this.born) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject is known only after a sync');
    return this.nullObject;
  }
}

// ---- workbook, application, sheets ----

class Workbook implements Members<Excel.Workbook, 'worksheets' | 'tables' | 'names' | 'application' | 'getSelectedRange' | 'getSelectedRanges'> {
  readonly worksheets: WorksheetCollection;
  readonly tables: WorkbookTables;
  readonly names: WorkbookNames;
  readonly application: Application;
  constructor(private readonly ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new WorkbookTables(ctx);
    this.names = new WorkbookNames(ctx);
    this.application = new Application(ctx);
  }
  /** Excel always has a selection: the book's (areas separated by commas), else A1 of the active (or first) sheet. */
  private selected(): { sheet: FakeSheet; areas: string[] } {
    const book = this.ctx.book;
    const sel = book.selection ?? { sheet: book.active ?? book.sheets[0]?.name ?? '', address: 'A1' };
    const sheet = book.sheets.find((x) => x.name === sel.sheet && !x.deleted);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `No sheet ${sel.sheet}`);
    return { sheet, areas: sel.address.split(',').map((a) => a.trim()) };
  }
  /** As Excel: a selection of several areas (Ctrl+click) is refused, since one Range cannot hold it. */
  getSelectedRange(): Range {
    this.ctx.record('Workbook.getSelectedRange', []);
    const { sheet, areas } = this.selected();
    if (areas.length > 1) throw new FakeExcelError('InvalidSelection', 'The current selection is invalid for this operation.');
    return new Range(this.ctx, sheet, parseAddress(areas[0]));
  }
  /** One area or several (ExcelApi 1.9). */
  getSelectedRanges(): SelectedRanges {
    this.ctx.record('Workbook.getSelectedRanges', []);
    const { sheet, areas } = this.selected();
    return new SelectedRanges(this.ctx, sheet, areas.map(parseAddress));
  }
}

/** The RangeAreas of the selection: only what a selection is read for (its address and how many areas). */
class SelectedRanges extends ClientObject implements Members<Excel.RangeAreas, 'address' | 'areaCount'> {
  constructor(
    ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly rects: Rect[],
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    // Excel names the sheet in every area: "Sheet1!A1:B4, Sheet1!D1:D4".
    if (prop === 'address') return this.rects.map((r) => `${sheetRef(this.sheet.name)}!${rectAddress(r)}`).join(', ');
    if (prop === 'areaCount') return this.rects.length;
    throw new FakeExcelError('InvalidArgument', `RangeAreas.${prop} is not faked`);
  }
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
}

class Application extends ClientObject implements Members<Excel.Application, 'calculationMode' | 'suspendScreenUpdatingUntilNextSync'> {
  protected current(prop: string): unknown {
    if (prop === 'calculationMode') return this.ctx.book.calculationMode;
    throw new FakeExcelError('InvalidArgument', `Application.${prop} is not faked`);
  }
  get calculationMode(): Excel.Application['calculationMode'] {
    return this.loaded('calculationMode');
  }
  set calculationMode(mode: Excel.Application['calculationMode']) {
    this.ctx.record('Application.calculationMode', mode);
    this.ctx.book.calculationMode = mode;
    this.ctx.book.calculationModeHistory.push(String(mode));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.record('Application.suspendScreenUpdatingUntilNextSync', []);
    this.ctx.stats.screenSuspensions++;
  }
}

class WorksheetCollection extends ClientObject implements Members<Excel.WorksheetCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'items'> {
  private itemsAnswer: Worksheet[] | undefined;

  protected current(prop: string): unknown {
    if (!prop.startsWith('items/')) throw new FakeExcelError('InvalidArgument', `WorksheetCollection.${prop} is not faked`);
    return null;
  }

  /** A new load reads the sheets as they are then (a collection loaded again in the same run). */
  override load(names: string | string[]): this {
    this.itemsAnswer = undefined;
    return super.load(names);
  }

  protected override answerNested(prop: string): number {
    const sub = prop.slice('items/'.length);
    this.itemsAnswer ??= this.ctx.book.sheets.map((s) => new Worksheet(this.ctx, s));
    let bytes = 0;
    for (const ws of this.itemsAnswer) bytes += ws.answerOne(sub);
    return bytes;
  }

  get items(): Worksheet[] {
    if (!this.itemsAnswer) throw new FakeExcelError('PropertyNotLoaded', `The property 'items' is not available. Call load and sync first.`);
    return this.itemsAnswer;
  }

  add(name?: string): Worksheet {
    const book = this.ctx.book;
    let n = name;
    for (let i = book.sheets.length + 1; n === undefined; i++) {
      const candidate = `Sheet${i}`;
      if (!book.sheets.some((s) => s.name.toLowerCase() === candidate.toLowerCase())) n = candidate;
    }
    checkName(book, n);
    this.ctx.record('WorksheetCollection.add', [n]);
    const sheet = newSheet(n, newSheetId(book));
    sheet.writes.push('add');
    book.sheets.push(sheet);
    return new Worksheet(this.ctx, sheet);
  }

  getItem(key: string): Worksheet {
    this.ctx.record('WorksheetCollection.getItem', [key]);
    const sheet = findSheet(this.ctx.book, key);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `No sheet ${key}`);
    return new Worksheet(this.ctx, sheet);
  }

  getItemOrNullObject(key: string): Worksheet {
    this.ctx.record('WorksheetCollection.getItemOrNullObject', [key]);
    const sheet = findSheet(this.ctx.book, key);
    return sheet ? new Worksheet(this.ctx, sheet) : new Worksheet(this.ctx, newSheet(key, ''), true);
  }
}

class Worksheet
  extends ClientObject
  implements
    Members<
      Excel.Worksheet,
      | 'id'
      | 'name'
      | 'visibility'
      | 'position'
      | 'tabColor'
      | 'delete'
      | 'activate'
      | 'getRange'
      | 'getRanges'
      | 'getUsedRangeOrNullObject'
      | 'freezePanes'
      | 'pageLayout'
      | 'tables'
      | 'charts'
      | 'horizontalPageBreaks'
    >
{
  constructor(
    ctx: Context,
    readonly sheet: FakeSheet,
    nullObject = false,
  ) {
    super(ctx, nullObject);
  }

  protected current(prop: string): unknown {
    if (prop === 'id') return this.sheet.id;
    if (prop === 'name') return this.sheet.name;
    if (prop === 'visibility') return this.sheet.visibility;
    if (prop === 'position') return this.ctx.book.sheets.indexOf(this.sheet);
    throw new FakeExcelError('InvalidArgument', `Worksheet.${prop} is not faked`);
  }

  /** A collection's `items/x` load, answered for this sheet. */
  answerOne(prop: string): number {
    return this.answerProp(prop).bytes;
  }

  private change(op: string, args: unknown, payload = 0): void {
    if (this.sheet.deleted) throw new FakeExcelError('ItemNotFound', `Sheet ${this.sheet.name} was deleted`);
    this.ctx.record(`Worksheet.${op}`, args, payload);
    this.sheet.writes.push(op);
  }

  get id(): string {
    return this.loaded('id');
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    checkName(this.ctx.book, name, this.sheet);
    this.change('name', name);
    this.sheet.name = name;
  }
  get visibility(): FakeVisibility {
    return this.loaded('visibility');
  }
  set visibility(v: FakeVisibility) {
    const others = this.ctx.book.sheets.filter((s) => s !== this.sheet && s.visibility === 'Visible');
    if (v !== 'Visible' && others.length === 0) throw new FakeExcelError('InvalidOperation', 'The last visible sheet cannot be hidden');
    this.change('visibility', v);
    this.sheet.visibility = v;
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(p: number) {
    const sheets = this.ctx.book.sheets;
    this.change('position', p);
    sheets.splice(sheets.indexOf(this.sheet), 1);
    sheets.splice(Math.min(p, sheets.length), 0, this.sheet);
  }
  get tabColor(): string {
    return this.loaded('tabColor');
  }
  set tabColor(color: string) {
    this.change('tabColor', color);
    this.sheet.tabColor = color;
  }

  delete(): void {
    const book = this.ctx.book;
    if (this.sheet.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', 'A very hidden sheet cannot be deleted');
    if (this.sheet.visibility === 'Visible' && !book.sheets.some((s) => s !== this.sheet && s.visibility === 'Visible')) {
      throw new FakeExcelError('InvalidOperation', 'The last visible sheet cannot be deleted');
    }
    this.change('delete', []);
    book.sheets.splice(book.sheets.indexOf(this.sheet), 1);
    this.sheet.deleted = true;
  }

  activate(): void {
    if (this.sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated');
    this.ctx.record('Worksheet.activate', []);
    this.ctx.book.active = this.sheet.name;
  }

  getRange(address?: string): Range {
    // Office.js sends a missing address as null: the whole sheet.
    if (address !== undefined && address !== null) checkAddress('getRange', address);
    this.ctx.record('Worksheet.getRange', [address ?? null]);
    return new Range(this.ctx, this.sheet, address === undefined || address === null ? 'all' : parseAddress(address));
  }

  getRanges(address?: string): RangeAreas {
    const text = address ?? '';
    checkAddress('getRanges', text);
    this.ctx.record('Worksheet.getRanges', [text], OP_BYTES + json(text));
    this.ctx.stats.getRangesCalls++;
    return new RangeAreas(this.ctx, this.sheet, text.split(/[,;]/u).map((a) => parseAddress(a.trim())));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.ctx.record('Worksheet.getUsedRangeOrNullObject', [valuesOnly ?? false]);
    let rect: Rect | undefined;
    for (const [k, cell] of this.sheet.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      rect = rect
        ? { r1: Math.min(rect.r1, r), c1: Math.min(rect.c1, c), r2: Math.max(rect.r2, r), c2: Math.max(rect.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return rect ? new Range(this.ctx, this.sheet, rect) : new Range(this.ctx, this.sheet, { r1: 0, c1: 0, r2: 0, c2: 0 }, true);
  }

  get freezePanes(): FreezePanes {
    return new FreezePanes(this.ctx, this.sheet);
  }
  get pageLayout(): PageLayout {
    return new PageLayout(this.ctx, this.sheet);
  }
  get tables(): SheetTables {
    return new SheetTables(this.ctx, this.sheet);
  }
  get horizontalPageBreaks(): PageBreaks {
    return new PageBreaks(this.ctx, this.sheet);
  }
  get charts(): ChartCollection {
    return new ChartCollection(chartHost(this.ctx, this.sheet), (range) => chartHost(this.ctx, (range as unknown as Range).sheet));
  }
}

/** What the fake's charts (fakeCharts.ts) need of a sheet. */
function chartHost(ctx: Context, sheet: FakeSheet): ChartHost {
  return {
    record(op: string, args: unknown): void {
      if (sheet.deleted) throw new FakeExcelError('ItemNotFound', `Sheet ${sheet.name} was deleted`);
      ctx.record(op, args);
      sheet.writes.push(op);
    },
    fail: (code, message) => new FakeExcelError(code, message),
    parse: parseAddress,
    value: (r, c) => sheet.cells.get(key(r, c))?.value ?? null,
    deleted: () => sheet.deleted,
    charts: sheet.charts,
  };
}

// ---- ranges ----

type Target = Rect | 'all';

class Range
  extends ClientObject
  implements
    Members<
      Excel.Range,
      | 'values'
      | 'formulas'
      | 'text'
      | 'numberFormat'
      | 'valueTypes'
      | 'address'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'rowHidden'
      | 'format'
      | 'dataValidation'
      | 'getCell'
      | 'getResizedRange'
      | 'getColumn'
      | 'getRow'
      | 'getBoundingRect'
      | 'getVisibleView'
      | 'merge'
      | 'select'
      | 'untrack'
      | 'columnHidden'
      | 'conditionalFormats'
    >
{
  constructor(
    ctx: Context,
    readonly sheet: FakeSheet,
    readonly target: Target,
    nullObject = false,
  ) {
    super(ctx, nullObject);
  }

  get rect(): Rect {
    if (this.target === 'all') throw new FakeExcelError('InvalidArgument', 'The whole sheet is not read in the fake');
    return this.target;
  }

  private grid<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const { r1, c1, r2, c2 } = this.rect;
    const out: T[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: T[] = [];
      for (let c = c1; c <= c2; c++) row.push(f(this.sheet.cells.get(key(r, c)), r, c));
      out.push(row);
    }
    return out;
  }

  protected current(prop: string): unknown {
    const rect = this.rect;
    switch (prop) {
      case 'values':
        return this.grid((cell) => (cell?.value ?? cell?.formula ?? ''));
      case 'formulas':
        // A formula's text, else the constant (as Excel answers Range.formulas).
        return this.grid((cell) => (cell?.formula ?? cell?.value ?? ''));
      case 'text':
        return this.grid((cell) => cellText(cell));
      case 'numberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((cell) => cellType(cell));
      case 'address':
        return `${sheetRef(this.sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.r1;
      case 'columnIndex':
        return rect.c1;
      case 'rowCount':
        return rect.r2 - rect.r1 + 1;
      case 'columnCount':
        return rect.c2 - rect.c1 + 1;
      case 'rowHidden': {
        let hidden = 0;
        for (let r = rect.r1; r <= rect.r2; r++) if (this.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rect.r2 - rect.r1 + 1 ? true : null;
      }
      case 'columnHidden': {
        let hidden = 0;
        for (let c = rect.c1; c <= rect.c2; c++) if (this.sheet.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === rect.c2 - rect.c1 + 1 ? true : null;
      }
      default:
        throw new FakeExcelError('InvalidArgument', `Range.${prop} is not faked`);
    }
  }

  private write(op: string, value: unknown, payload: number): void {
    if (this.sheet.deleted) throw new FakeExcelError('ItemNotFound', 'The sheet was deleted');
    this.ctx.record(`Range.${op}`, value, payload);
    this.sheet.writes.push(`${op} ${this.target === 'all' ? 'all' : rectAddress(this.target)}`);
  }

  /** Sets a 2-D property cell by cell; the array must have the range's shape; null leaves a cell as it is. */
  private setGrid(op: string, rows: unknown, f: (cell: FakeCell, v: unknown) => void): void {
    const { r1, c1, r2, c2 } = this.rect;
    if (!Array.isArray(rows) || rows.length !== r2 - r1 + 1 || rows.some((row) => !Array.isArray(row) || row.length !== c2 - c1 + 1)) {
      throw new FakeExcelError('InvalidArgument', `${op}: the array does not match ${rectAddress(this.rect)}`);
    }
    this.write(op, rows, gridPayload(rows));
    (rows as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const k = key(r1 + i, c1 + j);
        const cell = this.sheet.cells.get(k) ?? blankCell();
        this.sheet.cells.set(k, cell);
        f(cell, v);
      }),
    );
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set values(rows: unknown[][]) {
    this.setGrid('values', rows, enter);
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.setGrid('numberFormat', rows, (cell, v) => (cell.numberFormat = String(v)));
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded('valueTypes');
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowHidden(): boolean {
    return this.loaded('rowHidden');
  }

  get format(): RangeFormat {
    return new RangeFormat(this.ctx, this.sheet, [this.target]);
  }
  get dataValidation(): DataValidation {
    return new DataValidation(this.ctx, this.sheet, rectAddress(this.rect));
  }
  get conditionalFormats(): ConditionalFormats {
    return new ConditionalFormats(this.ctx, this.sheet, rectAddress(this.rect));
  }

  private sub(rect: Rect, op: string, args: unknown): Range {
    this.ctx.record(`Range.${op}`, args);
    if (rect.r1 < 0 || rect.c1 < 0 || rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS || rect.r2 < rect.r1 || rect.c2 < rect.c1) {
      throw new FakeExcelError('InvalidArgument', `${op} leaves the sheet`);
    }
    return new Range(this.ctx, this.sheet, rect);
  }

  getCell(row: number, column: number): Range {
    const { r1, c1 } = this.rect;
    return this.sub({ r1: r1 + row, c1: c1 + column, r2: r1 + row, c2: c1 + column }, 'getCell', [row, column]);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    const r = this.rect;
    return this.sub({ ...r, r2: r.r2 + deltaRows, c2: r.c2 + deltaColumns }, 'getResizedRange', [deltaRows, deltaColumns]);
  }
  getColumn(column: number): Range {
    const r = this.rect;
    return this.sub({ ...r, c1: r.c1 + column, c2: r.c1 + column }, 'getColumn', [column]);
  }
  getRow(row: number): Range {
    const r = this.rect;
    return this.sub({ ...r, r1: r.r1 + row, r2: r.r1 + row }, 'getRow', [row]);
  }
  /** Office.js's tracking is the client's business: nothing reaches Excel. */
  untrack(): this {
    return this;
  }
  get columnHidden(): boolean {
    return this.loaded('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    const { c1, c2 } = this.rect;
    this.write('columnHidden', [hidden], OP_BYTES);
    for (let c = c1; c <= c2; c++) {
      if (hidden) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }
  /** Office.js sets a large array as chunks of 1,500 cells, each the bounding rectangle of two rows. */
  getBoundingRect(anotherRange: Excel.Range | string): Range {
    const other = typeof anotherRange === 'string' ? parseAddress(anotherRange) : (anotherRange as unknown as Range).rect;
    const r = this.rect;
    const rect = { r1: Math.min(r.r1, other.r1), c1: Math.min(r.c1, other.c1), r2: Math.max(r.r2, other.r2), c2: Math.max(r.c2, other.c2) };
    return this.sub(rect, 'getBoundingRect', []);
  }
  getVisibleView(): RangeView {
    this.ctx.record('Range.getVisibleView', []);
    return new RangeView(this.ctx, this.sheet, this.rect);
  }
  merge(across?: boolean): void {
    this.write('merge', [across ?? false], OP_BYTES + json(across ?? false));
    this.sheet.merges.push(rectAddress(this.rect));
  }
  select(): void {
    this.ctx.record('Range.select', []);
    this.ctx.book.selection = { sheet: this.sheet.name, address: rectAddress(this.rect) };
    this.ctx.book.active = this.sheet.name;
  }
}

class RangeView extends ClientObject implements Members<Excel.RangeView, 'cellAddresses'> {
  constructor(
    ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly rect: Rect,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop !== 'cellAddresses') throw new FakeExcelError('InvalidArgument', `RangeView.${prop} is not faked`);
    const out: string[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      if (this.sheet.hiddenRows.has(r)) continue;
      const row: string[] = [];
      // As in Excel, a visible view leaves out hidden columns too: a row of hidden cells only is not in it.
      for (let c = this.rect.c1; c <= this.rect.c2; c++) if (!this.sheet.hiddenColumns.has(c)) row.push(`${sheetRef(this.sheet.name)}!${letters(c)}${r + 1}`);
      if (row.length > 0) out.push(row);
    }
    return out;
  }
  get cellAddresses(): string[][] {
    return this.loaded('cellAddresses');
  }
}

class RangeAreas implements Members<Excel.RangeAreas, 'format' | 'dataValidation' | 'untrack'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly rects: Rect[],
  ) {}
  untrack(): this {
    return this;
  }
  get format(): RangeFormat {
    return new RangeFormat(this.ctx, this.sheet, this.rects);
  }
  get dataValidation(): DataValidation {
    return new DataValidation(this.ctx, this.sheet, this.rects.map(rectAddress).join(','));
  }
}

// ---- formats ----

/** Sets a style property on every cell of the targets (the whole sheet: its default font). */
class StyleTarget {
  constructor(
    readonly ctx: Context,
    readonly sheet: FakeSheet,
    readonly targets: Target[],
  ) {}

  /** Records a style setting for its areas (kept as operations: 400,000 areas are not expanded to cells). */
  set(op: string, value: unknown, sheetWide?: () => void): void {
    this.ctx.record(`RangeFormat.${op}`, value);
    this.ctx.stats.formatCalls++;
    this.ctx.stats.formatCallsByProperty[op] = (this.ctx.stats.formatCallsByProperty[op] ?? 0) + 1;
    const areas = this.targets.map((t) => (t === 'all' ? 'all' : rectAddress(t)));
    if (this.targets.includes('all')) {
      if (!sheetWide) throw new FakeExcelError('InvalidArgument', `${op} on the whole sheet is not faked`);
      sheetWide();
    }
    this.sheet.writes.push(`format.${op}`);
    this.sheet.styles.push({ property: op, value, areas });
  }
}

class RangeFormat
  implements Members<Excel.RangeFormat, 'fill' | 'font' | 'borders' | 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'columnWidth' | 'rowHeight'>
{
  private readonly t: StyleTarget;
  constructor(ctx: Context, sheet: FakeSheet, targets: Target[]) {
    this.t = new StyleTarget(ctx, sheet, targets);
  }
  get fill(): RangeFill {
    return new RangeFill(this.t);
  }
  get font(): RangeFont {
    return new RangeFont(this.t);
  }
  get borders(): RangeBorders {
    return new RangeBorders(this.t);
  }
  get wrapText(): boolean {
    throw new FakeExcelError('PropertyNotLoaded', 'wrapText');
  }
  set wrapText(v: boolean) {
    this.t.set('wrapText', v);
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    throw new FakeExcelError('PropertyNotLoaded', 'horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this.t.set('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    throw new FakeExcelError('PropertyNotLoaded', 'verticalAlignment');
  }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) {
    this.t.set('verticalAlignment', v);
  }
  get columnWidth(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'columnWidth');
  }
  set columnWidth(points: number) {
    if (!(points >= 0 && points <= EXCEL_LIMITS.columnWidthPoints)) throw new FakeExcelError('InvalidArgument', `Column width ${points} pt (Excel allows 255 characters)`);
    this.t.ctx.record('RangeFormat.columnWidth', points, OP_BYTES + json(points));
    for (const r of this.t.targets) {
      if (r === 'all') continue;
      for (let c = r.c1; c <= r.c2; c++) this.t.sheet.columnWidths.set(c, points);
    }
  }
  get rowHeight(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'rowHeight');
  }
  set rowHeight(points: number) {
    if (!(points >= 0 && points <= EXCEL_LIMITS.rowHeightPoints)) throw new FakeExcelError('InvalidArgument', `Row height ${points} pt (Excel allows ${EXCEL_LIMITS.rowHeightPoints})`);
    this.t.ctx.record('RangeFormat.rowHeight', points, OP_BYTES + json(points));
    for (const r of this.t.targets) {
      if (r === 'all') continue;
      for (let row = r.r1; row <= r.r2; row++) this.t.sheet.rowHeights.set(row, points);
    }
  }
}

class RangeFill implements Members<Excel.RangeFill, 'color'> {
  constructor(private readonly t: StyleTarget) {}
  get color(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'color');
  }
  set color(v: string) {
    this.t.set('fill.color', v);
  }
}

class RangeFont implements Members<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'color'> {
  constructor(private readonly t: StyleTarget) {}
  get name(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'name');
  }
  set name(v: string) {
    this.t.set('font.name', v, () => (this.t.sheet.font.name = v));
  }
  get size(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'size');
  }
  set size(v: number) {
    this.t.set('font.size', v, () => (this.t.sheet.font.size = v));
  }
  get bold(): boolean {
    throw new FakeExcelError('PropertyNotLoaded', 'bold');
  }
  set bold(v: boolean) {
    this.t.set('font.bold', v);
  }
  get italic(): boolean {
    throw new FakeExcelError('PropertyNotLoaded', 'italic');
  }
  set italic(v: boolean) {
    this.t.set('font.italic', v);
  }
  get color(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'color');
  }
  set color(v: string) {
    this.t.set('font.color', v);
  }
}

class RangeBorders implements Members<Excel.RangeBorderCollection, 'getItem'> {
  constructor(private readonly t: StyleTarget) {}
  getItem(index: Excel.BorderIndex | `${Excel.BorderIndex}`): RangeBorder {
    return new RangeBorder(this.t, String(index));
  }
}

class RangeBorder implements Members<Excel.RangeBorder, 'style' | 'weight' | 'color'> {
  constructor(
    private readonly t: StyleTarget,
    private readonly edge: string,
  ) {}
  private put(field: 'style' | 'weight' | 'color', v: string): void {
    this.t.set(`borders.${this.edge}.${field}`, v);
  }
  get style(): Excel.RangeBorder['style'] {
    throw new FakeExcelError('PropertyNotLoaded', 'style');
  }
  set style(v: Excel.RangeBorder['style']) {
    this.put('style', String(v));
  }
  get weight(): Excel.RangeBorder['weight'] {
    throw new FakeExcelError('PropertyNotLoaded', 'weight');
  }
  set weight(v: Excel.RangeBorder['weight']) {
    this.put('weight', String(v));
  }
  get color(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'color');
  }
  set color(v: string) {
    this.put('color', v);
  }
}

class DataValidation implements Members<Excel.DataValidation, 'rule'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    /** The address, or the comma-separated addresses of RangeAreas. */
    private readonly range: string,
  ) {}
  get rule(): Excel.DataValidationRule {
    throw new FakeExcelError('PropertyNotLoaded', 'rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.ctx.record('DataValidation.rule', rule, OP_BYTES + json(rule));
    this.sheet.writes.push(`dataValidation ${this.range}`);
    this.sheet.validations.push({ range: this.range, rule });
  }
}

// ---- conditional formats ----

/** Excel's longest formula (characters): a longer one is refused. */
const MAX_FORMULA = 8192;

class ConditionalFormats implements Members<Excel.ConditionalFormatCollection, 'add'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly range: string,
  ) {}
  add(type: string): ConditionalFormat {
    if (this.sheet.deleted) throw new FakeExcelError('ItemNotFound', 'The sheet was deleted');
    // Only formula rules are faked; the host adds no other kind.
    if (type !== 'Custom') throw new FakeExcelError('InvalidArgument', `ConditionalFormatCollection.add(${type}) is not faked`);
    this.ctx.record('ConditionalFormatCollection.add', [type]);
    const cf: FakeConditionalFormat = { range: this.range };
    this.sheet.conditionalFormats.push(cf);
    this.sheet.writes.push(`conditionalFormat ${this.range}`);
    return new ConditionalFormat(this.ctx, cf);
  }
}

class ConditionalFormat implements Members<Excel.ConditionalFormat, 'custom'> {
  constructor(
    private readonly ctx: Context,
    private readonly cf: FakeConditionalFormat,
  ) {}
  get custom(): CustomConditionalFormat {
    return new CustomConditionalFormat(this.ctx, this.cf);
  }
}

class CustomConditionalFormat implements Members<Excel.CustomConditionalFormat, 'rule' | 'format'> {
  constructor(
    private readonly ctx: Context,
    private readonly cf: FakeConditionalFormat,
  ) {}
  get rule(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.ctx, this.cf);
  }
  get format(): ConditionalRangeFormat {
    return new ConditionalRangeFormat(this.ctx, this.cf);
  }
}

class ConditionalFormatRule implements Members<Excel.ConditionalFormatRule, 'formula'> {
  constructor(
    private readonly ctx: Context,
    private readonly cf: FakeConditionalFormat,
  ) {}
  get formula(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'formula');
  }
  set formula(v: string) {
    // A rule's formula starts with = (a text without it is refused as not a formula) and has Excel's length.
    if (!v.startsWith('=') || v.length > MAX_FORMULA) throw new FakeExcelError('InvalidArgument', `Not a conditional format formula: ${v.slice(0, 40)}`);
    this.ctx.record('ConditionalFormatRule.formula', v, OP_BYTES + json(v));
    this.cf.formula = v;
  }
}

/** A colour Excel takes: #RRGGBB (or a name, which the host never sends). */
function checkColor(v: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/u.test(v)) throw new FakeExcelError('InvalidArgument', `Not a colour: ${v}`);
}

/** A colour the host sets and never reads back (a read is PropertyNotLoaded, as in Excel before a load). */
function colourSetter(ctx: Context, op: string, put: (v: string) => void): { color: string } {
  return {
    get color(): string {
      throw new FakeExcelError('PropertyNotLoaded', 'color');
    },
    set color(v: string) {
      checkColor(v);
      ctx.record(op, v);
      put(v);
    },
  };
}

class ConditionalRangeFormat implements Members<Excel.ConditionalRangeFormat, 'fill' | 'font'> {
  constructor(
    private readonly ctx: Context,
    private readonly cf: FakeConditionalFormat,
  ) {}
  get fill(): { color: string } {
    return colourSetter(this.ctx, 'ConditionalRangeFill.color', (v) => (this.cf.fill = v));
  }
  get font(): { color: string; bold: boolean } {
    const { ctx, cf } = this;
    const font = colourSetter(ctx, 'ConditionalRangeFont.color', (v) => (cf.fontColor = v));
    return Object.defineProperty(font, 'bold', {
      get(): boolean {
        throw new FakeExcelError('PropertyNotLoaded', 'bold');
      },
      set(v: boolean) {
        ctx.record('ConditionalRangeFont.bold', v);
        cf.bold = v;
      },
    }) as { color: string; bold: boolean };
  }
}

// ---- sheet settings ----

class FreezePanes implements Members<Excel.WorksheetFreezePanes, 'freezeAt' | 'freezeRows' | 'freezeColumns'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
  ) {}
  freezeAt(frozenRange: Excel.Range | string): void {
    const rect = typeof frozenRange === 'string' ? parseAddress(frozenRange) : (frozenRange as unknown as Range).target;
    if (rect === 'all') throw new FakeExcelError('InvalidArgument', 'freezeAt');
    this.ctx.record('WorksheetFreezePanes.freezeAt', [rectAddress(rect)]);
    this.sheet.freeze = { rows: rect.r2 + 1, cols: rect.c2 + 1 };
  }
  freezeRows(count?: number): void {
    this.ctx.record('WorksheetFreezePanes.freezeRows', [count]);
    this.sheet.freeze = { rows: count ?? 1, cols: 0 };
  }
  freezeColumns(count?: number): void {
    this.ctx.record('WorksheetFreezePanes.freezeColumns', [count]);
    this.sheet.freeze = { rows: 0, cols: count ?? 1 };
  }
}

type MarginMember = 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin';

class PageLayout implements Members<Excel.PageLayout, 'paperSize' | 'orientation' | 'zoom' | 'setPrintTitleRows' | 'setPrintArea' | 'headersFooters' | MarginMember> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
  ) {}
  private put(op: string, v: unknown, f: (p: FakePageSetup) => void): void {
    this.ctx.record(`PageLayout.${op}`, v);
    f(this.sheet.page);
  }
  /** A margin in points: Excel refuses a negative one, or one past the paper (A4 is 595 × 842 pt). */
  private margin(side: string, v: number): void {
    if (!(v >= 0) || v >= 595 / 2) throw new FakeExcelError('InvalidArgument', `PageLayout.${side}Margin ${v}`);
    this.put(`${side}Margin`, v, (p) => (p.margins = { ...p.margins, [side]: v }));
  }
  get leftMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'leftMargin');
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  get rightMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'rightMargin');
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  get topMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'topMargin');
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  get bottomMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'bottomMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  get headerMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'headerMargin');
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  get footerMargin(): number {
    throw new FakeExcelError('PropertyNotLoaded', 'footerMargin');
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    throw new FakeExcelError('PropertyNotLoaded', 'paperSize');
  }
  set paperSize(v: Excel.PageLayout['paperSize']) {
    this.put('paperSize', v, (p) => (p.paperSize = String(v)));
  }
  get orientation(): Excel.PageLayout['orientation'] {
    throw new FakeExcelError('PropertyNotLoaded', 'orientation');
  }
  set orientation(v: Excel.PageLayout['orientation']) {
    this.put('orientation', v, (p) => (p.orientation = String(v)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new FakeExcelError('PropertyNotLoaded', 'zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put('zoom', v, (p) => (p.zoom = v));
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    const rows = typeof printTitleRows === 'string' ? printTitleRows : 'range';
    this.put('setPrintTitleRows', [rows], (p) => (p.titleRows = rows));
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    const area = typeof printArea === 'string' ? printArea : 'range';
    // Excel refuses an address it cannot parse, as it would.
    if (typeof printArea === 'string' && !/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/u.test(printArea)) {
      throw new FakeExcelError('InvalidArgument', `setPrintArea ${printArea}`);
    }
    this.put('setPrintArea', [area], (p) => (p.printArea = area));
  }
  get headersFooters(): { defaultForAllPages: HeaderFooter } {
    return { defaultForAllPages: new HeaderFooter(this.ctx, this.sheet) };
  }
}

class HeaderFooter implements Members<Excel.HeaderFooter, 'centerHeader' | 'centerFooter' | 'leftFooter' | 'rightFooter'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
  ) {}
  get centerHeader(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'centerHeader');
  }
  set centerHeader(v: string) {
    this.ctx.record('HeaderFooter.centerHeader', v);
    this.sheet.page.centerHeader = v;
  }
  get centerFooter(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'centerFooter');
  }
  set centerFooter(v: string) {
    this.ctx.record('HeaderFooter.centerFooter', v);
    this.sheet.page.centerFooter = v;
  }
  get leftFooter(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'leftFooter');
  }
  set leftFooter(v: string) {
    this.ctx.record('HeaderFooter.leftFooter', v);
    this.sheet.page.leftFooter = v;
  }
  get rightFooter(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'rightFooter');
  }
  set rightFooter(v: string) {
    this.ctx.record('HeaderFooter.rightFooter', v);
    this.sheet.page.rightFooter = v;
  }
}

class PageBreaks implements Members<Excel.PageBreakCollection, 'add'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
  ) {}
  add(pageBreakRange: Excel.Range | string): void {
    const rect = typeof pageBreakRange === 'string' ? parseAddress(pageBreakRange) : undefined;
    const label = typeof pageBreakRange === 'string' ? pageBreakRange : 'range';
    if (this.sheet.page.rowBreaks.length >= EXCEL_LIMITS.pageBreaks) throw new FakeExcelError('InvalidOperation', `More than ${EXCEL_LIMITS.pageBreaks} page breaks on ${this.sheet.name}`);
    this.ctx.record('PageBreakCollection.add', [label], OP_BYTES + json(label));
    if (rect) this.sheet.page.rowBreaks.push(rect.r1);
  }
}

// ---- tables ----

function allTables(book: FakeWorkbook): FakeTable[] {
  return book.sheets.flatMap((s) => s.tables);
}

/**
 * Filter.applyValuesFilter on one column of a table: the rows of the table's body whose cell in the column
 * shows none of the values are hidden, the others shown, as Excel does.
 */
class Filter implements Members<Excel.Filter, 'applyValuesFilter'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly table: FakeTable,
    private readonly col: number,
    private readonly header: string,
  ) {}
  applyValuesFilter(values: Array<string | Excel.FilterDatetime>): void {
    if (values.some((v) => typeof v !== 'string')) throw new FakeExcelError('InvalidArgument', 'Only text values are faked');
    const shown = values as string[];
    this.ctx.record('Filter.applyValuesFilter', [shown], OP_BYTES + json(shown));
    const rect = parseAddress(this.table.range);
    for (let r = rect.r1 + 1; r <= rect.r2; r++) {
      if (shown.includes(cellText(this.sheet.cells.get(key(r, this.col))))) this.sheet.hiddenRows.delete(r);
      else this.sheet.hiddenRows.add(r);
    }
    this.table.filter = { column: this.header, values: [...shown] };
  }
}

class TableColumn implements Members<Excel.TableColumn, 'filter'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly table: FakeTable,
    private readonly col: number,
    private readonly header: string,
  ) {}
  get filter(): Filter {
    return new Filter(this.ctx, this.sheet, this.table, this.col, this.header);
  }
}

/** A table's columns, found by their header text (Excel's getItem takes a column's name or id). */
class TableColumns implements Members<Excel.TableColumnCollection, 'getItem'> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: FakeSheet,
    private readonly table: FakeTable,
  ) {}
  getItem(name: string | number): TableColumn {
    const rect = parseAddress(this.table.range);
    this.ctx.record('TableColumnCollection.getItem', [name]);
    for (let c = rect.c1; c <= rect.c2; c++) {
      const header = cellText(this.sheet.cells.get(key(rect.r1, c)));
      if (header === String(name)) return new TableColumn(this.ctx, this.sheet, this.table, c, header);
    }
    throw new FakeExcelError('ItemNotFound', `No column ${name} in table ${this.table.name}`);
  }
}

class Table implements Members<Excel.Table, 'name' | 'style' | 'columns'> {
  constructor(
    private readonly ctx: Context,
    private readonly table: FakeTable,
    private readonly sheet: FakeSheet,
  ) {}
  get name(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'name');
  }
  get columns(): TableColumns {
    return new TableColumns(this.ctx, this.sheet, this.table);
  }
  set name(v: string) {
    const taken = [...allTables(this.ctx.book).filter((t) => t !== this.table).map((t) => t.name), ...this.ctx.book.names];
    if (taken.some((n) => n.toLowerCase() === v.toLowerCase())) {
      throw new FakeExcelError('InvalidArgument', `A table named ${v} exists`);
    }
    this.ctx.record('Table.name', v);
    this.table.name = v;
  }
  get style(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'style');
  }
  set style(v: string) {
    this.ctx.record('Table.style', v);
    this.table.style = v;
  }
}

class SheetTables extends ClientObject implements Members<Excel.TableCollection, 'add' | 'items' | 'getItem'> {
  private itemsAnswer: { name: string }[] | undefined;
  constructor(
    ctx: Context,
    private readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop !== 'items/name') throw new FakeExcelError('InvalidArgument', `TableCollection.${prop} is not faked`);
    return null;
  }
  protected override answerNested(): number {
    this.itemsAnswer = this.sheet.tables.map((t) => ({ name: t.name }));
    return json(this.itemsAnswer);
  }
  get items(): { name: string }[] {
    if (!this.itemsAnswer) throw new FakeExcelError('PropertyNotLoaded', `The property 'items' is not available. Call load and sync first.`);
    return this.itemsAnswer;
  }
  getItem(key: string): Table {
    const table = this.sheet.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
    if (!table) throw new FakeExcelError('ItemNotFound', `No table ${key}`);
    return new Table(this.ctx, table, this.sheet);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Table {
    const rect = typeof address === 'string' ? parseAddress(address) : (address as unknown as Range).target;
    if (rect === 'all') throw new FakeExcelError('InvalidArgument', 'tables.add');
    // Excel refuses a table over cells another table holds.
    for (const t of this.sheet.tables) {
      const o = parseAddress(t.range);
      if (o.r1 <= rect.r2 && rect.r1 <= o.r2 && o.c1 <= rect.c2 && rect.c1 <= o.c2) throw new FakeExcelError('InvalidOperation', `A table (${t.name}) is already at ${t.range}`);
    }
    this.ctx.record('TableCollection.add', [rectAddress(rect), hasHeaders]);
    let n = allTables(this.ctx.book).length + 1;
    while (allTables(this.ctx.book).some((t) => t.name === `Table${n}`)) n++;
    const table: FakeTable = { name: `Table${n}`, range: rectAddress(rect) };
    this.sheet.tables.push(table);
    this.sheet.writes.push(`table ${table.range}`);
    return new Table(this.ctx, table, this.sheet);
  }
}

/** A workbook-wide collection whose items the host loads by name only (`items/name`). */
abstract class NameList extends ClientObject {
  private itemsAnswer: { name: string }[] | undefined;
  protected abstract names(): string[];
  protected current(prop: string): unknown {
    if (prop !== 'items/name') throw new FakeExcelError('InvalidArgument', `${this.constructor.name}.${prop} is not faked`);
    return null;
  }
  protected override answerNested(): number {
    this.itemsAnswer = this.names().map((name) => ({ name }));
    return json(this.itemsAnswer);
  }
  get items(): { name: string }[] {
    if (!this.itemsAnswer) throw new FakeExcelError('PropertyNotLoaded', `The property 'items' is not available. Call load and sync first.`);
    return this.itemsAnswer;
  }
}

class WorkbookNames extends NameList implements Members<Excel.NamedItemCollection, 'items'> {
  protected names(): string[] {
    return this.ctx.book.names;
  }
}

class WorkbookTables extends NameList implements Members<Excel.TableCollection, 'items'> {
  protected names(): string[] {
    return allTables(this.ctx.book).map((t) => t.name);
  }
}

// ---- the fake's face ----

/** A seeded cell: a value, or a value with a number format, or an Excel error. */
export type SeedCell = FakeValue | { value: FakeValue; format: string } | { error: string };

export interface SeedSheet {
  name: string;
  rows: SeedCell[][];
  visibility?: FakeVisibility;
  /** 0-based rows hidden by the user or a filter. */
  hiddenRows?: number[];
  /** 0-based columns hidden by the user. */
  hiddenColumns?: number[];
}

export interface FakeExcel {
  /** Excel.run over the fake: `new ExcelHost(fake.run)`. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  workbook: FakeWorkbook;
  stats: FakeStats;
  seed(sheet: SeedSheet): FakeSheet;
  sheet(name: string): FakeSheet | undefined;
  /** Cell values of a sheet as rows, from A1 to its last used cell (empty cells null). */
  valuesOf(name: string): FakeValue[][];
  cell(name: string, address: string): FakeCell | undefined;
  resetStats(): void;
  /**
   * A request context of the fake, for the Office.js harness (officeJs.ts): its workbook is what Office.js's
   * requests are carried out on, and its sync answers the loads they ask for.
   */
  context(): FakeContext;
}

/** The face of the fake's request context that the Office.js harness drives. */
export interface FakeContext {
  readonly workbook: unknown;
  sync(): Promise<void>;
}

function emptyStats(): FakeStats {
  return { runs: 0, syncs: 0, bytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, perSync: [], formatCalls: 0, formatCallsByProperty: {}, getRangesCalls: 0, screenSuspensions: 0 };
}

export function createFakeExcel(initialSheets: SeedSheet[] = []): FakeExcel {
  const workbook: FakeWorkbook = { sheets: [], sheetsMade: 0, calculationMode: 'Automatic', calculationModeHistory: [], names: [] };
  const fake: FakeExcel = {
    workbook,
    stats: emptyStats(),
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new Context(workbook, fake.stats);
      fake.stats.runs++;
      const result = await batch(ctx as unknown as Excel.RequestContext);
      // Excel.run syncs what the batch left queued.
      if (ctx.pending) await ctx.sync();
      return result;
    },
    seed(spec: SeedSheet): FakeSheet {
      checkName(workbook, spec.name);
      const sheet = newSheet(spec.name, newSheetId(workbook));
      sheet.visibility = spec.visibility ?? 'Visible';
      spec.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const cell = blankCell();
          if (typeof v === 'object' && 'error' in v) {
            cell.value = v.error;
            cell.error = true;
          } else if (typeof v === 'object') {
            cell.value = v.value;
            cell.numberFormat = v.format;
          } else cell.value = v;
          sheet.cells.set(key(r, c), cell);
        }),
      );
      for (const r of spec.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
      workbook.sheets.push(sheet);
      return sheet;
    },
    sheet: (name) => workbook.sheets.find((s) => s.name === name),
    valuesOf(name: string): FakeValue[][] {
      const sheet = fake.sheet(name);
      if (!sheet) return [];
      let rows = 0;
      let cols = 0;
      for (const [k, cell] of sheet.cells) {
        if (cell.value === null && cell.formula === undefined) continue;
        rows = Math.max(rows, Math.floor(k / MAX_COLS) + 1);
        cols = Math.max(cols, (k % MAX_COLS) + 1);
      }
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const cell = sheet.cells.get(key(r, c));
          return cell?.value ?? cell?.formula ?? null;
        }),
      );
    },
    cell(name: string, address: string): FakeCell | undefined {
      const rect = parseAddress(address);
      return fake.sheet(name)?.cells.get(key(rect.r1, rect.c1));
    },
    resetStats(): void {
      fake.stats = emptyStats();
    },
    context(): FakeContext {
      fake.stats.runs++;
      return new Context(workbook, fake.stats);
    },
  };
  for (const s of initialSheets) fake.seed(s);
  return fake;
}
