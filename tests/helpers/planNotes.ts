// The notes cell of an engineer's development plan in a written plans sheet, found as a re-run finds it:
// through the hidden key column (A), whose row key names the engineer and where the note sits.
import type ExcelJS from 'exceljs';

export function notesCell(ws: ExcelJS.Worksheet, id: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    if (found || typeof key !== 'string' || !key.startsWith('{')) return;
    const k = JSON.parse(key) as { o?: string; r?: string; c?: Record<string, [number, unknown]> };
    const at = k.c?.note;
    if (k.o === id && k.r === 'notes' && at) found = row.getCell(at[0] + 1);
  });
  return found;
}

/** The plans sheets of a workbook (个人发展计划, 个人发展计划(2)…), in tab order. */
export function plansSheets(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((ws) => ws.name).filter((n) => n.startsWith('个人发展计划'));
}
