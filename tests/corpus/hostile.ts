// The hostile-file families of issue 14, as corpus cases the command line runs (check in both languages,
// then run): far stray cells and huge merges (read in proportion to the cells holding something; the peak
// memory is measured in memory.test.ts), merges down over data rows, package parts past the size limit or
// damaged, files whose name says another type than their bytes, text in other encodings and separators, a
// header below row 10, and settings that contradict themselves. Every file is built by hostileFiles.ts.
import type { CorpusCase, Expected } from './cases';
import { xlsxBytes } from './build';
import {
  HEADER,
  ROWS,
  breakPart,
  declareSize,
  editPart,
  rosterText,
  rosterXlsx,
  withImage,
  withMerge,
  withStrayByte,
} from './hostileFiles';

const ROSTER = '工程师名单';
const ALL = { E001: {}, E002: {}, E003: {} };
const file = (name: string, bytes: () => Promise<Uint8Array> | Uint8Array): CorpusCase['file'] => ({ name, bytes: async () => bytes() });
const warn = (cell: string, zh: string[], en: string[], sheet = ROSTER): Expected => ({ sheet, cell, severity: 'warning', zh, en });
const fatal = (sheet: string, zh: string[], en: string[], cell = ''): Expected => ({ sheet, cell, severity: 'error', zh, en });
const far = (cell: string): Expected => warn(cell, ['远离表格', '（表格为 A1:F4）', cell], ['far from the table (A1:F4)', cell]);

/** The roster with 部门 merged down over rows 2–4, written in C2 only (a hand-kept roster). */
const mergedDepartments = (): Promise<Uint8Array> =>
  rosterXlsx((ws) => {
    ws.getCell('C3').value = null;
    ws.getCell('C4').value = null;
    ws.mergeCells('C2:C4');
  });

