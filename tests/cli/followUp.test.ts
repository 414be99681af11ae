// The follow-up sheets end to end through the xlsx host: people's typing kept across re-runs with a changed
// roster, as a person would edit the written workbook; and one-person plan sheets through the command line
// (--plans-for).
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { USAGE } from '../../src/cli/messages';
import { workbookToBytes } from '../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { runReview } from '../../src/workbook/run';
import { captureIo, readXlsx, sheetRows, tempDir, writeXlsx, type Cell } from '../helpers/workbooks';

const HEAD = ['工号', '姓名', '部门', '绩效', '潜力', '工龄', '专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力'];
const DEPTS = ['研发中心', '工艺技术部', '设备动力部'];
const PERF = ['A', 'B', 'C'];
const POT = ['高', '中', '低'];

function person(i: number): Cell[] {
  const id = `E${String(i).padStart(3, '0')}`;
  return [id, `工程师${i}`, DEPTS[i % 3], PERF[i % 3], POT[Math.floor(i / 3) % 3], (i % 15) + 0.5, 1 + (i % 5), 2 + (i % 3), 3, 2 + (i % 4), 1 + (i % 2)];
}

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const { io, captured } = captureIo();
  const code = await main(args, io);
  return { code, err: captured.err.join('\n') };
}

/** 0-based row → the engineer ID of the plan block it belongs to, as the title row 「…（ID）」 says. */
function blockIds(ws: ExcelJS.Worksheet): Map<number, string> {
  const out = new Map<number, string>();
  let current: string | undefined;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const b = row.getCell(2).value;
    const m = typeof b === 'string' ? /^个人发展计划（一人一策） · .*（(.+)）$/u.exec(b) : null;
    if (m) current = m[1];
    if (typeof b === 'string' && b.startsWith('归档')) current = undefined;
    if (current) out.set(r, current);
  });
  return out;
}

/** Each engineer's 备注 cell (column C of the row labelled 备注 in the block). */
function notesCells(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const ids = blockIds(ws);
  const out = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row, r) => {
    const id = ids.get(r);
    if (id && row.getCell(2).value === '备注') out.set(id, row.getCell(3));
  });
  return out;
}

/** The archive rows: [person, field, content]. */
/** The archive rows as [person, field, content], found as a re-run finds them: by their hidden row keys. */
function archiveRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key !== 'string' || !key.startsWith('{')) return;
    const k = JSON.parse(key) as { a?: string; x?: number[] };
    if (k.a === undefined || !k.x) return;
    const [person, , field, content] = k.x;
    out.push([String(row.getCell(person + 1).value), String(row.getCell(field + 1).value), String(row.getCell(content + 1).value)]);
  });
  return out;
}

/** Every tenth note starts like a formula (=, +, -, @): it must stay the text typed. */
function noteFor(i: number): string {
  return i % 10 === 0 ? `${'=+-@'[(i / 10) % 4]}先谈话 ${i}` : `第${i}号的备注：轮岗后复盘`;
}

describe('people\'s cells across re-runs (xlsx host, end to end)', () => {
  function rosterHost(rows: Cell[][]): XlsxHost {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('工程师名单');
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    return new XlsxHost(wb);
  }

  async function reload(host: XlsxHost): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await workbookToBytes(host.workbook)) as unknown as ExcelJS.Buffer);
    return new XlsxHost(wb);
  }

  it('keeps 200 typed notes at their engineer or in the archive, across reordering, additions and removals', async () => {
    const options = { today: '2026-11-26', copyInputs: true };
    const roster1 = [HEAD, ...Array.from({ length: 205 }, (_, k) => person(k + 1))];
    const first = new XlsxHost(new ExcelJS.Workbook());
    expect((await runReview(rosterHost(roster1), first, options)).ok).toBe(true);

    // The written workbook is saved and opened; a person types a note for 200 engineers.
    const target = await reload(first);
    const cells = notesCells(target.workbook.getWorksheet('个人发展计划')!);
    expect(cells.size).toBe(205);
    const noted = new Map<string, string>();
    for (let i = 1; i <= 200; i++) {
      const id = `E${String(i).padStart(3, '0')}`;
      cells.get(id)!.value = noteFor(i);
      noted.set(id, noteFor(i));
    }

    // Next review: 20 noted engineers left, 15 joined, and the roster is in another order.
    const stay = Array.from({ length: 185 }, (_, k) => person(k + 21));
    const joined = Array.from({ length: 15 }, (_, k) => person(k + 301));
    const roster2 = [HEAD, ...[...stay.reverse(), ...joined].sort((a, b) => String(a[1]).length - String(b[1]).length || String(b[0]).localeCompare(String(a[0])))];
    expect((await runReview(rosterHost(roster2), target, options)).ok).toBe(true);

    const check = (): void => {
      const ws = target.workbook.getWorksheet('个人发展计划')!;
      const now = notesCells(ws);
      expect(now.size).toBe(200);
      const archived = archiveRows(ws);
      let found = 0;
      for (const [id, note] of noted) {
        const i = Number(id.slice(1));
        if (i > 20) {
          const cell = now.get(id)!;
          expect(cell.value).toBe(note);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        } else {
          expect(archived).toContainEqual([`工程师${i}(${id})`, '备注', note]);
        }
        found++;
      }
      expect(found).toBe(200);
      expect(archived).toHaveLength(20);
      // The new engineers' notes are empty.
      for (let i = 301; i <= 315; i++) expect(now.get(`E${i}`)?.value ?? null).toBeNull();
    };
    check();

    // A third run with the same roster: archived notes stay archived, once; live notes stay put.
    expect((await runReview(rosterHost(roster2), target, options)).ok).toBe(true);
    check();
  }, 60000);
});

