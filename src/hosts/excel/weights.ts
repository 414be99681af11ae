// What an operation puts in a request as Office.js serializes it: the "real bytes" of
// ../shared/ARCHITECTURE.md, modelled per operation and checked against the real client library
// (tests/hosts/excel/officeJs.ts replays every request through excel-web-16.00.debug.js and asserts that
// this model never counts less than Office.js sends, nor much more).
//
// Each navigated object (`getRange(…)`, `format`, `font`, `borders.getItem(…)`) is an ObjectPath entry, e.g.
//   "123456":{"Id":123456,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":123450,
//             "ArgumentInfo":{"Arguments":["A1:B2"]},"D":true}
// plus an Instantiate action {"Id":123457,"ActionType":1,"Name":"","ObjectPathId":123456}; each setting is an
// action {"Id":…,"ActionType":4,"Name":"RowHeight","ObjectPathId":…,"ArgumentInfo":{"Arguments":[20]},"L":[…]}.
// Ids grow to seven digits in a large review, and "L" lists the paths an action brings into the request.

/** An ObjectPath entry and its Instantiate action, beyond the arguments' JSON. */
export const PATH_BYTES = 220;
/** A SetProperty or Method action, beyond its argument's JSON. */
export const ACTION_BYTES = 150;
/**
 * Office.js sets a 2-D array of more than 1,500 cells in chunks of 1,500 (setRangePropertiesInBulk), each
 * chunk three more paths (two rows and their bounding rectangle) and one more action.
 */
export const BULK_CELLS = 1500;
export const BULK_CHUNK_BYTES = 3 * PATH_BYTES + ACTION_BYTES;

/** A navigation with arguments of this JSON size. */
export function pathBytes(argumentBytes = 0): number {
  return PATH_BYTES + argumentBytes;
}

/** A setting whose argument weighs this much. */
export function actionBytes(argumentBytes: number): number {
  return ACTION_BYTES + argumentBytes;
}

/**
 * Setting a 2-D array of `cells` cells whose rows weigh `rowBytes` (the sum of their JSON): the array, a
 * comma a row, and Office.js's bulk chunks.
 */
export function gridSetBytes(rowBytes: number, rows: number, cells: number): number {
  return actionBytes(rowBytes + rows + 2) + Math.ceil(cells / BULK_CELLS) * BULK_CHUNK_BYTES;
}

/**
 * What Office.js adds to a request that the items do not itemise, as a share of what they weigh. Measured
 * through the harness at 2,000 engineers after the plan page of December 2026: one request of a plans sheet
 * came to 0.13% more than its items (cause not yet found; the worksheet's paths and the chunking of rows cut
 * at a request boundary are the suspects). REQUEST_CAP leaves room for it.
 */
export const UNITEMISED_SHARE = 0.005;

export function withUnitemised(bytes: number): number {
  return Math.ceil(bytes * (1 + UNITEMISED_SHARE));
}
