/// <reference types="office-js" />
// Charts in the recording fake (fakeExcel.ts): Worksheet.charts.add and what the host sets on a chart, each
// class typed against @types/office-js. Like Excel it refuses a chart type it does not know, a source on a
// deleted sheet or over the whole sheet, a position that is not a cell, a series index past the series, a
// colour that is neither #RRGGBB nor a colour name, a font size outside 1–409 and a legend position it does
// not know. As Excel does with a range whose top-left cell is empty, it takes the series names from the first
// row and the category labels from the first column (series by columns).

/** The members K of an Office.js class, with the fake's own objects in place of Excel's. */
type Members<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P] extends OfficeExtension.ClientObject ? unknown : T[P];
};

export interface ChartRect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeChartSeries {
  /** The header cell's text, as Excel names a series from its source. */
  name: string;
  /** 0-based rectangles on the chart's sheet. */
  values: ChartRect;
  categories?: ChartRect;
  color?: string;
}

export interface FakeChart {
  type: string;
  name?: string;
  source: ChartRect;
  series: FakeChartSeries[];
  /** The cells the chart covers, as setPosition got them. */
  from?: string;
  to?: string;
  title?: string;
  titleSize?: number;
  titleBold?: boolean;
  legend?: string;
  legendSize?: number;
  font: { name?: string; size?: number };
  valueAxis: { numberFormat?: string; minimum?: number; size?: number };
  categoryAxisSize?: number;
}

/** What the fake's chart classes need of the fake: recording, failing as Excel fails, and the sheet's cells. */
export interface ChartHost {
  record(op: string, args: unknown): void;
  fail(code: string, message: string): Error;
  parse(address: string): ChartRect;
  /** The cell's value, or null. */
  value(r: number, c: number): string | number | boolean | null;
  deleted(): boolean;
  charts: FakeChart[];
}

/** The chart types Excel takes (a subset of Excel.ChartType; the host asks for ColumnClustered). */
const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'LineMarkers',
  'Pie', 'Doughnut', 'Area', 'XYScatter',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']);

function checkSize(h: ChartHost, v: number): number {
  if (!(v >= 1 && v <= 409)) throw h.fail('InvalidArgument', `Font size ${v}`);
  return v;
}

/** The series Excel makes of a block by columns whose top-left cell is empty: names above, categories left. */
function seriesOf(h: ChartHost, rect: ChartRect): FakeChartSeries[] {
  const corner = h.value(rect.r1, rect.c1);
  if (corner !== null && corner !== '') {
    // Excel guesses otherwise; the host never asks for it, so the fake names the series as Excel's default.
    return Array.from({ length: rect.c2 - rect.c1 + 1 }, (_, i) => ({ name: `Series${i + 1}`, values: { ...rect, c1: rect.c1 + i, c2: rect.c1 + i } }));
  }
  const categories = { r1: rect.r1 + 1, c1: rect.c1, r2: rect.r2, c2: rect.c1 };
  return Array.from({ length: rect.c2 - rect.c1 }, (_, i) => {
    const c = rect.c1 + 1 + i;
    return { name: String(h.value(rect.r1, c) ?? ''), values: { r1: rect.r1 + 1, c1: c, r2: rect.r2, c2: c }, categories };
  });
}

class ChartFont implements Members<Excel.ChartFont, 'size' | 'name' | 'bold'> {
  constructor(
    private readonly h: ChartHost,
    private readonly at: string,
    private readonly put: (prop: 'size' | 'name' | 'bold', v: number | string | boolean) => void,
  ) {}
  get size(): number {
    throw this.h.fail('PropertyNotLoaded', 'size');
  }
  set size(v: number) {
    this.h.record(`${this.at}.font.size`, v);
    this.put('size', checkSize(this.h, v));
  }
  get name(): string {
    throw this.h.fail('PropertyNotLoaded', 'name');
  }
  set name(v: string) {
    this.h.record(`${this.at}.font.name`, v);
    this.put('name', v);
  }
  get bold(): boolean {
    throw this.h.fail('PropertyNotLoaded', 'bold');
  }
  set bold(v: boolean) {
    this.h.record(`${this.at}.font.bold`, v);
    this.put('bold', v);
  }
}

