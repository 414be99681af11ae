// The page's department workbooks: a .zip made in memory holds one workbook per department under its own
// (Chinese) name, each opens, and returns dropped together merge into a roster to download.
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { departmentZip, mergedRoster, openDropped } from '../../src/web/departmentFiles';
import { crc32 } from '../../src/web/zip';
import { tempDir, writeSampleRoster } from '../helpers/workbooks';

it('crc32 is the standard one', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});

it('splits into a zip of department workbooks and merges returns dropped together', async () => {
  const file = path.join(await tempDir(), '花名册.xlsx');
  await writeSampleRoster(file, 12);
  const roster = { fileName: '花名册.xlsx', bytes: new Uint8Array(await fs.readFile(file)) };
  const zip = await departmentZip(roster, { by: 'department', today: '2026-12-05', lang: 'zh-CN' });
  if (!zip.ok) throw new Error(zip.fatal.message.en);
  expect(zip.fileName).toBe('花名册-部门工作簿.zip');
  const unzipped = await JSZip.loadAsync(zip.bytes);
  const names = Object.keys(unzipped.files).sort();
  expect(names).toEqual(zip.workbooks.map((w) => w.fileName).sort());
  expect(names).toContain('研发中心.xlsx');

  // The .zip itself dropped for a merge is not taken for a roster: it says to unzip it first.
  const dropped = await openDropped({ fileName: zip.fileName, bytes: zip.bytes });
  expect(dropped.ok ? 'opened' : dropped.problem.message.zh).toMatch(/压缩包.*请先解压/u);

  const returns = [];
  for (const name of names.slice(0, 2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await unzipped.files[name].async('arraybuffer'));
    const ws = wb.getWorksheet('工程师名单')!;
    ws.getCell('B2').value = `${String(ws.getCell('B2').value)}（改）`;
    returns.push({ fileName: name, bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) });
  }
  const merged = await mergedRoster(roster, returns, { today: '2026-12-06', time: '2026-12-06 09:00', lang: 'zh-CN' });
  if (!merged.ok) throw new Error(merged.fatal.message.en);
  expect(merged.fileName).toBe('花名册-合并.xlsx');
  expect(merged.summary).toMatchObject({ files: 2, merged: 2, engineersUpdated: 2, cellsChanged: 2, conflicts: 0 });
  // The same returns merged into the merged roster: nothing changes, and the download keeps the roster's name.
  const again = await mergedRoster({ fileName: merged.fileName, bytes: merged.bytes }, returns, { today: '2026-12-06', time: '2026-12-06 09:05', lang: 'zh-CN' });
  if (!again.ok) throw new Error(again.fatal.message.en);
  expect({ fileName: again.fileName, summary: again.summary }).toEqual({
    fileName: '花名册-合并.xlsx',
    summary: { files: 2, merged: 2, engineersUpdated: 0, cellsChanged: 0, conflicts: 0 },
  });
});
