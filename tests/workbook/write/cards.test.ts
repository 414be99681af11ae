// 人才卡片 as a department head reads the printout: what a card says, two cards side by side, two or four a
// page, text that prints at 9 pt on A4, and never more page breaks than Excel allows.
import { followUp } from '../../../src/domain/followUp';
import { planningOf } from '../../../src/domain/planning';
import { defaultSettings, type Engineer, type Settings } from '../../../src/domain';
import { MAX_PAGE_BREAKS } from '../../../src/workbook/limits';
import type { SheetPlan } from '../../../src/workbook/plan';
import { buildCardsPlan, type CardsContext } from '../../../src/workbook/write/cards';
import { A4_PRINTABLE_HEIGHT } from '../../../src/workbook/write/layout';
import { rated } from '../../domain/helpers';
import { review } from '../../domain/followUpHelpers';
import { find, valueAt } from './helpers';

const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };
const roster: Engineer[] = [
  rated('E1', 'excellent', 'high', {
    name: '张伟', department: '研发中心', position: '仿真工程师', category: '研发工程师', level: 'senior', years: 12, projectsLed: 2,
    competencies: { ...ALL4, research: 5, problemSolving: 3 }, flightRisk: 'high', results: { patents: 3, resultsTransferred: 1 },
    performanceHistory: [{ year: 2024, value: 'A' }, { year: 2023, value: 'B' }],
  }),
  rated('E2', 'qualified', 'high', { name: '李娜', department: '研发中心', level: 'intermediate', years: 4, competencies: { ...ALL4, research: 2 } }),
  rated('E3', 'qualified', 'medium', { name: '王强', department: '研发中心', keyPosition: true, position: '首席工艺师', level: 'senior', competencies: ALL4 }),
  rated('E4', 'qualified', 'low', { name: '赵敏', department: '设备部' }),
];

function cards(over: Partial<CardsContext> = {}, settings: Settings = defaultSettings(), engineers = roster): SheetPlan | undefined {
  const result = review(engineers, settings);
  const fu = followUp(result, settings);
  const planning = planningOf(result, fu, { standards: [] }, settings, 'zh-CN');
  return buildCardsPlan(result, fu, { lang: 'zh-CN', settings, reviewDate: '2026-06-30', choice: { kind: 'default' }, planning, ...over });
}

/** Label → value of the card whose title cell is at `title` (A or D column). */
function card(plan: SheetPlan, title: string): Map<string, string> {
  const [at] = find(plan, (v) => v === title);
  const col = at.startsWith('B') ? 0 : 3;
  const row = Number(at.slice(1));
  const out = new Map<string, string>();
  for (let r = row; r < plan.values.length && plan.values[r][col] !== null; r++) out.set(String(plan.values[r][col]), String(plan.values[r][col + 1]));
  return out;
}

describe('a card', () => {
  const plan = cards();
  if (!plan) throw new Error('no plan');
  const zhang = card(plan, '张伟（E1）');

  it('is the sheet 人才卡片 with the default set: box 9, box 8 and the key-position holder, not box 2', () => {
    expect(plan.name).toBe('人才卡片');
    expect(plan.role).toBe('cards');
    expect(valueAt(plan, 'A1')).toBe('人才卡片 · 盘点日期：2026-06-30 · 3 张');
    expect(find(plan, (v) => typeof v === 'string' && v.includes('赵敏'))).toEqual([]);
    expect(find(plan, (v) => v === '王强（E3）')).toHaveLength(1);
  });

  it('puts the box beside the name and the facts a meeting checks under it', () => {
    expect(valueAt(plan, 'A4')).toBe(9);
    expect(valueAt(plan, 'B4')).toBe('张伟（E1）');
    expect(valueAt(plan, 'E4')).toBe('李娜（E2）');
    expect(zhang.get('部门 · 岗位')).toBe('研发中心 · 仿真工程师');
    expect(zhang.get('九宫格')).toBe('9 超级明星');
    expect(zhang.get('依据')).toMatch(/^绩效 A→优秀/u);
    expect(zhang.get('优势')).toBe('专业技术研究能力');
    expect(zhang.get('主要差距')).toBe('复杂问题解决能力 1');
    expect(zhang.get('实绩')).toBe('专利 3 · 成果转化 1');
    expect(zhang.get('近三年绩效')).toBe('本期 优秀 · 2024 A · 2023 B');
    expect(zhang.get('流失风险')).toBe('高');
    expect(zhang.get('首要行动')?.split('\n')).toHaveLength(3);
  });

  it('says what the holder of a key post holds', () => {
    expect(card(plan, '王强（E3）').get('关键岗位')).toBe('现任：首席工艺师');
  });

  it('leaves out flight risk and retention actions in a handout that hides them', () => {
    const hidden = cards({}, { ...defaultSettings(), hideSensitiveInPrint: true });
    if (!hidden) throw new Error('no plan');
    expect(card(hidden, '张伟（E1）').has('流失风险')).toBe(false);
    expect(find(hidden, (v) => typeof v === 'string' && /留人|激励|薪酬/u.test(v))).toEqual([]);
  });

  it('is no sheet when no cards are asked for', () => {
    expect(cards({ choice: { kind: 'none' } })).toBeUndefined();
  });

  it('is in English for an English review', () => {
    const en = cards({ lang: 'en-US' });
    expect(en && card(en, '张伟 (E1)').get('Box')).toBe('9 Star');
  });
});

