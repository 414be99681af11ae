// Reads sheets of an existing review workbook as grids, part by part with exceljs's streaming parsers:
// rows with their values and number formats, never exceljs's in-memory model of the whole workbook (at
// 10,000 engineers that model takes gigabytes). Used by the command line's re-run into its own review
// workbook (rerun.ts).
// What the streaming reader does not give — merged areas and hidden rows — the sheets read here (the
// registry, the sheets people type into, the calibration log) do not need: a merged cell other than the
// top-left is empty in the file, as the grid has it.
/// <reference path="./unzipper.d.ts" />
import type { Readable } from 'stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import type { RawValue, SheetGrid, SheetInfo, SheetVisibility } from '../../workbook/host';
import { displayed, rawOf } from './grid';

export interface TargetSheets {
  /** Every sheet, in tab order, with the sheetId and state of workbook.xml. */
  infos: SheetInfo[];
  /** The grids of the sheets asked for, by name. */
  grids: Map<string, SheetGrid>;
}

/** The parts of exceljs's streaming reader its typings do not declare, driven here part by part. */
interface ReaderParts {
  model?: { sheets?: { name?: unknown; id?: unknown; state?: unknown; rId?: unknown }[] };
  workbookRels?: { Id?: unknown; Type?: unknown; Target?: unknown }[];
  sharedStrings?: unknown[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterator<{ value: SheetReader }>;
}

interface SheetReader {
  name: string;
  id: unknown;
  state: unknown;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

interface ReadCell {
  col: number;
  value: unknown;
  format: string;
}

function visibilityOf(state: unknown): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function isFormula(v: unknown): v is { formula?: unknown; result?: unknown } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}

/** The grid of one sheet's rows, as gridFromWorksheet gives it for the same sheet in memory. */
export async function gridFromRows(name: string, rows: AsyncIterable<ExcelJS.Row>): Promise<SheetGrid> {
  const read: { row: number; cells: ReadCell[] }[] = [];
  let calculated = false;
  let minCol = Infinity;
  let maxCol = -1;
  for await (const row of rows) {
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value: unknown = cell.value;
      if (value === null || value === undefined || value === '') return;
      if (!calculated && isFormula(value) && value.result !== undefined && value.result !== null) calculated = true;
      const format = cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General';
      cells.push({ col, value, format });
      minCol = Math.min(minCol, col);
      maxCol = Math.max(maxCol, col);
    });
    if (cells.length > 0) read.push({ row: row.number, cells });
  }
  const grid: SheetGrid = { name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], errors: [], hiddenRows: [] };
  if (read.length === 0) return grid;
  const minRow = read[0].row;
  const maxRow = read[read.length - 1].row;
  grid.origin = { row: minRow - 1, col: minCol - 1 };
  const width = maxCol - minCol + 1;
  let next = 0;
  for (let r = minRow; r <= maxRow; r++) {
    const values: RawValue[] = new Array<RawValue>(width).fill(null);
    const texts: string[] = new Array<string>(width).fill('');
    const formats: string[] = new Array<string>(width).fill('General');
    const errors: boolean[] = new Array<boolean>(width).fill(false);
    if (read[next]?.row === r) {
      for (const c of read[next].cells) {
        const v = c.value;
        const formula = isFormula(v) && typeof v.formula === 'string' && v.formula !== '' ? v.formula : undefined;
        const got = rawOf(v, calculated ? undefined : () => formula);
        const i = c.col - minCol;
        values[i] = got.value;
        texts[i] = displayed(got.value, c.format, got.error);
        formats[i] = c.format;
        errors[i] = got.error;
      }
      next++;
    }
    grid.values.push(values);
    grid.texts.push(texts);
    grid.formats.push(formats);
    grid.errors.push(errors);
  }
  return grid;
}

/** A part's path in the zip from a relationship's target: relative to xl/, or absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The target of the workbook's first relationship of a type (its last path segment), if any. */
function relTarget(rels: ReaderParts['workbookRels'], type: string): string | undefined {
  const rel = (rels ?? []).find((r) => typeof r.Type === 'string' && r.Type.endsWith(`/${type}`));
  return typeof rel?.Target === 'string' ? partPath(rel.Target) : undefined;
}

/**
 * Reads the file's parts through the zip's central directory: the workbook, its relationships, shared
 * strings and styles first, then the sheets `wanted` names — each streamed and parsed as it is read, the
 * others never opened. exceljs's own loop over the zip's entries is not used: it ends when the file has
 * been read, losing entries still queued behind a slow consumer (workbook.xml comes last in a file exceljs
 * writes; lost, the sheets have no names), and puts every sheet aside in a temporary file. Parts are read
 * as text (setEncoding): exceljs decodes each chunk on its own, which breaks a Chinese character that
 * straddles two chunks into U+FFFD — a person's note altered.
 */
export async function readTargetSheets(file: string, wanted: (name: string) => boolean): Promise<TargetSheets> {
  const zip = await unzipper.Open.file(file);
  const parts = new Map(zip.files.filter((f) => f.type === 'File').map((f) => [f.path, f]));
  const open = (path: string | undefined): Readable | undefined => {
    const part = path === undefined ? undefined : parts.get(path);
    return part?.stream().setEncoding('utf8');
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  // Each part is opened only when it is read at once: an open part holds a file handle until it is read.
  const rels = 'xl/_rels/workbook.xml.rels';
  const book = 'xl/workbook.xml';
  if (!parts.has(rels) || !parts.has(book)) throw new Error(`${file}: not a workbook (no ${book})`);
  await reader._parseRels(open(rels) as Readable);
  await reader._parseWorkbook(open(book) as Readable);
  const strings = open(relTarget(reader.workbookRels, 'sharedStrings') ?? 'xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings));
  reader.sharedStrings ??= [];
  const styles = open(relTarget(reader.workbookRels, 'styles') ?? 'xl/styles.xml');
  if (styles) await reader._parseStyles(styles);

  const grids = new Map<string, SheetGrid>();
  const infos: SheetInfo[] = [];
  for (const s of reader.model?.sheets ?? []) {
    if (typeof s.name !== 'string') continue;
    const info: SheetInfo = { name: s.name, visibility: visibilityOf(s.state) };
    if (s.id !== undefined && s.id !== null) info.id = String(s.id);
    infos.push(info);
    if (!wanted(s.name) || grids.has(s.name)) continue;
    const rel = (reader.workbookRels ?? []).find((r) => r.Id === s.rId);
    const part = typeof rel?.Target === 'string' ? open(partPath(rel.Target)) : undefined;
    if (!part) continue;
    const sheet = reader._parseWorksheet(part, String(s.id ?? infos.length)).next().value.value;
    sheet.name = s.name;
    sheet.id = s.id;
    sheet.state = s.state;
    grids.set(s.name, await gridFromRows(s.name, sheet));
  }
  return { infos, grids };
}
