// A plan's charts as the parts of an .xlsx package (ECMA-376 Part 1, §21.2 DrawingML charts, §20.5 spreadsheet
// drawing): one drawing part per sheet anchoring each chart between two cells, one chart part per chart whose
// series refer to the sheet's own cells (with their values cached, for readers that do not recalculate), and
// the relationships and content types that tie them to the sheet. exceljs writes no charts: charts.ts adds
// these parts to what it writes. Pure text: Node and the browser.
import type { ChartSpec, PlanValue, SheetPlan } from '../../workbook/plan';

/** What a chart part reads of its plan: the sheet's name, its values (the caches), formats and font. */
export type ChartData = Pick<SheetPlan, 'name' | 'values' | 'numberFormats' | 'font'>;
import { parseRange } from './rects';

export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The id of the sheet's relationship to its drawing: one the sheet's other relationships (rId1…) never take. */
export const SHEET_DRAWING_RID = 'rIdChartDrawing';

export function xmlText(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Names of the parts of one sheet's charts: `n` numbers the sheet among those with charts, `first` its first chart. */
export interface ChartParts {
  drawing: string;
  charts: string[];
}

export function chartPartNames(n: number, first: number, count: number): ChartParts {
  return {
    drawing: `xl/drawings/chartDrawing${n}.xml`,
    charts: Array.from({ length: count }, (_, i) => `xl/charts/chart${first + i}.xml`),
  };
}

/** `'盘点总览'!$B$14:$B$22`: a formula reference to a range of the sheet (quotes doubled inside the name). */
export function sheetRef(sheet: string, range: string): string {
  const r = parseRange(range);
  const cell = (row: number, c: number): string => `$${colName(c)}$${row}`;
  const quoted = `'${sheet.replace(/'/gu, "''")}'`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? `${quoted}!${cell(r.r1, r.c1)}` : `${quoted}!${cell(r.r1, r.c1)}:${cell(r.r2, r.c2)}`;
}

/** The plan's values in a range, row by row (a chart's ranges are one column). */
function cells(plan: ChartData, range: string): PlanValue[] {
  const r = parseRange(range);
  const out: PlanValue[] = [];
  for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) out.push(plan.values[row - 1]?.[c - 1] ?? null);
  return out;
}

function strRef(plan: ChartData, range: string): string {
  const pts = cells(plan, range);
  return (
    `<c:strRef><c:f>${xmlText(sheetRef(plan.name, range))}</c:f><c:strCache><c:ptCount val="${pts.length}"/>` +
    pts.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`)).join('') +
    '</c:strCache></c:strRef>'
  );
}

function numRef(plan: ChartData, range: string, format: string): string {
  const pts = cells(plan, range);
  return (
    `<c:numRef><c:f>${xmlText(sheetRef(plan.name, range))}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${pts.length}"/>` +
    pts.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('') +
    '</c:numCache></c:numRef>'
  );
}

/** The number format of a range's first cell in the plan, else General. */
function formatOf(plan: ChartData, range: string): string {
  const r = parseRange(range);
  for (const g of plan.numberFormats) {
    for (const x of g.ranges) {
      const f = parseRange(x);
      if (f.r1 <= r.r1 && r.r1 <= f.r2 && f.c1 <= r.c1 && r.c1 <= f.c2) return g.format;
    }
  }
  return 'General';
}

/** Text properties: size in points, the sheet's font for Latin and East Asian text. */
function textProps(size: number, font: string | undefined, bold = false): string {
  const face = font ? `<a:latin typeface="${xmlText(font)}"/><a:ea typeface="${xmlText(font)}"/>` : '';
  return `<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}">${face}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p>`;
}

