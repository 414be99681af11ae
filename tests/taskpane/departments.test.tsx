/** @jest-environment jsdom */
// 部门工作簿: the returns picked in the pane are previewed — counts, each change, each conflict — and written
// into the open roster only when the person confirms, logged in 合并记录; split opens one new workbook per
// department where the host can create workbooks, and says to use the page or the command line where not.
import { fireEvent, screen, within } from '@testing-library/react';
import type ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { getCell, rosterBook, rosterRows, rosterValues, setCell, split } from '../workbook/split/helpers';
import { openTab, renderPane } from './render';

// jsdom has no TextDecoder; the browser's reader of a file that is no .xlsx needs one.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: (require('util') as typeof import('util')).TextDecoder });

async function fileOf(wb: ExcelJS.Workbook, name: string): Promise<File> {
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const file = new File([bytes], name);
  // jsdom's File may lack arrayBuffer(); the browser's has it.
  if (typeof file.arrayBuffer !== 'function') Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer });
  return file;
}

async function openDepartments(host: XlsxHost, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<void> {
  renderPane(host, lang);
  await screen.findByText(lang === 'zh-CN' ? /可盘点工程师/u : /Engineers that can be reviewed/u);
  openTab(lang === 'zh-CN' ? '部门工作簿' : 'Departments');
}

function pick(files: File[]): void {
  const input = document.querySelector('input[data-testid="returns"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files } });
}

it('previews the changes and conflicts of the returns, writes nothing until confirmed, then merges and logs', async () => {
  const roster = rosterBook(rosterRows(12));
  const { returns } = await split(roster);
  const rd = returns.get('研发中心')!;
  setCell(rd, '00001', '潜力', '高');
  setCell(rd, '00004', '备注', '建议轮岗');
  rd.getWorksheet('工程师名单')!.spliceRows(4, 1);
  const gy = returns.get('工艺技术部')!;
  setCell(gy, '00002', '潜力', '低');
  const before = rosterValues(roster);

  await openDepartments(new XlsxHost(roster));
  pick([await fileOf(rd, '研发中心.xlsx'), await fileOf(gy, '工艺技术部.xlsx')]);
  const preview = await screen.findByRole('region', { name: '合并预览' }, { timeout: 10_000 });
  expect(within(preview).getByText(/2 个文件（合并 2 个）：将更新 3 名工程师的 3 个单元格；冲突 1 处/u)).toBeTruthy();
  const changes = within(preview).getByRole('list', { name: '改动（3）' });
  expect(within(changes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    '工程师名单!E200001「潜力」：（空） → 高来自 研发中心.xlsx',
    '工程师名单!E300002「潜力」：中 → 低来自 工艺技术部.xlsx',
    '工程师名单!G500004「备注」：（空） → 建议轮岗来自 研发中心.xlsx',
  ]);
  expect(within(preview).getByText(/研发中心.xlsx 删除了工号「00007」/u)).toBeTruthy();
  expect(rosterValues(roster)).toEqual(before);
  expect(roster.getWorksheet('合并记录')).toBeUndefined();

  fireEvent.click(screen.getByRole('button', { name: '确认合并（3 个单元格）' }));
  expect(await screen.findByText('已合并：更新 3 名工程师的 3 个单元格，记入「合并记录」。请重新运行盘点。', undefined, { timeout: 10_000 })).toBeTruthy();
  expect(getCell(roster, '00001', '潜力')).toBe('高');
  expect(getCell(roster, '00002', '潜力')).toBe('低');
  expect(roster.getWorksheet('合并记录')!.rowCount).toBe(5);

  // The same returns again: nothing to merge, and the button says so by being off.
  pick([await fileOf(rd, '研发中心.xlsx')]);
  await screen.findByText(/这些文件没有要合并的改动/u, undefined, { timeout: 10_000 });
  expect((screen.getByRole('button', { name: '确认合并（0 个单元格）' }) as HTMLButtonElement).disabled).toBe(true);
});

it('cancelling the preview writes nothing; a file that is not a workbook is named', async () => {
  const roster = rosterBook(rosterRows(6));
  const { returns } = await split(roster);
  const rd = returns.get('研发中心')!;
  setCell(rd, '00001', '潜力', '高');
  await openDepartments(new XlsxHost(roster), 'en-US');
  pick([await fileOf(rd, 'rd.xlsx')]);
  await screen.findByText(/1 file \(1 merged\): 1 cell of 1 engineer to change; 0 conflicts/u, undefined, { timeout: 10_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('region', { name: 'Merge preview' })).toBeNull();
  expect(getCell(roster, '00001', '潜力')).toBeNull();
  const junk = new File([new Uint8Array([1, 2, 3])], 'notes.xlsx');
  if (typeof junk.arrayBuffer !== 'function') Object.defineProperty(junk, 'arrayBuffer', { value: async () => new Uint8Array([1, 2, 3]).buffer });
  pick([junk]);
  expect(await screen.findByText(/^notes\.xlsx could not be read: /u, undefined, { timeout: 10_000 })).toBeTruthy();
});

it('split opens one new workbook per department where the host can create workbooks, and points elsewhere where not', async () => {
  const roster = rosterBook(rosterRows(9));
  await openDepartments(new XlsxHost(roster));
  expect(screen.getByText(/此处无法新建工作簿（需要 Excel 的 ExcelApi 1.8）。请用独立网页版拆分/u)).toBeTruthy();
  expect(screen.queryByRole('button', { name: '拆分…' })).toBeNull();
  screen.getByRole('link', { name: '打开独立网页版' });
});

it('split: the workbooks it opens are .xlsx files, one a department, named for the person to save', async () => {
  const opened: string[] = [];
  const host = Object.assign(new XlsxHost(rosterBook(rosterRows(9))), {
    createWorkbook: async (b64: string) => void opened.push(b64),
  });
  await openDepartments(host);
  fireEvent.click(screen.getByRole('button', { name: '拆分…' }));
  await screen.findByText(/共 3 个部门工作簿。Excel 会为每个工作簿打开一个新窗口/u, undefined, { timeout: 10_000 });
  expect(screen.getAllByText(/\.xlsx（3 人）$/u)).toHaveLength(3);
  expect(opened).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: '打开 3 个工作簿' }));
  await screen.findByText('已打开 3 个工作簿，请逐个保存。', undefined, { timeout: 10_000 });
  expect(opened).toHaveLength(3);
  // Each is an .xlsx package (a zip: "PK").
  for (const b64 of opened) expect(Buffer.from(b64, 'base64').subarray(0, 2).toString()).toBe('PK');
});

it('split: when Excel refuses to create a workbook, the pane says so and where else to split', async () => {
  const host = Object.assign(new XlsxHost(rosterBook(rosterRows(6))), {
    createWorkbook: async () => {
      throw new Error('This operation is not allowed due to the extension hardening policy.');
    },
  });
  await openDepartments(host, 'en-US');
  fireEvent.click(screen.getByRole('button', { name: 'Split…' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Open 3 workbooks' }, { timeout: 10_000 }));
  expect(await screen.findByText('Excel did not create workbook 1 (This operation is not allowed due to the extension hardening policy.). Split on the standalone page instead (you get a .zip), or with talent-review split on the command line.', undefined, { timeout: 10_000 })).toBeTruthy();
});
