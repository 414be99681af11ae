// A merge of department returns into the open roster through the Office.js host, request by request through
// the real Office.js client library (officeJs.ts) on the strict fake: the roster's cells and 合并记录 in one
// Excel.run, text stays text, every request under 4 MB; a cell changed after the preview, or a formula, stops
// it before anything is written; a failed request leaves the workbook as it was; the settings-only guard holds
// for every other write.
import type ExcelJS from 'exceljs';
import { ExcelHost } from '../../../src/hosts/excel/host';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { MergeRefusedError } from '../../../src/workbook/host';
import { READ_BYTES, writeWeight } from '../../../src/hosts/excel/mergeWrite';
import { applyMerge, mergeWriteOf, previewMerge, type MergePreview } from '../../../src/workbook/split/mergeInto';
import { HEADERS, rosterBook, rosterRows, setCell, split, type Row } from '../../workbook/split/helpers';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { viaOfficeJs, type Failure, type OfficeJsExcel } from './officeJs';

const ROSTER = '工程师名单';
const FOUR_MB = 4_000_000;

function fakeRoster(rows: Row[]): FakeExcel {
  return createFakeExcel([{ name: ROSTER, rows: [HEADERS, ...rows] }]);
}

/** What a person could see: sheets in order and their non-blank cells (a blank cell in General is no cell). */
function snapshot(fake: FakeExcel): string {
  return JSON.stringify(
    fake.workbook.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => !(c.value === null && c.formula === undefined && c.numberFormat === 'General'))
        .map(([k, c]) => [k, c.value, c.formula ?? '', c.numberFormat, c.error === true])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    })),
  );
}

/** The returns of a split of the same roster, the 研发中心 one edited as a head would. */
async function editedReturns(rows: Row[], edit: (wb: ExcelJS.Workbook) => void): Promise<[string, ExcelJS.Workbook][]> {
  const { returns } = await split(rosterBook(rows));
  const rd = returns.get('研发中心')!;
  edit(rd);
  return [['研发中心.xlsx', rd]];
}

async function preview(host: ExcelHost, returns: [string, ExcelJS.Workbook][]): Promise<MergePreview> {
  const out = await previewMerge(host, returns.map(([file, wb]) => ({ file, host: new XlsxHost(wb) })), { today: '2026-12-06', time: '2026-12-06 10:00' });
  if (!out.ok) throw new Error(out.fatal.message.en);
  return out.preview;
}

const edits = (wb: ExcelJS.Workbook): void => {
  setCell(wb, '00001', '潜力', '高');
  setCell(wb, '00004', '备注', '=建议轮岗');
  setCell(wb, '00007', '专业技术研究能力', 4.5);
};