describe('in print', () => {
  it('prints at its size on portrait A4: 9 pt or more, no wider than the page at 100 %', () => {
    const plan = cards();
    if (!plan) throw new Error('no plan');
    expect(plan.print).toMatchObject({ orientation: 'portrait', fitToWidth: 1, footerRight: expect.arrayContaining([{ field: 'page' }]) });
    for (const g of plan.styles) expect(g.style.fontSize ?? 10).toBeGreaterThanOrEqual(9);
    // Excel's column unit at the default font is 7 px plus 5 px of padding; A4 portrait with 0.7-inch margins is 660 px.
    expect(plan.columnWidths.reduce((a, w) => a + w * 7 + 5, 0)).toBeLessThanOrEqual(660);
  });

  it('gives a long English value the lines it wraps to between words, so its last line is not cut', () => {
    // 张伟's strengths: research and problem solving at 5 and 3 against 4 — make two long names the strengths.
    const strong = [rated('S1', 'excellent', 'high', { name: '吴宇航', department: '质量管理部', level: 'intermediate', competencies: { research: 2, practice: 5, problemSolving: 2, integration: 2, innovation: 5 } })];
    const en = cards({ lang: 'en-US' }, defaultSettings(), strong);
    if (!en) throw new Error('no plan');
    const [at] = find(en, (v) => v === 'Engineering practice & application, Innovation & change');
    // 55 characters in a 27-wide column: by length two lines, between words three (12 pt a line of 9-pt text).
    expect(en.rowHeights?.[Number(at.slice(1))]).toBeGreaterThanOrEqual(3 * 12);
  });

  const many = Array.from({ length: 40 }, (_, i) => rated(`E${i}`, 'excellent', 'high', { name: `工程师${i}`, department: i < 20 ? '研发中心' : '设备部' }));

  it('breaks pages between bands of two cards, two or four cards a page, each page within A4', () => {
    const plan = cards({}, defaultSettings(), many);
    if (!plan) throw new Error('no plan');
    const breaks = plan.print?.rowBreaks ?? [];
    const ends = [...breaks, plan.values.length];
    let from = 0;
    for (const end of ends) {
      let height = 0;
      for (let r = from + 1; r <= end; r++) height += plan.rowHeights?.[r] ?? 15;
      const titles = plan.values.slice(from, end).flat().filter((v) => typeof v === 'string' && /^工程师\d+（/u.test(v));
      expect(height).toBeLessThanOrEqual(A4_PRINTABLE_HEIGHT.portrait);
      expect([2, 4]).toContain(titles.length);
      from = end;
    }
    expect(breaks.length).toBe(Math.ceil(40 / 4) - 1 + (breaks.length > 9 ? 1 : 0));
  });

  it('never writes more page breaks than Excel allows: the rest is cut, and the sheet says so', () => {
    // A long position makes each band half a page: two cards a page, so 2,100 cards need more breaks than Excel has.
    const position = '高端装备智能制造系统集成与工艺仿真验证'.repeat(8);
    const crowd = Array.from({ length: 2100 }, (_, i) => rated(`E${i}`, 'excellent', 'high', { position }));
    const plan = cards({ choice: { kind: 'all' } }, defaultSettings(), crowd);
    if (!plan) throw new Error('no plan');
    expect(plan.print?.rowBreaks?.length).toBe(MAX_PAGE_BREAKS);
    const shown = find(plan, (v) => typeof v === 'string' && /^E\d+（E\d+）$/u.test(v)).length;
    expect(shown).toBe(2 * (MAX_PAGE_BREAKS + 1));
    expect(String(valueAt(plan, 'A2'))).toContain(`只打印前 ${shown.toLocaleString('en-US')} 张卡片（共 2,100 张）`);
  });
});
