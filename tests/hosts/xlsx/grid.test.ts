// The SheetGrid read contract from exceljs: raw values, displayed texts, formats, errors, hidden rows,
// the used range's origin; merged cells other than the top-left empty.
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { formatNumber } from '../../../src/hosts/xlsx/numberFormat';
import { loadWorkbook } from '../../../src/hosts/xlsx/load';

async function roundTrip(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('S'), wb);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await loadWorkbook(bytes, 'x.xlsx');
  if (!out.ok) throw new Error(out.problem.message.en);
  return out.workbook;
}

describe('gridFromWorksheet', () => {
  it('gives raw values, displayed texts, formats and error flags over the used range', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('B3').value = 123;
      ws.getCell('B3').numFmt = '00000';
      ws.getCell('C3').value = 0.856;
      ws.getCell('C3').numFmt = '0.0%';
      ws.getCell('D3').value = new Date(Date.UTC(2015, 6, 1));
      ws.getCell('D3').numFmt = 'yyyy-mm-dd';
      ws.getCell('E3').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('F3').value = { richText: [{ text: '张' }, { text: '伟' }] };
      ws.getCell('G3').value = { text: 'link', hyperlink: 'https://example.com' };
      ws.getCell('H3').value = { formula: '1+1', result: 2 };
      ws.getCell('B4').value = true;
      ws.getCell('C4').value = 'text';
      ws.getCell('D4').value = 1234.5;
      ws.getCell('D4').numFmt = '#,##0.00';
      ws.getRow(4).hidden = true;
    });
    const g = gridFromWorksheet(wb.getWorksheet('S') as ExcelJS.Worksheet);
    expect(g.origin).toEqual({ row: 2, col: 1 });
    expect(g.values).toEqual([
      [123, 0.856, 42186, '#N/A', '张伟', 'link', 2],
      [true, 'text', 1234.5, null, null, null, null],
    ]);
    expect(g.texts[0]).toEqual(['00123', '85.6%', '2015-07-01', '#N/A', '张伟', 'link', '2']);
    expect(g.texts[1]).toEqual(['TRUE', 'text', '1,234.50', '', '', '', '']);
    expect(g.formats[0].slice(0, 3)).toEqual(['00000', '0.0%', 'yyyy-mm-dd']);
    expect(g.formats[1][1]).toBe('General');
    expect(g.errors[0]).toEqual([false, false, false, true, false, false, false]);
    expect(g.hiddenRows).toEqual([3]);
  });

  it('reads merged cells other than the top-left as empty', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = '五大能力';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 1;
    });
    const g = gridFromWorksheet(wb.getWorksheet('S') as ExcelJS.Worksheet);
    expect(g.values).toEqual([['五大能力', null, null], [1, null, null]]);
  });

  it('a formula saved without its calculated value is an error cell whose value is the formula', async () => {
    // Saved by a tool that writes formulas but does not calculate them: no formula has a cached result.
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'VLOOKUP(A3,考核!A:B,2,0)' } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = { formula: 'A2*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('A2').value = 2;
    });
    const g = gridFromWorksheet(wb.getWorksheet('S')!);
    expect(g.values[0]).toEqual(['=VLOOKUP(A3,考核!A:B,2,0)', '=A2*2']);
    expect(g.texts[0]).toEqual(['=VLOOKUP(A3,考核!A:B,2,0)', '=A2*2']);
    expect(g.errors[0]).toEqual([true, true]);
  });

  it('on a sheet Excel calculated, a formula without a value is the empty string it calculated', async () => {
    // Excel saves a formula whose value is "" as <v></v>, which exceljs reads as no result at all.
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'IF(A2>1,"","x")' } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = { formula: 'A2*2', result: 4 };
      ws.getCell('A2').value = 2;
    });
    const g = gridFromWorksheet(wb.getWorksheet('S')!);
    expect(g.values[0]).toEqual([null, 4]);
    expect(g.errors[0]).toEqual([false, false]);
  });

  it('an uncalculated shared formula is named as it reads in its own cell', async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1' } as ExcelJS.CellSharedFormulaValue;
    });
    const g = gridFromWorksheet(wb.getWorksheet('S')!);
    expect(g.values.map((r) => r[1])).toEqual(['=A1*2', '=A2*2']);
    expect(g.errors.map((r) => r[1])).toEqual([true, true]);
  });

  it('an empty sheet is an empty grid', async () => {
    const wb = await roundTrip(() => undefined);
    const g = gridFromWorksheet(wb.getWorksheet('S') as ExcelJS.Worksheet);
    expect(g.values).toEqual([]);
  });
});

describe('XlsxHost', () => {
  it('lists sheets in tab order with their visibility, and reads only the named ones that exist', async () => {
    const wb = await roundTrip((ws, book) => {
      ws.getCell('A1').value = 'x';
      book.addWorksheet('隐藏', { state: 'hidden' });
      book.addWorksheet('_卓越盘点', { state: 'veryHidden' });
    });
    const host = new XlsxHost(wb);
    expect(await host.sheets()).toEqual([
      { name: 'S', visibility: 'visible', id: String(wb.getWorksheet('S')!.id) },
      { name: '隐藏', visibility: 'hidden', id: String(wb.getWorksheet('隐藏')!.id) },
      { name: '_卓越盘点', visibility: 'veryHidden', id: String(wb.getWorksheet('_卓越盘点')!.id) },
    ]);
    const grids = await host.readSheets(['S', 'missing']);
    expect(grids.map((g) => g.name)).toEqual(['S']);
    expect(host.workbook).toBe(wb);
  });
});

describe('formatNumber', () => {
  it.each([
    [85, 'General', '85'],
    [0.1 + 0.2, 'General', '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [85.456, '0', '85'],
    [85.456, '0.00', '85.46'],
    [7, '00000', '00007'],
    [0.85, '0%', '85%'],
    [0.856, '0.0%', '85.6%'],
    [1234567.891, '#,##0', '1,234,568'],
    [-5, '0.0', '-5.0'],
    [-5, '0.0;(0.0)', '(5.0)'],
    [85, '@', '85'],
    [85, '0"分"', '85分'],
    [42186, 'yyyy-mm-dd', '2015-07-01'],
    [42186, 'yyyy/m/d', '2015/7/1'],
    [42186, 'm/d/yy', '7/1/15'],
    [42186, 'yyyy"年"m"月"d"日"', '2015年7月1日'],
    [42186.5, 'yyyy-mm-dd hh:mm', '2015-07-01 12:00'],
    [59, 'yyyy-mm-dd', '1900-02-28'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
  ])('%p under %p shows %p', (v, f, shown) => {
    expect(formatNumber(v, f)).toBe(shown);
  });
});
