// DOMAIN.md, Department workbooks: merge — a round trip with no edits changes nothing; edits in two returns
// merge; every conflict kind is reported at its cell with both values and the file, the roster's value kept;
// merging the same return twice changes nothing.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { mergeReturns } from '../../../src/workbook/split/merge';
import { getCell, merge, mergedBook, rosterBook, rosterRows, rosterValues, setCell, split } from './helpers';

describe('merge', () => {
  it('a round trip with no edits changes nothing and reports nothing', async () => {
    const roster = rosterBook(rosterRows(12));
    const { returns } = await split(roster);
    const out = await merge(roster, [...returns].map(([g, wb]) => [`${g}.xlsx`, wb]));
    expect(out.changes).toEqual([]);
    expect(out.conflicts).toEqual([]);
    expect(rosterValues(await mergedBook(out))).toEqual(rosterValues(roster));
    expect(out.summary).toEqual({ files: 3, merged: 3, engineersUpdated: 0, cellsChanged: 0, conflicts: 0 });
  });

  it('applies the edits of two returns, logs each cell, and leaves the original as it was', async () => {
    const roster = rosterBook(rosterRows(12));
    const before = rosterValues(roster);
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    const gy = returns.get('工艺技术部')!;
    setCell(rd, '00001', '潜力', '高');
    setCell(rd, '00004', '备注', '=建议轮岗');
    setCell(gy, '00002', '姓名', '工程师二');
    setCell(gy, '00005', '专业技术研究能力', 4.5);
    const out = await merge(roster, [['研发中心.xlsx', rd], ['工艺技术部.xlsx', gy]]);
    expect(out.conflicts).toEqual([]);
    expect(out.changes.map((c) => [c.sheet, `${c.id} ${c.column}`, c.old, c.value, c.file])).toEqual([
      ['工程师名单', '00001 潜力', null, '高', '研发中心.xlsx'],
      ['工程师名单', '00002 姓名', '工程师2', '工程师二', '工艺技术部.xlsx'],
      ['工程师名单', '00004 备注', null, '=建议轮岗', '研发中心.xlsx'],
      ['工程师名单', '00005 专业技术研究能力', 2, 4.5, '工艺技术部.xlsx'],
    ]);
    const merged = await mergedBook(out);
    expect(getCell(merged, '00001', '潜力')).toBe('高');
    // Text that looks like a formula stays text.
    expect(getCell(merged, '00004', '备注')).toBe('=建议轮岗');
    expect(merged.getWorksheet('合并记录')!.rowCount).toBe(5);
    expect(rosterValues(roster)).toEqual(before);
    expect(out.summary).toMatchObject({ engineersUpdated: 4, cellsChanged: 4, conflicts: 0 });
  });

  it('the merged roster prints whole, as a roster does: every sheet of it, not only its header row', async () => {
    const roster = rosterBook(rosterRows(12));
    const { returns } = await split(roster);
    const out = await merge(roster, [...returns].map(([g, wb]) => [`${g}.xlsx`, wb]));
    const merged = await mergedBook(out);
    const ws = merged.getWorksheet('工程师名单')!;
    expect({ printArea: ws.pageSetup.printArea, titles: ws.pageSetup.printTitlesRow }).toEqual({ printArea: undefined, titles: '1:1' });
  });

  it('merging the merged roster with the same returns again changes nothing', async () => {
    const roster = rosterBook(rosterRows(9));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '潜力', '高');
    setCell(rd, '00004', '潜力', '低');
    const once = await mergedBook(await merge(roster, [['研发中心.xlsx', rd]]));
    const twice = await merge(once, [['研发中心.xlsx', rd], ['研发中心(2).xlsx', rd]]);
    expect(twice.changes).toEqual([]);
    expect(rosterValues(await mergedBook(twice))).toEqual(rosterValues(once));
    // The log only grows: the first merge's rows are kept.
    expect((await mergedBook(twice)).getWorksheet('合并记录')!.rowCount).toBe(3);
  });

  it('a later return of the same department workbook replaces the values an earlier merge took from it', async () => {
    const roster = rosterBook(rosterRows(6));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '潜力', '高');
    const once = await mergedBook(await merge(roster, [['v1.xlsx', rd]]));
    setCell(rd, '00001', '潜力', '中');
    const again = await merge(once, [['v2.xlsx', rd]]);
    expect(again.conflicts).toEqual([]);
    expect(again.changes.map((c) => [c.old, c.value])).toEqual([['高', '中']]);
  });
});

