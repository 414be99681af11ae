/// <reference types="office-js" />
// The last request of a run, and the way back when a run fails. Excel carries out a request's actions in
// order and keeps those done before one that fails, so the swap is ordered for every prefix to be
// recoverable:
//   1. the old sheets that go are renamed aside (a very hidden one made hidden first, so it can go later);
//   2. the new sheets take their final names, then their visibility;
//   3. the old sheets are deleted;
//   4. places, the table, the sheet shown, calculation restored.
// recover() looks at the workbook as it is: while every old sheet is still there, it undoes (deletes the new
// sheets, gives the old ones back their names and visibility); once one of them is gone (or, on a first run
// with nothing to delete, once every new sheet has its name), it completes the swap instead. Calculation comes
// back first, in a request of its own.
import type { SheetPlan } from '../../workbook/plan';
import { addTable } from './finish';
import type { PlanWrite } from './planWrite';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** An output sheet the run replaces or removes, as sync 1 found it. */
export interface OldSheet {
  id: string;
  name: string;
  visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
  /** Its name while it waits to be deleted. */
  aside: string;
}

export interface SwapPlan {
  writes: readonly PlanWrite[];
  /** The temporary name of each write's sheet, by index. */
  temporary: readonly string[];
  /** Each write's sheet id, once sync 2 brought it back. */
  ids: (string | undefined)[];
  old: readonly OldSheet[];
  /** The final tab order, by lower-case name. */
  order: readonly string[];
  /** The name each write's table takes (finish.ts tableName), by index. */
  tableNames: (string | undefined)[];
  calculationMode: Excel.Application['calculationMode'];
  /** Writes whose sheet already has its table (a recovery after the table was added). */
  tablesPresent?: ReadonlySet<number>;
}

const keyOf = (name: string): string => name.toLowerCase();

/** Step 4: places, tables, the sheet shown, calculation back. */
function finishSwap(context: Excel.RequestContext, swap: SwapPlan, sheetOf: (i: number) => Excel.Worksheet | undefined): void {
  const byKey = new Map(swap.writes.map((w, i) => [keyOf(w.plan.name), i]));
  swap.order.forEach((k, position) => {
    const i = byKey.get(k);
    const ws = i === undefined ? undefined : sheetOf(i);
    if (ws) ws.position = position;
  });
  swap.writes.forEach((w, i) => {
    const ws = sheetOf(i);
    const name = swap.tableNames[i];
    if (ws && name !== undefined && !swap.tablesPresent?.has(i)) addTable(w, ws, name);
  });
  const shown = swap.writes.findIndex((w) => w.plan.activate && w.plan.visibility === 'visible');
  if (shown >= 0) sheetOf(shown)?.activate();
  context.workbook.application.calculationMode = swap.calculationMode;
}

/** Queues the swap: one request. */
export function queueSwap(context: Excel.RequestContext, swap: SwapPlan): void {
  const sheets = context.workbook.worksheets;
  const olds = swap.old.map((o) => sheets.getItem(o.id));
  swap.old.forEach((o, j) => {
    if (o.visibility === 'VeryHidden') olds[j].visibility = 'Hidden';
    olds[j].name = o.aside;
  });
  for (const w of swap.writes) if (w.sheet) w.sheet.name = w.plan.name;
  // Shown before the old ones go, so a visible sheet always remains; very hidden last.
  const byVisibility = [...swap.writes].sort((a, b) => Number(a.plan.visibility === 'veryHidden') - Number(b.plan.visibility === 'veryHidden'));
  for (const w of byVisibility) if (w.sheet) w.sheet.visibility = VISIBILITY[w.plan.visibility];
  for (const ws of olds) ws.delete();
  finishSwap(context, swap, (i) => swap.writes[i].sheet);
}

/** Deletes a sheet of ours that may be very hidden (Excel deletes only visible or hidden sheets). */
function remove(ws: Excel.Worksheet): void {
  if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
  ws.delete();
}

/**
 * After a failure anywhere in the run: back to the workbook as it was, or — when the swap had already deleted
 * an old sheet — on to the workbook the run meant. Best effort: the caller rethrows the run's own error.
 */
export async function recover(context: Excel.RequestContext, swap: SwapPlan): Promise<void> {
  const { workbook } = context;
  try {
    workbook.application.calculationMode = swap.calculationMode;
    await context.sync();
  } catch {
    // Tried again below, with the rest.
  }
  try {
    const sheets = workbook.worksheets;
    sheets.load(['items/name', 'items/id', 'items/visibility']);
    await context.sync();
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    const byName = new Map(sheets.items.map((s) => [keyOf(s.name), s]));
    // A new sheet: by its id when sync 2 brought it back, else by its temporary name (the swap never ran).
    const news = swap.writes.map((_, i) => {
      const id = swap.ids[i];
      return id === undefined ? byName.get(keyOf(swap.temporary[i])) : byId.get(id);
    });
    const olds = swap.old.map((o) => byId.get(o.id));
    // Forward once the swap deleted an old sheet — or, with none to delete, once it gave every new sheet its name.
    const renamed = news.every((ws, i) => ws !== undefined && ws.name === swap.writes[i].plan.name);
    const forward = olds.some((o) => o === undefined) || (swap.old.length === 0 && renamed);
    if (!forward) {
      for (const ws of news) if (ws) remove(ws);
      swap.old.forEach((o, j) => {
        const ws = olds[j];
        if (!ws) return;
        if (ws.name !== o.name) ws.name = o.name;
        if (ws.visibility !== o.visibility) ws.visibility = o.visibility;
      });
    } else {
      news.forEach((ws, i) => {
        const plan: SheetPlan = swap.writes[i].plan;
        if (ws && ws.name !== plan.name) ws.name = plan.name;
      });
      for (const ws of olds) if (ws) remove(ws);
      const byVisibility = news.map((ws, i) => ({ ws, plan: swap.writes[i].plan })).sort((a, b) => Number(a.plan.visibility === 'veryHidden') - Number(b.plan.visibility === 'veryHidden'));
      for (const { ws, plan } of byVisibility) if (ws && ws.visibility !== VISIBILITY[plan.visibility]) ws.visibility = VISIBILITY[plan.visibility];
      // The table may already be there (the failure came after it was added): it gets its name, no second one.
      const sheetTables = news.map((ws, i) => (ws && swap.tableNames[i] !== undefined ? ws.tables.load('items/name') : undefined));
      await context.sync();
      const tablesPresent = new Set<number>();
      sheetTables.forEach((t, i) => {
        const first = t?.items[0];
        const name = swap.tableNames[i];
        if (!t || !first || name === undefined) return;
        tablesPresent.add(i);
        const table = t.getItem(first.name);
        if (first.name !== name) table.name = name;
        const style = swap.writes[i].plan.table?.style;
        if (style) table.style = style;
      });
      finishSwap(context, { ...swap, tablesPresent }, (i) => news[i]);
    }
    workbook.application.calculationMode = swap.calculationMode;
    await context.sync();
  } catch {
    // The workbook is what Excel left; the run's own error says what failed.
  }
}
