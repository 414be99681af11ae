// A sheet of a person's own that has the name of a sheet a run writes is never written over: ours is moved
// aside to <name>(2) once, with a warning, and replaced in place after that — across languages too. Input
// copies are not moved: in a workbook that is its own input, the sheet a copy meets is the one it copies.
import ExcelJS from 'exceljs';
import type { RawValue } from '../../../src/workbook/host';
import { runReview, type RunOptions } from '../../../src/workbook/run';
import { openFile, reviewWorkbook } from '../../../src/web/reviewFile';
import { gridOf, LiveMemoryHost } from '../../helpers/memoryHost';

const ROSTER: RawValue[][] = [
  ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '复杂问题解决能力'],
  ['E001', '张伟', '研发中心', 'B', '中', 5, 2],
  ['E002', '王芳', '工艺', 'A', '高', 6, 4],
];
const OPTIONS: RunOptions = { today: '2026-11-26', copyInputs: false, now: () => new Date('2026-11-26T09:00:00Z') };
const MINE: RawValue[][] = [['去年手工做的盘点结果', '勿删']];

async function names(host: LiveMemoryHost): Promise<string[]> {
  return (await host.sheets()).map((s) => s.name);
}

it('moves ours aside once, says so once, and replaces it in place on later runs', async () => {
  const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER), gridOf('盘点结果', MINE)]);
  const first = await runReview(host, host, OPTIONS);
  const warned = (o: typeof first) => (o.ok ? o.problems.filter((p) => p.sheet === '盘点结果').map((p) => p.message.zh) : ['failed']);
  expect(warned(first)).toEqual(['工作表「盘点结果」不是本工具写入的，已原样保留；本次写入的同名工作表改名为「盘点结果(2)」']);
  for (let i = 0; i < 2; i++) expect(warned(await runReview(host, host, OPTIONS))).toEqual([]);
  expect(host.valuesOf('盘点结果')).toEqual(MINE);
  expect((await names(host)).filter((n) => n.startsWith('盘点结果'))).toEqual(['盘点结果', '盘点结果(2)']);
  expect(host.valuesOf('盘点结果(2)')?.[0]?.[0]).toBe('工号');
});

it('after an English run, a Chinese one moves ours aside instead of keeping the English name', async () => {
  const host = new LiveMemoryHost([gridOf('工程师名单', ROSTER), gridOf('盘点结果', MINE)]);
  await runReview(host, host, { ...OPTIONS, lang: 'en-US' });
  expect(await names(host)).toContain('Review results');
  await runReview(host, host, { ...OPTIONS, lang: 'zh-CN' });
  const after = await names(host);
  expect(after).toContain('盘点结果(2)');
  expect(after).not.toContain('Review results');
  expect(host.valuesOf('盘点结果')).toEqual(MINE);
});

it('the standalone page: a settings sheet added to a review workbook and dropped in again stays one sheet', async () => {
  const roster = new ExcelJS.Workbook();
  const ws = roster.addWorksheet('工程师名单');
  ROSTER.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  const run = async (bytes: Uint8Array, name: string) => {
    const opened = await openFile(bytes, name);
    if (!opened.ok) throw new Error('open');
    const out = await reviewWorkbook(opened.file, { lang: 'zh-CN', today: '2026-11-26' });
    if (!out.ok) throw new Error('review');
    return out;
  };
  const first = await run(new Uint8Array((await roster.xlsx.writeBuffer()) as ArrayBuffer), 'roster.xlsx');
  const review = new ExcelJS.Workbook();
  await review.xlsx.load(Buffer.from(first.bytes) as unknown as ExcelJS.Buffer);
  const settings = review.addWorksheet('盘点设置');
  settings.addRow(['键', '值']);
  settings.addRow(['复盘月数', 3]);
  let bytes: Uint8Array = new Uint8Array((await review.xlsx.writeBuffer()) as ArrayBuffer);
  for (let i = 0; i < 3; i++) {
    const out = await run(bytes, 'review.xlsx');
    expect(out.outcome.problems.filter((p) => p.message.zh.includes('不是本工具写入的'))).toEqual([]);
    bytes = out.bytes;
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(back.worksheets.map((w) => w.name).filter((n) => n.startsWith('盘点设置'))).toEqual(['盘点设置']);
});
