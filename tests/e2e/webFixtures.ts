// Files a person would bring to the standalone page, written by the test, and what the engine in Node makes
// of the same file: the review workbook the command line would write (the page must write the same one).
import { promises as fs } from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import type { Lang } from '../../src/domain/types';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { loadWorkbook } from '../../src/hosts/xlsx/load';
import { emptyXlsxHost, xlsxBytes } from '../../src/hosts/xlsx/memory';
import type { WorkbookHost } from '../../src/workbook/host';
import { runReview } from '../../src/workbook/run';
import { templatePlans } from '../../src/workbook/template';
import ExcelJS from 'exceljs';

/** A roster workbook as the template makes it, with `n` sample engineers, in `lang`. */
export async function writeRoster(file: string, lang: Lang, n: number): Promise<string> {
  const host = emptyXlsxHost();
  await host.apply(templatePlans(lang, n));
  await fs.writeFile(file, await xlsxBytes(host));
  return file;
}

/** A CSV as Chinese Excel saves it: GBK, CRLF. */
export async function writeGbkCsv(file: string, rows: string[][]): Promise<string> {
  await fs.writeFile(file, iconv.encode(rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'gbk'));
  return file;
}

/** A one-sheet settings host (盘点设置 rows of key, value). */
export function settingsHost(rows: [string, string][]): WorkbookHost {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('盘点设置');
  ws.addRow(['设置项', '值']);
  for (const r of rows) ws.addRow(r);
  return new XlsxHost(wb);
}

/** The review workbook the engine writes in Node for `file` (as the command line does), read back from its bytes. */
export async function nodeReview(file: string, today: string, settings?: WorkbookHost): Promise<ExcelJS.Workbook> {
  const loaded = await loadWorkbook(new Uint8Array(await fs.readFile(file)), path.basename(file));
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  const target = emptyXlsxHost();
  const outcome = await runReview(new XlsxHost(loaded.workbook), target, { today, copyInputs: true, settingsHost: settings });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return readBytes(await xlsxBytes(target));
}

/**
 * exceljs checks every merge it reads against every merge read before (O(n²)): the plans sheet of a review of
 * 1,470 engineers has thousands of merges and takes two minutes to read. These tests compare values only, so
 * this process reads workbooks without applying their merges (a merged range's other cells read as empty,
 * as they are stored).
 */
let mergesSkipped = false;
function skipMergesOnRead(): void {
  if (mergesSkipped) return;
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as { _parseMergeCells?: unknown };
  if (typeof proto._parseMergeCells !== 'function') throw new Error('exceljs changed: _parseMergeCells is gone');
  proto._parseMergeCells = (): void => undefined;
  mergesSkipped = true;
}

/** A workbook's values from its bytes (merges not applied, see above). */
export async function readBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  skipMergesOnRead();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}
