// Reading 校准记录 (DOMAIN.md, Calibration; output table): headers in Chinese or English, rows typed by hand
// (a box by its label, an ID formatted as a number, blank rows), and what is wrong as a problem at its cell.
import { defaultSettings } from '../../../src/domain/settings';
import type { RawValue } from '../../../src/workbook/host';
import { readCalibrationLog } from '../../../src/workbook/read/calibration';
import { gridOf } from '../../helpers/memoryHost';

const settings = defaultSettings();

describe('readCalibrationLog', () => {
  it('reads the rows in log order, with their sheet rows', () => {
    const log = readCalibrationLog(
      gridOf('校准记录', [
        ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'],
        ['2025-06-30 10:00', 'E1', '张三', 5, 8, '牵头完成关键项目', '王总'],
        [null, null, null, null, null, null, null],
        ['', ' E2 ', '', '中坚力量', '潜力之星', '手写', ''],
      ]),
      settings,
    );
    expect(log.problems).toEqual([]);
    expect(log.records).toEqual([
      { time: '2025-06-30 10:00', id: 'E1', name: '张三', from: 5, to: 8, reason: '牵头完成关键项目', decidedBy: '王总', row: 1 },
      { time: '', id: 'E2', name: '', from: 5, to: 8, reason: '手写', decidedBy: '', row: 3 },
    ]);
  });

  it('reads a box as the product\'s sheets show it, "8 潜力之星"; a number with another box\'s label is not a box', () => {
    const log = readCalibrationLog(
      gridOf('校准记录', [
        ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'],
        ['', 'E1', '', '8 潜力之星', '9 · Star', '抄自会议材料', ''],
        ['', 'E2', '', '8 超级明星', 9, '', ''],
      ]),
      settings,
    );
    expect(log.records.map((r) => [r.id, r.from, r.to])).toEqual([['E1', 8, 9], ['E2', undefined, 9]]);
    expect(log.problems.map((p) => p.cell)).toEqual(['D3']);
  });

  it('reads English headers in another order', () => {
    const rows: RawValue[][] = [['ID', 'To box', 'Reason', 'From box'], ['00123', 9, 'promoted', 8]];
    const log = readCalibrationLog(gridOf('Calibration log', rows), settings);
    expect(log.records).toMatchObject([{ id: '00123', to: 9, from: 8, reason: 'promoted' }]);
  });

  it('leaves out a row without an ID or a usable 调整后, with a warning at the cell; a bad 调整前 is not given', () => {
    const log = readCalibrationLog(
      gridOf('校准记录', [
        ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'],
        ['', null, '无名', 5, 8, '', ''],
        ['', 'E1', '', 5, 12, '', ''],
        ['', 'E2', '', 'x', 7, '', ''],
      ]),
      settings,
    );
    expect(log.problems.map((p) => [p.cell, p.severity])).toEqual([['B2', 'warning'], ['E3', 'warning'], ['D4', 'warning']]);
    expect(log.records).toEqual([expect.objectContaining({ id: 'E2', to: 7 })]);
    expect(log.records[0].from).toBeUndefined();
  });

  it('says so when the sheet has content but no header', () => {
    const log = readCalibrationLog(gridOf('校准记录', [['随便写的']]), settings);
    expect(log.records).toEqual([]);
    expect(log.problems[0].cell).toBe('A1');
  });
});
