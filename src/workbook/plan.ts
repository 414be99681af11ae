// A SheetPlan is a declarative description of one output sheet. Plans are plain data: the tests assert
// on them, and each host only translates them (exceljs in Node and the browser, Office.js in Excel).
import type { Lang } from '../domain/types';
import type { SheetVisibility } from './host';

export type PlanValue = string | number | boolean | null;

/** Roles of the sheets the product writes; the registry records them. */
export type OutputRole =
  | 'results'
  | 'grid'
  | 'gaps'
  | 'check'
  | 'plans'
  | 'pool'
  | 'mentoring'
  | 'summary'
  | 'calibration'
  /** 人才地图: supply against demand, the scarce catalogue, cultivation targets. */
  | 'talentMap'
  /** 继任规划: key positions, successors, readiness, coverage. */
  | 'succession'
  /** One printable meeting pack per department (会议材料-<部门>); key `dept:<department>`. */
  | 'meetingPack'
  /** 评价汇总: the aggregates of 能力评价, written only where that sheet exists. */
  | 'assessment'
  /** 盘点总览: the meeting's first page, with the distribution chart. */
  | 'overview'
  /** 人才卡片: one printable card per engineer of the chosen set (box 9 and 8, key posts by default). */
  | 'cards'
  | 'registry'
  /** A values-only copy of an input sheet (review workbooks written outside Excel). */
  | 'input';

/**
 * The roles whose sheets hold people's cells, in the order their cells merge: the plans sheet (every part of
 * it, in order), one-person plans, the rest. A run reads these sheets back before writing.
 */
export const PEOPLE_ROLES: readonly OutputRole[] = ['plans', 'mentoring', 'summary', 'succession'];

export interface CellStyle {
  /** Fill colour, `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** Thin border on every edge of every cell of the ranges. */
  border?: 'thin' | 'medium';
}

/** One style applied to several ranges: formats are grouped by style, never set cell by cell. */
export interface StyleGroup {
  style: CellStyle;
  /** A1 ranges, e.g. `A1:P1`, `C5`. */
  ranges: string[];
}

export interface NumberFormatGroup {
  format: string;
  ranges: string[];
}

export interface ListValidation {
  range: string;
  /** Allowed values, shown as a drop-down. */
  list: string[];
}

export interface TableSpec {
  name: string;
  /** Header row included. */
  range: string;
  style: string;
}

/**
 * A conditional format: the cells of `range` (one rectangle) take `style` wherever `formula` is true. The
 * formula is written as for the range's top-left cell, without the leading =, with relative references
 * (Excel moves them for every other cell), so a colour follows the number in the cell when a person edits it.
 * Rules of one sheet are listed highest priority first.
 */
export interface ConditionalFormat {
  range: string;
  formula: string;
  style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
}

/** Part of a header or footer: plain text, or a field the printer fills in (page number, page count, sheet name). */
export type PrintField = 'page' | 'pages' | 'sheet';
/** A footer's text, a field, or the font of what follows (Excel's `&"font,style"`). */
export type FooterPart = string | { field: PrintField } | { font: string };

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fit the print to one page wide; `fitToHeight` 1 puts it on one page. */
  fitToWidth: 1;
  fitToHeight?: 1;
  /** Rows repeated at the top of every page, e.g. `1:1`. */
  repeatRows?: string;
  /** Header and footer texts (plain text, centred). */
  header: string;
  footer: string;
  /** Left and right footer sections: the sheet's name, 「第 N 页 / 共 M 页」. */
  footerLeft?: FooterPart[];
  footerRight?: FooterPart[];
  /** What prints, when not the whole used range (A1 range): 盘点结果's first ten columns, an input copy's header. */
  printArea?: string;
  /** Manual page breaks after these 1-based rows. */
  rowBreaks?: number[];
  /** Page margins in inches (Excel's unit in the file; Office.js takes points). */
  margins?: PageMargins;
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** One series of a chart: its name and the cells of its values (a column of the sheet's own cells). */
export interface ChartSeries {
  name: string;
  /** A1 range of the values, on the plan's sheet. */
  values: string;
  /** Fill colour of the series' bars, `#RRGGBB`. */
  color: string;
}

/**
 * A native chart over the plan's own cells: clustered columns, one per category, a bar per series. Each host
 * makes it the way its format allows (Office.js charts.add in Excel, a DrawingML chart part in the file), over
 * the same cells, so both show the same picture of the same numbers.
 */
export interface ChartSpec {
  kind: 'columnClustered';
  /** Unique within the sheet; Excel shows it in the selection pane. */
  name: string;
  title: string;
  /**
   * The chart's source block (A1): the top-left cell empty, series names in the first row, category labels
   * in the first column, the series' values below their names — what Excel's charts.add reads from a range.
   */
  source: string;
  series: ChartSeries[];
  /** Category labels (the first column of `source`, without its header cell). */
  categories: string;
  /** The cells the chart covers: top-left and bottom-right (A1 cells). */
  from: string;
  to: string;
  /** Number format of the value axis, e.g. `0%`. */
  valueFormat: string;
  /** Font size of the chart's text, in points (the title a little larger). */
  fontSize: number;
  legend: 'bottom' | 'right' | 'top';
}

export interface SheetPlan {
  role: OutputRole;
  name: string;
  /**
   * Tells apart several sheets of one role, and the registry records it: a one-person plan sheet
   * (一人一策-张伟) has role 'plans' and key `plan:<engineer ID>`. Absent for the one sheet of a role.
   */
  key?: string;
  /** An existing sheet (found through the registry) that this plan replaces, when its name differs. */
  replaces?: string;
  /**
   * Other sheets of the product that go when this plan is written, each found through the registry: the
   * parts of a split sheet a smaller review no longer needs (个人发展计划(2), (3)…). Never a sheet another
   * plan of the run writes.
   */
  removes?: string[];
  lang: Lang;
  visibility: SheetVisibility;
  /** Values from A1, row by row; rows may be ragged. Strings are always written as text, never formulas. */
  values: PlanValue[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row. */
  rowHeights?: Record<number, number>;
  numberFormats: NumberFormatGroup[];
  styles: StyleGroup[];
  merges: string[];
  /** 0-based columns hidden on screen and in print (the key column of people's cells). */
  hiddenColumns?: number[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  table?: TableSpec;
  /** Native charts over the plan's cells (盘点总览's distribution against the guidance). */
  charts?: ChartSpec[];
  conditionalFormats?: ConditionalFormat[];
  validations?: ListValidation[];
  print?: PrintSetup;
  tabColor?: string;
  /** Font family for the whole sheet (a CJK font so Chinese prints). */
  font?: string;
  /** The sheet shown when the run ends (the nine-box grid). */
  activate?: boolean;
}
