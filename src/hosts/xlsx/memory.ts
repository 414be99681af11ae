// A review workbook in memory and its bytes: what the standalone page writes and offers as a download
// (the command line writes files through src/cli/files.ts instead).
import ExcelJS from 'exceljs';
import { xlsxBytesWithCharts } from './charts';
import { XlsxHost } from './host';

/** A host over a new, empty workbook: the target of a review written outside Excel. */
export function emptyXlsxHost(): XlsxHost {
  return new XlsxHost(new ExcelJS.Workbook());
}

/** The .xlsx bytes of the host's workbook. */
export async function xlsxBytes(host: XlsxHost): Promise<Uint8Array> {
  return xlsxBytesWithCharts(host.workbook);
}
