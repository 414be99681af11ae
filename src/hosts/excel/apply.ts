/// <reference types="office-js" />
// Applies SheetPlans through Office.js in one Excel.run, all or nothing. A translator: every decision is in
// the plan.
//   sync 1  what exists: sheets, the registry, the tables of the sheets to replace, the calculation mode;
//           then the safety check (only the product's own sheets are replaced)
//   sync 2  calculation manual, screen updating suspended; each new sheet added hidden under a temporary
//           name (its id comes back for the registry), with its font
//   data    values and number formats (values.ts), styles (styles.ts), merges, sizes, drop-downs and page
//           breaks (structure.ts), packed into requests by what Office.js really sends (weights.ts)
//   finish  freeze panes, print setup, tab colours (finish.ts)
//   swap    one request: the new sheets shown, the old ones deleted, the new ones renamed and placed, the
//           table added, the grid activated, calculation restored
// Until the swap the workbook holds its old sheets untouched; a failure at any sync before it deletes the
// temporary sheets and restores the calculation mode, so the workbook is as it was before the run.
import type { SheetGrid } from '../../workbook/host';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import { readRegistry, resolveRegistry, sheetIdCells } from '../../workbook/write/registry';
import { isSheetName, REGISTRY_SHEET } from '../../workbook/write/text';
import { pack, REQUEST_CAP, type SyncLedger } from './budget';
import { checkTable, finishSheet, tableName } from './finish';
import { withUnitemised } from './weights';
import { preparePlan, type Item, type PlanWrite } from './planWrite';
import { queueSwap, recover, type SwapPlan } from './swap';
import { checkPageBreaks, structureItems } from './structure';
import { styleItems } from './styles';
import { blockReserve, formatItems, queueItems, rowItems } from './values';

/** Font size of the plan's cells where a style gives none (as the exceljs host writes them). */
const DEFAULT_FONT_SIZE = 10;

function keyOf(name: string): string {
  return name.toLowerCase();
}

/** Everything a plan writes that grows with the data, in this order. */
function planItems(write: PlanWrite): Item[] {
  const items: Item[] = rowItems(write);
  for (const o of write.outside) items.push(...formatItems(write, o.format, o.rect));
  for (const g of write.plan.styles) items.push(...styleItems(write, g.style, g.ranges));
  items.push(...structureItems(write));
  return items;
}

/**
 * The registry's sheetId column, now that every sheet exists: the ids of the sheets just added (loaded in
 * sync 2, kept through the rename) and of the sheets left alone (loaded in sync 1).
 */
function fillRegistryIds(writes: readonly PlanWrite[], before: readonly Excel.Worksheet[]): void {
  const registry = writes.find((w) => w.plan.role === 'registry');
  if (!registry) return;
  const ids = new Map<string, string>();
  for (const s of before) ids.set(keyOf(s.name), s.id);
  for (const w of writes) if (w.sheet) ids.set(keyOf(w.plan.name), w.sheet.id);
  for (const c of sheetIdCells(registry.plan, (name) => ids.get(keyOf(name)))) {
    if (c.row < registry.rows.length && c.col < registry.width) registry.rows[c.row][c.col] = c.value;
  }
}

function refuse(sheet: string): Error {
  return new Error(
    `「${sheet}」不是本工具写出的工作表，不会被覆盖；请改名后重试。 / "${sheet}" was not written by this add-in and is not replaced; rename it and run again.`,
  );
}

/** Temporary sheet names for this run (`prefix` 'new' or 'old'): a tag of its own, so a recovery touches only what this run made. */
function temporaryNames(tag: string, prefix: string, count: number, taken: ReadonlySet<string>): string[] {
  return Array.from({ length: count }, (_, i) => {
    let name = `~${tag}-${prefix}${i}`;
    for (let n = 0; taken.has(keyOf(name)); n++) name = `~${tag}-${prefix}${i}-${n}`;
    return name;
  });
}

/**
 * A final sheet name Excel takes (../shared/DOMAIN.md "Limits of the file formats"), one per plan. Checked
 * before anything is written: a name Excel refuses in the swap would fail the run at its last request.
 */
function checkNames(plans: readonly SheetPlan[]): void {
  const seen = new Set<string>();
  for (const { name } of plans) {
    if (!isSheetName(name)) throw new Error(`Not a sheet name Excel takes: "${name}"`);
    if (seen.has(keyOf(name))) throw new Error(`Two output sheets named "${name}"`);
    seen.add(keyOf(name));
  }
}

