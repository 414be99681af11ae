// ExcelHost's read contract, its refusals and the small calls the pane makes, on the recording fake.
import { ExcelHost, type DocumentSettings } from '../../../src/hosts/excel/host';
import { SettingNotSavedError } from '../../../src/workbook/host';
import { REGISTRY_SHEET } from '../../../src/workbook/write/text';
import { templatePlans } from '../../../src/workbook/template';
import { createFakeExcel } from './fakeExcel';
import { viaOfficeJs } from './officeJs';
import { fakeWithRoster, reviewOnFake, ROSTER } from './review';

describe('reading', () => {
  test('a used range off A1: origin, raw values, displayed texts, formats, errors', async () => {
    const fake = createFakeExcel([
      {
        name: 'Roster',
        rows: [
          [],
          [null, '工号', '绩效', '入职'],
          [null, { value: 123, format: '00000' }, { value: 0.85, format: '0%' }, { value: 45306, format: 'yyyy-mm-dd' }],
          [null, 'E2', { error: '#N/A' }, true],
        ],
      },
    ]);
    const [grid] = await new ExcelHost(fake.run).readSheets(['Roster', 'Missing']);
    expect(grid).toEqual({
      name: 'Roster',
      origin: { row: 1, col: 1 },
      values: [['工号', '绩效', '入职'], [123, 0.85, 45306], ['E2', '#N/A', true]],
      texts: [['工号', '绩效', '入职'], ['00123', '85%', '2024-01-15'], ['E2', '#N/A', 'TRUE']],
      formats: [['General', 'General', 'General'], ['00000', '0%', 'yyyy-mm-dd'], ['General', 'General', 'General']],
      errors: [[false, false, false], [false, false, false], [false, true, false]],
      hiddenRows: [],
    });
  });

  test('hidden rows: some (read from the visible view), all, or none', async () => {
    const rows = [['a'], ['b'], ['c'], ['d']];
    const fake = createFakeExcel([
      { name: 'Some', rows, hiddenRows: [1, 3] },
      { name: 'All', rows, hiddenRows: [0, 1, 2, 3] },
      { name: 'None', rows },
    ]);
    const grids = await new ExcelHost(fake.run).readSheets(['Some', 'All', 'None']);
    expect(grids.map((g) => [g.name, g.hiddenRows])).toEqual([
      ['Some', [1, 3]],
      ['All', [0, 1, 2, 3]],
      ['None', []],
    ]);
  });

  test('hidden rows are read right when column A is hidden too (the visible view of column A would be empty)', async () => {
    const rows = [['a', 'x'], ['b', 'y'], ['c', 'z'], ['d', 'w']];
    const fake = createFakeExcel([{ name: 'Some', rows, hiddenRows: [1, 3], hiddenColumns: [0] }]);
    const [grid] = await new ExcelHost(fake.run).readSheets(['Some']);
    expect(grid.hiddenRows).toEqual([1, 3]);
  });

  test('an empty sheet reads as an empty grid; sheets() gives tab order and visibility', async () => {
    const fake = createFakeExcel([
      { name: 'Empty', rows: [] },
      { name: 'Hidden', rows: [['x']], visibility: 'Hidden' },
      { name: REGISTRY_SHEET, rows: [['role']], visibility: 'VeryHidden' },
    ]);
    const host = new ExcelHost(fake.run);
    expect(await host.sheets()).toEqual([
      { name: 'Empty', visibility: 'visible', id: fake.sheet('Empty')!.id },
      { name: 'Hidden', visibility: 'hidden', id: fake.sheet('Hidden')!.id },
      { name: REGISTRY_SHEET, visibility: 'veryHidden', id: fake.sheet(REGISTRY_SHEET)!.id },
    ]);
    const [empty] = await host.readSheets(['Empty']);
    expect(empty).toMatchObject({ values: [], texts: [], formats: [], errors: [], hiddenRows: [] });
  });
});

describe('writing only what is ours', () => {
  test("apply refuses to replace a person's sheet that carries an output name, and changes nothing", async () => {
    const fake = fakeWithRoster(20);
    fake.seed({ name: '盘点结果', rows: [['my own notes']] });
    const results = templatePlans('zh-CN', 1)[0];
    await expect(new ExcelHost(fake.run).apply([{ ...results, role: 'results', name: '盘点结果' }])).rejects.toThrow(/盘点结果/u);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([ROSTER, '盘点结果']);
    expect(fake.valuesOf('盘点结果')).toEqual([['my own notes']]);
    expect(fake.workbook.calculationModeHistory).toEqual([]);
  });

  test("a run keeps a person's sheet that carries an output name and writes its own beside it, saying so", async () => {
    const fake = fakeWithRoster(20);
    fake.seed({ name: '盘点结果', rows: [['my own notes']] });
    const outcome = await reviewOnFake(fake);
    expect(fake.valuesOf('盘点结果')).toEqual([['my own notes']]);
    expect(fake.valuesOf('盘点结果(2)')[0][0]).toBe('工号');
    if (!outcome.ok) throw new Error('run failed');
    expect(outcome.problems.map((p) => p.message.zh)).toContain('工作表「盘点结果」不是本工具写入的，已原样保留；本次写入的同名工作表改名为「盘点结果(2)」');
    expect(fake.valuesOf('数据检查').map((r) => r[0])).toContain('盘点结果');

    // Next run: ours is replaced where it is, once; the person's sheet still untouched.
    const again = await reviewOnFake(fake);
    expect(fake.workbook.sheets.filter((s) => s.name.startsWith('盘点结果')).map((s) => s.name)).toEqual(['盘点结果', '盘点结果(2)']);
    expect(fake.valuesOf('盘点结果')).toEqual([['my own notes']]);
    expect(again.ok && again.problems.filter((p) => p.sheet === '盘点结果')).toEqual([]);
  });

  test('the template creates input sheets only where none exists', async () => {
    const fake = createFakeExcel();
    const host = new ExcelHost(fake.run);
    const plans = templatePlans('zh-CN', 3);
    await host.apply(plans);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    expect(fake.valuesOf(plans[0].name)[0]).toEqual(plans[0].values[0]);
    await expect(host.apply(plans)).rejects.toThrow(new RegExp(plans[0].name, 'u'));
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
  });

  test('writeCells writes the settings sheet, creating it, and refuses any other sheet', async () => {
    const fake = fakeWithRoster(5);
    const host = new ExcelHost(fake.run);
    await host.writeCells('盘点设置', [
      { row: 0, col: 0, value: '列:工号' },
      { row: 0, col: 1, value: '001' },
      { row: 1, col: 0, value: '=1+1' },
    ]);
    expect(fake.valuesOf('盘点设置')).toEqual([['列:工号', '001'], ['=1+1', null]]);
    expect(fake.cell('盘点设置', 'B1')?.numberFormat).toBe('@');
    await expect(host.writeCells(ROSTER, [{ row: 0, col: 0, value: 'x' }])).rejects.toThrow(/settings sheet only/u);
    expect(fake.sheet(ROSTER)?.writes).toEqual([]);
  });

  test('select activates the sheet and selects the cell of a problem', async () => {
    const fake = fakeWithRoster(5);
    await reviewOnFake(fake);
    await new ExcelHost(fake.run).select(ROSTER, 'C5');
    expect(fake.workbook.active).toBe(ROSTER);
    expect(fake.workbook.selection).toEqual({ sheet: ROSTER, address: 'C5' });
  });
});

