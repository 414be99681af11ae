// 评价汇总 printed where Microsoft YaHei is missing (DOMAIN.md, Printing): the demo's ratings in both languages, every
// value on one line inside its column, headers broken between words only, wrapped text in rows tall enough for it,
// the potential row saying what its numbers are, an engineer's rows on one page, and 8-point print.
import { emptyXlsxHost } from '../../../src/hosts/xlsx/memory';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import type { Lang } from '../../../src/domain/types';
import type { SheetPlan } from '../../../src/workbook/plan';
import { runReview } from '../../../src/workbook/run';
import { templatePlans } from '../../../src/workbook/template';
import { headerWord, printedWidth, shownText, wrappedLines } from '../../../src/workbook/write/assessmentColumns';
import { LINE_HEIGHT } from '../../../src/workbook/write/builder';
import { WIDE_MARGINS, heightOf, pageBodyHeight, widthScale } from '../../../src/workbook/write/layout';

const HEAD = 3;

async function summary(lang: Lang): Promise<SheetPlan> {
  const source = emptyXlsxHost();
  await source.apply(templatePlans('zh-CN', 80, true));
  const outcome = await runReview(source, new NewWorkbookTarget(), {
    today: '2026-11-26',
    lang,
    copyInputs: false,
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  const plan = outcome.plans.find((p) => p.role === 'assessment');
  if (!plan) throw new Error('no 评价汇总');
  return plan;
}

const sheets = new Map<Lang, Promise<SheetPlan>>();
function sheet(lang: Lang): Promise<SheetPlan> {
  let s = sheets.get(lang);
  if (!s) {
    s = summary(lang);
    sheets.set(lang, s);
  }
  return s;
}

function columns(plan: SheetPlan): { header: string[]; self: number; flags: number; rows: (string | number | boolean | null)[][] } {
  const header = plan.values[HEAD].map(String);
  const self = header.indexOf(lang(plan) === 'zh-CN' ? '自评' : 'Self');
  return { header, self, flags: header.length - 1, rows: plan.values.slice(HEAD + 1) };
}

function lang(plan: SheetPlan): Lang {
  return plan.lang ?? 'zh-CN';
}

describe.each(['zh-CN', 'en-US'] as const)('评价汇总 printed, %s', (l) => {
  it('holds each value of a one-line column inside the column: no digit lost, nothing spilling over a border', async () => {
    const plan = await sheet(l);
    const { self, rows } = columns(plan);
    const shown: string[] = [];
    // 名单值 up to 自评−他评 (综合 and 自评−他评 in bold) are centred on one line.
    for (const row of rows) {
      for (let c = 4; c <= self + 1; c++) {
        const text = shownText(row[c]);
        if (text === '') continue;
        shown.push(text);
        expect([text, printedWidth(text, c === 5 || c === self + 1) + 1 <= plan.columnWidths[c]]).toEqual([text, true]);
      }
    }
    // The cells the reviewer saw cut: a mean with four raters, pooled raters left out, a potential band and index.
    const seen = l === 'zh-CN' ? ['2.13（4人）', '未计入（2人）', '高 1.6'] : ['2.13 (4)', 'left out (2)', 'Medium 0.6'];
    for (const s of seen) expect(shown).toContain(s);
  }, 30_000);

  it('breaks a header between words only, and prints its 10-point text at 8 points or larger', async () => {
    const plan = await sheet(l);
    const { header } = columns(plan);
    for (const [c, h] of header.entries()) expect([h, headerWord(h) + 1 <= plan.columnWidths[c]]).toEqual([h, true]);
    expect(header).toContain(l === 'zh-CN' ? '名单值' : 'Department');
    expect(plan.print?.margins).toEqual(WIDE_MARGINS);
    expect(widthScale(plan.columnWidths, 'landscape', WIDE_MARGINS)).toBeGreaterThanOrEqual(0.8);
  });

  it('gives a row whose name, competency or flags wrap the height of its lines', async () => {
    const plan = await sheet(l);
    const { flags, rows } = columns(plan);
    let wrapped = 0;
    rows.forEach((row, i) => {
      for (const c of [0, 1, 2, 3, flags]) {
        const lines = wrappedLines(shownText(row[c]), plan.columnWidths[c]);
        if (lines < 2) continue;
        wrapped++;
        expect(plan.rowHeights?.[HEAD + 2 + i]).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
      }
    });
    expect(wrapped).toBeGreaterThan(0);
    // 专业学科交叉与整合能力 (11 characters, 22 units) has room for one line; the English names fit or wrap in tall rows.
    if (l === 'zh-CN') expect(wrappedLines('专业学科交叉与整合能力', plan.columnWidths[3])).toBe(1);
  });

  it('says what the potential row numbers are: the band scale in the row, the weighted mean in the note', async () => {
    const plan = await sheet(l);
    const { rows } = columns(plan);
    const potential = rows.filter((r) => String(r[3]).startsWith(l === 'zh-CN' ? '潜力' : 'Potential'));
    expect(potential.length).toBeGreaterThan(5);
    const scale = l === 'zh-CN' ? /低0、中1、高2/u : /Low\s0 · Medium\s1 · High\s2/u;
    for (const r of potential) expect(String(r[3])).toMatch(scale);
    expect(String(plan.values[1][0])).toMatch(l === 'zh-CN' ? /低 0、中 1、高 2.*加权均值.*1\.5 及以上为高/u : /Low 0, Medium 1, High 2.*weighted mean.*1\.5 or more High/u);
  });

  it("keeps an engineer's rows on one page, each page within the printed height", async () => {
    const plan = await sheet(l);
    const breaks = plan.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(1);
    const page = pageBodyHeight('landscape', WIDE_MARGINS) / widthScale(plan.columnWidths, 'landscape', WIDE_MARGINS);
    const heights = plan.rowHeights ?? {};
    const header = heightOf(heights, HEAD, HEAD + 1);
    let top = 0;
    for (const b of [...breaks, plan.values.length]) {
      // A break after 1-based row b: the last row of one engineer, the first of the next below it.
      if (b < plan.values.length) expect(plan.values[b - 1][0]).not.toEqual(plan.values[b][0]);
      expect(heightOf(heights, top, b) + (top > 0 ? header : 0)).toBeLessThanOrEqual(page);
      top = b;
    }
  });
});
