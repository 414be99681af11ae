// `talent-review split` and `merge` on files, as HR runs them: the roster and the returns are never rewritten,
// the merged roster reviews, and the console says what happened.
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sha256, tempDir, writeSampleRoster } from '../helpers/workbooks';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('talent-review split and merge', () => {
  it('splits by department, merges an edited return into a new roster that reviews, and rewrites no input', async () => {
    const roster = path.join(dir, '花名册.xlsx');
    await writeSampleRoster(roster, 24);
    const folder = path.join(dir, '部门');
    const s = captureIo();
    expect(await main(['split', roster, '-o', folder], s.io)).toBe(0);
    const files = (await fs.readdir(folder)).sort();
    expect(files).toHaveLength(6);
    expect(files).toContain('研发中心.xlsx');
    expect(s.captured.err.join('\n')).toContain('已拆分为 6 个部门工作簿（共 24 名工程师）');

    const ret = path.join(folder, '研发中心.xlsx');
    const wb = await readXlsx(ret);
    const ws = wb.getWorksheet('工程师名单')!;
    ws.getCell('K2').value = ws.getCell('K2').value === '高' ? '低' : '高';
    await wb.xlsx.writeFile(ret);
    const before = [await sha256(roster), await sha256(ret)];

    const merged = path.join(dir, '合并.xlsx');
    const m = captureIo();
    expect(await main(['merge', roster, ret, '-o', merged], m.io)).toBe(0);
    expect(m.captured.err.join('\n')).toContain('合并 1 个退回文件（1 个已合并）：更新 1 名工程师的 1 个单元格；冲突 0 处');
    expect([await sha256(roster), await sha256(ret)]).toEqual(before);
    const out = await readXlsx(merged);
    expect(out.worksheets.map((w) => w.name)).toEqual(['工程师名单', '能力素质标准', '盘点设置', '需求规划', '关键岗位', '数据检查', '合并记录']);

    const r = captureIo();
    expect(await main(['run', merged, '-o', path.join(dir, '盘点.xlsx')], r.io)).toBe(0);
    expect(r.captured.err.join('\n')).toContain('已盘点 24 名工程师');

    // Again into the same merged roster: allowed (it is one this tool wrote), and a folder already split is refused.
    expect(await main(['merge', roster, ret, '-o', merged], captureIo().io)).toBe(0);
    const again = captureIo();
    expect(await main(['split', roster, '-o', folder], again.io)).toBe(1);
    expect(again.captured.err.join('\n')).toContain('为免覆盖，请换一个空文件夹');
  });

  it('refuses a wrong command line with exit 2, and never writes over the roster or a file of its own', async () => {
    const roster = path.join(dir, 'r.xlsx');
    await writeSampleRoster(roster, 6);
    const bad = captureIo();
    expect(await main(['split', roster, '-o', dir, '--by', '岗位'], bad.io)).toBe(2);
    expect(bad.captured.err[0]).toContain('--by 只能是 部门 或 直接上级');
    expect(await main(['merge', roster, roster, '-o', roster], captureIo().io)).toBe(2);
    const own = captureIo();
    expect(await main(['merge', roster, roster, '-o', path.join(dir, '花名册.xlsx')], own.io)).toBe(1);
    expect(own.captured.err.join('\n')).toContain('不是本工具合并出的花名册');
  });
});
