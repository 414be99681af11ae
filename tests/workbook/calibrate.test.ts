// The pane's calibration API on the memory host: one row appended per move, with its reason; reason and who
// decided required; the log created once and registered; undo appends a reversing row and restores the
// computed box; the selected row names its engineer; and many random moves with re-runs never lose a log
// row or a typed note.
import fc from 'fast-check';
import type { Box } from '../../src/domain/types';
import type { RawValue } from '../../src/workbook/host';
import {
  appendCalibration,
  engineerHistory,
  loadCalibration,
  sanityWarnings,
  selectedEngineer,
  undoCalibration,
  type CalibrationView,
} from '../../src/workbook/calibrate';
import { runReview } from '../../src/workbook/run';
import { readRegistry } from '../../src/workbook/write/registry';
import { gridOf, LiveMemoryHost } from '../helpers/memoryHost';

const TODAY = '2025-06-30';
const NOW = new Date(2025, 5, 30, 14, 5);
const HEAD: RawValue[] = ['工号', '姓名', '部门', '绩效', '潜力'];
// Boxes by hand: A×高 9, B×中 5, C×低 1, B×高 8.
const ROWS: RawValue[][] = [
  ['E001', '张三', '研发中心', 'A', '高'],
  ['E002', '李四', '研发中心', 'B', '中'],
  ['E003', '王五', '工艺技术部', 'C', '低'],
  ['E004', '赵六', '工艺技术部', 'B', '高'],
];

function host(): LiveMemoryHost {
  return new LiveMemoryHost([gridOf('工程师名单', [HEAD, ...ROWS])]);
}

async function view(h: LiveMemoryHost): Promise<CalibrationView> {
  const v = await loadCalibration(h, TODAY);
  if (!v.ok) throw new Error(v.fatal.message.en);
  return v;
}

function finalBox(v: CalibrationView, id: string): Box {
  const r = v.result.reviews.find((x) => x.engineer.id === id);
  if (!r) throw new Error(id);
  return r.finalBox;
}

const move = (id: string, name: string, from: Box, to: Box, reason = '牵头完成关键项目', decidedBy = '王总') => ({ id, name, from, to, reason, decidedBy });

describe('appendCalibration', () => {
  it('creates the log once (headers, registered), then appends exactly one row per move with its reason', async () => {
    const h = host();
    const out = await appendCalibration(h, move('E002', '李四', 5, 8), { lang: 'zh-CN', now: NOW });
    expect(out).toEqual({ ok: true, sheet: '校准记录', row: ['2025-06-30 14:05', 'E002', '李四', 5, 8, '牵头完成关键项目', '王总'] });
    expect(h.appended).toEqual([{ sheet: '校准记录', rows: [['2025-06-30 14:05', 'E002', '李四', 5, 8, '牵头完成关键项目', '王总']] }]);
    expect(h.applied).toHaveLength(1);
    expect(h.applied[0].map((p) => p.role)).toEqual(['calibration', 'registry']);
    expect(readRegistry(gridOf('_卓越盘点', h.valuesOf('_卓越盘点') ?? [])).map((e) => [e.role, e.sheet])).toEqual([['calibration', '校准记录']]);
    expect(h.valuesOf('校准记录')?.[0]).toEqual(['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人']);

    // The second move only appends.
    await appendCalibration(h, move('E003', '王五', 1, 2, '调岗后表现稳定'), { lang: 'zh-CN', now: NOW });
    expect(h.applied).toHaveLength(1);
    expect(h.appended).toHaveLength(2);
    const v = await view(h);
    expect(finalBox(v, 'E002')).toBe(8);
    expect(finalBox(v, 'E003')).toBe(2);
    expect(engineerHistory(v, 'E002').map((r) => r.reason)).toEqual(['牵头完成关键项目']);
  });

  it('requires a reason and who decided, and a box that changes; nothing is written otherwise', async () => {
    const h = host();
    const noReason = await appendCalibration(h, move('E002', '李四', 5, 8, '  '), { lang: 'zh-CN', now: NOW });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.problem.message.zh).toBe('请填写校准原因');
    expect((await appendCalibration(h, move('E002', '李四', 5, 8, '理由', ''), { lang: 'zh-CN' })).ok).toBe(false);
    expect((await appendCalibration(h, move('E002', '李四', 5, 5), { lang: 'zh-CN' })).ok).toBe(false);
    expect(h.appended).toEqual([]);
    expect(h.applied).toEqual([]);
  });

  it('registers a log a person made by hand, and appends to it without rewriting it', async () => {
    const h = new LiveMemoryHost([
      gridOf('工程师名单', [HEAD, ...ROWS]),
      gridOf('Calibration log', [['Time', 'ID', 'Name', 'From box', 'To box', 'Reason', 'Decided by'], ['', 'E001', '', 9, 6, 'typed by hand', 'Li']]),
    ]);
    await appendCalibration(h, move('E002', '李四', 5, 8), { lang: 'zh-CN', now: NOW });
    expect(h.applied[0].map((p) => p.role)).toEqual(['registry']);
    expect(h.valuesOf('Calibration log')).toHaveLength(3);
    const v = await view(h);
    expect(finalBox(v, 'E001')).toBe(6);
    expect(finalBox(v, 'E002')).toBe(8);
  });
});

