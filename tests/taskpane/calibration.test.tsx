/** @jest-environment jsdom */
// Calibrate: pick an engineer, choose a box on the 3×3 picker, give a reason and who decided, and exactly one
// row is appended to 校准记录; the reason is required; undo appends a reversing row; who decided is
// remembered in the document's settings; the review can be run again from here.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextEncoder as NodeTextEncoder } from 'util';
import type { Lang } from '../../src/domain/types';
import { ExcelHost, type DocumentSettings } from '../../src/hosts/excel/host';
import { DECIDED_BY_SETTING } from '../../src/workbook/calibrate';
import type { FakeExcel } from '../hosts/excel/fakeExcel';
import { fakeWithRoster, ROSTER } from '../hosts/excel/review';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';
import { ROSTER_HEADER, ROSTER_ROWS, rosterHost } from './fixtures';
import { control, openTab, renderPane } from './render';

async function openCalibration(host: LiveMemoryHost): Promise<void> {
  renderPane(host);
  await screen.findByText(/可盘点工程师/u);
  openTab('校准');
  await screen.findByRole('textbox', { name: '查找工程师（姓名或工号）' });
}

function pickEngineer(query: string, label: RegExp): void {
  fireEvent.change(screen.getByRole('textbox', { name: '查找工程师（姓名或工号）' }), { target: { value: query } });
  fireEvent.click(screen.getByRole('button', { name: label }));
}

