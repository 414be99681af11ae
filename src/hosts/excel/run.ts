/// <reference types="office-js" />
// The production Excel.run the pane gives ExcelHost (src/taskpane/index.tsx): one place that says how a batch
// meets Excel, so a test can check it with a stand-in Excel.
//
// delayForCellEdit: while a person is typing in a cell, Excel fails a batch at once ("InvalidOperationInCellEditMode")
// unless the batch asks to wait; with the option it runs as soon as the person leaves the cell. The option has
// no [Api set] tag in @types/office-js nor in the Excel.RunOptions reference, so it does not change the set the
// pane checks (REQUIRED_EXCEL_API, apiSets.ts). It is harmless on an Excel without it: office.js itself sets the
// delay flag only when `isSetSupported('DelayForCellEdit')` and clears it otherwise (onBeforeExcelRun in
// @microsoft/office-js dist/excel-*.js), so an older Excel runs the batch as it did before.
import type { ExcelRun } from './host';

export const excelRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);
