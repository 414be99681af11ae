// Calibration through the Office.js host on the recording fake: the pane appends one row to the log in
// one Excel.run, texts stay texts, only the registered log (or a new sheet) is appended to, a re-run keeps
// the log and shows the calibrated box; the selected row and the document's settings.
import { ExcelHost, splitAddress, type DocumentSettings } from '../../../src/hosts/excel/host';
import { appendCalibration, loadCalibration, selectedEngineer } from '../../../src/workbook/calibrate';
import type { Box } from '../../../src/domain/types';
import { createFakeExcel } from './fakeExcel';
import { fakeWithRoster, reviewOnFake, ROSTER } from './review';

const LOG = '校准记录';

describe('calibration on the Office.js host', () => {
  test('a move appends one row in one Excel.run, a formula-like reason stays text, and a re-run keeps the log', async () => {
    const fake = fakeWithRoster(12);
    const first = await reviewOnFake(fake);
    expect(first.ok).toBe(true);
    expect(fake.valuesOf(LOG)).toEqual([['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人']]);

    const host = new ExcelHost(fake.run);
    const view = await loadCalibration(host, '2026-01-15');
    if (!view.ok) throw new Error('review failed');
    const who = view.result.reviews[0];
    const to = (who.finalBox === 9 ? 8 : 9) as Box;
    const out = await appendCalibration(
      host,
      { id: who.engineer.id, name: who.engineer.name, from: who.finalBox, to, reason: '=揭榜挂帅 +1', decidedBy: '-王总' },
      { lang: 'zh-CN', now: new Date(2026, 0, 15, 9, 30) },
    );
    expect(out.ok).toBe(true);
    const rows = fake.valuesOf(LOG);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['2026-01-15 09:30', who.engineer.id, who.engineer.name, who.finalBox, to, '=揭榜挂帅 +1', '-王总']);
    expect(fake.cell(LOG, 'F2')?.formula).toBeUndefined();
    expect(fake.cell(LOG, 'F2')?.numberFormat).toBe('@');

    // appendRows on its own is one Excel.run.
    fake.resetStats();
    await host.appendRows(LOG, [['', who.engineer.id, who.engineer.name, to, who.finalBox, '撤销', '王总']]);
    expect(fake.stats.runs).toBe(1);
    expect(fake.valuesOf(LOG)).toHaveLength(3);

    // Re-run: the log is left exactly as it is; the last row (the undo) wins.
    const logBefore = fake.valuesOf(LOG);
    const again = await reviewOnFake(fake);
    expect(again.ok && again.plans.some((p) => p.role === 'calibration')).toBe(false);
    expect(fake.valuesOf(LOG)).toEqual(logBefore);
    expect(again.ok && again.result.reviews[0].finalBox).toBe(who.placement.box);
  });

  test('appendRows refuses any sheet but the registered log, and creates a missing one', async () => {
    const fake = fakeWithRoster(5);
    await reviewOnFake(fake);
    const host = new ExcelHost(fake.run);
    await expect(host.appendRows(ROSTER, [['x']])).rejects.toThrow(/calibration log only/u);
    expect(fake.sheet(ROSTER)?.writes).toEqual([]);
    await host.appendRows('新日志', [['00123', 5]]);
    expect(fake.valuesOf('新日志')).toEqual([['00123', 5]]);
    expect(fake.cell('新日志', 'A1')?.numberFormat).toBe('@');
  });

  test('the pane’s first move on a workbook never run creates and registers the log, then appends', async () => {
    const fake = fakeWithRoster(5);
    const host = new ExcelHost(fake.run);
    const view = await loadCalibration(host, '2026-01-15');
    if (!view.ok) throw new Error('review failed');
    const r = view.result.reviews[1];
    const out = await appendCalibration(
      host,
      { id: r.engineer.id, name: r.engineer.name, from: r.finalBox, to: (r.finalBox === 1 ? 2 : 1) as Box, reason: '会议决定', decidedBy: '王总' },
      { lang: 'zh-CN' },
    );
    expect(out.ok).toBe(true);
    expect(fake.valuesOf(LOG)).toHaveLength(2);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([ROSTER, LOG, '_卓越盘点']);
  });

  test('selection() names the sheet and address of the selected range; the selected row names its engineer', async () => {
    const fake = fakeWithRoster(5);
    await reviewOnFake(fake);
    const host = new ExcelHost(fake.run);
    await host.select('盘点结果', 'C3:E3');
    expect(await host.selection()).toEqual({ sheet: '盘点结果', address: 'C3:E3' });
    const view = await loadCalibration(host, '2026-01-15');
    if (!view.ok) throw new Error('review failed');
    expect(await selectedEngineer(host, view)).toBe(fake.valuesOf('盘点结果')[2][0]);
    expect(splitAddress("'盘点 ''结果'''!B7")).toEqual({ sheet: "盘点 '结果'", address: 'B7' });
  });

  test('the last 决定人 is kept in the document’s settings', async () => {
    const store = new Map<string, unknown>();
    let saved = 0;
    const settings: DocumentSettings = {
      get: (k) => store.get(k),
      set: (k, v) => void store.set(k, v),
      saveAsync: (cb) => {
        saved++;
        cb?.({ status: 'succeeded' });
      },
    };
    const host = new ExcelHost(createFakeExcel().run, () => settings);
    expect(await host.documentSetting('talentReview.decidedBy')).toBeUndefined();
    await host.setDocumentSetting('talentReview.decidedBy', '王总');
    expect(await host.documentSetting('talentReview.decidedBy')).toBe('王总');
    expect(saved).toBe(1);
    // Outside Office there are no document settings: nothing is remembered, nothing fails.
    const bare = new ExcelHost(createFakeExcel().run);
    await bare.setDocumentSetting('k', 'v');
    expect(await bare.documentSetting('k')).toBeUndefined();
  });
});
