// 盘点总览's chart as LibreOffice renders it: the overview written by the command line's streaming writer and
// by the page's in-memory writer, converted to PDF and its first page to pixels (pdftoppm). The chart's share
// bars (blue) and guidance bars (grey) must be there, in the chart's part of the page; the same sheet written
// without its chart has none of the blue — so the check sees the chart, not the table's colours.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { PassThrough } from 'stream';
import { applyPlans } from '../../src/hosts/xlsx/apply';
import { xlsxBytesWithCharts } from '../../src/hosts/xlsx/charts';
import { XlsxHost } from '../../src/hosts/xlsx/host';
import { NewWorkbookTarget } from '../../src/hosts/xlsx/newTarget';
import { streamPlans } from '../../src/hosts/xlsx/stream';
import type { SheetPlan } from '../../src/workbook/plan';
import { runReview } from '../../src/workbook/run';
import { templatePlans } from '../../src/workbook/template';
import { GUIDANCE_COLOR, SHARE_COLOR } from '../../src/workbook/write/overview';
import { convertToPdf } from './libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overview-e2e-'));

async function overviewPlan(lang: 'zh-CN' | 'en-US'): Promise<SheetPlan> {
  const source = new XlsxHost(new ExcelJS.Workbook());
  await source.apply(templatePlans('zh-CN', 80, true));
  const target = new NewWorkbookTarget();
  const outcome = await runReview(source, target, { today: '2026-12-05', lang, copyInputs: false, now: () => new Date('2026-12-05T09:00:00Z') });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  return target.plans.find((p) => p.role === 'overview') as SheetPlan;
}

async function streamed(plan: SheetPlan, file: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await streamPlans([plan], out);
  await ended;
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}

async function inMemory(plan: SheetPlan, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  applyPlans(wb, [plan]);
  fs.writeFileSync(file, await xlsxBytesWithCharts(wb));
  return file;
}

interface Pixels {
  width: number;
  height: number;
  rgb: Buffer;
}

/** The first page of a PDF at 60 dpi, as pdftoppm's binary PPM (P6). */
function firstPage(pdf: string): Pixels {
  const base = path.join(dir, path.basename(pdf, '.pdf'));
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', pdf, base]);
  const file = fs.readdirSync(dir).find((f) => f.startsWith(path.basename(base)) && f.endsWith('.ppm'));
  if (!file) throw new Error('pdftoppm wrote nothing');
  const bytes = fs.readFileSync(path.join(dir, file));
  // Header: P6, width, height, max value, each followed by whitespace.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/u.test(String.fromCharCode(bytes[at]))) at++;
    let s = '';
    while (!/\s/u.test(String.fromCharCode(bytes[at]))) s += String.fromCharCode(bytes[at++]);
    fields.push(s);
  }
  return { width: Number(fields[1]), height: Number(fields[2]), rgb: bytes.subarray(at + 1) };
}

/** Pixels within a small distance of `hex`, in the right half of the page (where the chart is) and the left. */
function countColour(p: Pixels, hex: string): { right: number; left: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let right = 0;
  let left = 0;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const i = (y * p.width + x) * 3;
      const d = Math.abs(p.rgb[i] - r) + Math.abs(p.rgb[i + 1] - g) + Math.abs(p.rgb[i + 2] - b);
      if (d > 24) continue;
      if (x > p.width * 0.45) right++;
      else left++;
    }
  }
  return { right, left };
}

test('LibreOffice renders the overview’s chart from the command line’s file and the page’s, in both languages', async () => {
  const zh = await overviewPlan('zh-CN');
  const en = await overviewPlan('en-US');
  const { charts: _none, ...withoutChart } = zh;
  const files = [
    await streamed(zh, path.join(dir, 'cli-zh.xlsx')),
    await inMemory(en, path.join(dir, 'page-en.xlsx')),
    await inMemory(withoutChart, path.join(dir, 'no-chart.xlsx')),
  ];
  const converted = convertToPdf(files);
  for (const c of converted) expect({ file: c.file, converted: c.out !== undefined }).toEqual({ file: c.file, converted: true });
  const [cli, page, control] = converted.map((c) => firstPage(c.out as string));
  // Without its chart the page has no share blue at all, and some grey of its text: the baseline.
  const baseline = { share: countColour(control, SHARE_COLOR).right, guidance: countColour(control, GUIDANCE_COLOR).right };
  expect(baseline.share).toBeLessThan(20);
  for (const [name, pixels] of [['cli-zh', cli], ['page-en', page]] as const) {
    // At 60 dpi the nine share bars cover about a thousand pixels or more, the guidance bars as many.
    const share = countColour(pixels, SHARE_COLOR).right - baseline.share;
    const guidance = countColour(pixels, GUIDANCE_COLOR).right - baseline.guidance;
    expect({ name, shareBars: share > 500, guidanceBars: guidance > 500 }).toEqual({ name, shareBars: true, guidanceBars: true });
  }
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