/** A format whose only member the host uses is its font (chart area, title, legend, axis). */
class FontFormat {
  constructor(readonly font: ChartFont) {}
}

class ChartTitle implements Members<Excel.ChartTitle, 'text' | 'format'> {
  constructor(
    private readonly h: ChartHost,
    private readonly chart: FakeChart,
  ) {}
  get text(): string {
    throw this.h.fail('PropertyNotLoaded', 'text');
  }
  set text(v: string) {
    this.h.record('ChartTitle.text', v);
    this.chart.title = v;
  }
  get format(): FontFormat {
    return new FontFormat(
      new ChartFont(this.h, 'ChartTitle', (p, v) => {
        if (p === 'size') this.chart.titleSize = v as number;
        if (p === 'bold') this.chart.titleBold = v as boolean;
      }),
    );
  }
}

class ChartLegend implements Members<Excel.ChartLegend, 'position' | 'format'> {
  constructor(
    private readonly h: ChartHost,
    private readonly chart: FakeChart,
  ) {}
  get position(): Excel.ChartLegendPosition | 'Top' {
    throw this.h.fail('PropertyNotLoaded', 'position');
  }
  set position(v: Excel.ChartLegendPosition | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom' | 'Invalid') {
    if (!LEGEND_POSITIONS.has(String(v))) throw this.h.fail('InvalidArgument', `Legend position ${v}`);
    this.h.record('ChartLegend.position', v);
    this.chart.legend = String(v);
  }
  get format(): FontFormat {
    return new FontFormat(new ChartFont(this.h, 'ChartLegend', (p, v) => p === 'size' && (this.chart.legendSize = v as number)));
  }
}

class ChartAxis implements Members<Excel.ChartAxis, 'numberFormat' | 'minimum' | 'format'> {
  constructor(
    private readonly h: ChartHost,
    private readonly chart: FakeChart,
    private readonly which: 'value' | 'category',
  ) {}
  get numberFormat(): string {
    throw this.h.fail('PropertyNotLoaded', 'numberFormat');
  }
  set numberFormat(v: string) {
    this.h.record(`ChartAxis.${this.which}.numberFormat`, v);
    if (this.which === 'value') this.chart.valueAxis.numberFormat = v;
  }
  get minimum(): number {
    throw this.h.fail('PropertyNotLoaded', 'minimum');
  }
  set minimum(v: number) {
    if (!Number.isFinite(v)) throw this.h.fail('InvalidArgument', `Axis minimum ${v}`);
    this.h.record(`ChartAxis.${this.which}.minimum`, v);
    if (this.which === 'value') this.chart.valueAxis.minimum = v;
  }
  get format(): FontFormat {
    return new FontFormat(
      new ChartFont(this.h, `ChartAxis.${this.which}`, (p, v) => {
        if (p !== 'size') return;
        if (this.which === 'value') this.chart.valueAxis.size = v as number;
        else this.chart.categoryAxisSize = v as number;
      }),
    );
  }
}

class ChartAxes implements Members<Excel.ChartAxes, 'valueAxis' | 'categoryAxis'> {
  constructor(
    private readonly h: ChartHost,
    private readonly chart: FakeChart,
  ) {}
  get valueAxis(): ChartAxis {
    return new ChartAxis(this.h, this.chart, 'value');
  }
  get categoryAxis(): ChartAxis {
    return new ChartAxis(this.h, this.chart, 'category');
  }
}

const COLOR = /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/u;

class ChartFill implements Members<Excel.ChartFill, 'setSolidColor'> {
  constructor(
    private readonly h: ChartHost,
    private readonly series: FakeChartSeries,
  ) {}
  setSolidColor(color: string): void {
    if (!COLOR.test(color)) throw this.h.fail('InvalidArgument', `Not a colour: ${color}`);
    this.h.record('ChartFill.setSolidColor', color);
    this.series.color = color;
  }
}

