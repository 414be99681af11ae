// A department return saved by LibreOffice (as WPS and LibreOffice users send them) merges exactly like the
// same return saved by Excel's library: the record survives, numbers and text compare the same, nothing else
// shows as changed. Needs soffice, so it runs with the browser tests.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { main } from '../../src/cli/main';
import { captureIo, readXlsx, sheetRows, tempDir, writeSampleRoster } from '../helpers/workbooks';

function resaveWithLibreOffice(file: string, outDir: string): string {
  const profile = path.join(os.tmpdir(), `soffice-profile-${process.pid}-split`);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
  );
  return path.join(outDir, path.basename(file));
}

it('a return re-saved by LibreOffice merges like one saved by Excel', async () => {
  const dir = await tempDir();
  const roster = path.join(dir, '花名册.xlsx');
  await writeSampleRoster(roster, 30);
  const folder = path.join(dir, 'split');
  expect(await main(['split', roster, '-o', folder], captureIo().io)).toBe(0);
  const ret = path.join(folder, '设备动力部.xlsx');
  const wb = await readXlsx(ret);
  const ws = wb.getWorksheet('工程师名单')!;
  ws.getCell('K2').value = '高';
  ws.getCell('K3').value = '低';
  ws.getCell('L2').value = 4.1;
  ws.getCell('B3').value = '改过的名字';
  await wb.xlsx.writeFile(ret);
  const loDir = path.join(dir, 'lo');
  await fs.mkdir(loDir);
  const viaLo = resaveWithLibreOffice(ret, loDir);

  const results = [];
  for (const [file, out] of [[ret, 'excel.xlsx'], [viaLo, 'lo.xlsx']]) {
    const c = captureIo();
    expect(await main(['merge', roster, file, '-o', path.join(dir, out)], c.io)).toBe(0);
    const merged = await readXlsx(path.join(dir, out));
    results.push({ summary: c.captured.err.join('\n'), roster: sheetRows(merged.getWorksheet('工程师名单')!), check: sheetRows(merged.getWorksheet('数据检查')!) });
  }
  expect(results[1]).toEqual(results[0]);
  expect(results[0].summary).toMatch(/更新 2 名工程师的 \d 个单元格；冲突 0 处/u);
});
