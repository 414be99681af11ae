// Sample rosters of a given size as .xlsx files (what HR would hand the command line), made once per size
// and kept under out/bench so later runs reuse them.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../src/hosts/xlsx/host';
import { templatePlans } from '../src/workbook/template';

export const BENCH_DIR = path.resolve(__dirname, '../../../out/bench');

export async function rosterFile(engineers: number): Promise<string> {
  const file = path.join(BENCH_DIR, `roster-${engineers}.xlsx`);
  try {
    await fs.access(file);
    return file;
  } catch {
    await fs.mkdir(BENCH_DIR, { recursive: true });
    const wb = new ExcelJS.Workbook();
    await new XlsxHost(wb).apply(templatePlans('zh-CN', engineers));
    await wb.xlsx.writeFile(`${file}.tmp`);
    await fs.rename(`${file}.tmp`, file);
    return file;
  }
}
