// The page's path (reviewFile.ts) with 能力评价: the download has 评价汇总 and a copy of 能力评价, so the review
// workbook is self-contained — reviewed again, it gives the same aggregates.
import ExcelJS from 'exceljs';
import { emptyXlsxHost, xlsxBytes } from '../../src/hosts/xlsx/memory';
import { openFile, reviewWorkbook } from '../../src/web/reviewFile';
import { templatePlans } from '../../src/workbook/template';

async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test('a roster with 能力评价 downloads 评价汇总, and the download reviewed again gives the same', async () => {
  const host = emptyXlsxHost();
  await host.apply(templatePlans('zh-CN', 12, true));
  const opened = await openFile(await xlsxBytes(host), 'roster.xlsx');
  if (!opened.ok) throw new Error('should open');
  const first = await reviewWorkbook(opened.file, { today: '2026-03-02', lang: 'zh-CN' });
  if (!first.ok) throw new Error('should review');
  const summary = await sheetRows(first.bytes, '评价汇总');
  expect(summary.length).toBeGreaterThan(10);
  expect((await sheetRows(first.bytes, '能力评价')).length).toBeGreaterThan(10);
  const again = await openFile(first.bytes, 'roster-盘点.xlsx');
  if (!again.ok) throw new Error('should open');
  const second = await reviewWorkbook(again.file, { today: '2026-03-02', lang: 'zh-CN' });
  if (!second.ok) throw new Error('should review');
  expect(await sheetRows(second.bytes, '评价汇总')).toEqual(summary);
}, 30_000);