describe('the selection and the document settings', () => {
  test('one selected range is its sheet and address, wherever it is', async () => {
    const fake = fakeWithRoster(5);
    fake.workbook.selection = { sheet: ROSTER, address: 'A3:F3' };
    expect(await new ExcelHost(fake.run).selection()).toEqual({ sheet: ROSTER, address: 'A3:F3' });
  });

  test('several selected ranges (Ctrl+click) are a count, not a failure', async () => {
    const fake = fakeWithRoster(5);
    fake.workbook.selection = { sheet: ROSTER, address: 'A3:F3,A5:F5' };
    expect(await new ExcelHost(fake.run).selection()).toEqual({ areas: 2 });
    fake.workbook.selection = { sheet: ROSTER, address: 'A2, C4, E6:E7' };
    expect(await new ExcelHost(fake.run).selection()).toEqual({ areas: 3 });
    // The same through the real Office.js request builder.
    expect(await new ExcelHost(viaOfficeJs(fake).run).selection()).toEqual({ areas: 3 });
  });

  function settingsThat(status: string, error?: string): { settings: DocumentSettings; store: Map<string, unknown> } {
    const store = new Map<string, unknown>();
    const settings: DocumentSettings = {
      get: (k) => store.get(k),
      set: (k, v) => void store.set(k, v),
      saveAsync: (cb) => cb?.(error === undefined ? { status } : { status, error: { message: error } }),
    };
    return { settings, store };
  }

  test('a settings save Office reports as failed rejects, saying so in both languages', async () => {
    const { settings } = settingsThat('failed', 'The document is read-only.');
    const host = new ExcelHost(createFakeExcel().run, () => settings);
    const error: unknown = await host.setDocumentSetting('talentReview.decidedBy', '王总').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SettingNotSavedError);
    const text = (error as SettingNotSavedError).text;
    expect(text.zh).toBe('Excel 未能保存本工作簿的设置：The document is read-only.');
    expect(text.en).toBe("Excel did not save the workbook's settings: The document is read-only.");
  });

  test('a settings save resolves only when Office reports success', async () => {
    await expect(new ExcelHost(createFakeExcel().run, () => settingsThat('succeeded').settings).setDocumentSetting('k', 'v')).resolves.toBeUndefined();
    await expect(new ExcelHost(createFakeExcel().run, () => settingsThat('unknown').settings).setDocumentSetting('k', 'v')).rejects.toThrow(SettingNotSavedError);
  });
});

describe('the fake behaves like Office.js where the host could go wrong', () => {
  test('getSelectedRange refuses a selection of several areas, as Excel does; getSelectedRanges reads it', async () => {
    const fake = fakeWithRoster(5);
    fake.workbook.selection = { sheet: ROSTER, address: 'A3:F3,A5:F5' };
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidSelection/u);
    const read = await fake.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load(['address', 'areaCount']);
      await context.sync();
      return [areas.address, areas.areaCount];
    });
    expect(read).toEqual([`${ROSTER}!A3:F3, ${ROSTER}!A5:F5`, 2]);
  });

  test('a property not loaded and synced cannot be read', async () => {
    const fake = createFakeExcel([{ name: 'S', rows: [['x']] }]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/u);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/u);
      await context.sync();
      expect(range.values).toEqual([['x']]);
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/u);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('a string written without the text format becomes a formula or a number, as in Excel', async () => {
    const fake = createFakeExcel([{ name: 'S', rows: [] }]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['=1+1', '007']];
      await context.sync();
    });
    expect(fake.cell('S', 'A1')?.formula).toBe('=1+1');
    expect(fake.cell('S', 'B1')?.value).toBe(7);
  });

  test('a very hidden sheet cannot be deleted, and a request of 5 MB is refused', async () => {
    const fake = createFakeExcel([{ name: 'S', rows: [] }, { name: 'V', rows: [], visibility: 'VeryHidden' }]);
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem('V').delete())).rejects.toThrow(/InvalidOperation/u);
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A60000').values = big;
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/u);
  });
});