class ChartSeries implements Members<Excel.ChartSeries, 'format'> {
  constructor(
    private readonly h: ChartHost,
    private readonly series: FakeChartSeries,
  ) {}
  get format(): { fill: ChartFill } {
    return { fill: new ChartFill(this.h, this.series) };
  }
}

class ChartSeriesCollection implements Members<Excel.ChartSeriesCollection, 'getItemAt'> {
  constructor(
    private readonly h: ChartHost,
    private readonly chart: FakeChart,
  ) {}
  getItemAt(index: number): ChartSeries {
    const s = this.chart.series[index];
    if (!s) throw this.h.fail('InvalidArgument', `No series ${index} (the chart has ${this.chart.series.length})`);
    return new ChartSeries(this.h, s);
  }
}

class Chart implements Members<Excel.Chart, 'name' | 'setPosition' | 'title' | 'legend' | 'axes' | 'series' | 'format'> {
  constructor(
    private readonly h: ChartHost,
    readonly chart: FakeChart,
  ) {}
  get name(): string {
    throw this.h.fail('PropertyNotLoaded', 'name');
  }
  set name(v: string) {
    this.h.record('Chart.name', v);
    this.chart.name = v;
  }
  setPosition(startCell: string | Excel.Range, endCell?: string | Excel.Range): void {
    // The host passes addresses; the fake takes no range objects here.
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string')) throw this.h.fail('InvalidArgument', 'setPosition takes addresses in the fake');
    for (const cell of endCell === undefined ? [startCell] : [startCell, endCell]) {
      const r = this.h.parse(cell);
      if (!/^\$?[A-Za-z]{1,3}\$?\d+$/u.test(cell) || r.r1 < 0 || r.c1 < 0) throw this.h.fail('InvalidArgument', `Not a cell: ${cell}`);
    }
    this.h.record('Chart.setPosition', [startCell, endCell ?? null]);
    this.chart.from = startCell;
    if (endCell !== undefined) this.chart.to = endCell;
  }
  get title(): ChartTitle {
    return new ChartTitle(this.h, this.chart);
  }
  get legend(): ChartLegend {
    return new ChartLegend(this.h, this.chart);
  }
  get axes(): ChartAxes {
    return new ChartAxes(this.h, this.chart);
  }
  get series(): ChartSeriesCollection {
    return new ChartSeriesCollection(this.h, this.chart);
  }
  get format(): FontFormat {
    return new FontFormat(new ChartFont(this.h, 'Chart', (p, v) => {
      if (p === 'size') this.chart.font.size = v as number;
      if (p === 'name') this.chart.font.name = v as string;
    }));
  }
}

/** A range as the fake's Range hands it over: its sheet's rectangle (or the whole sheet). */
export interface SourceRange {
  target: ChartRect | 'all';
}

export class ChartCollection implements Members<Excel.ChartCollection, 'add'> {
  constructor(
    private readonly h: ChartHost,
    /** The host of the source range's sheet, when it is another sheet. */
    private readonly sourceHost: (range: SourceRange) => ChartHost = () => h,
  ) {}
  add(type: string, range: Excel.Range, seriesBy?: string): Chart {
    const sourceData = range as unknown as SourceRange;
    if (this.h.deleted()) throw this.h.fail('ItemNotFound', 'The sheet was deleted');
    if (!CHART_TYPES.has(type)) throw this.h.fail('InvalidArgument', `Chart type ${type}`);
    if (seriesBy !== undefined && !SERIES_BY.has(seriesBy)) throw this.h.fail('InvalidArgument', `Series by ${seriesBy}`);
    if (sourceData.target === 'all') throw this.h.fail('InvalidArgument', 'A chart over the whole sheet');
    const source = this.sourceHost(sourceData);
    if (source.deleted()) throw this.h.fail('ItemNotFound', 'The source sheet was deleted');
    this.h.record('ChartCollection.add', [type, seriesBy ?? 'Auto']);
    const chart: FakeChart = { type, source: sourceData.target, series: seriesOf(source, sourceData.target), font: {}, valueAxis: {} };
    this.h.charts.push(chart);
    return new Chart(this.h, chart);
  }
}
