// The add-in's merge into the open roster (DOMAIN.md, Input sheets: the second exception): the preview
// writes nothing; the confirmed write sets exactly the previewed cells and logs each of them, and each
// conflict, in 合并记录; merging the same return again changes nothing; formula cells stay as they are.
import type ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { formulaCells } from '../../../src/hosts/xlsx/splitBook';
import { applyMerge, previewMerge, type MergePreview } from '../../../src/workbook/split/mergeInto';
import { getCell, rosterBook, rosterRows, rosterValues, setCell, split } from './helpers';

function logOf(wb: ExcelJS.Workbook, name = '合并记录'): unknown[][] {
  const ws = wb.getWorksheet(name);
  const rows: unknown[][] = [];
  ws?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** The open workbook: the xlsx host, with the formulas exceljs knows (as the Office.js host reads them). */
function openHost(wb: ExcelJS.Workbook): XlsxHost {
  const host = new XlsxHost(wb);
  return Object.assign(host, {
    formulasAt: async (sheet: string, cells: readonly { row: number; col: number }[]) => {
      const all = formulaCells(wb, sheet);
      return new Set(cells.map((c) => `${c.row}:${c.col}`).filter((k) => all.has(k)));
    },
  });
}

async function preview(wb: ExcelJS.Workbook, returns: [string, ExcelJS.Workbook][], time = '2026-12-06 10:00'): Promise<MergePreview> {
  const out = await previewMerge(openHost(wb), returns.map(([file, r]) => ({ file, host: new XlsxHost(r) })), { today: '2026-12-06', time });
  if (!out.ok) throw new Error(out.fatal.message.en);
  return out.preview;
}

describe('merging returns into the open roster', () => {
  it('the preview writes nothing; the write sets the previewed cells and logs each change and each conflict', async () => {
    const roster = rosterBook(rosterRows(12));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '潜力', '高');
    setCell(rd, '00004', '备注', '=建议轮岗');
    rd.getWorksheet('工程师名单')!.spliceRows(4, 1); // 00007 deleted
    const before = rosterValues(roster);
    const p = await preview(roster, [['研发中心.xlsx', rd]]);
    expect(rosterValues(roster)).toEqual(before);
    expect(roster.getWorksheet('合并记录')).toBeUndefined();
    expect(p.changes.map((c) => [c.id, c.column, c.old, c.value])).toEqual([
      ['00001', '潜力', null, '高'],
      ['00004', '备注', null, '=建议轮岗'],
    ]);
    expect(p.conflicts.map((c) => c.kind)).toEqual(['rowDeleted']);
    expect(p.logSheet).toBe('合并记录');

    await applyMerge(new XlsxHost(roster), p);
    expect(getCell(roster, '00001', '潜力')).toBe('高');
    expect(getCell(roster, '00004', '备注')).toBe('=建议轮岗');
    // Every other cell as it was.
    const after = rosterValues(roster);
    const differing = after.flatMap((row, r) => row.flatMap((v, c) => (v === before[r][c] ? [] : [`${r}:${c}`])));
    expect(differing).toEqual(['1:4', '4:6']);
    const log = logOf(roster);
    expect(log[0]).toEqual(['时间', '文件', '部门工作簿', '工作表', '单元格', '工号', '列', '原值', '新值', '冲突']);
    expect(log.slice(1, 3).map((r) => r.slice(0, 9))).toEqual([
      ['2026-12-06 10:00', '研发中心.xlsx', 'S1/研发中心', '工程师名单', 'E2', '00001', '潜力', undefined, '高'],
      ['2026-12-06 10:00', '研发中心.xlsx', 'S1/研发中心', '工程师名单', 'G5', '00004', '备注', undefined, '=建议轮岗'],
    ]);
    expect(log[3][1]).toBe('研发中心.xlsx');
    expect(log[3][9]).toEqual(expect.stringContaining('删除了工号「00007」'));
  });

  it('merging the same return again changes nothing and writes nothing', async () => {
    const roster = rosterBook(rosterRows(9));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '潜力', '高');
    await applyMerge(new XlsxHost(roster), await preview(roster, [['研发中心.xlsx', rd]]));
    const once = rosterValues(roster);
    const logOnce = logOf(roster);
    const again = await preview(roster, [['研发中心.xlsx', rd]], '2026-12-07 09:00');
    expect(again.changes).toEqual([]);
    await applyMerge(new XlsxHost(roster), again);
    expect(rosterValues(roster)).toEqual(once);
    expect(logOf(roster)).toEqual(logOnce);
  });

  it('a later return of the same department workbook replaces the values the first merge wrote, logged under the first', async () => {
    const roster = rosterBook(rosterRows(6));
    const { returns } = await split(roster);
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '潜力', '高');
    await applyMerge(new XlsxHost(roster), await preview(roster, [['v1.xlsx', rd]]));
    setCell(rd, '00001', '潜力', '中');
    const p = await preview(roster, [['v2.xlsx', rd]], '2026-12-07 09:00');
    expect(p.conflicts).toEqual([]);
    expect(p.changes.map((c) => [c.old, c.value])).toEqual([['高', '中']]);
    await applyMerge(new XlsxHost(roster), p);
    expect(getCell(roster, '00001', '潜力')).toBe('中');
    expect(logOf(roster).map((r) => [r[1], r[7], r[8]])).toEqual([
      ['文件', '原值', '新值'],
      ['v1.xlsx', undefined, '高'],
      ['v2.xlsx', '高', '中'],
    ]);
  });

  it('a formula cell among the changes is a conflict in the preview and is never written', async () => {
    const roster = rosterBook(rosterRows(6));
    const { returns } = await split(roster);
    roster.getWorksheet('工程师名单')!.getCell('F2').value = { formula: '1+1', result: 2 };
    const rd = returns.get('研发中心')!;
    setCell(rd, '00001', '专业技术研究能力', 4);
    setCell(rd, '00001', '潜力', '高');
    const p = await preview(roster, [['研发中心.xlsx', rd]]);
    expect(p.changes.map((c) => c.column)).toEqual(['潜力']);
    expect(p.conflicts.map((c) => [c.kind, c.cell])).toEqual([['formula', 'F2']]);
    await applyMerge(new XlsxHost(roster), p);
    expect(roster.getWorksheet('工程师名单')!.getCell('F2').formula).toBe('1+1');
  });
});
