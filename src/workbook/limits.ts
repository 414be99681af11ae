// Excel's limits on what a sheet holds (../shared/DOMAIN.md "Limits of the file formats"), in one place for
// the builders that split or cut and the writers that guard. Row height: layout.ts MAX_ROW_HEIGHT.
/** Characters a cell (UTF-16 code units, as Excel counts them). */
export const MAX_CELL_CHARS = 32767;
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
/** Manual page breaks a sheet. */
export const MAX_PAGE_BREAKS = 1026;

/** A count as the messages show it: 32,767. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
