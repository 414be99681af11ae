// What a person sees of a chart, read back from each host's output so the two can be compared: its kind,
// title, where it sits, its series (name, colour, the category labels and the numbers of the cells it shows),
// the value axis' format, the legend and the text size. From an .xlsx package: the sheet's drawing, the chart
// part, and the cells its formulas name (read back by exceljs), which must equal the values cached in the part.
// From the recording fake: what Office.js's charts.add made and what the host set on it.
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import zlib from 'zlib';
import { partBytes, sheetNamesByPart, zipParts, type ZipPart } from '../../src/hosts/xlsx/zipParts';
import type { FakeExcel } from './excel/fakeExcel';

export interface ChartPicture {
  kind: 'columnClustered';
  title: string;
  from: string;
  to: string;
  series: { name: string; color: string; categories: string[]; values: number[] }[];
  valueFormat: string;
  legend: string;
  fontSize: number;
}

const inflate = (data: Uint8Array, max: number): Uint8Array => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max) });

function a1(col0: number, row0: number): string {
  let s = '';
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row0 + 1}`;
}

/** The text of a part, or undefined when the package lacks it. */
export function partText(bytes: Uint8Array, parts: readonly ZipPart[], name: string): string | undefined {
  const p = parts.find((x) => x.name === name);
  if (!p) return undefined;
  const got = partBytes(bytes, p, inflate);
  if (typeof got === 'string') throw new Error(`${name}: ${got}`);
  return Buffer.from(got).toString('utf8');
}

/** Parses XML, throwing on anything not well-formed. */
let parser: DOMParser | undefined;

export function xmlDoc(text: string): Document {
  parser ??= new new JSDOM('').window.DOMParser();
  const doc = parser.parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** `../drawings/x.xml` from `xl/worksheets/sheet1.xml` → `xl/drawings/x.xml`. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(bytes: Uint8Array, parts: readonly ZipPart[], part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf('/');
  const text = partText(bytes, parts, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  if (!text) return out;
  for (const r of Array.from(xmlDoc(text).getElementsByTagName('Relationship'))) {
    out.set(r.getAttribute('Id') ?? '', { type: r.getAttribute('Type') ?? '', target: resolvePart(part, r.getAttribute('Target') ?? '') });
  }
  return out;
}

const first = (el: Element | Document, tag: string): Element | undefined => el.getElementsByTagName(tag)[0];
const attr = (el: Element | Document, tag: string, name = 'val'): string => first(el, tag)?.getAttribute(name) ?? '';

/** `'盘点总览'!$A$14:$A$22` → the sheet and the cells' values, row by row. */
function cellsOfRef(wb: ExcelJS.Workbook, ref: string): { sheet: string; values: unknown[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/u.exec(ref);
  if (!m) throw new Error(`Not a reference: ${ref}`);
  const sheet = m[1].replace(/''/gu, "'");
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet ${sheet}`);
  const [c1, r1, c2, r2] = [m[2], Number(m[3]), m[4] ?? m[2], Number(m[5] ?? m[3])];
  const values: unknown[] = [];
  for (let r = r1; r <= r2; r++) for (let c = ws.getColumn(c1).number; c <= ws.getColumn(c2).number; c++) values.push(ws.getCell(r, c).value);
  return { sheet, values };
}

function cache(el: Element | undefined): unknown[] {
  if (!el) return [];
  const n = Number(attr(el, 'c:ptCount'));
  const out: unknown[] = Array.from({ length: n }, () => null);
  for (const pt of Array.from(el.getElementsByTagName('c:pt'))) {
    const v = first(pt, 'c:v')?.textContent ?? '';
    out[Number(pt.getAttribute('idx'))] = el.tagName === 'c:numCache' ? Number(v) : v;
  }
  return out;
}

/** A formula's cells, checked against the value cached beside it in the part. */
function refValues(wb: ExcelJS.Workbook, ref: Element | undefined, sheet: string): unknown[] {
  if (!ref) throw new Error('No reference');
  const f = first(ref, 'c:f')?.textContent ?? '';
  const got = cellsOfRef(wb, f);
  if (got.sheet !== sheet) throw new Error(`A chart of ${sheet} refers to ${got.sheet}`);
  const cached = cache(first(ref, 'c:numCache') ?? first(ref, 'c:strCache'));
  if (JSON.stringify(cached) !== JSON.stringify(got.values)) throw new Error(`Cache ${JSON.stringify(cached)} ≠ cells ${JSON.stringify(got.values)} of ${f}`);
  return got.values;
}

