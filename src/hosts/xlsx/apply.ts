// Applies SheetPlans to an exceljs workbook in memory (the standalone page, the tests). A translator: every
// decision is in the plan; this file only maps it onto exceljs (and keeps the file one Excel opens without
// asking to repair it). The command line writes the same sheets through the streaming writer (stream.ts).
import ExcelJS from 'exceljs';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { assertNoOverlap, parseRange } from './rects';
import { assertSheetName, sheetOptions, writeColumns, writeRows } from './sheetBody';
import { writeConditionalFormats } from './conditional';
import { tableColumns } from './table';
import { keepCharts, xlsxBytesWithCharts } from './charts';
import { placePlan } from './tabs';

type Worksheet = ExcelJS.Worksheet;

/** exceljs orders tabs by a worksheet field its typings do not declare. */
interface Ordered {
  orderNo: number;
}

function orderOf(ws: Worksheet): number {
  return (ws as unknown as Ordered).orderNo;
}

function setOrder(ws: Worksheet, orderNo: number): void {
  (ws as unknown as Ordered).orderNo = orderNo;
}

/** Removes the sheets the plan replaces or removes and returns the place its own sheet takes (tabs.ts). */
function makeRoom(wb: ExcelJS.Workbook, plan: SheetPlan): number {
  const tabs = wb.worksheets.map((ws) => ({ name: ws.name, order: orderOf(ws) }));
  const order = placePlan(tabs, plan);
  for (const name of [plan.replaces, plan.name, ...(plan.removes ?? [])]) {
    const ws = name === undefined ? undefined : wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  return order;
}

function writeTable(wb: ExcelJS.Workbook, ws: Worksheet, plan: SheetPlan): void {
  const spec = plan.table;
  if (!spec) return;
  const { r1, c1, r2, c2 } = parseRange(spec.range);
  const headers = tableColumns(plan);
  // Table names are unique in the whole workbook.
  let name = spec.name;
  const taken = (n: string): boolean => wb.worksheets.some((s) => s !== ws && Boolean(s.getTable(n)));
  for (let i = 2; taken(name); i++) name = `${spec.name}_${i}`;
  const rows: PlanValue[][] = [];
  for (let r = r1 + 1; r <= r2; r++) {
    const row: PlanValue[] = [];
    for (let c = c1; c <= c2; c++) row.push(plan.values[r - 1]?.[c - 1] ?? null);
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: ws.getCell(r1, c1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}

/** exceljs keeps its merges in a worksheet field its typings do not declare. */
interface MergeIndex {
  _merges?: Record<string, unknown>;
}

/**
 * exceljs checks each new merge against every earlier one, which is quadratic: a plans sheet of a thousand
 * engineers has tens of thousands of merges. Overlaps are checked here once, and exceljs then merges each
 * range against an empty index.
 */
function mergeAll(ws: Worksheet, merges: readonly string[]): void {
  const index = ws as unknown as MergeIndex;
  const all = index._merges;
  if (typeof all !== 'object' || all === null) {
    merges.forEach((m) => ws.mergeCellsWithoutStyle(m));
    return;
  }
  assertNoOverlap(merges);
  try {
    for (const m of merges) {
      index._merges = {};
      ws.mergeCellsWithoutStyle(m);
      Object.assign(all, index._merges);
    }
  } finally {
    index._merges = all;
  }
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const order = makeRoom(wb, plan);
  assertSheetName(plan.name, (lower) => wb.worksheets.some((s) => s.name.toLowerCase() === lower));
  const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
  // A replaced sheet keeps its place among the tabs; new sheets (and the registry, always) go to the end.
  setOrder(ws, order);
  writeColumns(ws, plan);
  writeRows(ws, plan);
  writeTable(wb, ws, plan);
  writeConditionalFormats(ws, plan);
  mergeAll(ws, plan.merges);
  keepCharts(ws, plan);
}

/**
 * Writes each plan in order: the sheet named `replaces` or `name` is removed and a fresh one takes its
 * place (new sheets at the end; the registry always last); the sheets named in `removes` are removed.
 */
export function applyPlans(
  wb: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
  progress?: (done: number, total: number) => void,
): void {
  plans.forEach((plan, i) => {
    writeSheet(wb, plan);
    progress?.(i + 1, plans.length);
  });
  // Excel opens on the sheet the plans ask for (the grid), else on the first visible one.
  const wanted = plans.find((p) => p.activate)?.name;
  const byName = wanted === undefined ? -1 : wb.worksheets.findIndex((s) => s.name === wanted);
  const visible = byName >= 0 ? byName : wb.worksheets.findIndex((s) => s.state === 'visible');
  if (visible >= 0) wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: visible, visibility: 'visible' }];
}

/** The workbook as .xlsx bytes, with the plans' charts (charts.ts). */
export async function workbookToBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return xlsxBytesWithCharts(wb);
}
