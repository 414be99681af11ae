// `npm run demo` as a new user runs it (the compiled dist/cli/demo.js): the review workbook it writes is the
// meeting set when printed whole — the overview, the grid, the summary and every department's pack first.
import { spawnSync } from 'child_process';
import path from 'path';
import ExcelJS from 'exceljs';

const DEMO = path.join(__dirname, '..', '..', 'dist', 'cli', 'demo.js');
const REVIEW = path.join(__dirname, '..', '..', 'out', 'demo', '样例花名册-盘点.xlsx');

it('writes a review workbook whose first tabs are the meeting set, with a pack for every department', async () => {
  const got = spawnSync(process.execPath, [DEMO], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  expect(got.status).toBe(0);
  expect(got.stdout).toContain('Meeting packs for 6 departments');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(REVIEW);
  const names = wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  const packs = names.filter((n) => n.startsWith('会议材料-'));
  expect(packs).toHaveLength(6);
  expect(names.slice(0, 3 + packs.length)).toEqual(['盘点总览', '九宫格', '盘点汇总', ...packs]);
  // Piped into a reader that stops early, it stops quietly.
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${DEMO}" | head -n 1`], { encoding: 'utf8' });
  expect(piped.stderr).not.toMatch(/EPIPE|Error/u);
}, 60_000);
