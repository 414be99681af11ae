// 人才地图 and 继任规划 on paper (issue 17): no header word broken, no line of a map cell wrapped, rows as tall as
// their wrapped text, the map cut between categories under its header, and English text that names English keys.
import { defaultSettings, standardsLookup, type Engineer, type LevelKey, type PerfBand, type PotBand } from '../../../src/domain';
import { BOX_TABLE } from '../../../src/domain/catalogue';
import { parseSettings } from '../../../src/domain/settingsKeys';
import { succession, type KeyPost } from '../../../src/domain/succession';
import { talentMap, type DemandRow } from '../../../src/domain/talentMap';
import { BOXES, type Lang } from '../../../src/domain/types';
import type { SheetPlan } from '../../../src/workbook/plan';
import { LINE_HEIGHT } from '../../../src/workbook/write/builder';
import { WIDE_MARGINS, heightOf, pageBodyHeight, textWidth, widthScale } from '../../../src/workbook/write/layout';
import { emptyPeopleCells } from '../../../src/workbook/write/people';
import { MAP_TEXT, SUCCESSION_TEXT } from '../../../src/workbook/write/planningText';
import { buildSuccessionPlan } from '../../../src/workbook/write/succession';
import { buildTalentMapPlan } from '../../../src/workbook/write/talentMap';
import { rated } from '../../domain/helpers';
import { review } from '../../domain/followUpHelpers';

const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };
const LEVELS: LevelKey[] = ['junior', 'intermediate', 'senior'];

function eng(id: string, dept: string, category: string, level: LevelKey, perf: PerfBand, pot: PotBand, over: Partial<Engineer> = {}): Engineer {
  return rated(id, perf, pot, { name: `工程师${id}`, department: dept, category, level, competencies: ALL4, ...over });
}

