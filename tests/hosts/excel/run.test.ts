// The production Excel.run (src/hosts/excel/run.ts) asks Excel to wait while a person is editing a cell,
// instead of failing the batch; checked with a stand-in global Excel that records how it was called.
import { excelRun } from '../../../src/hosts/excel/run';

const globals = globalThis as { Excel?: unknown };

afterEach(() => {
  delete globals.Excel;
});

test('every batch runs with delayForCellEdit, and its result comes back', async () => {
  const calls: unknown[][] = [];
  const context = { workbook: {} };
  globals.Excel = {
    run: (...args: unknown[]): Promise<unknown> => {
      calls.push(args);
      const batch = args[args.length - 1] as (c: unknown) => Promise<unknown>;
      return batch(context);
    },
  };
  const batch = async (c: unknown): Promise<string> => (c === context ? 'ran' : 'wrong context');
  await expect(excelRun(batch)).resolves.toBe('ran');
  expect(calls).toEqual([[{ delayForCellEdit: true }, batch]]);
});
