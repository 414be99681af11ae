// 个人发展计划 past Excel's 1,026 page breaks a sheet (DOMAIN.md, Limits of the file formats): the plans are
// cut into sheets of at most 1,000, at a department boundary where one is near; a review that fits one
// sheet is written exactly as before.
import type { SheetPlan } from '../../../src/workbook/plan';
import type { RegistryEntry } from '../../../src/workbook/write/registry';
import { buildPlansParts, planCuts, PLANS_PER_SHEET, splitNote, withStalePartsRemoved } from '../../../src/workbook/write/planParts';
import { buildPlansPlan } from '../../../src/workbook/write/plans';
import { readPeopleCells, type PeopleCells } from '../../../src/workbook/write/people';
import { gridOf } from '../../helpers/memoryHost';
import { follow, followOf, reviewed, typed, type Spec } from './followHelpers';

const B = 1;
const C = 2;
/** Excel's limit of manual page breaks a sheet. */
const EXCEL_BREAKS = 1026;

/** `n` engineers; `department(i)` gives the i-th one's department. */
function specs(n: number, department: (i: number) => string): Spec[] {
  return Array.from({ length: n }, (_, i): Spec => ({ id: String(100000 + i), name: `工程师${i}`, perf: 'qualified', pot: 'medium', department: department(i), years: 6 }));
}

const SIX = ['研发中心', '工艺技术部', '设备动力部', '产品开发部', '智能制造部', '质量管理部'];

/** What the next run reads from the parts (run.ts readPeople: no part is a copy of another). */
function reread(...sheets: SheetPlan[]): PeopleCells {
  return readPeopleCells(sheets.map((p) => gridOf(p.name, p.values)), new Set());
}

/** The engineer IDs of a plans sheet's blocks, in order (from each block's title). */
function planIds(plan: SheetPlan): string[] {
  const out: string[] = [];
  for (const row of plan.values) {
    const m = /^(?:个人发展计划（一人一策）|Development plan) · .*[（(](\d+)[）)]$/u.exec(String(row[B] ?? ''));
    if (m) out.push(m[1]);
  }
  return out;
}

describe('plans sheet split into sheets of at most 1,000 plans', () => {
  // Interleaved departments (as the sample roster): no department order, cut at the cap.
  const result = reviewed(specs(2500, (i) => SIX[i % SIX.length]));
  const fu = followOf(result);
  const parts = buildPlansParts(fu.plans, follow());

  test('2,500 engineers: three sheets of 1,000, 1,000 and 500 plans, each under Excel\'s page breaks', () => {
    expect(fu.plans).toHaveLength(2500);
    expect(parts.map((p) => p.name)).toEqual(['个人发展计划', '个人发展计划(2)', '个人发展计划(3)']);
    expect(parts.map((p) => p.key)).toEqual([undefined, 'part:2', 'part:3']);
    expect(parts.map((p) => planIds(p).length)).toEqual([1000, 1000, 500]);
    for (const p of parts) expect((p.print?.rowBreaks ?? []).length).toBeLessThanOrEqual(EXCEL_BREAKS);
    // Every engineer once, in review order.
    expect(parts.flatMap(planIds)).toEqual(result.reviews.map((r) => r.engineer.id));
    // One page each: a break after every plan of a part but its last.
    expect(parts.map((p) => (p.print?.rowBreaks ?? []).length)).toEqual([999, 999, 499]);
  });

  test('in English the parts are Development plans, Development plans(2)…', () => {
    const en = buildPlansParts(fu.plans, follow('en-US'));
    expect(en.map((p) => p.name)).toEqual(['Development plans', 'Development plans(2)', 'Development plans(3)']);
  });

  test('with 1,000 plans or fewer: the one sheet of before, unchanged', () => {
    const few = fu.plans.slice(0, PLANS_PER_SHEET);
    const one = buildPlansParts(few, follow());
    expect(one).toHaveLength(1);
    expect(one[0]).toEqual(buildPlansPlan(few, follow()));
    expect(one[0].key).toBeUndefined();
  });

  test('a note typed in part 2 comes back to the same engineer, in part 2 or in part 1 after the engineer moved', () => {
    const second = parts[1];
    const id = planIds(second)[500];
    const notesRow = second.values.findIndex((r, i) => r[B] === '备注' && i > second.values.findIndex((x) => String(x[B] ?? '').includes(`（${id}）`)));
    expect(notesRow).toBeGreaterThan(0);
    const edited = typed(second, [{ row: notesRow, col: C, value: '下季度轮岗到总装线' }]);
    const people = reread(parts[0], edited, parts[2]);
    const noteOf = (sheets: SheetPlan[]): string[] =>
      sheets.flatMap((p) => p.values.filter((r) => r[C] === '下季度轮岗到总装线').map(() => `${p.name}:${p.values.filter((r) => String(r[B] ?? '').includes(`（${id}）`)).length}`));
    // Same roster: the note is in part 2, on the engineer's block.
    const again = buildPlansParts(fu.plans, follow('zh-CN', people));
    expect(noteOf(again)).toEqual(['个人发展计划(2):1']);
    // The first 600 left: the engineer is now in part 1; the note follows, and is never archived.
    const later = buildPlansParts(fu.plans.slice(600), follow('zh-CN', reread(...again)));
    expect(noteOf(later)).toEqual(['个人发展计划:1']);
  });

  test('the archive is on the last part only', () => {
    const people = reread(typed(parts[0], [{ row: parts[0].values.findIndex((r) => r[B] === '备注'), col: C, value: '已离职人员的备注' }]));
    const after = buildPlansParts(fu.plans.slice(1), follow('zh-CN', people));
    const archived = after.map((p) => p.values.some((r) => r.some((v) => v === '已离职人员的备注')));
    expect(archived).toEqual([false, false, true]);
    expect((after[2].print?.rowBreaks ?? []).length).toBe(499);
  });
});

