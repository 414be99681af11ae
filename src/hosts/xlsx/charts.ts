// Charts in a workbook exceljs holds in memory (the page, the command line's in-memory path, the demo). exceljs
// has no charts in its model and drops them when it reads a file, so the plans' charts are kept beside the
// sheets they belong to (a sheet replaced by a later plan takes its charts with it) and added to the package as
// exceljs writes it: the sheet's <drawing> element and relationship, the drawing and chart parts, and their
// content types (chartPart.ts). The streaming writer adds the same parts in stream.ts.
import type ExcelJS from 'exceljs';
import type { ChartSpec, SheetPlan } from '../../workbook/plan';
import { type ChartData, chartPartNames, chartXml, contentOverrides, drawingRelsXml, drawingXml, relsName, withDrawingElement, withDrawingRel, type ChartParts } from './chartPart';

type ChartSource = ChartData & { charts: ChartSpec[] };

const chartsOfSheet = new WeakMap<ExcelJS.Worksheet, ChartSource>();

/** Keeps the plan's charts with the sheet just written for it. */
export function keepCharts(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (plan.charts && plan.charts.length > 0) {
    chartsOfSheet.set(ws, { name: plan.name, values: plan.values, numberFormats: plan.numberFormats, font: plan.font, charts: plan.charts });
  }
}

/** The charts kept with a sheet (none for a sheet read from a file: exceljs drops charts). */
export function chartsOf(ws: ExcelJS.Worksheet): readonly ChartSpec[] {
  return chartsOfSheet.get(ws)?.charts ?? [];
}

interface Zip {
  append(data: unknown, options: { name: string }): unknown;
}

interface ModelSheet {
  id: number;
}

/** The two steps of exceljs's XLSX.write this file adds to (lib/xlsx/xlsx.js). */
interface Writer {
  addContentTypes(zip: Zip, model: unknown): Promise<void>;
  addWorksheets(zip: Zip, model: { worksheets: ModelSheet[] }): Promise<void>;
}

/** A zip whose appended text parts pass through `edit` first. */
function editing(zip: Zip, edit: (name: string, data: string) => string): Zip {
  return { append: (data, options) => zip.append(typeof data === 'string' ? edit(options.name, data) : data, options) };
}

interface Planned {
  sheetId: number;
  source: ChartSource;
  parts: ChartParts;
}

/** The workbook's .xlsx bytes, with the charts kept with its sheets. */
export async function xlsxBytesWithCharts(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const planned: Planned[] = [];
  let chartCount = 0;
  for (const ws of wb.worksheets) {
    const source = chartsOfSheet.get(ws);
    if (!source) continue;
    // The sheet's name now: the formulas of the chart refer to it.
    const parts = chartPartNames(planned.length + 1, chartCount + 1, source.charts.length);
    chartCount += source.charts.length;
    planned.push({ sheetId: ws.id, source: { ...source, name: ws.name }, parts });
  }
  if (planned.length === 0) return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

  const writer = wb.xlsx as unknown as Writer;
  const { addContentTypes, addWorksheets } = writer;
  const bySheetPart = new Map<string, Planned>(planned.map((p) => [`xl/worksheets/sheet${p.sheetId}.xml`, p] as const));
  const byRelsPart = new Map<string, Planned>(planned.map((p) => [`xl/worksheets/_rels/sheet${p.sheetId}.xml.rels`, p] as const));
  writer.addContentTypes = (zip, model) =>
    addContentTypes.call(writer, editing(zip, (name, xml) => (name === '[Content_Types].xml' ? xml.replace('</Types>', `${planned.map((p) => contentOverrides(p.parts)).join('')}</Types>`) : xml)), model);
  writer.addWorksheets = async (zip, model) => {
    const related = new Set<Planned>();
    await addWorksheets.call(
      writer,
      editing(zip, (name, xml) => {
        const sheet = bySheetPart.get(name);
        if (sheet) return withDrawingElement(xml);
        const rels = byRelsPart.get(name);
        if (!rels) return xml;
        related.add(rels);
        return withDrawingRel(xml, rels.parts);
      }),
      model,
    );
    for (const p of planned) {
      if (!related.has(p)) zip.append(withDrawingRel(undefined, p.parts), { name: relsName(`xl/worksheets/sheet${p.sheetId}.xml`) });
      zip.append(drawingXml(p.source.charts), { name: p.parts.drawing });
      zip.append(drawingRelsXml(p.parts), { name: relsName(p.parts.drawing) });
      p.source.charts.forEach((c, i) => zip.append(chartXml(p.source, c), { name: p.parts.charts[i] }));
    }
  };
  try {
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  } finally {
    // Back to exceljs's own steps (the patched ones were the instance's, over its prototype's).
    Reflect.deleteProperty(writer, 'addContentTypes');
    Reflect.deleteProperty(writer, 'addWorksheets');
  }
}
