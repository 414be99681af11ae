/// <reference types="office-js" />
// A confirmed merge of department returns into the open roster (DOMAIN.md, Input sheets: the second exception):
// the roster's cells and the merge log's new rows, in one Excel.run. First every cell is read: when one no longer
// holds the value the preview read, or holds a formula, nothing is written. Then the log rows and the cells go in
// as few requests as the 4 MB budget allows. When a write request fails, every cell sent is given back its value
// and number format and the log its earlier state (a log the merge created is deleted), so a failed merge leaves
// the workbook as it was.
import { MergeRefusedError, type CellWrite, type MergeWrite, type RawValue } from '../../workbook/host';
import type { PlanValue } from '../../workbook/plan';
import { a1, a1Range, columnLetters } from '../../workbook/problems';
import { pack, REQUEST_CAP } from './budget';
import { jsonBytes } from './bytes';
import { rawValue } from './read';
import { needsTextFormat, widthToPoints } from './text';
import { actionBytes, pathBytes } from './weights';

/** A cell as the first sync found it. */
interface Before {
  range: Excel.Range;
  value: unknown;
  format: string;
}

/** One cell's read: its path and the query of values, formulas, number format and types, and their answer. */
export const READ_BYTES = pathBytes(12) + actionBytes(120);

export function writeWeight(v: PlanValue): number {
  return pathBytes(12) + actionBytes(jsonBytes([[v]])) + (needsTextFormat(v) ? actionBytes(8) : 0);
}

/** Consecutive groups of the items, none heavier than a request may be. */
function groups<T>(items: readonly T[], weight: (t: T) => number): T[][] {
  const { binOf, bins } = pack(items.map(weight), 1, REQUEST_CAP);
  const out: T[][] = Array.from({ length: bins }, () => []);
  items.forEach((t, i) => out[binOf[i]].push(t));
  return out.filter((g) => g.length > 0);
}

/** Which of the cells hold a formula (`row:col`). */
export async function readFormulas(context: Excel.RequestContext, sheet: string, cells: readonly { row: number; col: number }[]): Promise<Set<string>> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const out = new Set<string>();
  for (const group of groups(cells, () => READ_BYTES)) {
    const ranges = group.map((c) => ws.getRange(a1(c.row, c.col)).load('formulas'));
    await context.sync();
    ranges.forEach((r, i) => {
      const f = (r.formulas as unknown[][])[0][0];
      if (typeof f === 'string' && f.startsWith('=')) out.add(`${group[i].row}:${group[i].col}`);
    });
  }
  return out;
}

/** A row of the log: its values and their number formats, each cell's comma and quotes. */
function logRowWeight(row: readonly PlanValue[]): number {
  return 2 * jsonBytes(row) + 12 * row.length + 4;
}

const shown = (v: RawValue): string => (v === null ? '' : String(v));

