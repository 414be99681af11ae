/** @jest-environment jsdom */
// Run: the chosen output sheets are written (and only they, with the registry), a progress bar shows the
// stage, and afterwards a nine-box with counts whose boxes list their engineers.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextEncoder as NodeTextEncoder } from 'util';
import { ExcelHost } from '../../src/hosts/excel/host';
import { fakeWithRoster } from '../hosts/excel/review';
import { BOX_TABLE } from '../../src/domain/catalogue';
import { NineBox } from '../../src/taskpane/NineBox';
import { strings } from '../../src/taskpane/i18n';
import type { SheetPlan } from '../../src/workbook/plan';
import { LiveMemoryHost } from '../helpers/memoryHost';
import { gridOf } from '../helpers/memoryHost';
import { ROSTER_HEADER, rosterHost } from './fixtures';
import { openTab, renderPane } from './render';
import { render } from '@testing-library/react';

/** Boxes of the fixture by hand (DOMAIN.md: box = 3 × potential + performance + 1). */
const EXPECTED: Record<number, string[]> = {
  9: ['E001', 'E002'], // A/优秀 × 高
  8: ['E005'], // 合格 × 高
  7: [],
  6: ['E006', 'E008'], // S/A × 中
  5: ['E003'], // B × 中
  4: [],
  3: [],
  2: [],
  1: ['E004'], // C × 低
};

async function runWith(host: LiveMemoryHost, uncheck: string[], plansFor?: string): Promise<SheetPlan[]> {
  renderPane(host);
  await screen.findByText(/可盘点工程师/u);
  openTab('运行');
  // The options are folded under 选项.
  fireEvent.click(screen.getByRole('button', { name: '选项' }));
  for (const name of uncheck) fireEvent.click(screen.getByRole('checkbox', { name }));
  if (plansFor !== undefined) fireEvent.change(screen.getByLabelText('一人一策单独成表（可选）'), { target: { value: plansFor } });
  fireEvent.click(screen.getByRole('button', { name: '运行盘点' }));
  await screen.findByRole('group', { name: '九宫格' });
  return host.applied[0];
}

it('writes only the outputs chosen, plus the registry', async () => {
  const host = rosterHost();
  const plans = await runWith(host, ['能力差距', '数据检查', '个人发展计划', '培育库', '导师结对', '人才地图', '继任规划', '人才卡片', '盘点汇总', '盘点总览']);
  expect(host.applied).toHaveLength(1);
  // In meeting order (DOMAIN.md, Printing): the grid before the working sheets.
  expect(plans.map((p) => [p.role, p.name])).toEqual([
    ['grid', '九宫格'],
    ['results', '盘点结果'],
    ['registry', '_卓越盘点'],
  ]);
  expect(host.written).toEqual([]);
  expect(screen.getByText('已盘点 7 人，写入：九宫格、盘点结果')).toBeTruthy();
  // The result comes first, with the way to the grid sheet.
  expect(screen.getByRole('button', { name: '打开「九宫格」' })).toBeTruthy();
});

it('writes every output by default (评价汇总 only where there is a 能力评价 sheet)', async () => {
  const host = rosterHost();
  const plans = await runWith(host, []);
  expect(plans.map((p) => p.role).sort()).toEqual(
    ['cards', 'check', 'gaps', 'grid', 'mentoring', 'overview', 'plans', 'pool', 'registry', 'results', 'succession', 'summary', 'talentMap'],
  );
});

it('adds one plan sheet per engineer typed in the field', async () => {
  const plans = await runWith(rosterHost(), [], 'E001， E003');
  const onePerson = plans.filter((p) => p.role === 'plans' && p.key !== undefined);
  expect(onePerson.map((p) => p.key)).toEqual(['plan:E001', 'plan:E003']);
});

it('shows the nine-box counts, potential upward and performance rightward', async () => {
  await runWith(rosterHost(), []);
  const grid = screen.getByRole('group', { name: '九宫格' });
  const boxes = within(grid).getAllByRole('button');
  // Reading order: top row 7 8 9, then 4 5 6, then 1 2 3.
  expect(boxes.map((b) => b.getAttribute('data-box'))).toEqual(['7', '8', '9', '4', '5', '6', '1', '2', '3']);
  for (const b of boxes) {
    const box = Number(b.getAttribute('data-box'));
    const share = `${Math.round((100 * EXPECTED[box].length) / 7)}%`;
    expect(b.textContent).toBe(`${box} ${BOX_TABLE[box as 1].label.zh} ${EXPECTED[box].length} ${share}`);
  }
});

it('lists the first 20 engineers of a full box, and all of them on request', async () => {
  const rows = Array.from({ length: 45 }, (_, i) => [`E${100 + i}`, `人${i}`, '研发中心', 'A', '高', 5]);
  await runWith(new LiveMemoryHost([gridOf('工程师名单', [ROSTER_HEADER, ...rows])]), []);
  const grid = screen.getByRole('group', { name: '九宫格' });
  fireEvent.click(within(grid).getByRole('button', { name: /^9 /u }));
  const table = screen.getByRole('table', { name: /45 人/u });
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 20);
  fireEvent.click(screen.getByRole('button', { name: '显示全部 45 人' }));
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 45);
});

