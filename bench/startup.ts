// The floor's start-up: a node process that loads exceljs and exits (bench/run.ts times it as a child).
import ExcelJS from 'exceljs';

if (typeof ExcelJS.Workbook !== 'function') process.exitCode = 1;