export async function writeMerge(context: Excel.RequestContext, sheet: string, cells: readonly CellWrite[], merge: MergeWrite): Promise<void> {
  const sheets = context.workbook.worksheets;
  const ws = sheets.getItem(sheet);
  const log = sheets.getItemOrNullObject(merge.logSheet);
  const logUsed = log.getUsedRangeOrNullObject(true);
  logUsed.load(['rowIndex', 'rowCount']);
  const before: Before[] = [];
  const indexed = cells.map((c, i) => ({ c, i }));
  for (const group of groups(indexed, () => READ_BYTES)) {
    const ranges = group.map(({ c }) => {
      const range = ws.getRange(a1(c.row, c.col));
      range.load(['values', 'formulas', 'numberFormat', 'valueTypes']);
      return range;
    });
    await context.sync();
    for (const [k, { c, i }] of group.entries()) {
      const range = ranges[k];
      const value = (range.values as unknown[][])[0][0];
      const formula = (range.formulas as unknown[][])[0][0];
      const now = rawValue(value, String((range.valueTypes as unknown[][])[0][0]));
      const at = `${sheet}!${a1(c.row, c.col)}`;
      if (typeof formula === 'string' && formula.startsWith('=')) {
        throw new MergeRefusedError({
          zh: `${at} 是公式单元格，合并不会覆盖它；工作簿未改动。请重新预览`,
          en: `${at} holds a formula, which a merge never overwrites; the workbook was not changed. Preview again`,
        });
      }
      if (now !== merge.expected[i]) {
        throw new MergeRefusedError({
          zh: `${at} 在预览后已改动（预览时为「${shown(merge.expected[i])}」，现为「${shown(now)}」）；工作簿未改动。请重新预览后再合并`,
          en: `${at} changed after the preview (it was "${shown(merge.expected[i])}", it is now "${shown(now)}"); the workbook was not changed. Preview again, then merge`,
        });
      }
      before.push({ range, value: value ?? '', format: String((range.numberFormat as unknown[][])[0][0] ?? 'General') });
    }
  }
  const created = log.isNullObject;
  const rows: PlanValue[][] = created ? [merge.logHeaders, ...merge.logRows] : merge.logRows;
  const start = created || logUsed.isNullObject ? 0 : logUsed.rowIndex + logUsed.rowCount;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);

  let sent = 0;
  try {
    // The log first, in requests of its own: it is what a person reads to undo the merge by hand.
    const target = created ? sheets.add(merge.logSheet) : log;
    let at = start;
    for (const block of width > 0 ? groups(rows, logRowWeight) : []) {
      const values = block.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
      const range = target.getRange(a1Range(at, 0, at + block.length - 1, width - 1));
      if (values.some((r) => r.some(needsTextFormat))) range.numberFormat = values.map((r) => r.map((v) => (needsTextFormat(v) ? '@' : 'General')));
      range.values = values;
      if (created && at === 0) {
        target.getRange(a1Range(0, 0, 0, width - 1)).format.font.bold = true;
        target.freezePanes.freezeRows(1);
        (merge.logWidths ?? []).forEach((w, c) => {
          const letters = columnLetters(c);
          target.getRange(`${letters}:${letters}`).format.columnWidth = widthToPoints(w);
        });
      }
      at += block.length;
      await context.sync();
    }
    for (const group of groups(indexed, ({ c }) => writeWeight(c.value))) {
      for (const { c, i } of group) {
        const range = before[i].range;
        // Text format first where Excel would read the text as a formula, number or date.
        if (needsTextFormat(c.value)) range.numberFormat = [['@']];
        range.values = [[c.value ?? '']];
      }
      sent += group.length;
      await context.sync();
    }
  } catch (error) {
    await restore(context, merge.logSheet, created, start, rows.length, width, before.slice(0, sent));
    throw error;
  }
}

/** Gives every cell sent its value and number format back, and the log its earlier state. */
async function restore(
  context: Excel.RequestContext,
  logSheet: string,
  created: boolean,
  start: number,
  rows: number,
  width: number,
  cells: readonly Before[],
): Promise<void> {
  try {
    for (const group of groups(cells, (b) => writeWeight(typeof b.value === 'string' ? b.value : null) + actionBytes(jsonBytes(b.format)))) {
      for (const b of group) {
        b.range.numberFormat = [[b.format]];
        b.range.values = [[b.value as PlanValue]];
      }
      await context.sync();
    }
    const log = context.workbook.worksheets.getItemOrNullObject(logSheet);
    await context.sync();
    if (!log.isNullObject) {
      if (created) log.delete();
      else if (rows > 0 && width > 0) {
        const block = log.getRange(a1Range(start, 0, start + rows - 1, width - 1));
        block.numberFormat = Array.from({ length: rows }, () => Array.from({ length: width }, () => 'General'));
        block.values = Array.from({ length: rows }, () => Array.from({ length: width }, () => ''));
      }
      await context.sync();
    }
  } catch {
    throw new MergeRefusedError({
      zh: '合并中途失败，且未能完全撤销已写入的单元格：请按「合并记录」中的原值核对花名册，或关闭工作簿不保存',
      en: 'The merge failed part-way and could not undo every cell it wrote: check the roster against the old values in the merge log, or close the workbook without saving',
    });
  }
}