/**
 * Applies the plans in one Excel.run. Sheets are replaced only when they are the product's own (listed in
 * the very-hidden registry, or the registry itself); a template plan (role `input`) only creates sheets.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  ledger: SyncLedger,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const { workbook } = context;
  const app = workbook.application;
  checkNames(plans);
  for (const plan of plans) checkPageBreaks(plan);
  const writes = plans.map(preparePlan);
  for (const w of writes) checkTable(w);

  // Sync 1: what exists.
  const sheets = workbook.worksheets;
  sheets.load(['items/name', 'items/visibility', 'items/position', 'items/id']);
  const registry = sheets.getItemOrNullObject(REGISTRY_SHEET);
  const registryUsed = registry.getUsedRangeOrNullObject(true);
  registryUsed.load('values');
  const tables = workbook.tables;
  tables.load('items/name');
  // Table names share one namespace with defined names.
  const names = workbook.names;
  names.load('items/name');
  app.load('calculationMode');
  await context.sync();
  const calculationMode = app.calculationMode;

  const existing = new Map(sheets.items.map((s) => [keyOf(s.name), s]));
  const ours = new Set([keyOf(REGISTRY_SHEET)]);
  if (!registry.isNullObject && !registryUsed.isNullObject) {
    const values = registryUsed.values as PlanValue[][];
    const grid: SheetGrid = { name: REGISTRY_SHEET, origin: { row: 0, col: 0 }, values, texts: [], formats: [], errors: [], hiddenRows: [] };
    // Input copies are the review workbook's inputs once it is open in Excel: never replaced. A sheet a
    // person renamed is ours under its new name, found by its id as the run found it.
    const infos = sheets.items.map((s) => ({ name: s.name, visibility: 'visible' as const, id: s.id }));
    for (const e of resolveRegistry(readRegistry(grid), infos)) if (e.role !== 'input') ours.add(keyOf(e.sheet));
  }
  const targets = plans.map((plan) =>
    [...new Set([plan.replaces, plan.name].filter((n): n is string => n !== undefined).map(keyOf))].filter((k) => existing.has(k)),
  );
  plans.forEach((plan, i) => {
    for (const k of targets[i]) {
      const name = existing.get(k)?.name ?? k;
      if (plan.role === 'input' || !ours.has(k)) throw refuse(name);
    }
  });
  // Parts of a split sheet this run no longer writes (个人发展计划(2) when the roster shrank) go too: only
  // ours, never a person's sheet of that name.
  const replacing = new Set(targets.flat());
  const removed = [...new Set(plans.flatMap((p) => (p.removes ?? []).map(keyOf)))].filter((k) => existing.has(k) && ours.has(k) && !replacing.has(k));
  // The tables of the sheets that go, go with them; their names are free for the new tables.
  const replaced = [...replacing, ...removed];
  const targetTables = new Map(replaced.map((k) => {
    const t = sheets.getItem(existing.get(k)?.name ?? k).tables;
    t.load('items/name');
    return [k, t] as const;
  }));

  // Where each sheet ends up: a replaced sheet keeps its place, new ones go to the end, the registry last.
  const order = [...sheets.items].sort((a, b) => a.position - b.position).map((s) => keyOf(s.name)).filter((k) => !removed.includes(k));
  plans.forEach((plan, i) => {
    const at = targets[i].map((k) => order.indexOf(k)).filter((n) => n >= 0);
    for (const k of targets[i]) {
      // A sheet two plans name is placed once (splice(-1) would drop the last tab instead).
      const index = order.indexOf(k);
      if (index >= 0) order.splice(index, 1);
    }
    const position = plan.role === 'registry' || at.length === 0 ? order.length : Math.min(...at);
    order.splice(position, 0, keyOf(plan.name));
  });

  const tag = Math.random().toString(36).slice(2, 8);
  const taken = new Set(existing.keys());
  const temporary = temporaryNames(tag, 'new', writes.length, taken);
  const asides = temporaryNames(tag, 'old', replaced.length, taken);
  const swap: SwapPlan = {
    writes,
    temporary,
    ids: writes.map(() => undefined),
    old: replaced.map((k, j) => {
      const s = existing.get(k) as Excel.Worksheet;
      return { id: s.id, name: s.name, visibility: s.visibility, aside: asides[j] };
    }),
    order,
    tableNames: [],
    calculationMode,
  };
  let swapped = false;
  try {
    // Sync 2: the new sheets, hidden under temporary names, beside the old ones.
    app.calculationMode = 'Manual';
    app.suspendScreenUpdatingUntilNextSync();
    // Hidden while written; Excel keeps one sheet visible, so in a workbook with none the first stays shown.
    const someVisible = sheets.items.some((s) => s.visibility === 'Visible');
    writes.forEach((write, i) => {
      const ws = sheets.add(temporary[i]);
      if (someVisible || i > 0) ws.visibility = 'Hidden';
      ws.load('id');
      const font = ws.getRange().format.font;
      font.size = DEFAULT_FONT_SIZE;
      if (write.plan.font) font.name = write.plan.font;
      write.sheet = ws;
    });
    await context.sync();
    swap.ids = writes.map((w) => w.sheet?.id);
    fillRegistryIds(writes, sheets.items);
    // The tables of the sheets that go, go with them: their names are free for the new tables.
    const freed = new Set([...targetTables.values()].flatMap((t) => t.items.map((x) => keyOf(x.name))));
    const takenNames = new Set([...tables.items.map((t) => keyOf(t.name)).filter((n) => !freed.has(n)), ...names.items.map((n) => keyOf(n.name))]);
    swap.tableNames = writes.map((w) => tableName(w, takenNames));

    // Data syncs: every weighed write, in as few requests as REQUEST_CAP allows. A block of rows cut by a
    // request boundary starts again in the next request: room for its ranges is kept in every request.
    const items = writes.flatMap(planItems);
    const { binOf, bins } = pack(
      items.map((it) => it.weight),
      1,
      REQUEST_CAP - blockReserve(writes),
    );
    const steps = bins + 3;
    const perBin: Item[][] = Array.from({ length: bins }, () => []);
    items.forEach((it, i) => perBin[binOf[i]].push(it));
    // A block of rows cut by the boundary starts again in the next request: its ranges are in that one too.
    const reserve = blockReserve(writes);
    ledger.lastRequests = perBin.map((bin, b) => withUnitemised(bin.reduce((s, it) => s + it.weight, b > 0 ? reserve : 0)));
    for (let b = 0; b < bins; b++) {
      queueItems(perBin[b]);
      await context.sync();
      progress?.(b + 1, steps);
    }

    // Finish: the few settings a sheet.
    for (const write of writes) finishSheet(write);
    await context.sync();
    progress?.(bins + 1, steps);

    // Swap: one request (swap.ts).
    queueSwap(context, swap);
    await context.sync();
    swapped = true;
    progress?.(steps, steps);
  } catch (e) {
    if (!swapped) await recover(context, swap);
    throw e;
  }
}
