// Values-only copies of the input sheets a review used, so a review workbook written outside Excel is
// self-contained and can be reviewed again: raw values where they were, number formats kept (grouped by
// format; dates stay serial numbers with their date format), no styles beyond a bold header row. They print
// nothing unless a person clears the print area.
import type { Lang } from '../../domain/types';
import type { SheetGrid } from '../host';
import type { PlanValue, SheetPlan, StyleGroup } from '../plan';
import { MAX_COLUMNS } from '../limits';
import { a1Range } from '../problems';
import { SHEET_FONT, printSetup, textWidth } from './layout';
import { RangeCollector } from './ranges';

/** `headerRow`: the 0-based sheet row of the header, where the reader found one. */
export function inputCopyPlan(grid: SheetGrid, lang: Lang, headerRow?: number): SheetPlan {
  const { row: r0, col: c0 } = grid.origin;
  const values: PlanValue[][] = [];
  for (let r = 0; r < r0; r++) values.push([]);
  const formats = new RangeCollector<string>();
  const widths: number[] = [];
  let lastCol = -1;
  grid.values.forEach((src, i) => {
    const row: PlanValue[] = Array.from({ length: c0 }, () => null);
    src.forEach((v, j) => {
      row.push(v);
      if (v === null) return;
      const col = c0 + j;
      lastCol = Math.max(lastCol, col);
      const fmt = grid.formats[i]?.[j];
      if (fmt && fmt !== 'General') formats.add(fmt, r0 + i, col);
      const shown = grid.texts[i]?.[j] ?? String(v);
      widths[col] = Math.max(widths[col] ?? 0, textWidth(shown));
    });
    values.push(row);
  });
  const styles: StyleGroup[] = [];
  if (headerRow !== undefined && headerRow >= r0 && headerRow < r0 + grid.values.length && lastCol >= 0) {
    styles.push({ style: { bold: true }, ranges: [a1Range(headerRow, 0, headerRow, lastCol)] });
  }
  // DOMAIN.md, Printing: a copy prints as the original would (landscape, fit to width, its header repeated) once
  // a person clears the print area; by default it prints nothing, so printing the whole review workbook gives
  // the meeting set, not the roster. The print area is the empty cell right of the header: Excel and
  // LibreOffice skip a print area with nothing in it. (A print area of the header row, as DOMAIN.md puts it,
  // printed a page per copy holding one row, a wide roster's at under 5 pt.)
  const titleRow = headerRow !== undefined && headerRow >= r0 && headerRow < r0 + grid.values.length ? headerRow : r0;
  const emptyCol = lastCol + 1 < MAX_COLUMNS ? lastCol + 1 : lastCol;
  const print =
    lastCol >= 0
      ? printSetup(lang, 'landscape', { repeatRows: `${titleRow + 1}:${titleRow + 1}`, printArea: a1Range(titleRow, emptyCol, titleRow, emptyCol) })
      : undefined;
  return {
    role: 'input',
    name: grid.name,
    lang,
    visibility: 'visible',
    values,
    columnWidths: Array.from({ length: lastCol + 1 }, (_, c) => Math.min(40, Math.max(8, (widths[c] ?? 0) + 2))),
    numberFormats: formats.keys().map((format) => ({ format, ranges: formats.ranges(format) })),
    styles,
    merges: [],
    freeze: headerRow !== undefined && headerRow < 10 ? { rows: headerRow + 1, cols: 0 } : undefined,
    ...(print ? { print } : {}),
    font: SHEET_FONT,
  };
}
