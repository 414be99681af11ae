// DOMAIN.md, Printing: text prints at 8 pt or larger at the page's scale. For every visible output sheet of a review
// workbook as the xlsx host writes it (the demo's roster, with meeting packs and a one-person plan, in both
// languages): the scale a fit-to-width (or fit-to-page) print takes — A4's printable width over the printed
// columns' width, as Excel measures columns (7 px a character of the default Calibri 11 plus 5 px, 0.75 pt a
// pixel) — times the smallest font in the print area. LibreOffice with Carlito (Calibri's metrics) prints the
// same sizes; without it, it substitutes a wider font for Calibri and prints smaller (README, Printing).
import ExcelJS from 'exceljs';
import { applyPlans } from '../../../src/hosts/xlsx/apply';
import { XlsxHost } from '../../../src/hosts/xlsx/host';
import { NewWorkbookTarget } from '../../../src/hosts/xlsx/newTarget';
import type { Lang } from '../../../src/domain/types';
import { runReview } from '../../../src/workbook/run';
import { templatePlans } from '../../../src/workbook/template';

const A4 = { portrait: [595, 842], landscape: [842, 595] } as const;
const DEFAULT_SIZE = 11;

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Width in points Excel gives a column of `width` characters (ECMA-376 §18.3.1.13, Calibri 11: 7 px a digit). */
function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

interface Printed {
  sheet: string;
  scale: number;
  smallest: number;
  /** scale × smallest, rounded to 0.1 pt. */
  effective: number;
}

function printedSize(ws: ExcelJS.Worksheet): Printed {
  const ps = ws.pageSetup;
  const m = ps.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  let [c1, r1, c2, r2] = [1, 1, ws.columnCount, ws.rowCount];
  const area = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/u.exec(String(ps.printArea ?? ''));
  if (area) [c1, r1, c2, r2] = [colNumber(area[1]), Number(area[2]), colNumber(area[3]), Number(area[4])];
  let width = 0;
  for (let c = c1; c <= c2; c++) {
    const col = ws.getColumn(c);
    if (!col.hidden) width += columnPoints(col.width ?? 8.43);
  }
  const [pageW, pageH] = A4[ps.orientation === 'landscape' ? 'landscape' : 'portrait'];
  let scale = Math.min(1, (pageW - 72 * (m.left + m.right)) / width);
  if (ps.fitToHeight === 1) {
    let height = 0;
    for (let r = r1; r <= r2; r++) height += ws.getRow(r).height ?? 15;
    scale = Math.min(scale, (pageH - 72 * (m.top + m.bottom)) / height);
  }
  let smallest = Infinity;
  for (let r = r1; r <= r2; r++) {
    const row = ws.getRow(r);
    for (let c = c1; c <= c2; c++) {
      const cell = row.getCell(c);
      if (cell.value === null || cell.value === '' || ws.getColumn(c).hidden) continue;
      smallest = Math.min(smallest, cell.font?.size ?? DEFAULT_SIZE);
    }
  }
  return { sheet: ws.name, scale, smallest, effective: Math.round(scale * smallest * 10) / 10 };
}

/** The review workbook of a sample roster of `size` engineers. */
async function reviewWorkbook(lang: Lang, size = 80): Promise<ExcelJS.Workbook> {
  const source = new XlsxHost(new ExcelJS.Workbook());
  const roster = templatePlans('zh-CN', size, true);
  await source.apply(roster);
  const target = new NewWorkbookTarget();
  const outcome = await runReview(source, target, {
    today: '2026-11-26',
    lang,
    copyInputs: true,
    plansFor: [String(roster[0].values[3][0])],
    meetingPack: '全部',
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, target.plans);
  return wb;
}

// The input copies are among them: by default they print nothing (their print area an empty cell).
it.each(['zh-CN', 'en-US'] as const)('every sheet of a %s review workbook prints its text at 8 pt or larger', async (lang) => {
  const wb = await reviewWorkbook(lang);
  const sheets = wb.worksheets.filter((ws) => ws.state === 'visible').map(printedSize);
  // Not a check of nothing: the grid, the packs and the plans are among them, and some sheets are scaled down.
  expect(sheets.length).toBeGreaterThan(15);
  expect(sheets.some((s) => s.scale < 1)).toBe(true);
  expect(sheets.filter((s) => s.effective < 8)).toEqual([]);
}, 30_000);

it('every sheet of a 1,470-engineer review prints at 8 pt or larger: the one-page sheets make room, not smaller text', async () => {
  const wb = await reviewWorkbook('zh-CN', 1470);
  const sheets = wb.worksheets.filter((ws) => ws.state === 'visible').map(printedSize);
  expect(sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['盘点总览', '九宫格', '会议材料-研发中心']));
  expect(sheets.filter((s) => s.effective < 8)).toEqual([]);
}, 120_000);