describe('undoCalibration', () => {
  it('appends a reversing row and restores the computed box', async () => {
    const h = host();
    await appendCalibration(h, move('E002', '李四', 5, 8), { lang: 'zh-CN', now: NOW });
    const undone = await undoCalibration(h, await view(h), 'E002', '王总', { lang: 'zh-CN', now: NOW });
    expect(undone.ok && undone.row).toEqual(['2025-06-30 14:05', 'E002', '李四', 8, 5, '撤销：牵头完成关键项目', '王总']);
    const v = await view(h);
    expect(finalBox(v, 'E002')).toBe(5);
    expect(engineerHistory(v, 'E002')).toHaveLength(2);
    expect(v.problems).toEqual([]);
    // Nothing left to undo.
    expect((await undoCalibration(h, v, 'E002', '王总', { lang: 'zh-CN' })).ok).toBe(false);
  });
});

describe('loadCalibration', () => {
  it('reports rows naming an unknown engineer or box at their cells', async () => {
    const h = new LiveMemoryHost([
      gridOf('工程师名单', [HEAD, ...ROWS]),
      gridOf('校准记录', [
        ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'],
        ['', 'X9', '', 5, 8, '', ''],
        ['', 'E001', '', 9, '十', '', ''],
        ['', 'E004', '', 8, '超级明星', '手写名称', ''],
      ]),
    ]);
    const v = await view(h);
    expect(v.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['校准记录!E3', '校准记录!B2']);
    expect(finalBox(v, 'E004')).toBe(9);
    expect(finalBox(v, 'E001')).toBe(9);
  });
});

describe('selectedEngineer', () => {
  it('finds the engineer of the selected row in any sheet, by a reviewed ID in that row', async () => {
    const h = host();
    await runReview(h, h, { today: TODAY, copyInputs: false });
    const v = await view(h);
    h.selectedRange = { sheet: '盘点结果', address: 'C3:E3' };
    expect(await selectedEngineer(h, v)).toBe('E002');
    h.selectedRange = { sheet: '工程师名单', address: 'B5' };
    expect(await selectedEngineer(h, v)).toBe('E004');
    h.selectedRange = { sheet: '盘点结果', address: 'A1' };
    expect(await selectedEngineer(h, v)).toBeUndefined();
    h.selectedRange = undefined;
    expect(await selectedEngineer(h, v)).toBeUndefined();
  });
});