describe('where a part ends', () => {
  const plansOf = (depts: string[]): { department?: string }[] => depts.map((department) => ({ department }));

  test('in department order, at the last department boundary within the last tenth before 1,000', () => {
    // Departments of 475: boundaries at 475, 950, 1,425, 1,900, 2,375.
    const depts = Array.from({ length: 2500 }, (_, i) => `部门${Math.floor(i / 475)}`);
    expect(planCuts(plansOf(depts))).toEqual([950, 1900, 2500]);
  });

  test('no boundary near the cap: at the cap', () => {
    // Departments of 800: the boundary at 800 is more than a tenth before 1,000.
    const depts = Array.from({ length: 2500 }, (_, i) => `部门${Math.floor(i / 800)}`);
    expect(planCuts(plansOf(depts))).toEqual([1000, 2000, 2500]);
  });

  test('departments not in order (a department in two places): at the cap, even beside a boundary', () => {
    const depts = Array.from({ length: 2500 }, (_, i) => (i < 950 ? '甲' : i < 2000 ? '乙' : '甲'));
    expect(planCuts(plansOf(depts))).toEqual([1000, 2000, 2500]);
  });

  test('a part is built on the department boundary: a department head prints one sheet', () => {
    const result = reviewed(specs(2100, (i) => `部门${String(Math.floor(i / 475)).padStart(2, '0')}`));
    const parts = buildPlansParts(followOf(result).plans, follow());
    expect(parts.map((p) => planIds(p).length)).toEqual([950, 950, 200]);
    const deptOfId = new Map(result.reviews.map((r) => [r.engineer.id, r.engineer.department] as const));
    const departments = parts.map((p) => new Set(planIds(p).map((id) => deptOfId.get(id))));
    for (const d of departments[0]) expect(departments[1].has(d)).toBe(false);
  });
});

describe('parts a smaller review no longer needs', () => {
  const entry = (sheet: string, key?: string): RegistryEntry => ({ role: 'plans', sheet, lang: 'zh-CN', reviewDate: '2025-06-30', ...(key === undefined ? {} : { key }) });

  test('are removed by the first part, one-person plan sheets are not', () => {
    const result = reviewed(specs(3, () => '研发中心'));
    const plans = buildPlansParts(followOf(result).plans, follow());
    const existing = [entry('个人发展计划'), entry('个人发展计划(2)', 'part:2'), entry('我的第三部分', 'part:3'), entry('一人一策-张伟', 'plan:100000')];
    const out = withStalePartsRemoved(plans, existing);
    expect(out).toHaveLength(1);
    expect(out[0].removes).toEqual(['个人发展计划(2)', '我的第三部分']);
  });
});

describe('the data check says where the plans were split', () => {
  test('once, in both languages, naming each sheet and its departments', () => {
    const result = reviewed(specs(2100, (i) => `部门${String(Math.floor(i / 475)).padStart(2, '0')}`));
    const plans = followOf(result).plans;
    const notes = splitNote(buildPlansParts(plans, follow()), plans);
    expect(notes).toHaveLength(1);
    expect(notes[0].sheet).toBe('个人发展计划');
    expect(notes[0].message.zh).toContain('已分为 3 张工作表（每张至多 1,000 份，在部门之间分开）');
    expect(notes[0].message.zh).toContain('「个人发展计划(2)」第 951–1,900 份（部门02 – 部门03）');
    expect(notes[0].message.en).toContain('on 3 sheets');
    expect(notes[0].message.en).toContain('"个人发展计划(3)" 1,901–2,100 (部门04)');
  });

  test('past six sheets, the first and the last are named and the rest elided', () => {
    const plans = Array.from({ length: 7500 }, (_, i) => ({ department: SIX[i % SIX.length] }));
    const parts = Array.from({ length: 8 }, (_, i) => ({ role: 'plans' as const, name: i === 0 ? '个人发展计划' : `个人发展计划(${i + 1})`, ...(i === 0 ? {} : { key: `part:${i + 1}` }) }));
    const [note] = splitNote(parts, plans);
    expect(note.message.zh).toContain('已分为 8 张工作表（每张至多 1,000 份）：「个人发展计划」第 1–1,000 份；…；「个人发展计划(8)」第 7,001–7,500 份。');
    expect(note.message.en).toContain('on 8 sheets (at most 1,000 each): "个人发展计划" 1–1,000; …; "个人发展计划(8)" 7,001–7,500.');
  });

  test('nothing when the plans fit one sheet', () => {
    const plans = followOf(reviewed(specs(80, (i) => SIX[i % SIX.length]))).plans;
    expect(splitNote(buildPlansParts(plans, follow()), plans)).toEqual([]);
  });
});