describe('talent-review run --plans-for', () => {
  it('adds one plan sheet per selected engineer, replaced (not duplicated) on a re-run, and warns for an unknown ID', async () => {
    const input = await writeXlsx(path.join(dir, 'r.xlsx'), [{ name: '工程师名单', rows: [HEAD, ...Array.from({ length: 6 }, (_, k) => person(k + 1))] }]);
    const output = path.join(dir, 'review.xlsx');
    const first = await run(['run', input, '-o', output, '--plans-for', 'E002,E005，E999']);
    expect(first.code).toBe(0);
    let wb = await readXlsx(output);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['一人一策-工程师2', '一人一策-工程师5', '个人发展计划', '培育库', '导师结对', '盘点汇总']));
    expect(names.filter((n) => n.startsWith('一人一策-'))).toHaveLength(2);
    const one = wb.getWorksheet('一人一策-工程师2')!;
    expect(one.getCell('B1').value).toBe('个人发展计划（一人一策） · 工程师2（E002）');
    expect(one.getColumn(1).hidden).toBe(true);
    const check = sheetRows(wb.getWorksheet('数据检查')!).map((r) => String(r[3]));
    expect(check).toContain('工号 E999 不在本次盘点中，未生成一人一策工作表');

    // The person signs the one-person sheet; the next run (no --plans-for) keeps the sheet and the signature.
    const ids = blockIds(one);
    let signRow = 0;
    one.eachRow((row, r) => {
      if (ids.get(r) === 'E002' && row.getCell(2).value === '工程师签字') signRow = r;
    });
    one.getCell(signRow, 3).value = '工程师2';
    await wb.xlsx.writeFile(output);
    expect((await run(['run', input, '-o', output, '--lang', 'en-US'])).code).toBe(0);
    wb = await readXlsx(output);
    const after = wb.worksheets.map((w) => w.name);
    expect(after.filter((n) => n.startsWith('一人一策-') || n.startsWith('Plan-'))).toEqual(['Plan-工程师2', 'Plan-工程师5']);
    const plans = wb.getWorksheet('Development plans')!;
    let signed: unknown = null;
    plans.eachRow((row) => {
      if (row.getCell(2).value === 'Engineer signature' && signed === null && row.getCell(3).value === '工程师2') signed = row.getCell(3).value;
    });
    expect(signed).toBe('工程师2');
    expect(wb.getWorksheet('Plan-工程师2')!.getCell('B1').value).toBe('Individual development plan · 工程师2 (E002)');
  });

  it('says what --plans-for needs when it is empty', async () => {
    const { code, err } = await run(['run', 'x.xlsx', '-o', path.join(dir, 'o.xlsx'), '--plans-for', ',']);
    expect(code).toBe(2);
    expect(err).toContain('--plans-for 需要工号');
  });
});

describe('talent-review run --cards', () => {
  it('writes 人才卡片 for the IDs asked for, and warns for an unknown one', async () => {
    const input = await writeXlsx(path.join(dir, 'r.xlsx'), [{ name: '工程师名单', rows: [HEAD, ...Array.from({ length: 6 }, (_, k) => person(k + 1))] }]);
    const output = path.join(dir, 'review.xlsx');
    expect((await run(['run', input, '-o', output, '--cards', 'E002，E999'])).code).toBe(0);
    const wb = await readXlsx(output);
    const titles = sheetRows(wb.getWorksheet('人才卡片')!).flat().filter((v): v is string => typeof v === 'string' && /（E\d+）$/u.test(v));
    expect(titles).toEqual(['工程师2（E002）']);
    expect(sheetRows(wb.getWorksheet('数据检查')!).map((r) => String(r[3]))).toContain('工号 E999 不在本次盘点中，没有人才卡片');
  });

  it('says what --cards takes when it is empty, and the help lists it', async () => {
    const { code, err } = await run(['run', 'x.xlsx', '-o', path.join(dir, 'o.xlsx'), '--cards', '，']);
    expect(code).toBe(2);
    expect(err).toContain('--cards 需要 默认、全部、无');
    expect(USAGE.en).toContain('--cards default|all|none|ID,ID');
    expect(USAGE.zh).toContain('--cards 默认|全部|无|工号,工号');
  });
});