it('appends exactly one row with the reason and who decided, and remembers who decided', async () => {
  const host = rosterHost();
  await openCalibration(host);
  pickEngineer('王五', /^王五（E003）/u);
  expect(screen.getByText('系统测算九宫格：5 中坚力量')).toBeTruthy();
  expect(screen.getByText('暂无校准记录')).toBeTruthy();

  const picker = screen.getByRole('group', { name: '调整到' });
  // The current box is marked as current, not greyed out; a click on it chooses nothing and says why.
  const current = within(picker).getByRole('button', { name: '5 中坚力量 当前' });
  expect(current.getAttribute('aria-current')).toBe('true');
  expect((current as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(current);
  expect(screen.getByText('这是当前所在的格，请选择要调整到的格')).toBeTruthy();
  expect(within(picker).queryAllByRole('button', { pressed: true })).toEqual([]);
  fireEvent.click(within(picker).getByRole('button', { name: '8 潜力之星' }));
  fireEvent.change(control('textbox', '原因'), { target: { value: '牵头完成关键项目' } });
  fireEvent.change(control('textbox', '决定人'), { target: { value: '王总' } });
  fireEvent.click(screen.getByRole('button', { name: '记录校准' }));

  await screen.findByText(/已追加到「校准记录」/u);
  expect(host.appended).toHaveLength(1);
  expect(host.appended[0].sheet).toBe('校准记录');
  expect(host.appended[0].rows).toHaveLength(1);
  expect(host.appended[0].rows[0].slice(1)).toEqual(['E003', '王五', 5, 8, '牵头完成关键项目', '王总']);
  expect(host.documentSettings.get(DECIDED_BY_SETTING)).toBe('王总');
  // The page now shows the calibrated box and its history.
  await screen.findByText('当前（校准后）：8 潜力之星');
  expect(screen.getByRole('list', { name: '校准历史' }).textContent).toContain('5 中坚力量 → 8 潜力之星（王总）：牵头完成关键项目');
});

it('requires a reason: nothing is appended without one', async () => {
  const host = rosterHost();
  await openCalibration(host);
  pickEngineer('E003', /^王五（E003）/u);
  fireEvent.click(within(screen.getByRole('group', { name: '调整到' })).getByRole('button', { name: '8 潜力之星' }));
  fireEvent.change(control('textbox', '决定人'), { target: { value: '王总' } });
  fireEvent.click(screen.getByRole('button', { name: '记录校准' }));
  await screen.findByText('请填写原因');
  expect(host.appended).toEqual([]);
  expect(host.applied).toEqual([]);
});

it('undo appends a reversing row, and the computed box is back', async () => {
  const host = new LiveMemoryHost([
    gridOf('工程师名单', [ROSTER_HEADER, ...ROSTER_ROWS]),
    gridOf('校准记录', [['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'], ['2025-06-30 10:00', 'E003', '王五', 5, 8, '牵头完成关键项目', '李总']]),
  ]);
  host.documentSettings.set(DECIDED_BY_SETTING, '李总');
  await openCalibration(host);
  pickEngineer('王五', /^王五（E003）/u);
  expect(screen.getByText('当前（校准后）：8 潜力之星')).toBeTruthy();
  // Who decided last time is filled in.
  await waitFor(() => expect((control('textbox', '决定人') as HTMLInputElement).value).toBe('李总'));
  fireEvent.click(screen.getByRole('button', { name: '撤销校准' }));
  await screen.findByText(/已追加到「校准记录」/u);
  expect(host.appended).toHaveLength(1);
  expect(host.appended[0].rows[0].slice(1)).toEqual(['E003', '王五', 8, 5, '撤销：牵头完成关键项目', '李总']);
  await screen.findByText('未校准');
  expect(host.valuesOf('校准记录')).toHaveLength(3);
});

it('runs the review again from the page after a calibration, with the calibrated box in the results', async () => {
  const host = rosterHost();
  await openCalibration(host);
  pickEngineer('王五', /^王五（E003）/u);
  fireEvent.click(within(screen.getByRole('group', { name: '调整到' })).getByRole('button', { name: '8 潜力之星' }));
  fireEvent.change(control('textbox', '原因'), { target: { value: '牵头完成关键项目' } });
  fireEvent.change(control('textbox', '决定人'), { target: { value: '王总' } });
  fireEvent.click(screen.getByRole('button', { name: '记录校准' }));
  fireEvent.click(await screen.findByRole('button', { name: '重新运行盘点' }));
  await screen.findByText('已重新运行，输出工作表已更新');
  const results = host.valuesOf('盘点结果') ?? [];
  expect(results.find((r) => r[0] === 'E003')?.[9]).toBe(8);
  // The log was not replaced by the run: the header and the one row.
  expect(host.valuesOf('校准记录')).toHaveLength(2);
});

it('warns before a move that makes the department significantly off the guidance, and records it when asked', async () => {
  // Forty engineers of one department: 13 in box 9 (A × 高), 27 in box 5; a 14th in box 9 is 35% against 5%.
  const rows = Array.from({ length: 40 }, (_, i) => [`D${i}`, `人${i}`, '研发中心', i < 13 ? 'A' : 'B', i < 13 ? '高' : '中', 5]);
  const host = new LiveMemoryHost([gridOf('工程师名单', [ROSTER_HEADER, ...rows])]);
  await openCalibration(host);
  pickEngineer('人20', /^人20（D20）/u);
  fireEvent.click(within(screen.getByRole('group', { name: '调整到' })).getByRole('button', { name: '9 超级明星' }));
  fireEvent.change(control('textbox', '原因'), { target: { value: '表现突出' } });
  fireEvent.change(control('textbox', '决定人'), { target: { value: '王总' } });
  fireEvent.click(screen.getByRole('button', { name: '记录校准' }));
  await screen.findByText('调整后，部门「研发中心」第 9 格 14/40 人（35%），显著偏离指引 5%（校正后 p < 0.001）');
  expect(host.appended).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: '仍然记录' }));
  await screen.findByText(/已追加到「校准记录」/u);
  expect(host.appended).toHaveLength(1);
});

it('writes the meeting pack of the department chosen from the roster’s departments, and only it with the registry', async () => {
  const host = rosterHost();
  await openCalibration(host);
  fireEvent.click(screen.getByRole('tab', { name: '会议材料' }));
  const departments = screen.getByRole('combobox', { name: '会议材料部门' }) as HTMLSelectElement;
  expect([...departments.options].map((o) => o.textContent)).toEqual([
    '全部部门（4 个）',
    '研发中心（2 人）',
    '工艺技术部（2 人）',
    '设备动力部（2 人）',
    '质量管理部（1 人）',
  ]);
  fireEvent.change(departments, { target: { value: '研发中心' } });
  fireEvent.click(screen.getByRole('button', { name: '生成会议材料' }));
  await screen.findByText('已生成：会议材料-研发中心');
  expect(host.applied.at(-1)?.map((p) => [p.role, p.name])).toEqual([
    ['meetingPack', '会议材料-研发中心'],
    ['registry', '_卓越盘点'],
  ]);
  expect(host.valuesOf('会议材料-研发中心')?.[0]?.[0]).toBe('盘点会议材料 · 研发中心');
});