/** Column letters → 0-based index; `A1:C1` → first and last column. */
function columnsOf(range: string): [number, number] {
  const col = (s: string): number => [...s.replace(/\d+/gu, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [a, b = a] = range.split(':');
  return [col(a), col(b)];
}

/** Sheet width of the cell at (r, c): its merge's columns added up. */
function spanWidth(plan: SheetPlan, r: number, c: number): number {
  for (const m of plan.merges) {
    const [c1, c2] = columnsOf(m);
    if (Number(m.split(':')[0].replace(/\D/gu, '')) === r + 1 && c1 === c) return plan.columnWidths.slice(c1, c2 + 1).reduce((s, w) => s + w, 0);
  }
  return plan.columnWidths[c];
}

/** Rows styled as a header (the dark fill). */
function headRows(plan: SheetPlan): Set<number> {
  const rows = new Set<number>();
  for (const g of plan.styles.filter((s) => s.style.fill === '#1F4E78')) for (const range of g.ranges) rows.add(Number(range.replace(/:.*/u, '').replace(/\D/gu, '')) - 1);
  return rows;
}

/** Chinese wraps between any two characters; a Latin word only at its ends. */
const longestWord = (text: string): number => Math.max(...text.split(/[\s\u3000-\u9fff\uff00-\uffef]+/u).map(textWidth));

/** DOMAIN.md via the print brief: a header column at least as wide as its longest word, bold (× 1.2), plus 1. */
function brokenHeaderWords(plan: SheetPlan): string[] {
  const broken: string[] = [];
  for (const r of headRows(plan)) {
    plan.values[r].forEach((v, c) => {
      if (typeof v === 'string' && v !== '' && longestWord(v) * 1.2 + 1 > spanWidth(plan, r, c)) broken.push(v);
    });
  }
  return broken;
}

// A map of four departments × eight categories × three levels, every cell with demand: 24 rows of three lines.
const DEPTS = ['研发中心', '工艺技术部', '设备动力部', '产品开发部'];
const CATEGORIES = ['开发工程师', '“双跨”型工程师', '设备工程师', '产品工程师', '机械工程师', '研发工程师', '工艺工程师', '质量工程师'];
const ENGINEERS: Engineer[] = [];
const DEMAND: DemandRow[] = [];
for (const [d, dept] of DEPTS.entries()) {
  for (const [k, category] of CATEGORIES.entries()) {
    for (const [l, level] of LEVELS.entries()) {
      for (let i = 0; i <= (d + k + l) % 3; i++) ENGINEERS.push(eng(`M${d}${k}${l}${i}`, dept, category, level, i === 0 ? 'excellent' : 'qualified', i === 0 ? 'high' : 'medium'));
      DEMAND.push({ department: dept, category, level, needed: 1 + ((d + 2 * k + l) % 4), row: DEMAND.length + 1, note: '数字化转型' });
    }
  }
}
const MAP_REVIEWS = review(ENGINEERS).reviews;
const MAP = talentMap(MAP_REVIEWS, DEMAND);
const mapPlan = (lang: Lang): SheetPlan => buildTalentMapPlan(MAP, { lang, scarceShare: 0.2, targets: [], reviews: MAP_REVIEWS });

describe('人才地图 in print', () => {
  const plans = { 'zh-CN': mapPlan('zh-CN'), 'en-US': mapPlan('en-US') } as const;

  it.each(['zh-CN', 'en-US'] as const)('prints each line of a cell on one line, in a row tall enough for all of them (%s)', (lang) => {
    const plan = plans[lang];
    let cells = 0;
    plan.values.forEach((row, r) => {
      row.forEach((v, c) => {
        // Map cells: 「现有 3 · 可用 1\n需求 2 · 富余 1\n岗位匹配 100%」.
        if (typeof v !== 'string' || !v.startsWith(lang === 'zh-CN' ? '现有' : 'Have')) return;
        cells++;
        const lines = v.split('\n');
        // 10-pt text, about a column unit a character: 「Have 3 · ready 1」 needs a 16-wide column.
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(plan.columnWidths[c]);
        expect((plan.rowHeights ?? {})[r + 1]).toBeGreaterThanOrEqual(lines.length * LINE_HEIGHT);
      });
    });
    expect(cells).toBeGreaterThan(24 * 4);
  });

  it.each(['zh-CN', 'en-US'] as const)('breaks no header word, in the map or the tables under it (%s)', (lang) => {
    expect(brokenHeaderWords(plans[lang])).toEqual([]);
  });

  it('cuts the map between categories, each page under the header and no taller than a page at the print’s scale', () => {
    const plan = plans['en-US'];
    const breaks = plan.print?.rowBreaks ?? [];
    const scale = widthScale(plan.columnWidths, 'landscape', WIDE_MARGINS);
    const page = pageBodyHeight('landscape', WIDE_MARGINS) / scale;
    // 24 rows of three lines do not fit one page: the map takes two or more, then the tables start a page.
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    const legend = plan.values.findIndex((row) => row[0] === MAP_TEXT.legend.en);
    let top = 0;
    for (const at of breaks) {
      expect(heightOf(plan.rowHeights ?? {}, top, at)).toBeLessThanOrEqual(page);
      top = at;
      if (at > legend) continue;
      expect(plan.values[at].slice(0, 2)).toEqual(['Category', 'Level']);
      // The page goes on with a category's first level, named.
      expect(CATEGORIES).toContain(plan.values[at + 1][0]);
      expect(plan.values[at + 1][1]).toBe('Tier 1');
    }
  });

  it('narrows the map’s columns rather than print eight or nine departments under 8 pt, the rows taller for it', () => {
    for (const n of [8, 9]) {
      const engineers = Array.from({ length: n }, (_, i) => eng(`D${i}`, `部门${i}`, '研发型', 'senior', 'excellent', 'high'));
      const reviews = review(engineers).reviews;
      const plan = buildTalentMapPlan(talentMap(reviews, undefined), { lang: 'en-US', scarceShare: 0.2, targets: [], reviews });
      expect(plan.values.find((row) => row[1] === 'Tier 3')?.length).toBe(Math.max(12, n + 3));
      expect(widthScale(plan.columnWidths, 'landscape', WIDE_MARGINS) * 10).toBeGreaterThanOrEqual(8);
      const r = plan.values.findIndex((row) => row[1] === 'Tier 3');
      // 「Have 1 · ready 1\nPost fit 100%」: two lines, or three where the first wraps in the narrower column.
      const lines = plan.columnWidths[2] >= textWidth('Have 1 · ready 1') ? 2 : 3;
      expect((plan.rowHeights ?? {})[r + 1]).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
    }
  });

  it('names the settings keys in English in an English workbook, each one a key the settings sheet takes', () => {
    const hint = MAP_TEXT.noTargets.en;
    const keys = [...hint.matchAll(/"([^"]+)"/gu)].map((m) => m[1]);
    expect(keys).toEqual(['cultivation term', 'pool target:Tier 1', 'pool target:Tier 2', 'pool target:Tier 3', 'expected city nominations']);
    const parsed = parseSettings(keys.map((key) => ({ key, value: key === 'cultivation term' ? '2025—2027年' : '5' })));
    expect(parsed.issues).toEqual([]);
    expect(parsed.settings.poolTargets).toEqual({ junior: 5, intermediate: 5, senior: 5 });
    expect(parsed.settings.cityTarget).toBe(5);
    // Chinese only for the sheet's Chinese name.
    expect(hint.replace('盘点设置', '')).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});

describe('继任规划 in print', () => {
  const roster = [
    eng('P1', '研发中心', '研发型', 'senior', 'qualified', 'high', { flightRisk: 'low' }),
    eng('P2', '研发中心', '研发型', 'senior', 'excellent', 'medium', { flightRisk: 'high' }),
    eng('S1', '研发中心', '研发型', 'senior', 'excellent', 'medium'),
    eng('S2', '研发中心', '研发型', 'intermediate', 'excellent', 'high', { competencies: { ...ALL4, research: 1, practice: 1 } }),
    eng('Q1', '质量部', '质量型', 'senior', 'qualified', 'high', { flightRisk: 'high' }),
  ];
  const reviews = review(roster).reviews;
  const posts: KeyPost[] = [
    { name: '电控平台总师', department: '研发中心', category: '研发型', level: 'senior', incumbentId: 'P1', namedSuccessors: [] },
    { name: '质量总师', department: '质量部', category: '质量型', level: 'senior', incumbentId: 'Q1', namedSuccessors: [] },
  ];
  const result = succession(reviews, posts, 'sheet', standardsLookup([]), { ...defaultSettings(), successorCount: 3 });
  const plan = (lang: Lang): SheetPlan =>
    buildSuccessionPlan(result, { lang, settings: defaultSettings(), people: emptyPeopleCells(), archiveDate: '2026-12-05' });
  const en = plan('en-US');

  it.each(['zh-CN', 'en-US'] as const)('breaks no header word (%s)', (lang) => {
    expect(brokenHeaderWords(plan(lang))).toEqual([]);
  });

  it('gives every box label, risk, source and readiness a column its longest word fits, bold where the sheet prints it bold', () => {
    const w = en.columnWidths;
    for (const box of BOXES) {
      // E: the incumbent's box; I: the successor's.
      const label = `${box} ${BOX_TABLE[box].label.en}`;
      expect(longestWord(label) * 1.05 + 1).toBeLessThanOrEqual(Math.min(w[4], w[8]));
    }
    // A successor is in box 9, 8 or 6: its label on one line, so the row is one line where nothing else wraps.
    for (const box of [9, 8, 6] as const) expect(textWidth(`${box} ${BOX_TABLE[box].label.en}`) * 1.05 + 1).toBeLessThanOrEqual(w[8]);
    expect(textWidth('Medium') * 1.05 + 1).toBeLessThanOrEqual(w[5]);
    expect(textWidth(SUCCESSION_TEXT.suggested.en) * 1.05 + 1).toBeLessThanOrEqual(w[7]);
    expect(textWidth('Ready now') * 1.2 + 1).toBeLessThanOrEqual(w[9]);
    // The commonest remark on one line.
    expect(textWidth(SUCCESSION_TEXT.levelShort.en) * 1.05 + 1).toBeLessThanOrEqual(w[10]);
  });

  it('makes a row two lines tall wherever a text of it wraps: box labels, the remark of a post at risk', () => {
    const rowOf = (test: (v: unknown) => boolean): number => en.values.findIndex((row) => row.some(test));
    // P1 in box 8, 「8 High potential」 in a 14-wide column: two lines.
    const p1 = rowOf((v) => typeof v === 'string' && v.startsWith('工程师P1'));
    expect(en.values[p1][4]).toBe('8 High potential');
    expect((en.rowHeights ?? {})[p1 + 1]).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
    // 质量总师: nobody to follow, at high risk; the remark wraps in the remarks column.
    const q1 = rowOf((v) => v === SUCCESSION_TEXT.none.en);
    expect(en.values[q1][10]).toBe('High risk with no successor ready now');
    expect((en.rowHeights ?? {})[q1 + 1]).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
  });

  it('says a successor’s level is below the post’s in a whole phrase, remarks after the first in lower case', () => {
    const s2 = en.values.find((row) => String(row[6]).startsWith('工程师S2'));
    expect(s2?.[10]).toBe("2 high gaps against the post's standard; below the post's level");
    const zh = plan('zh-CN').values.find((row) => String(row[6]).startsWith('工程师S2'));
    expect(zh?.[10]).toBe('对照岗位标准有 2 项高差距；层级低于岗位要求');
  });
});
