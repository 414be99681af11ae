// Where a plan's sheet goes among the tabs, as exceljs orders them (by an order number): a sheet that
// replaces others takes the first of their places; a new sheet, and the registry always, goes after the last.
// The sheets a plan removes (parts of a split sheet no longer needed) leave the tabs and give it no place.
// The in-memory writer (apply.ts) and the streamed re-run (rerun.ts) both place sheets by it.
import type { SheetPlan } from '../../workbook/plan';

export interface Tab {
  name: string;
  order: number;
}

/** Takes the sheets the plan replaces or removes out of `tabs`, adds the plan's sheet, and returns its order number. */
export function placePlan(tabs: Tab[], plan: Pick<SheetPlan, 'name' | 'replaces' | 'removes' | 'role'>): number {
  for (const name of plan.removes ?? []) {
    const i = tabs.findIndex((t) => t.name === name);
    if (i >= 0) tabs.splice(i, 1);
  }
  let position: number | undefined;
  for (const name of [plan.replaces, plan.name]) {
    if (name === undefined) continue;
    const i = tabs.findIndex((t) => t.name === name);
    if (i < 0) continue;
    position = position === undefined ? tabs[i].order : Math.min(position, tabs[i].order);
    tabs.splice(i, 1);
  }
  const last = tabs.reduce((m, t) => Math.max(m, t.order), -1);
  const order = position !== undefined && plan.role !== 'registry' ? position : last + 1;
  tabs.push({ name: plan.name, order });
  return order;
}