describe('sanityWarnings', () => {
  it('warns when a move would make the department’s share of a box significantly off the guidance, as the data check would flag it', async () => {
    // 40 in 研发中心: 13 in box 9 (A × 高), 27 in box 5 (B × 中).
    const rows: RawValue[][] = Array.from({ length: 40 }, (_, i) => [`D${i}`, `人${i}`, '研发中心', i < 13 ? 'A' : 'B', i < 13 ? '高' : '中']);
    const v = await view(new LiveMemoryHost([gridOf('工程师名单', [HEAD, ...rows])]));
    // A 14th in box 9 is 35% against 5% (adjusted p far below 0.05); box 5 goes closer to its 30%.
    expect(sanityWarnings(v, 'D20', 9).map((w) => w.message.zh)).toEqual([
      '调整后，部门「研发中心」第 9 格 14/40 人（35%），显著偏离指引 5%（校正后 p < 0.001）',
    ]);
    // Box 7 would hold 1 of 40 against 10%: closer, nothing to say.
    expect(sanityWarnings(v, 'D20', 7)).toEqual([]);
  });

  it('does not cry wolf on a small department: a second of ten in box 9 is within chance', async () => {
    const rows: RawValue[][] = Array.from({ length: 10 }, (_, i) => [`D${i}`, `人${i}`, '研发中心', 'B', '中']);
    const h = new LiveMemoryHost([
      gridOf('工程师名单', [HEAD, ...rows]),
      gridOf('校准记录', [['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'], ['', 'D0', '人0', 5, 9, '会议决定', '王总']]),
    ]);
    expect(sanityWarnings(await view(h), 'D1', 9)).toEqual([]);
  });
});

describe('many calibrations and re-runs', () => {
  /** The 备注 cell of each engineer's block in the plans sheet (row, col), found by its label. */
  function noteCells(h: LiveMemoryHost): Map<string, { row: number; col: number }> {
    const values = h.valuesOf('个人发展计划') ?? [];
    const out = new Map<string, { row: number; col: number }>();
    let current: string | undefined;
    values.forEach((row, r) => {
      const b = row[1];
      const m = typeof b === 'string' ? /（([A-Z]\d+)）$/u.exec(b) : null;
      if (m && b !== null && String(b).startsWith('个人发展计划')) current = m[1];
      if (current && b === '备注' && !out.has(current)) out.set(current, { row: r, col: 2 });
    });
    return out;
  }

  it('never loses a log row or a typed note; the final box is always the last row’s', async () => {
    const h = host();
    await runReview(h, h, { today: TODAY, copyInputs: false });
    const cells = noteCells(h);
    expect(cells.size).toBe(4);
    for (const [id, at] of cells) await h.writeCells('个人发展计划', [{ row: at.row, col: at.col, value: `=${id} 的备注` }]);

    const ids = ['E001', 'E002', 'E003', 'E004'];
    const names: Record<string, string> = { E001: '张三', E002: '李四', E003: '王五', E004: '赵六' };
    const ops = fc.sample(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 1, max: 9 }), fc.boolean()), { numRuns: 1000, seed: 6 });
    let rows = 0;
    const last = new Map<string, Box>();
    let v = await view(h);
    for (let i = 0; i < ops.length; i++) {
      const [id, to, undo] = ops[i];
      const from = finalBox(v, id);
      const computed = v.result.reviews.find((r) => r.engineer.id === id)?.placement.box;
      const out =
        undo && from !== computed
          ? await undoCalibration(h, v, id, '王总', { lang: 'zh-CN', now: NOW })
          : await appendCalibration(h, move(id, names[id], from, to as Box, `第 ${i} 次`), { lang: 'zh-CN', now: NOW });
      if (out.ok) {
        rows++;
        last.set(id, out.row[4] as Box);
      }
      v = await view(h);
      if (i % 100 === 99) {
        const ran = await runReview(h, h, { today: TODAY, copyInputs: false });
        expect(ran.ok).toBe(true);
        if (ran.ok) expect(ran.plans.some((p) => p.role === 'calibration')).toBe(false);
        // Every log row is still there, the header first; every note is where it was typed.
        expect((h.valuesOf('校准记录') ?? []).length).toBe(rows + 1);
        const now = noteCells(h);
        for (const id of ids) {
          const at = now.get(id);
          expect(at && h.valuesOf('个人发展计划')?.[at.row]?.[at.col]).toBe(`=${id} 的备注`);
        }
        for (const [id, box] of last) expect(finalBox(v, id)).toBe(box);
        const results = h.valuesOf('盘点结果') ?? [];
        for (const [id, box] of last) expect(results.find((r) => r[0] === id)?.[9]).toBe(box);
      }
    }
    expect(rows).toBeGreaterThan(800);
  }, 30000);
});