describe('each conflict kind at its cell, with both values and the file; the roster keeps its value', () => {
  async function setUp(): Promise<{ roster: ExcelJS.Workbook; returns: Map<string, ExcelJS.Workbook> }> {
    const roster = rosterBook(rosterRows(12));
    return { roster, returns: (await split(roster)).returns };
  }
  const messages = (out: Awaited<ReturnType<typeof merge>>): string[][] =>
    out.conflicts.map((c) => [c.kind, c.sheet, c.cell, c.file, c.message.zh]);

  it('the roster changed the same cell since the split', async () => {
    const { roster, returns } = await setUp();
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '专业技术研究能力', 4);
    setCell(roster, '00001', '专业技术研究能力', 3.5);
    const out = await merge(roster, [['研发中心.xlsx', rd]]);
    expect(out.changes).toEqual([]);
    expect(messages(out)).toEqual([
      ['bothChanged', '工程师名单', 'F2', '研发中心.xlsx', expect.stringContaining('研发中心.xlsx 改为「4」，但花名册在拆分（2026-12-05）后已由「2」改为「3.5」')],
    ]);
    expect(getCell(await mergedBook(out), '00001', '专业技术研究能力')).toBe(3.5);
  });

  it('a formula cell is never overwritten', async () => {
    const { roster, returns } = await setUp();
    const ws = roster.getWorksheet('工程师名单')!;
    ws.getCell('F2').value = { formula: '1+1', result: 2 };
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '专业技术研究能力', 4);
    const out = await merge(roster, [['研发中心.xlsx', rd]]);
    expect(out.changes).toEqual([]);
    expect(messages(out)).toEqual([['formula', '工程师名单', 'F2', '研发中心.xlsx', expect.stringContaining('是公式单元格，研发中心.xlsx 改为「4」未合并')]]);
  });

  it('a row deleted, a row added, an ID that lost its leading zeros', async () => {
    const { roster, returns } = await setUp();
    const gy = returns.get('工艺技术部')!;
    const ws = gy.getWorksheet('工程师名单')!;
    // Rows: 00002, 00005, 00008, 00011. The ID 00005 typed as a number, with a potential; 00008 deleted; one added.
    ws.getCell('A3').value = 5;
    ws.getCell('E3').value = '高';
    ws.spliceRows(4, 1);
    ws.addRow(['00013', '新同事', '工艺技术部', 'B', '中', 3, null]);
    const out = await merge(roster, [['工艺技术部.xlsx', gy]]);
    expect(messages(out)).toEqual([
      ['idChanged', '工程师名单', 'A6', '工艺技术部.xlsx', expect.stringContaining('把工号「00005」改成了「5」（前导零丢失）')],
      ['rowDeleted', '工程师名单', 'A9', '工艺技术部.xlsx', expect.stringContaining('删除了工号「00008」（工程师8）这一行')],
      ['rowAdded', '[工艺技术部.xlsx]工程师名单', 'A5', '工艺技术部.xlsx', expect.stringContaining('新增了一行（工号「00013」，新同事）')],
    ]);
    // The other edit of the row whose ID lost its zeros is merged under the roster's ID.
    expect(out.changes.map((c) => [c.id, c.column, c.value])).toEqual([['00005', '潜力', '高']]);
  });

  it('an engineer in two returns: changed apart in two, or sent to one and added in another', async () => {
    const roster = rosterBook(rosterRows(6));
    const a = (await split(roster, 'S1')).returns;
    const rd = a.get('研发中心')!;
    const gy = a.get('工艺技术部')!;
    gy.getWorksheet('工程师名单')!.addRow(['00001', '工程师1', '研发中心', 'A', '低', 2, null]);
    setCell(rd, '00001', '潜力', '高');
    const out = await merge(roster, [['研发中心.xlsx', rd], ['工艺技术部.xlsx', gy]]);
    expect(messages(out)).toEqual([
      ['twoReturns', '[工艺技术部.xlsx]工程师名单', 'A4', '工艺技术部.xlsx', expect.stringContaining('研发中心.xlsx 分发了此人，工艺技术部.xlsx 又新增了此人的一行')],
    ]);
    expect(out.changes.map((c) => c.value)).toEqual(['高']);
  });

  it('a return from another split, and a file that is no department workbook', async () => {
    const roster = rosterBook(rosterRows(6));
    const first = (await split(roster, 'S1')).returns;
    const other = (await split(roster, 'S2')).returns;
    const stray = other.get('工艺技术部')!;
    setCell(stray, '00002', '潜力', '高');
    const out = await merge(roster, [
      ['研发中心.xlsx', first.get('研发中心')!],
      ['质量管理部.xlsx', first.get('质量管理部')!],
      ['旧的工艺技术部.xlsx', stray],
      ['随便.xlsx', rosterBook(rosterRows(2))],
    ]);
    expect(out.changes).toEqual([]);
    expect(messages(out)).toEqual([
      ['notAReturn', '', '', '随便.xlsx', expect.stringContaining('不是本工具拆分出的部门工作簿')],
      ['otherSplit', '', '', '旧的工艺技术部.xlsx', expect.stringContaining('来自另一次拆分')],
      ['otherSplit', '工程师名单', 'E3', '旧的工艺技术部.xlsx', expect.stringContaining('改为「高」，未合并；保留「中」')],
    ]);
    expect(out.summary).toMatchObject({ files: 4, merged: 2, conflicts: 3 });
  });

  it('a return read through another host merges like one read by exceljs (the plans are host-free)', async () => {
    const roster = rosterBook(rosterRows(6));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00004', '潜力', '高');
    const bytes = await rd.xlsx.writeBuffer();
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(bytes as ArrayBuffer);
    const out = await mergeReturns(new XlsxHost(roster), [{ file: 'r.xlsx', host: new XlsxHost(reread) }], { today: '2026-12-06', time: 't' });
    expect(out.ok && out.changes.map((c) => [c.id, c.value])).toEqual([['00004', '高']]);
  });
});
