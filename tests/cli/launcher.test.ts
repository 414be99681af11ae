// The installed command (bin/talent-review.js, which runs the compiled dist/) as a shell user runs it:
// piped into a reader that stops early, it stops quietly instead of printing a stack trace.
import { spawn, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { tempDir, writeSampleRoster, writeXlsx, type Cell } from '../helpers/workbooks';

const BIN = path.join(__dirname, '..', '..', 'bin', 'talent-review.js');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('stops quietly when its output is piped into `head`', async () => {
  // 1,500 unreadable 工龄 cells (a warning each; an unknown rating for everyone would be one error): far more
  // problem lines than a pipe holds, so writing goes on after head left.
  const rows: Cell[][] = [['工号', '姓名', '绩效', '潜力', '工龄']];
  for (let i = 1; i <= 1500; i++) rows.push([`E${i}`, `工程师${i}`, 'A', '高', '很久']);
  const roster = await writeXlsx(path.join(dir, 'roster.xlsx'), [{ name: '工程师名单', rows }]);
  const got = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check "${roster}" | head -n 2`], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  expect(got.stdout.split('\n').filter((l) => l !== '')).toHaveLength(2);
  expect(got.stderr).not.toMatch(/EPIPE|Error|at /u);
  expect(got.status).toBe(0);
}, 60_000);

it('a kill while the review workbook is being written leaves no temporary file and no output (exit 143)', async () => {
  const roster = path.join(dir, 'roster.xlsx');
  await writeSampleRoster(roster, 1000);
  const out = path.join(dir, 'review.xlsx');
  const child = spawn(process.execPath, [BIN, 'run', roster, '-o', out], { env: { ...process.env, LANG: 'en_US.UTF-8' } });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The kill goes to the launcher, which passes it on to the command it started.
  for (;;) {
    const files = await fs.readdir(dir);
    if (files.some((f) => f.endsWith('.tmp'))) break;
    if (files.includes('review.xlsx')) throw new Error('the write ended before the test could interrupt it');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGTERM');
  expect(await exited).toBe(143);
  expect(await fs.readdir(dir)).toEqual(['roster.xlsx']);
  expect(stderr).toContain(`Interrupted: ${out} was not written; the temporary file was removed`);
  expect(stderr).not.toMatch(/\n\s+at /u);
}, 60_000);
