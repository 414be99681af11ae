import ExcelJS from 'exceljs';
import { defaultSettings } from '../../../src/domain/settings';
import { applyPlans, workbookToBytes } from '../../../src/hosts/xlsx/apply';
import type { SheetPlan } from '../../../src/workbook/plan';
import { problem } from '../../../src/workbook/problems';
import { buildOutputPlans, buildRegistryPlan, type WriteContext } from '../../../src/workbook/write';
import { review } from '../../fixtures/reviews';
import { conditionalOf } from '../../helpers/workbooks';

const ctx = (over: Partial<WriteContext> = {}): WriteContext => ({
  lang: 'zh-CN', settings: defaultSettings(), reviewDate: '2025-06-30', writtenAt: '2025-06-30T09:00:00.000Z', existing: [], ...over,
});

const result = review([
  { id: '1023', name: '=1+1', perf: 'excellent', pot: 'high', department: '+研发', competencies: { research: 1 } },
  { id: '1024', name: '李娜', perf: 'needs', pot: 'low', department: '-质量', level: 'junior' },
  { id: '@1025', name: '王芳', perf: 'qualified', pot: 'medium' },
]);

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(await workbookToBytes(wb)) as unknown as ExcelJS.Buffer);
  return back;
}

function allPlans(c: WriteContext): SheetPlan[] {
  const plans = buildOutputPlans(result, [problem('工程师名单', 'A4', 'error', '重复', 'Duplicate')], c);
  return [...plans, buildRegistryPlan(plans, c)];
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('applying plans with exceljs', () => {
  it('writes values that read back, text that looks like a formula stays text', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, allPlans(ctx()));
    const back = await roundTrip(wb);
    const ws = sheet(back, '盘点结果');
    expect(ws.getCell('A1').value).toBe('工号');
    expect(ws.getCell('P1').value).toBe('说明');
    expect(ws.getCell('B2').value).toBe('=1+1');
    expect(ws.getCell('B2').formula).toBeUndefined();
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toBe('+研发');
    expect(ws.getCell('C3').value).toBe('-质量');
    expect(ws.getCell('A4').value).toBe('@1025');
    expect(ws.getCell('H2').value).toBe(9);
    expect(ws.getCell('J3').value).toBe(1);
  });

  it('writes the results as a table with filter buttons over the header and every row', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, allPlans(ctx()));
    const back = await roundTrip(wb);
    const ws = sheet(back, '盘点结果');
    const table = ws.getTable('ReviewResults') as unknown as { model?: { tableRef?: string; ref?: string; columns: { name: string; filterButton?: boolean }[] }; table?: { tableRef?: string; columns: { name: string }[] } };
    const model = table.model ?? table.table;
    expect(model?.columns.map((c) => c.name)).toHaveLength(16);
    expect(model?.columns[15].name).toBe('说明');
    expect(model?.tableRef).toBe('A1:P4');
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(ws.getCell('A1').font?.name).toBe('Microsoft YaHei');
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  it('writes fills, merges, row heights and the print setup of the grid', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, allPlans(ctx()));
    const back = await roundTrip(wb);
    const ws = sheet(back, '九宫格');
    let nine: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('9 超级明星')) nine = cell;
    }));
    expect(nine).toBeDefined();
    const fill = nine?.fill as ExcelJS.FillPattern | undefined;
    expect(fill?.fgColor?.argb).toBe('FF1E7B34');
    expect(nine?.font?.color?.argb).toBe('FFFFFFFF');
    const namesCell = ws.getCell(Number(nine?.row) + 1, Number(nine?.col));
    expect(String(namesCell.value)).toContain('=1+1');
    expect(namesCell.isMerged).toBe(true);
    expect(ws.getCell(Number(nine?.row) + 3, Number(nine?.col)).master.address).toBe(namesCell.address);
    expect(namesCell.alignment?.wrapText).toBe(true);
    expect(ws.getRow(Number(nine?.row) + 1).height).toBeGreaterThan(15);
    expect(ws.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 }));
    expect(ws.headerFooter.oddHeader).toBe('&C本结果为培育参考，不作为评价结论');
    // The sheet's name on the left, the confidentiality line in the centre, 「第 N 页 / 共 M 页」 on the right.
    expect(ws.headerFooter.oddFooter).toBe('&L&"Microsoft YaHei,Regular"&A&C内部资料 注意保密&R第 &P 页 / 共 &N 页');
  });

  it('repeats header rows when printing and colours gap cells by rules on the cells', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, allPlans(ctx()));
    const back = await roundTrip(wb);
    const gaps = sheet(back, '能力差距');
    expect(gaps.pageSetup.printTitlesRow).toBe('2:3');
    // 1023 has research 1 against 3 required: gap 2, high.
    expect(gaps.getCell('H4').value).toBe(2);
    const rules = conditionalOf(gaps);
    expect(rules.find((cf) => cf.ref === 'H4:H6')?.rules[0]).toEqual(
      expect.objectContaining({ type: 'expression', formulae: ['AND(ISNUMBER(H4),H4>=1.5)'], style: expect.objectContaining({ fill: expect.objectContaining({ bgColor: { argb: 'FFF4A09C' } }) }) }),
    );
    expect(gaps.getCell('T4').value).toBe('未评估');
  });

  it('writes the registry very hidden and last, and opens on the nine-box grid', async () => {
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, allPlans(ctx()));
    const back = await roundTrip(wb);
    const names = back.worksheets.map((w) => w.name);
    expect(names).toEqual(['盘点结果', '九宫格', '能力差距', '数据检查', '个人发展计划', '培育库', '导师结对', '人才卡片', '盘点汇总', '盘点总览', '_卓越盘点']);
    expect(sheet(back, '_卓越盘点').state).toBe('veryHidden');
    // The registry lists the sheets in meeting order, the overview first.
    expect(sheet(back, '_卓越盘点').getCell('B2').value).toBe('盘点总览');
    expect(sheet(back, '盘点结果').state).toBe('visible');
    // The grid plan asks to be shown when the run ends.
    expect(names[wb.views[0].activeTab ?? -1]).toBe('九宫格');
  });

  it('replaces sheets on a re-run, in their place, without duplicates, even in another language', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('工程师名单').getCell('A1').value = '工号';
    applyPlans(wb, allPlans(ctx()));
    wb.addWorksheet('备注');
    const first = await roundTrip(wb);
    applyPlans(first, allPlans(ctx()));
    const zh = ['盘点结果', '九宫格', '能力差距', '数据检查', '个人发展计划', '培育库', '导师结对', '人才卡片', '盘点汇总', '盘点总览'];
    const en = ['Review results', 'Nine-box', 'Gaps', 'Data check', 'Development plans', 'Cultivation pool', 'Mentoring', 'Talent cards', 'Summary', 'Overview'];
    expect(first.worksheets.map((w) => w.name)).toEqual(['工程师名单', ...zh, '备注', '_卓越盘点']);
    const roles = ['results', 'grid', 'gaps', 'check', 'plans', 'pool', 'mentoring', 'cards', 'summary', 'overview'] as const;
    const existing = roles.map((role, i) => ({ role, sheet: zh[i], lang: 'zh-CN' as const, reviewDate: '2025-06-30' }));
    const progress: number[] = [];
    applyPlans(first, allPlans(ctx({ lang: 'en-US', existing })), (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const again = await roundTrip(first);
    expect(again.worksheets.map((w) => w.name)).toEqual(['工程师名单', ...en, '备注', '_卓越盘点']);
    expect(sheet(again, 'Review results').getTables()).toHaveLength(1);
    expect(sheet(again, '工程师名单').getCell('A1').value).toBe('工号');
  });

  it('hides the columns the plan hides (the key column of people\'s cells), on screen and in print', async () => {
    const plan: SheetPlan = {
      role: 'plans', name: 'P', lang: 'zh-CN', visibility: 'visible', values: [['k', 'a', 'b']], columnWidths: [4, 12, 12],
      numberFormats: [], styles: [], merges: [], hiddenColumns: [0],
    };
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [plan]);
    const ws = sheet(await roundTrip(wb), 'P');
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(false);
    expect(ws.getCell('A1').value).toBe('k');
  });

  it('writes manual page breaks where the plan asks (one development plan per printed page)', async () => {
    const plan: SheetPlan = {
      role: 'plans', name: 'P', lang: 'zh-CN', visibility: 'visible', values: [['a'], ['b'], ['c'], ['d']], columnWidths: [12],
      numberFormats: [], styles: [], merges: [],
      print: { orientation: 'portrait', fitToWidth: 1, header: 'h', footer: 'f', rowBreaks: [2] },
    };
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [plan]);
    const bytes = await workbookToBytes(wb);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<rowBreaks[^>]*count="1"[^>]*>.*<brk id="2"/u);
  });

  it('writes a column 9 wide (exceljs leaves its default width out of the file, which Excel reads as 8.43)', async () => {
    const plan: SheetPlan = {
      role: 'grid', name: 'W', lang: 'zh-CN', visibility: 'visible', values: [['a', 'b']], columnWidths: [9, 10],
      numberFormats: [], styles: [], merges: [],
    };
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [plan]);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(await workbookToBytes(wb))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<col min="1" max="1" width="9.14"/u);
  });

  it('writes a one-cell print area as a range Excel and LibreOffice read (an input copy prints nothing by default)', async () => {
    const plan: SheetPlan = {
      role: 'input', name: 'I', lang: 'zh-CN', visibility: 'visible', values: [['工号', '姓名']], columnWidths: [12, 12],
      numberFormats: [], styles: [], merges: [],
      print: { orientation: 'landscape', fitToWidth: 1, header: 'h', footer: 'f', printArea: 'C1' },
    };
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [plan]);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(await workbookToBytes(wb))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;I&apos;!$C$1:$C$1</definedName>');
  });

  it('writes list validations and tab colours as the plan says', async () => {
    const plan: SheetPlan = {
      role: 'check', name: 'T', lang: 'zh-CN', visibility: 'hidden', values: [['a', 'b']], columnWidths: [12, 30],
      numberFormats: [{ format: '0.0%', ranges: ['B1'] }], styles: [], merges: [],
      validations: [{ range: 'A2:A3', list: ['是', '否'] }], tabColor: '#123456',
    };
    const wb = new ExcelJS.Workbook();
    applyPlans(wb, [plan]);
    const back = await roundTrip(wb);
    const ws = sheet(back, 'T');
    expect(ws.state).toBe('hidden');
    expect(ws.getCell('A3').dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: ['"是,否"'] }));
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell('B1').numFmt).toBe('0.0%');
    expect(ws.properties.tabColor).toEqual({ argb: 'FF123456' });
  });
});