const solid = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/></a:solidFill>`;
const GRID_LINE = `<c:spPr><a:ln w="6350">${solid('#D9D9D9')}</a:ln></c:spPr>`;

/** The chart part (c:chartSpace) of one ChartSpec over the plan's cells. */
export function chartXml(plan: ChartData, spec: ChartSpec): string {
  const font = plan.font;
  const series = spec.series
    .map((s, i) => {
      const values = parseRange(s.values);
      const nameCell = `${colName(values.c1)}${values.r1 - 1}`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(plan, nameCell)}</c:tx>` +
        `<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat>${strRef(plan, spec.categories)}</c:cat><c:val>${numRef(plan, s.values, formatOf(plan, s.values))}</c:val></c:ser>`
      );
    })
    .join('');
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round((spec.fontSize + 2) * 100)}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${Math.round((spec.fontSize + 2) * 100)}" b="1"/><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const legendPos = { bottom: 'b', right: 'r', top: 't' }[spec.legend];
  return (
    HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    title +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series +
    '<c:gapWidth val="60"/><c:overlap val="-10"/><c:axId val="111"/><c:axId val="222"/></c:barChart>' +
    '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:txPr>${textProps(spec.fontSize, font)}</c:txPr>` +
    '<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    `<c:majorGridlines>${GRID_LINE}</c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlText(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr>${textProps(spec.fontSize, font)}</c:txPr>` +
    '<c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="${legendPos}"/><c:overlay val="0"/><c:txPr>${textProps(spec.fontSize, font)}</c:txPr></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    `<c:txPr>${textProps(spec.fontSize, font)}</c:txPr>` +
    '</c:chartSpace>'
  );
}

function colName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One anchor: the chart covers the cells `from` to `to` whole (the anchor's far corner is the cell after `to`). */
function anchor(spec: ChartSpec, index: number): string {
  const from = parseRange(spec.from);
  const to = parseRange(spec.to);
  const marker = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', from.c1 - 1, from.r1 - 1) +
    marker('to', to.c2, to.r2) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlText(spec.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The drawing part of a sheet: one anchor per chart, the n-th chart through relationship rId<n>. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  return HEAD + `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">` + charts.map(anchor).join('') + '</xdr:wsDr>';
}

/** The drawing's relationships: rId<n> to the n-th chart part. */
export function drawingRelsXml(parts: ChartParts): string {
  return (
    HEAD +
    `<Relationships xmlns="${RELS_NS}">` +
    parts.charts.map((c, i) => `<Relationship Id="rId${i + 1}" Type="${CHART_REL}" Target="../charts/${c.slice('xl/charts/'.length)}"/>`).join('') +
    '</Relationships>'
  );
}

/** The rels part name of a part: `xl/drawings/_rels/chartDrawing1.xml.rels`. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Where the sheet's rels part points to its drawing: `../drawings/chartDrawing1.xml`. */
export function drawingTarget(parts: ChartParts): string {
  return `../drawings/${parts.drawing.slice('xl/drawings/'.length)}`;
}

/** Content-type overrides of the parts. */
export function contentOverrides(parts: ChartParts): string {
  return (
    `<Override PartName="/${parts.drawing}" ContentType="${DRAWING_TYPE}"/>` +
    parts.charts.map((c) => `<Override PartName="/${c}" ContentType="${CHART_TYPE}"/>`).join('')
  );
}

/** The <drawing> element of a worksheet. */
export function drawingElement(rId: string): string {
  return `<drawing r:id="${xmlText(rId)}"/>`;
}

/**
 * The worksheet's XML with its <drawing> element where the schema puts it (CT_Worksheet: after the page
 * setup, header and footer and breaks; before legacy drawings, pictures, table parts and extensions).
 */
export function withDrawingElement(sheetXml: string, rId = SHEET_DRAWING_RID): string {
  const next = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/u.exec(sheetXml);
  if (!next) throw new Error('Not a worksheet part');
  return sheetXml.slice(0, next.index) + drawingElement(rId) + sheetXml.slice(next.index);
}

/** A sheet's rels part with the drawing's relationship added (or a new rels part). */
export function withDrawingRel(relsXml: string | undefined, parts: ChartParts): string {
  const rel = `<Relationship Id="${SHEET_DRAWING_RID}" Type="${DRAWING_REL}" Target="${drawingTarget(parts)}"/>`;
  if (relsXml === undefined) return HEAD + `<Relationships xmlns="${RELS_NS}">${rel}</Relationships>`;
  return relsXml.replace('</Relationships>', `${rel}</Relationships>`);
}
