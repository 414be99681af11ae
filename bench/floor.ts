// The I/O floor of a command-line run, as a child process: exceljs reading the same input file and writing
// the same output workbook — the same cells, styles, merges and sheets, through the same streaming writer —
// with no review in between, and the same flow control as the command line (wait for the zip to take
// what was written). The output's cells are prepared before the clock starts (from the review's
// own plans), so the timed part is exceljs's work alone. Prints {readMs, writeMs} as JSON.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { SnapshotHost } from '../src/hosts/xlsx/snapshot';
import { plannedRows, sheetOptions, writeColumns } from '../src/hosts/xlsx/sheetBody';
import { NewWorkbookTarget } from '../src/hosts/xlsx/newTarget';
import { drained, ROWS_PER_PAUSE } from '../src/hosts/xlsx/stream';
import { runReview } from '../src/workbook/run';
import type { PlanValue, SheetPlan } from '../src/workbook/plan';

interface CellOut {
  col: number;
  value: PlanValue;
  style?: Partial<ExcelJS.Style>;
  validation?: ExcelJS.DataValidation;
}

interface RowOut {
  row: number;
  cells: CellOut[];
  height?: number;
  pageBreak: boolean;
}

interface SheetOut {
  plan: SheetPlan;
  rows: RowOut[];
}

/** A stand-in worksheet that records what plannedRows writes, row by row. */
function capture(plan: SheetPlan): SheetOut {
  const rows: RowOut[] = [];
  let current: RowOut | undefined;
  const cellOf = (c: number): CellOut => {
    const row = current as RowOut;
    let cell = row.cells.find((x) => x.col === c);
    if (!cell) {
      cell = { col: c, value: null };
      row.cells.push(cell);
    }
    return cell;
  };
  const stub = {
    getRow(r: number) {
      current = { row: r, cells: [], pageBreak: false };
      rows.push(current);
      const row = current;
      return {
        getCell: (c: number) => {
          const cell = cellOf(c);
          return {
            set value(v: PlanValue) {
              cell.value = v;
            },
            set style(s: Partial<ExcelJS.Style>) {
              cell.style = s;
            },
            set dataValidation(v: ExcelJS.DataValidation) {
              cell.validation = v;
            },
          };
        },
        set height(h: number) {
          row.height = h;
        },
        addPageBreak: () => (row.pageBreak = true),
        commit: () => undefined,
      };
    },
  };
  for (const _ of plannedRows(stub as unknown as ExcelJS.Worksheet, plan, false));
  return { plan, rows };
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  // Untimed: the review's plans, turned into the cells the output holds.
  const bytes = await fs.readFile(input);
  const pre = new ExcelJS.Workbook();
  await pre.xlsx.load(bytes as unknown as ArrayBuffer);
  const target = new NewWorkbookTarget();
  const outcome = await runReview(new SnapshotHost(pre), target, { today: '2026-11-26', copyInputs: true });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  const sheets = target.plans.map(capture);

  const t0 = process.hrtime.bigint();
  const wbIn = new ExcelJS.Workbook();
  await wbIn.xlsx.load((await fs.readFile(input)) as unknown as ArrayBuffer);
  const t1 = process.hrtime.bigint();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: true, useSharedStrings: true });
  for (const { plan, rows } of sheets) {
    const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
    writeColumns(ws, plan);
    let written = 0;
    for (const r of rows) {
      const row = ws.getRow(r.row);
      for (const c of r.cells) {
        const cell = row.getCell(c.col);
        if (c.value !== null) cell.value = c.value;
        if (c.style) cell.style = c.style;
        if (c.validation) cell.dataValidation = c.validation;
      }
      if (r.height !== undefined) row.height = r.height;
      if (r.pageBreak) row.addPageBreak();
      row.commit();
      // As the command line does: let the zip take what was written before going on (stream.ts).
      if (++written % ROWS_PER_PAUSE === 0) await drained(ws);
    }
    const merges = (ws as unknown as { _merges: unknown[] })._merges;
    for (const m of plan.merges) merges.push(m);
    const zipped = new Promise<void>((resolve) => (ws as unknown as { stream: { on(e: string, f: () => void): void } }).stream.on('zipped', resolve));
    ws.commit();
    await zipped;
  }
  await wb.commit();
  const t2 = process.hrtime.bigint();
  process.stdout.write(`${JSON.stringify({ readMs: Number(t1 - t0) / 1e6, writeMs: Number(t2 - t1) / 1e6 })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
