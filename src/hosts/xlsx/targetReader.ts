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
import type { SheetGrid, SheetInfo, SheetVisibility } from '../../workbook/host';
import { gridCell, gridOfCells, rawOf, type GridCell } from './grid';
import { oversizedPart, sizeText } from './zipParts';

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

/**
 * Of a row, by the value of its first cell (column A, as the grid holds it): the 0-based columns to keep besides A, or undefined
 * to keep nothing of the row. A sheet read for its people's cells needs only the cells its row keys name.
 */
export type RowColumns = (first: unknown) => readonly number[] | undefined;

/**
 * The grid of one sheet's rows, as gridFromWorksheet gives it for the same sheet in memory; with `columnsOf`,
 * only the cells it keeps (rows with nothing kept share one empty row: a grid is read, never written).
 */
export async function gridFromRows(name: string, rows: AsyncIterable<ExcelJS.Row>, columnsOf?: RowColumns): Promise<SheetGrid> {
  const read: { row: number; cells: ReadCell[] }[] = [];
  let calculated = false;
  for await (const row of rows) {
    let keep: Set<number> | undefined;
    if (columnsOf) {
      // The cell's value as the grid would hold it: a key another program saved as rich text (LibreOffice
      // does, when it sets a CJK font on part of the text) is still its text.
      const cols = columnsOf(rawOf(row.getCell(1).value).value);
      if (cols === undefined) continue;
      keep = new Set([1, ...cols.map((c) => c + 1)]);
    }
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (keep && !keep.has(col)) return;
      const value: unknown = cell.value;
      if (value === null || value === undefined || value === '') return;
      if (!calculated && isFormula(value) && value.result !== undefined && value.result !== null) calculated = true;
      const format = cell.numFmt && cell.numFmt !== '' ? cell.numFmt : 'General';
      cells.push({ col, value, format });
    });
    if (cells.length > 0) read.push({ row: row.number, cells });
  }
  const found: GridCell[] = [];
  for (const { row, cells } of read) {
    for (const c of cells) {
      const v = c.value;
      const formula = isFormula(v) && typeof v.formula === 'string' && v.formula !== '' ? v.formula : undefined;
      found.push(gridCell(row - 1, c.col - 1, rawOf(v, calculated ? undefined : () => formula), c.format));
    }
  }
  // The streaming reader gives no merges: the sheets read here do not need them (see the header).
  return gridOfCells(name, found, [], []);
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

/** An opened review workbook: its sheets, and a way to read the grids of some of them. */
export interface TargetWorkbook {
  /** Every sheet, in tab order, with the sheetId and state of workbook.xml. */
  infos: SheetInfo[];
  /** The grids of the sheets `wanted` names; `columnsOf`, by sheet, keeps only some cells of each row. */
  read(wanted: (name: string) => boolean, columnsOf?: (name: string) => RowColumns | undefined): Promise<Map<string, SheetGrid>>;
}

/**
 * Opens a workbook through the zip's central directory: the workbook, its relationships, shared strings and
 * styles are parsed once; each sheet asked for is then streamed and parsed as it is read, the others never
 * opened. exceljs's own loop over the zip's entries is not used: it ends when the file has been read,
 * losing entries still queued behind a slow consumer (workbook.xml comes last in a file exceljs writes;
 * lost, the sheets have no names), and puts every sheet aside in a temporary file. Parts are read as text
 * (setEncoding): exceljs decodes each chunk on its own, which breaks a Chinese character that straddles two
 * chunks into U+FFFD — a person's note altered. Holds the shared strings while it is referenced.
 */
export async function openTarget(file: string): Promise<TargetWorkbook> {
  // The end record is looked for in the file's last 64 KB: after a zip comment of any length (unzipper's
  // default, 80 bytes, misses one longer than ~58).
  const zip = await unzipper.Open.file(file, { tailSize: 65_557 });
  // A part past the size limit is refused before anything is inflated (the command line then opens the
  // file in memory, where loadWorkbook says which part and why).
  const big = oversizedPart(zip.files.map((f) => ({ name: f.path, size: f.uncompressedSize })));
  if (big) throw new Error(`${file}: part ${big.name || '(all)'} unpacks to ${sizeText(big.size)}, past ${sizeText(big.limit)}`);
  const parts = new Map(zip.files.filter((f) => f.type === 'File').map((f) => [f.path, f]));
  // Each part is opened only when it is read at once: an open part holds a file handle until it is read.
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
  const rels = 'xl/_rels/workbook.xml.rels';
  const book = 'xl/workbook.xml';
  if (!parts.has(rels) || !parts.has(book)) throw new Error(`${file}: not a workbook (no ${book})`);
  await drained(open(rels) as Readable, (part) => reader._parseRels(part));
  await drained(open(book) as Readable, (part) => reader._parseWorkbook(part));
  const strings = open(relTarget(reader.workbookRels, 'sharedStrings') ?? 'xl/sharedStrings.xml');
  if (strings) await drained(strings, async (part) => {
    for await (const _ of reader._parseSharedStrings(part));
  });
  reader.sharedStrings ??= [];
  const styles = open(relTarget(reader.workbookRels, 'styles') ?? 'xl/styles.xml');
  if (styles) await drained(styles, (part) => reader._parseStyles(part));

  const sheets: { info: SheetInfo; part: string | undefined; model: { id?: unknown; state?: unknown } }[] = [];
  for (const s of reader.model?.sheets ?? []) {
    if (typeof s.name !== 'string') continue;
    const info: SheetInfo = { name: s.name, visibility: visibilityOf(s.state) };
    if (s.id !== undefined && s.id !== null) info.id = String(s.id);
    const rel = (reader.workbookRels ?? []).find((r) => r.Id === s.rId);
    sheets.push({ info, part: typeof rel?.Target === 'string' ? partPath(rel.Target) : undefined, model: s });
  }
  return {
    infos: sheets.map((s) => s.info),
    async read(wanted, columnsOf) {
      const grids = new Map<string, SheetGrid>();
      for (const [i, { info, part: path, model }] of sheets.entries()) {
        if (!wanted(info.name) || grids.has(info.name)) continue;
        const part = open(path);
        if (!part) continue;
        const sheet = reader._parseWorksheet(part, String(model.id ?? i + 1)).next().value.value;
        sheet.name = info.name;
        sheet.id = model.id;
        sheet.state = model.state;
        grids.set(info.name, await drained(part, () => gridFromRows(info.name, sheet, columnsOf?.(info.name))));
      }
      return grids;
    },
  };
}

/**
 * Runs `parse` over a part; where it fails (a broken part), the rest of the part is let run out, so that
 * unzipper closes the file it reads — on Windows an open handle would keep the output from being replaced.
 */
async function drained<T>(part: Readable, parse: (part: Readable) => Promise<T>): Promise<T> {
  try {
    return await parse(part);
  } catch (e) {
    part.on('error', () => undefined);
    part.resume();
    throw e;
  }
}

/** One pass: the tab order, names, states and ids of all sheets, and the grids of the sheets `wanted` names. */
export async function readTargetSheets(file: string, wanted: (name: string) => boolean): Promise<TargetSheets> {
  const target = await openTarget(file);
  return { infos: target.infos, grids: await target.read(wanted) };
}