it('in Excel, 「查看全部」 of a box filters 盘点结果 to the box and shows it, instead of listing everyone in the pane', async () => {
  // jsdom lacks TextEncoder, which the fake weighs requests with (a browser has it).
  if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = NodeTextEncoder as typeof globalThis.TextEncoder;
  const fake = fakeWithRoster(30);
  renderPane(new ExcelHost(fake.run));
  fireEvent.click(await screen.findByRole('button', { name: /^运行盘点（30 人）/u }));
  const grid = await screen.findByRole('group', { name: '九宫格' }, { timeout: 20_000 });
  const fullest = within(grid)
    .getAllByRole('button')
    .sort((a, b) => Number(b.querySelector('span + span')?.textContent) - Number(a.querySelector('span + span')?.textContent))[0];
  const box = fullest.getAttribute('data-box');
  const n = Number(fullest.querySelector('span + span')?.textContent);
  fireEvent.click(fullest);
  fireEvent.click(screen.getByRole('button', { name: `在「盘点结果」中查看全部 ${n} 人` }));
  await waitFor(() => expect(fake.workbook.active).toBe('盘点结果'));
  expect(fake.sheet('盘点结果')?.tables[0].filter).toEqual({ column: '校准后九宫格', values: [box] });
  expect(screen.queryByRole('button', { name: `显示全部 ${n} 人` })).toBeNull();
});

it('lists the engineers of a box when it is clicked', async () => {
  await runWith(rosterHost(), []);
  const grid = screen.getByRole('group', { name: '九宫格' });
  fireEvent.click(within(grid).getByRole('button', { name: /^6 绩效之星/u }));
  const table = screen.getByRole('table', { name: '6 绩效之星（2 人）' });
  const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
  expect(rows).toEqual([
    ['孙八', 'E006'],
    ['吴十', 'E008'],
  ]);
  fireEvent.click(within(grid).getByRole('button', { name: /^7 待发展者/u }));
  expect(screen.getByText('此格暂无工程师')).toBeTruthy();
});

it('shows the stage and its progress while writing', async () => {
  // A host whose write waits, so the pane can be looked at mid-way.
  let release: () => void = () => undefined;
  class SlowHost extends LiveMemoryHost {
    override async apply(plans: SheetPlan[], progress?: (done: number, total: number) => void): Promise<void> {
      progress?.(1, 3);
      await new Promise<void>((resolve) => (release = resolve));
      await super.apply(plans, progress);
    }
  }
  const base = rosterHost();
  const host = new SlowHost(await base.readSheets(['工程师名单']));
  renderPane(host);
  await screen.findByText(/可盘点工程师/u);
  openTab('运行');
  fireEvent.click(screen.getByRole('button', { name: '运行盘点' }));
  expect(await screen.findByText('写入工作表（1/3）')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(1 / 3));
  release();
  expect(await screen.findByRole('group', { name: '九宫格' })).toBeTruthy();
});

it('uses box labels and colours set in the workbook', () => {
  const reviews = [] as Parameters<typeof NineBox>[0]['reviews'];
  render(<NineBox s={strings('en-US')} reviews={reviews} settings={{ boxLabels: { 9: 'Top talent' }, boxColours: { 9: '#123456' } }} />);
  const box9 = screen.getByRole('button', { name: '9 Top talent 0 0%' });
  expect(box9.style.backgroundColor).toBe('rgb(18, 52, 86)');
});

it('reads a previous review workbook picked in the pane and shows each engineer’s movement', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('盘点结果');
  ws.addRow(['工号', '姓名', '九宫格编号', '校准后九宫格']);
  ws.addRow(['E001', '甲', 5, 5]); // now 9: 上升
  ws.addRow(['E004', '丁', 4, 1]); // calibrated to 1 last time, now 1: 持平
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const file = new File([bytes], '上期盘点.xlsx');
  // jsdom's File may lack arrayBuffer(); the browser's has it.
  if (typeof file.arrayBuffer !== 'function') Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer });

  const host = rosterHost();
  renderPane(host);
  await screen.findByText(/可盘点工程师/u);
  openTab('运行');
  fireEvent.click(screen.getByRole('button', { name: '选项' }));
  // The pane's own button opens the browser's file dialog; the dialog's answer arrives on the hidden input.
  expect(screen.getByRole('button', { name: '选择工作簿…' })).toBeTruthy();
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText('已读取 上期盘点.xlsx');
  fireEvent.click(screen.getByRole('button', { name: '运行盘点' }));
  await screen.findByRole('group', { name: '九宫格' });

  const results = host.applied[0].find((p) => p.role === 'results')!.values;
  const header = results[0];
  const at = (id: string, h: string): unknown => results.find((r) => r[0] === id)?.[header.indexOf(h)];
  expect(at('E001', '上期九宫格')).toBe(5);
  expect(at('E001', '变动')).toBe('上升');
  expect(at('E004', '变动')).toBe('持平');
  expect(at('E003', '上期九宫格')).toBeNull();
});
