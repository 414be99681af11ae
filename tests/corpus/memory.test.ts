// Reading is bounded by the cells that hold something (issue 14): a 12 KB roster with one stray cell far
// away, or one merge over most of the sheet, once took the command line to 2.6–3 GB and over a minute (a
// grid of the whole box, a cell object per merged cell). Measured here as a person would feel it: the peak
// resident memory of a child process running `check` and `run` (with the same hostile files as --previous
// and --settings), under a generous bound. A measurement, not a timing.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { tempDir } from '../helpers/workbooks';
import { rosterXlsx, withMerge } from './hostileFiles';

const BOUND_MB = 500;

it(`check and run on far stray cells and a huge merge stay under ${BOUND_MB} MB`, async () => {
  const dir = await tempDir('talent-review-memory-');
  try {
    const files = {
      space: await rosterXlsx((ws) => (ws.getCell('A1048576').value = ' ')),
      corner: await rosterXlsx((ws) => (ws.getCell('XFD1048576').value = 'x')),
      merge: await withMerge(await rosterXlsx(), 'H1:XFD1048576'),
    };
    const at: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      at[name] = path.join(dir, `${name}.xlsx`);
      await fs.writeFile(at[name], bytes);
      // Each a small file: the cost is in what it declares, not in its size.
      expect(bytes.length).toBeLessThan(12_000);
    }
    const out = path.join(dir, 'review.xlsx');
    const runs = [
      ['check', at.space],
      ['check', at.corner],
      ['check', at.merge],
      ['run', at.corner, '-o', out, '--previous', at.merge, '--settings', at.space],
      // A re-run into the review workbook just written (the streamed re-run target).
      ['run', at.merge, '-o', out],
    ];
    const child = spawnSync(process.execPath, ['--max-old-space-size=1024', path.join(__dirname, 'peakRss.js'), JSON.stringify(runs)], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout) as { codes: number[]; said: string[]; maxRssMb: number };
    expect(result.codes).toEqual([0, 0, 0, 0, 0]);
    expect(result.said.join('\n')).toContain('XFD1048576');
    expect(result.maxRssMb).toBeLessThan(BOUND_MB);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 120_000);
