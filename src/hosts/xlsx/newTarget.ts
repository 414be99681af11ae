// The target of a review written to a new file: it has no sheets yet, and it keeps the plans it is given
// so that streamPlans (stream.ts) writes them straight into the file.
import type { SheetGrid, SheetInfo, WorkbookHost } from '../../workbook/host';
import type { SheetPlan } from '../../workbook/plan';
import { withStreamedSheetIds } from './stream';

export class NewWorkbookTarget implements WorkbookHost {
  readonly plans: SheetPlan[] = [];

  async sheets(): Promise<SheetInfo[]> {
    return [];
  }

  async readSheets(): Promise<SheetGrid[]> {
    return [];
  }

  /** The registry records the ids the sheets will have once streamed (withStreamedSheetIds). */
  async apply(plans: SheetPlan[]): Promise<void> {
    this.plans.push(...plans);
    this.plans.splice(0, this.plans.length, ...withStreamedSheetIds(this.plans));
  }

  /** Hands the plans over one at a time and lets each go: the caller streams them into the file. */
  *take(): Generator<SheetPlan> {
    for (let plan = this.plans.shift(); plan !== undefined; plan = this.plans.shift()) yield plan;
  }

  /** Nothing is read from a new file and nothing but plans is written to it: a call here is a bug. */
  async writeCells(): Promise<void> {
    throw new Error('A new review workbook is written by plans only');
  }

  async select(): Promise<void> {}
}
