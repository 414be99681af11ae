// The pane checks one ExcelApi set at start; it must be the highest set of any member the host calls,
// as @types/office-js tags them. The members are found by the TypeScript checker in the host's source.
import fs from 'fs';
import path from 'path';
import { excelApiSupported, REQUIRED_EXCEL_API, USED_MEMBERS } from '../../../src/hosts/excel/apiSets';
import { excelMembersUsed } from './excelMembers';

const HOST_DIR = path.resolve('src/hosts/excel');
const hostFiles = fs
  .readdirSync(HOST_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'apiSets.ts')
  .map((f) => path.join(HOST_DIR, f));
const used = excelMembersUsed(hostFiles);

/** `ExcelApi 1.1 for get, 1.8 for set` → 1.8: the host sets what it reads, so the higher one counts. */
function version(tag: string): number[] {
  const all = [...tag.matchAll(/\d+\.\d+/gu)].map((m) => m[0].split('.').map(Number));
  return all.sort((a, b) => b[0] - a[0] || b[1] - a[1])[0];
}

describe('ExcelApi requirement set', () => {
  test('USED_MEMBERS lists exactly the Excel members the host source touches', () => {
    expect([...USED_MEMBERS].sort()).toEqual(used.map((u) => u.member).sort());
  });

  test('every listed member appears in the host source', () => {
    const source = hostFiles.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const m of USED_MEMBERS) {
      const name = m.split('.')[1];
      expect({ member: m, inSource: new RegExp(`[.'"/]${name}\\b|\\b${name}:`, 'u').test(source) }).toEqual({ member: m, inSource: true });
    }
  });

  // Excel.run's delayForCellEdit has no tag in @types/office-js or the RunOptions reference; office.js sets it
  // only where isSetSupported('DelayForCellEdit') (src/hosts/excel/run.ts), so an older Excel ignores it.
  test('only collection items, load, untrack (Office.js bookkeeping), the request context and delayForCellEdit go without an ExcelApi tag', () => {
    const untagged = used.filter((u) => !u.apiSet).map((u) => u.member);
    for (const m of untagged) expect(m).toMatch(/\.(load|items|untrack)$|^RequestContext\.workbook$|^RunOptions\.delayForCellEdit$/u);
    const foreign = used.filter((u) => u.apiSet && !u.apiSet.startsWith('ExcelApi ')).map((u) => `${u.member}: ${u.apiSet}`);
    expect(foreign).toEqual([]);
  });

  test('the highest tag is the set the pane checks', () => {
    const highest = used
      .filter((u) => u.apiSet)
      .map((u) => version(u.apiSet ?? ''))
      .sort((a, b) => b[0] - a[0] || b[1] - a[1])[0];
    expect(highest.join('.')).toBe(REQUIRED_EXCEL_API);
    expect(used.filter((u) => u.apiSet && version(u.apiSet).join('.') === REQUIRED_EXCEL_API).length).toBeGreaterThan(0);
  });

  test('excelApiSupported asks Office for that set', () => {
    const asked: string[] = [];
    expect(excelApiSupported((name, v) => (asked.push(`${name} ${v}`), true))).toBe(true);
    expect(asked).toEqual([`ExcelApi ${REQUIRED_EXCEL_API}`]);
    expect(excelApiSupported((name, v) => name === 'ExcelApi' && Number(v) <= 1.8)).toBe(false);
  });
});