// ---- inside Excel: the Office.js host on the recording fake ----

// jsdom lacks TextEncoder, which the fake weighs requests with (a browser has it).
if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = NodeTextEncoder as typeof globalThis.TextEncoder;

/** The pane on ExcelHost over the fake, opened on Calibrate in `lang`. */
async function calibrationInExcel(fake: FakeExcel, lang: Lang, settings?: DocumentSettings): Promise<void> {
  renderPane(new ExcelHost(fake.run, () => settings), lang);
  await screen.findByText(lang === 'zh-CN' ? /可盘点工程师/u : /Engineers that can be reviewed/u);
  openTab(lang === 'zh-CN' ? '校准' : 'Calibrate');
  await screen.findByRole('button', { name: lang === 'zh-CN' ? '使用所选行' : 'Use the selected row' });
}

it.each([
  ['zh-CN', '使用所选行', '选中了 2 个区域。请只选中一位工程师所在的行（或一个区域），然后重试。'],
  ['en-US', 'Use the selected row', '2 ranges are selected. Select one engineer’s row (or one range) and try again.'],
] as const)('%s: two ranges selected in Excel (Ctrl+click) give a hint to select one row, not a failure', async (lang, button, hint) => {
  const fake = fakeWithRoster(6);
  await calibrationInExcel(fake, lang);
  fake.workbook.selection = { sheet: ROSTER, address: 'A3:U3,A5:U5' };
  fireEvent.click(screen.getByRole('button', { name: button }));
  await screen.findByText(hint);
  expect(screen.queryByRole('alert')).toBeNull();
  // One row selected again: its engineer is picked.
  fake.workbook.selection = { sheet: ROSTER, address: 'A3:U3' };
  fireEvent.click(screen.getByRole('button', { name: button }));
  const [id, name] = fake.valuesOf(ROSTER)[2] as string[];
  await screen.findByRole('heading', { name: `${name}（${id}）` });
});

it('a calibration is recorded when Excel fails to save the settings, with a warning that who decided was not remembered', async () => {
  const store = new Map<string, unknown>();
  const settings: DocumentSettings = {
    get: (k) => store.get(k),
    set: (k, v) => void store.set(k, v),
    saveAsync: (cb) => cb?.({ status: 'failed', error: { message: 'The document is read-only.' } }),
  };
  const fake = fakeWithRoster(6);
  await calibrationInExcel(fake, 'zh-CN', settings);
  const [id, name] = fake.valuesOf(ROSTER)[1] as string[];
  pickEngineer(id, new RegExp(`^${name}（${id}）`, 'u'));
  const picker = screen.getByRole('group', { name: '调整到' });
  const other = within(picker).getAllByRole('button').find((b) => !(b as HTMLButtonElement).disabled);
  if (!other) throw new Error('no box to move to');
  fireEvent.click(other);
  fireEvent.change(control('textbox', '原因'), { target: { value: '会议决定' } });
  fireEvent.change(control('textbox', '决定人'), { target: { value: '王总' } });
  fireEvent.click(screen.getByRole('button', { name: '记录校准' }));

  await screen.findByText('校准已记录，但决定人未能记住，下次需重新填写。Excel 未能保存本工作簿的设置：The document is read-only.');
  // The calibration itself went in: the success message, and the row in the log.
  expect(screen.getByText(/已追加到「校准记录」/u)).toBeTruthy();
  expect(fake.valuesOf('校准记录')).toHaveLength(2);
  expect(screen.queryByRole('alert')).toBeNull();
});