describe('a merge into the open roster through Office.js', () => {
  test('writes the previewed cells and the log in one Excel.run, text as text, every request under 4 MB; a second merge changes nothing', async () => {
    const rows = rosterRows(12);
    const fake = fakeRoster(rows);
    const returns = await editedReturns(rows, edits);
    const office = viaOfficeJs(fake);
    const host = new ExcelHost(office.run);
    const p = await preview(host, returns);
    expect(p.changes).toHaveLength(3);
    const before = office.requests.length;
    await applyMerge(host, p);
    const mine = office.requests.slice(before);
    expect(new Set(mine.map((r) => r.run)).size).toBe(1);
    expect(mine.every((r) => r.bytes < FOUR_MB && r.responseBytes < FOUR_MB && r.error === undefined)).toBe(true);
    expect(fake.cell(ROSTER, 'E2')?.value).toBe('高');
    expect(fake.cell(ROSTER, 'G5')?.value).toBe('=建议轮岗');
    expect(fake.cell(ROSTER, 'G5')?.formula).toBeUndefined();
    expect(fake.cell(ROSTER, 'F8')?.value).toBe(4.5);
    const log = fake.valuesOf('合并记录');
    expect(log[0]).toEqual(['时间', '文件', '部门工作簿', '工作表', '单元格', '工号', '列', '原值', '新值', '冲突']);
    expect(log.slice(1).map((r) => [r[4], r[5], r[6], r[7], r[8]])).toEqual([
      ['E2', '00001', '潜力', null, '高'],
      ['G5', '00004', '备注', null, '=建议轮岗'],
      ['F8', '00007', '专业技术研究能力', 3, 4.5],
    ]);
    // A new log's columns are wide enough to read; the ID 00001 stays text in it (its leading zeros kept).
    expect(fake.sheet('合并记录')?.columnWidths.size).toBe(10);
    expect(fake.cell('合并记录', 'F2')?.numberFormat).toBe('@');

    const after = snapshot(fake);
    const again = await preview(host, returns);
    expect(again.changes).toEqual([]);
    await applyMerge(host, again);
    expect(snapshot(fake)).toBe(after);
  }, 30_000);

  test('a cell changed after the preview, or turned into a formula, stops the merge before anything is written', async () => {
    const rows = rosterRows(9);
    const returns = await editedReturns(rows, edits);
    for (const change of ['value', 'formula'] as const) {
      const fake = fakeRoster(rows);
      const host = new ExcelHost(fake.run);
      const p = await preview(host, returns);
      const ws = fake.sheet(ROSTER)!;
      const cell = fake.cell(ROSTER, 'F8')!;
      if (change === 'value') cell.value = 3.25;
      else {
        cell.value = null;
        cell.formula = '=1+1';
      }
      const was = snapshot(fake);
      await expect(applyMerge(host, p)).rejects.toBeInstanceOf(MergeRefusedError);
      await expect(applyMerge(host, p)).rejects.toThrow(change === 'value' ? /工程师名单!F8 在预览后已改动（预览时为「3」，现为「3.25」）/u : /工程师名单!F8 是公式单元格/u);
      expect(snapshot(fake)).toBe(was);
      expect(ws.writes).toEqual([]);
    }
  });

  test('a formula among the changed cells is a conflict of the preview, and the merge leaves it', async () => {
    const rows = rosterRows(9);
    const fake = fakeRoster(rows);
    const returns = await editedReturns(rows, edits);
    const f8 = fake.cell(ROSTER, 'F8')!;
    // Excel answers a formula cell's value with its result: here the value at the split.
    f8.formula = '=1+2';
    f8.value = 3;
    const host = new ExcelHost(fake.run);
    const p = await preview(host, returns);
    expect(p.changes.map((c) => c.column)).toEqual(['潜力', '备注']);
    expect(p.conflicts.map((c) => [c.kind, c.cell])).toEqual([['formula', 'F8']]);
    await applyMerge(host, p);
    expect(fake.cell(ROSTER, 'F8')?.formula).toBe('=1+2');
    expect(fake.valuesOf('合并记录').slice(1).map((r) => r[9] === null ? r[4] : String(r[9]).slice(0, 30))).toEqual(['E2', 'G5', expect.stringContaining('公式单元格')]);
  });

  test('writeCells writes an input sheet only as a merge that logs every cell; appendRows and the settings guard are as before', async () => {
    const fake = fakeRoster(rosterRows(3));
    const host = new ExcelHost(fake.run);
    const cells = [{ row: 1, col: 4, value: '高' }];
    await expect(host.writeCells(ROSTER, cells)).rejects.toThrow(/settings sheet only/u);
    const merge = { logSheet: '合并记录', logHeaders: ['时间'], logRows: [['t']], expected: [null] };
    await expect(host.writeCells(ROSTER, cells, { ...merge, logSheet: '盘点设置' })).rejects.toThrow(/merge log/u);
    await expect(host.writeCells('_卓越盘点', cells, merge)).rejects.toThrow(/merge log/u);
    await expect(host.writeCells(ROSTER, cells, { ...merge, logRows: [] })).rejects.toThrow(/every cell/u);
    await expect(host.writeCells(ROSTER, cells, { ...merge, expected: [] })).rejects.toThrow(/every cell/u);
    await expect(host.appendRows(ROSTER, [['x']])).rejects.toThrow(/calibration log only/u);
    expect(fake.sheet(ROSTER)?.writes).toEqual([]);
    expect(fake.sheet('合并记录')).toBeUndefined();
  });
});