export const HOSTILE_CASES: CorpusCase[] = [
  // ---------------------------------------------------------------- far stray cells, huge merges
  { name: 'a stray space in A1048576', file: file('名单.xlsx', () => rosterXlsx((ws) => (ws.getCell('A1048576').value = ' '))), problems: [], reviewed: ALL },
  { name: 'a stray value in XFD1048576', file: file('名单.xlsx', () => rosterXlsx((ws) => (ws.getCell('XFD1048576').value = 'x'))), problems: [far('XFD1048576')], reviewed: ALL },
  { name: 'a stray value in A200000', file: file('名单.xlsx', () => rosterXlsx((ws) => (ws.getCell('A200000').value = 0))), problems: [far('A200000')], reviewed: ALL },
  { name: 'a stray value in XFD1, right of the header', file: file('名单.xlsx', () => rosterXlsx((ws) => (ws.getCell('XFD1').value = '备注'))), problems: [far('XFD1')], reviewed: ALL },
  { name: 'one merge over H1:XFD1048576', file: file('名单.xlsx', async () => withMerge(await rosterXlsx(), 'H1:XFD1048576')), problems: [], reviewed: ALL },
  { name: 'one merge over A10:XFD1048576, below the data', file: file('名单.xlsx', async () => withMerge(await rosterXlsx(), 'A10:XFD1048576')), problems: [], reviewed: ALL },

  // ---------------------------------------------------------------- merges down over data rows
  {
    name: '部门 merged down over three data rows',
    file: file('名单.xlsx', mergedDepartments),
    problems: [warn('C2', ['1 个合并单元格纵跨多个数据行', 'C2:C4', '每一行'], ['1 merged cell spans several data rows', 'C2:C4', 'every row'])],
    reviewed: { E001: { 部门: '研发中心' }, E002: { 部门: '研发中心' }, E003: { 部门: '研发中心' } },
  },
  {
    name: '部门 merged down to the last row of the sheet (C2:C1048576)',
    file: file('名单.xlsx', async () => withMerge(await rosterXlsx((ws) => ['C3', 'C4'].forEach((a) => (ws.getCell(a).value = null))), 'C2:C1048576')),
    problems: [warn('C2', ['纵跨多个数据行', 'C2:C'], ['spans several data rows', 'C2:C'])],
    reviewed: { E001: { 部门: '研发中心' }, E003: { 部门: '研发中心' } },
  },

  // ---------------------------------------------------------------- package parts too large or damaged
  {
    name: 'parts that together declare 1.1 GB, each under its own limit',
    file: file('名单.xlsx', async () => {
      let bytes = await rosterXlsx();
      for (const part of ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/theme/theme1.xml']) bytes = declareSize(bytes, part, 380 * 1024 ** 2);
      return bytes;
    }),
    fatal: fatal('名单.xlsx', ['所有部分合计', '1.1 GB', '1.0 GB'], ['its parts together', '1.1 GB', '1.0 GB']),
    problems: [],
  },
  {
    name: 'an image part that declares 1.9 GB',
    file: file('名单.xlsx', async () => declareSize(await withImage(await rosterXlsx(), 1), 'xl/media/image1.png', 1.9 * 1024 ** 3)),
    fatal: fatal('名单.xlsx', ['xl/media/image1.png', '1.9 GB'], ['xl/media/image1.png', '1.9 GB']),
    problems: [],
  },
  {
    name: 'a sheet part whose size does not match the one recorded',
    file: file('名单.xlsx', async () => {
      const bytes = await rosterXlsx();
      const parts = (await import('../../src/hosts/xlsx/zipParts')).zipParts(bytes)!;
      const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
      return declareSize(bytes, sheet.name, sheet.size + 7);
    }),
    fatal: fatal('名单.xlsx', ['损坏', 'xl/worksheets/sheet1.xml', '大小与记录不符'], ['damaged', 'xl/worksheets/sheet1.xml', 'size does not match']),
    problems: [],
  },
  {
    name: 'a sheet part whose compressed bytes are broken',
    file: file('名单.xlsx', async () => breakPart(await rosterXlsx(), 'xl/worksheets/sheet1.xml')),
    fatal: fatal('名单.xlsx', ['损坏', '部分 xl/worksheets/sheet1.xml'], ['damaged', 'part xl/worksheets/sheet1.xml']),
    problems: [],
  },
  {
    name: 'a sheet whose XML is not well-formed',
    file: file('名单.xlsx', async () => editPart(await rosterXlsx(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</row>', '</rowx>'))),
    fatal: fatal('名单.xlsx', ['工作表「工程师名单」', 'xl/worksheets/sheet1.xml', '不是格式正确的 XML'], ['sheet "工程师名单"', 'xl/worksheets/sheet1.xml', 'not well-formed XML']),
    problems: [],
  },

  // ---------------------------------------------------------------- the bytes decide, not the name
  { name: 'an .xlsx renamed .csv', file: file('名单.csv', () => rosterXlsx()), problems: [], reviewed: ALL },
  {
    name: 'a web page saved as .xls',
    file: file('名单.xls', () => new TextEncoder().encode(`<html><body><table><tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}</tr></table></body></html>`)),
    fatal: fatal('名单.xls', ['网页 (HTML)', '另存为'], ['web page (HTML)', 'Save As']),
    problems: [],
  },
  {
    name: 'an XML spreadsheet (Excel 2003) saved as .xls',
    file: file('名单.xls', () => new TextEncoder().encode('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')),
    fatal: fatal('名单.xls', ['XML 表格'], ['XML spreadsheet']),
    problems: [],
  },
  { name: 'tab-separated text saved as .xls', file: file('名单.xls', () => rosterText({ sep: '\t' })), problems: [], reviewed: ALL },

  // ---------------------------------------------------------------- encodings and separators
  { name: 'UTF-16LE tab-separated .txt (Excel\'s "Unicode text")', file: file('名单.txt', () => rosterText({ sep: '\t', encoding: 'utf16le' })), problems: [], reviewed: ALL },
  { name: 'UTF-16LE "Unicode text" saved as .csv', file: file('名单.csv', () => rosterText({ sep: '\t', encoding: 'utf16le' })), problems: [], reviewed: ALL },
  { name: 'UTF-16BE CSV with a BOM', file: file('名单.csv', () => rosterText({ encoding: 'utf16be' })), problems: [], reviewed: ALL },
  { name: 'GBK CSV', file: file('名单.csv', () => rosterText({ encoding: 'gbk' })), problems: [], reviewed: { E002: { 姓名: '李娜', 部门: '研发中心' } } },
  {
    name: 'UTF-8 CSV with one stray byte',
    file: file('名单.csv', () => withStrayByte(rosterText({ bom: true }), '李娜')),
    problems: [warn('B3', ['不是 UTF-8', '另存为“CSV UTF-8”'], ['not UTF-8 text', 'CSV UTF-8'])],
    reviewed: { E001: { 姓名: '张伟' }, E002: { 部门: '研发中心' }, E003: { 姓名: '王强' } },
  },
  { name: 'semicolon-separated CSV', file: file('名单.csv', () => rosterText({ sep: ';' })), problems: [], reviewed: ALL },
  { name: 'CSV with a sep=; first line', file: file('名单.csv', () => rosterText({ sep: ';', sepLine: true })), problems: [], reviewed: ALL },
  {
    name: 'tab-separated text whose header holds a comma',
    file: file('名单.txt', () => rosterText({ sep: '\t', header: [...HEADER, '备注, 说明'], rows: ROWS.map((r) => [...r, '无']) })),
    problems: [],
    reviewed: ALL,
  },

  // ---------------------------------------------------------------- header far down; settings at odds
  {
    name: 'a header below row 10',
    file: file('名单.csv', () => {
      const titles = Array.from({ length: 11 }, (_, i) => [`说明第 ${i + 1} 行`]);
      return new TextEncoder().encode([...titles, HEADER, ...ROWS].map((r) => r.join(',')).join('\r\n'));
    }),
    fatal: fatal(ROSTER, ['没有工号列', '已查找第 1–10 行', '标题行'], ['has no ID column', 'rows 1–10 were searched', 'header row'], 'A1'),
    problems: [],
  },
  {
    name: 'a header on row 12 named by the 标题行 setting',
    file: file('名单.xlsx', () =>
      xlsxBytes([
        { name: ROSTER, rows: [...Array.from({ length: 11 }, (_, i) => [`说明第 ${i + 1} 行`]), HEADER, ...ROWS] },
        { name: '盘点设置', rows: [['设置项', '值'], ['标题行', 12]] },
      ]),
    ),
    problems: [],
    reviewed: ALL,
  },
  {
    name: 'a settings key given twice (列:工号 → 工号, then → 姓名)',
    file: file('名单.xlsx', () =>
      xlsxBytes([
        { name: ROSTER, rows: [HEADER, ...ROWS] },
        { name: '盘点设置', rows: [['设置项', '值'], ['列:工号', '工号'], ['column:id', '姓名']] },
      ]),
    ),
    problems: [warn('A3', ['重复', 'A2', 'A3', '已使用第一个'], ['given twice', 'A2', 'A3', 'The first (A2) is used'], '盘点设置')],
    reviewed: { E001: { 姓名: '张伟' } },
  },
  {
    name: 'two mappings naming one column',
    file: file('名单.xlsx', () =>
      xlsxBytes([
        { name: ROSTER, rows: [HEADER, ...ROWS] },
        { name: '盘点设置', rows: [['设置项', '值'], ['列:工号', '工号'], ['列:姓名', '工号']] },
      ]),
    ),
    problems: [{ sheet: '盘点设置', cell: 'B3', severity: 'error', zh: ['「列:姓名」（B3）', '「列:工号」（B2）', '都指向列「工号」'], en: ['"column:name" (B3)', '"column:id" (B2)', 'both name the column "工号"'] }],
    reviewed: { E001: {} },
  },
];
