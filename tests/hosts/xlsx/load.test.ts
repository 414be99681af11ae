// Opening files from bytes: .xlsx, CSV in UTF-8 (with or without BOM) and GBK; .xls, .et, encrypted and
// non-zip files refused with a message saying to save as .xlsx.
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { gridFromWorksheet } from '../../../src/hosts/xlsx/grid';
import { csvValue, loadWorkbook, parseCsv } from '../../../src/hosts/xlsx/load';

const OLE2_HEADER = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

async function sheetValues(bytes: Uint8Array, fileName: string, sheetName?: string) {
  const out = await loadWorkbook(bytes, fileName, sheetName);
  if (!out.ok) throw new Error(out.problem.message.en);
  const ws = out.workbook.worksheets[0];
  return { name: ws.name, values: gridFromWorksheet(ws).values };
}

describe('CSV', () => {
  const rows = '工号,姓名,绩效得分,备注\r\n00123,张伟,88,"说明, 含逗号"\r\n1024,"王""芳""",72.5,"两行\n文字"\r\n';

  it('reads UTF-8 with a BOM into a sheet named 工程师名单; leading-zero IDs stay text', async () => {
    const bytes = new TextEncoder().encode('\uFEFF' + rows);
    const { name, values } = await sheetValues(bytes, 'roster.csv');
    expect(name).toBe('工程师名单');
    expect(values).toEqual([
      ['工号', '姓名', '绩效得分', '备注'],
      ['00123', '张伟', 88, '说明, 含逗号'],
      [1024, '王"芳"', 72.5, '两行\n文字'],
    ]);
  });

  it('reads GBK (as Chinese Excel saves CSV) when the bytes are not UTF-8', async () => {
    const bytes = new Uint8Array(iconv.encode(rows, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { values } = await sheetValues(bytes, 'ROSTER.CSV', 'Roster');
    expect(values[0]).toEqual(['工号', '姓名', '绩效得分', '备注']);
    expect(values[2][1]).toBe('王"芳"');
  });

  it('UTF-8 without a BOM', async () => {
    const { values } = await sheetValues(new TextEncoder().encode('ID,Name\nE1,Ann'), 'x.csv');
    expect(values).toEqual([['ID', 'Name'], ['E1', 'Ann']]);
  });

  it.each([
    ['85', 85],
    ['-3.5', -3.5],
    ['00123', '00123'],
    ['85%', '85%'],
    ['110101199003071234', '110101199003071234'],
    ['5年', '5年'],
    ['', null],
  ])('field %j → %j', (field, value) => {
    expect(csvValue(field)).toEqual(value);
  });

  it('parses quotes, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","d""e"\n"f\r\ng",h')).toEqual([['a', 'b,c', 'd"e'], ['f\r\ng', 'h']]);
  });
});

describe('refused files', () => {
  it.each([
    ['old.xls', OLE2_HEADER, '.xls'],
    ['wps.et', OLE2_HEADER, '.et'],
    ['secret.xlsx', OLE2_HEADER, '密码'],
    ['notes.xlsx', new TextEncoder().encode('just text, not a zip'), '.xlsx'],
  ])('%s is refused with a message to save as .xlsx', async (fileName, bytes, mention) => {
    const out = await loadWorkbook(bytes, fileName);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.severity).toBe('error');
    expect(out.problem.message.zh).toContain(mention);
    expect(out.problem.message.zh).toContain('.xlsx');
    expect(out.problem.message.en).toContain('.xlsx');
  });

  it('a password-protected .xlsx says to remove the password', async () => {
    const out = await loadWorkbook(OLE2_HEADER, 'secret.xlsx');
    if (out.ok) throw new Error('loaded');
    expect(out.problem.message.en).toContain('password');
    expect(out.problem.message.zh).toContain('删除密码');
  });

  it('a .xls renamed from a real .xlsx is read as the .xlsx it is (the bytes decide, not the name)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('工程师名单');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await loadWorkbook(bytes, 'a.xls')).ok).toBe(true);
    expect((await loadWorkbook(bytes, 'a.xlsx')).ok).toBe(true);
  });

  it('a damaged zip is refused, not thrown', async () => {
    const out = await loadWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'broken.xlsx');
    expect(out.ok).toBe(false);
  });
});
