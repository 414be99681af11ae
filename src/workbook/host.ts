// The one interface both hosts (Office.js and exceljs) implement. The read contract is pinned so that
// the reader gets the same thing from either host and decides everything itself.
import type { Text } from '../domain/types';
import type { PlanValue, SheetPlan } from './plan';
import type { Problem } from './problems';

/** A raw cell value: number, string, boolean or empty. Dates arrive as Excel serial numbers (1900 system). */
export type RawValue = number | string | boolean | null;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** The used range of one sheet, as parallel 2-D arrays of equal shape. */
export interface SheetGrid {
  name: string;
  /** 0-based sheet row and column of values[0][0] (the used range need not start at A1). */
  origin: { row: number; col: number };
  values: RawValue[][];
  /** The text Excel displays for the cell (number format applied). */
  texts: string[][];
  /** The number format code, e.g. `General`, `0%`, `00000`, `yyyy-mm-dd`, `@`. */
  formats: string[][];
  /**
   * True where the cell holds an Excel error (#N/A, #REF!, …); its value is then the error text. Also true
   * for a formula with no calculated value (a file saved by a tool that does not calculate): its value is
   * then the formula, from its `=` (see isUncalculatedFormula). The Office.js host never has that case.
   */
  errors: boolean[][];
  /** 0-based sheet rows that are hidden (by the user or by a filter). */
  hiddenRows: number[];
  /**
   * Merged areas whose top-left is in the grid, 0-based sheet rows and columns, the far corner cut to the
   * grid. A host that does not read merges leaves it out.
   */
  merges?: { r1: number; c1: number; r2: number; c2: number }[];
  /**
   * What the host had to leave out or guess while reading the sheet (cells far from the table, bytes that
   * are not text in the file's encoding): the reader reports them with the sheet's other problems.
   */
  notes?: Problem[];
}

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /**
   * The host's own id of the sheet, which survives a rename (Office.js Worksheet.id; exceljs's ws.id, the
   * sheetId of workbook.xml). The registry records it to find a sheet a person renamed; a host without
   * ids leaves it out.
   */
  id?: string;
}

/** An error cell of the grid that is a formula with no calculated value: its value is the formula. */
export function isUncalculatedFormula(errorText: string): boolean {
  return errorText.startsWith('=');
}

/** One cell to write, 0-based. */
export interface CellWrite {
  row: number;
  col: number;
  value: PlanValue;
}

/**
 * What makes a write into the roster a confirmed merge (DOMAIN.md, Input sheets: the second exception): each
 * cell's value when the preview read it, and the rows appended to the merge log in the same write. The
 * Office.js host writes nothing when a cell no longer holds its previewed value or holds a formula, and a
 * failed merge leaves the workbook as it was.
 */
export interface MergeWrite {
  /** 合并记录 / Merge log: created with `logHeaders` when missing, else the rows go under its used range. */
  logSheet: string;
  logHeaders: string[];
  /** Widths of a new log's columns, in characters (an existing log keeps its own). */
  logWidths?: number[];
  logRows: PlanValue[][];
  /** The value each cell held at the preview, by index of the cells. */
  expected: RawValue[];
}

/** What is selected in a host with a window: one range, or several areas (which name no one row). */
export type HostSelection = { sheet: string; address: string } | { areas: number };

/**
 * What setDocumentSetting rejects with when the document refused to keep the value (Office's saveAsync
 * failed): a message in both languages, since the pane shows it as it is.
 */
export class SettingNotSavedError extends Error {
  constructor(readonly text: Text) {
    super(`${text.en} / ${text.zh}`);
    this.name = 'SettingNotSavedError';
  }
}

/**
 * What writeCells rejects with when a confirmed merge was not written (a cell changed after the preview, or
 * holds a formula; or a failure it could not undo): a message in both languages, shown as it is.
 */
export class MergeRefusedError extends Error {
  constructor(readonly text: Text) {
    super(`${text.en} / ${text.zh}`);
    this.name = 'MergeRefusedError';
  }
}

export interface WorkbookHost {
  /** Every sheet, in tab order. */
  sheets(): Promise<SheetInfo[]>;
  /** Reads the used range of each named sheet in one batch; a name that does not exist is left out. */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /**
   * Writes output sheets. Each plan replaces the sheet named by `plan.replaces` (found through the
   * registry) or `plan.name`; only sheets named in plans are touched.
   */
  apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void>;
  /**
   * Writes single cells of one sheet, creating the sheet when missing. Used for 盘点设置 only, and only
   * when a person saves a column mapping or settings in the pane — or, with `merge`, for the roster's cells
   * when a person confirms a merge of department returns (DOMAIN.md, Input sheets: the second exception).
   */
  writeCells(sheet: string, cells: CellWrite[], merge?: MergeWrite): Promise<void>;
  /** Selects a cell or range so the person sees it (jump to a problem); a host without a window does nothing. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Appends rows under the used range of one sheet, creating it when missing. Used for the calibration log
   * (校准记录) only, which is never replaced: the Office.js host refuses any other sheet. Optional only so
   * a host written before calibration still compiles; the Office.js, xlsx and test hosts all have it, and
   * calibration says so plainly on a host without it.
   */
  appendRows?(sheet: string, rows: PlanValue[][]): Promise<void>;
  /**
   * Shows an output sheet of the product with its table filtered to the rows whose cell under the header
   * `column` shows one of `values`, and activates it: the pane's 「查看全部」 of a nine-box box shows the box's
   * people in 盘点结果 this way. A sheet the registry does not list as an output is refused. A host without a
   * window on the sheets leaves it out, and the pane lists everyone itself.
   */
  showFiltered?(sheet: string, column: string, values: string[]): Promise<void>;
  /**
   * The selected range (the pane's "use the selected row"); undefined where there is no window. Several
   * ranges selected at once (Ctrl+click) name no one row: the host says how many instead of failing.
   */
  selection?(): Promise<HostSelection | undefined>;
  /**
   * A value kept in the document itself (Office's document settings), not in a sheet: the pane remembers
   * the last 决定人 typed this way. Hosts without document settings leave both out.
   */
  documentSetting?(key: string): Promise<string | undefined>;
  /** Rejects with SettingNotSavedError when the document refused to save the value. */
  setDocumentSetting?(key: string, value: string): Promise<void>;
  /**
   * Which of the given cells of a sheet hold a formula (`row:col`, 0-based): a merge never overwrites one.
   * A host whose grids carry no formulas has it; one without it is taken to have none among the cells.
   */
  formulasAt?(sheet: string, cells: readonly { row: number; col: number }[]): Promise<Set<string>>;
  /**
   * Opens a new workbook from an .xlsx file's bytes, base64 (Excel.createWorkbook, ExcelApi 1.8: Excel opens
   * it in a window of its own, unsaved). Only where the host can; the pane then splits inside Excel.
   */
  createWorkbook?(base64: string): Promise<void>;
}