/** The charts of a sheet of an .xlsx package, as a person sees them. */
export async function xlsxChartPictures(bytes: Uint8Array, sheet: string): Promise<ChartPicture[]> {
  const parts = zipParts(bytes);
  if (!parts) throw new Error('Not a zip');
  const part = [...sheetNamesByPart(bytes, parts, inflate)].find(([, name]) => name === sheet)?.[0];
  if (!part) throw new Error(`No sheet ${sheet}`);
  const sheetXml = xmlDoc(partText(bytes, parts, part) ?? '');
  const drawingEl = first(sheetXml, 'drawing');
  if (!drawingEl) return [];
  const drawingPart = relsOf(bytes, parts, part).get(drawingEl.getAttribute('r:id') ?? '')?.target ?? '';
  const drawing = xmlDoc(partText(bytes, parts, drawingPart) ?? '');
  const drawingRels = relsOf(bytes, parts, drawingPart);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return Array.from(drawing.getElementsByTagName('xdr:twoCellAnchor')).map((anchor) => {
    const marker = (tag: string): { col: number; row: number } => {
      const m = first(anchor, tag) as Element;
      return { col: Number(first(m, 'xdr:col')?.textContent), row: Number(first(m, 'xdr:row')?.textContent) };
    };
    const from = marker('xdr:from');
    const to = marker('xdr:to');
    const chartPart = drawingRels.get(first(anchor, 'c:chart')?.getAttribute('r:id') ?? '')?.target ?? '';
    const chart = xmlDoc(partText(bytes, parts, chartPart) ?? '');
    const bar = first(chart, 'c:barChart') as Element;
    if (attr(bar, 'c:barDir') !== 'col' || attr(bar, 'c:grouping') !== 'clustered') throw new Error('Not clustered columns');
    const series = Array.from(bar.getElementsByTagName('c:ser')).map((ser) => ({
      name: String(refValues(wb, first(ser, 'c:tx'), sheet)[0]),
      color: `#${attr(first(ser, 'c:spPr') as Element, 'a:srgbClr')}`,
      categories: refValues(wb, first(ser, 'c:cat'), sheet).map(String),
      values: refValues(wb, first(ser, 'c:val'), sheet).map(Number),
    }));
    const valAx = first(chart, 'c:valAx') as Element;
    const legend = { b: 'bottom', r: 'right', t: 'top' }[attr(chart, 'c:legendPos')] ?? attr(chart, 'c:legendPos');
    const chartSpace = chart.documentElement;
    const spaceText = Array.from(chartSpace.children).find((c) => c.tagName === 'c:txPr') as Element;
    return {
      kind: 'columnClustered' as const,
      title: Array.from(first(chart, 'c:title')?.getElementsByTagName('a:t') ?? []).map((t) => t.textContent).join(''),
      from: a1(from.col, from.row),
      // The anchor's far corner is the top-left of the cell after the last one covered.
      to: a1(to.col - 1, to.row - 1),
      series,
      valueFormat: attr(valAx, 'c:numFmt', 'formatCode'),
      legend,
      fontSize: Number(attr(spaceText, 'a:defRPr', 'sz')) / 100,
    };
  });
}

/** The charts of a sheet of the recording fake, as a person sees them in Excel. */
export function fakeChartPictures(fake: FakeExcel, sheet: string): ChartPicture[] {
  const s = fake.sheet(sheet);
  if (!s) throw new Error(`No sheet ${sheet}`);
  const cells = (r: { r1: number; c1: number; r2: number; c2: number }): unknown[] => {
    const out: unknown[] = [];
    for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) out.push(fake.cell(sheet, a1(c, row))?.value ?? null);
    return out;
  };
  return s.charts.map((c) => {
    if (c.type !== 'ColumnClustered') throw new Error(`Chart type ${c.type}`);
    return {
      kind: 'columnClustered' as const,
      title: c.title ?? '',
      from: c.from ?? '',
      to: c.to ?? '',
      series: c.series.map((x) => ({
        name: x.name,
        color: (x.color ?? '').toUpperCase(),
        categories: x.categories ? cells(x.categories).map(String) : [],
        values: cells(x.values).map(Number),
      })),
      valueFormat: c.valueAxis.numberFormat ?? '',
      legend: (c.legend ?? '').toLowerCase(),
      fontSize: c.font.size ?? 0,
    };
  });
}
