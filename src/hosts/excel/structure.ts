/// <reference types="office-js" />
// What shapes a sheet beyond its cells' values and styles: merges, column widths, row heights, hidden
// columns, drop-downs and page breaks — each grouped as far as Office.js lets it (RangeAreas for heights and
// drop-downs, one merge across for consecutive rows of the same columns).
import type { SheetPlan } from '../../workbook/plan';
import { columnLetters } from '../../workbook/problems';
import { MAX_ROW_HEIGHT } from '../../workbook/write/layout';
import { addressPieces, parseA1, rectA1, type Rect } from './a1';
import { jsonBytes } from './bytes';
import type { Item, PlanWrite } from './planWrite';
import { widthToPoints } from './text';
import { actionBytes, pathBytes } from './weights';
import { MAX_PAGE_BREAKS } from '../../workbook/limits';

/** Excel's limits (../shared/DOMAIN.md "Limits of the file formats"); the row height's and page breaks' are the layout's own (layout.ts). */
export const MAX_COLUMN_CHARS = 255;

/** A setting on one range (or RangeAreas) of `address`, with an argument of `argument`'s JSON size. */
function setting(write: PlanWrite, address: string, argument: unknown, run: (ws: Excel.Worksheet) => void, navigations = 1): Item {
  return { kind: 'op', write, weight: pathBytes(jsonBytes(address)) + (navigations - 1) * pathBytes() + actionBytes(jsonBytes(argument)), run };
}

/** Merges: one-row merges of the same columns in consecutive rows become one merge across. */
function mergeItems(write: PlanWrite): Item[] {
  const items: Item[] = [];
  const rows = new Map<string, Rect[]>();
  for (const m of write.plan.merges) {
    const r = parseA1(m);
    if (r.r1 !== r.r2) {
      items.push(setting(write, m, false, (ws) => ws.getRange(m).untrack().merge(false)));
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
      items.push(setting(write, address, true, (ws) => ws.getRange(address).untrack().merge(true)));
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

/** Column widths one by one (capped at 255 characters); row heights grouped by height (capped at 409 pt). */
function sizeItems(write: PlanWrite): Item[] {
  const { plan } = write;
  const items: Item[] = plan.columnWidths.map((w, i) => {
    const col = columnLetters(i);
    const points = widthToPoints(Math.min(Math.max(0, w), MAX_COLUMN_CHARS));
    return setting(write, `${col}:${col}`, points, (ws) => (ws.getRange(`${col}:${col}`).untrack().format.columnWidth = points), 2);
  });
  // Rows of one height, in runs of consecutive rows, set together through RangeAreas.
  const byHeight = new Map<number, number[]>();
  for (const [row, h] of Object.entries(plan.rowHeights ?? {})) {
    const points = Math.min(Math.max(0, h), MAX_ROW_HEIGHT);
    const list = byHeight.get(points) ?? [];
    list.push(Number(row));
    byHeight.set(points, list);
  }
  for (const [points, rows] of byHeight) {
    rows.sort((a, b) => a - b);
    const areas: string[] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      areas.push(`${rows[i]}:${rows[j]}`);
      i = j + 1;
    }
    for (const address of addressPieces(areas)) {
      items.push(setting(write, address, points, (ws) => (ws.getRanges(address).untrack().format.rowHeight = points), 2));
    }
  }
  return items;
}

/** Hidden columns (the key column of people's cells): hidden on screen and in print, as in the file hosts. */
function hiddenColumnItems(write: PlanWrite): Item[] {
  return (write.plan.hiddenColumns ?? []).map((c) => {
    const col = columnLetters(c);
    return setting(write, `${col}:${col}`, true, (ws) => (ws.getRange(`${col}:${col}`).untrack().columnHidden = true));
  });
}

/** Drop-downs grouped by their list, each group's ranges set together (RangeAreas), an address piece at a time. */
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
    for (const address of addressPieces(ranges)) {
      items.push(setting(write, address, rule, (ws) => (ws.getRanges(address).untrack().dataValidation.rule = rule), 2));
    }
  }
  return items;
}

/** Manual page breaks: a plan past Excel's 1,026 a sheet is a bug of the plan, refused before anything is written. */
export function checkPageBreaks(plan: SheetPlan): void {
  const n = plan.print?.rowBreaks?.length ?? 0;
  if (n > MAX_PAGE_BREAKS) throw new Error(`${plan.name}: ${n} page breaks, more than Excel's ${MAX_PAGE_BREAKS} a sheet`);
}

function pageBreakItems(write: PlanWrite): Item[] {
  return (write.plan.print?.rowBreaks ?? []).map((r) => {
    const address = `A${r + 1}`;
    return setting(write, address, address, (ws) => ws.horizontalPageBreaks.add(address), 2);
  });
}

/** Everything of a plan's shape that grows with the data. */
export function structureItems(write: PlanWrite): Item[] {
  return [...mergeItems(write), ...sizeItems(write), ...hiddenColumnItems(write), ...validationItems(write), ...pageBreakItems(write)];
}