describe.each([['a new log', false], ['a log of an earlier merge', true]] as const)('a merge that fails at any request (%s)', (_, earlier) => {
  test.each(['refused', 'lost', { action: 1 }, { action: 3 }] as Failure[])('(%j) leaves the workbook as it was, or merged whole', async (how) => {
    const rows = rosterRows(9);
    const returns = await editedReturns(rows, edits);
    const make = async (): Promise<{ fake: FakeExcel; p: MergePreview }> => {
      const fake = fakeRoster(rows);
      if (earlier) fake.seed({ name: '合并记录', rows: [['时间', '文件'], ['2026-12-01 09:00', '旧.xlsx']] });
      return { fake, p: await preview(new ExcelHost(fake.run), returns) };
    };
    const counted = await make();
    const office: OfficeJsExcel = viaOfficeJs(counted.fake);
    await applyMerge(new ExcelHost(office.run), counted.p);
    const merged = snapshot(counted.fake);
    const requests = office.requests.length;
    expect(requests).toBeGreaterThanOrEqual(3);
    for (let k = 1; k <= requests; k++) {
      const { fake, p } = await make();
      const was = snapshot(fake);
      const failing = viaOfficeJs(fake);
      failing.failRequest(k, how);
      const failed = await applyMerge(new ExcelHost(failing.run), p).then(
        () => false,
        () => true,
      );
      expect({ k, outcome: snapshot(fake) === (failed ? was : merged) }).toEqual({ k, outcome: true });
    }
  }, 30_000);
});

test('the write a preview makes names the log and its rows: one per change, then one per conflict', async () => {
  const rows = rosterRows(6);
  const fake = fakeRoster(rows);
  const returns = await editedReturns(rows, (wb) => {
    setCell(wb, '00001', '潜力', '高');
    wb.getWorksheet(ROSTER)!.spliceRows(3, 1);
  });
  const w = mergeWriteOf(await preview(new ExcelHost(fake.run), returns));
  expect(w.sheet).toBe(ROSTER);
  expect(w.cells).toEqual([{ row: 1, col: 4, value: '高' }]);
  expect(w.merge.expected).toEqual([null]);
  expect(w.merge.logRows.map((r) => r[4])).toEqual(['E2', 'A5']);
});

test('the weights a merge packs its requests by are never below what Office.js sends, nor far above', async () => {
  const rows = rosterRows(300);
  const fake = fakeRoster(rows);
  const returns = await editedReturns(rows, (wb) => {
    for (const r of rows.filter((x) => x[2] === '研发中心')) {
      setCell(wb, String(r[0]), '潜力', '高');
      setCell(wb, String(r[0]), '备注', `=第${String(r[0])}号的说明`);
    }
  });
  const office = viaOfficeJs(fake);
  const host = new ExcelHost(office.run);
  const p = await preview(host, returns);
  expect(p.changes).toHaveLength(200);
  const from = office.requests.length;
  await applyMerge(host, p);
  const [read, , cells] = office.requests.slice(from); // the log's request between them is not weighed here
  const readModel = p.changes.length * READ_BYTES;
  const cellsModel = p.changes.reduce((n, c) => n + writeWeight(c.value), 0);
  expect(read.bytes).toBeLessThanOrEqual(readModel);
  expect(read.bytes).toBeGreaterThan(readModel * 0.6);
  expect(cells.bytes).toBeLessThanOrEqual(cellsModel);
  expect(cells.bytes).toBeGreaterThan(cellsModel * 0.6);
}, 30_000);

test('createWorkbook is there only where Excel can create workbooks (ExcelApi 1.8), and hands Excel the base64 file', async () => {
  const fake = fakeRoster(rosterRows(2));
  // Outside Office (no Excel, no Office): the pane says to split on the page or the command line.
  expect(new ExcelHost(fake.run).createWorkbook).toBeUndefined();
  const made: string[] = [];
  const host = new ExcelHost(fake.run, () => undefined, async (b64) => void made.push(b64));
  await host.createWorkbook?.('UEsDBA==');
  expect(made).toEqual(['UEsDBA==']);
});
