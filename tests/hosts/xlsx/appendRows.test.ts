// The xlsx host appends under the last row holding a value — not under rows that only carry the log's
// text format — and keeps texts as texts, through a save and a load.
import ExcelJS from 'exceljs';
import { workbookToBytes } from '../../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { calibrationLogPlan } from '../../../src/workbook/write/calibration';
import { sheetRows } from '../../helpers/workbooks';

it('appends under the header of a freshly created log, texts kept as texts', async () => {
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.apply([calibrationLogPlan('zh-CN')]);
  await host.appendRows('校准记录', [['2025-06-30 10:00', '00123', '张三', 5, 8, '=先谈话', '王总']]);
  await host.appendRows('校准记录', [['2025-06-30 10:05', '00124', '李四', 2, null, '', '王总']]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await workbookToBytes(host.workbook)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('校准记录')!;
  expect(sheetRows(ws)).toEqual([
    ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'],
    ['2025-06-30 10:00', '00123', '张三', 5, 8, '=先谈话', '王总'],
    ['2025-06-30 10:05', '00124', '李四', 2, null, null, '王总'],
  ]);
  expect(ws.getCell('F2').type).toBe(ExcelJS.ValueType.String);
});

it('creates the sheet when it is missing', async () => {
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.appendRows('校准记录', [['a', 1]]);
  expect(sheetRows(host.workbook.getWorksheet('校准记录')!)).toEqual([['a', 1]]);
});
