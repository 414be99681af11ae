/// <reference types="office-js" />
// A plan's charts through Office.js (ExcelApi 1.1 for the chart, 1.8 for the value axis' number format): a
// clustered column chart made from the plan's source block — Excel reads the series names from its first row
// and the category labels from its first column — placed over the plan's cells, with the plan's title,
// colours, legend and font. Added in the finish step, on the sheet still under its temporary name: the chart
// refers to the sheet, not to its name, and goes with the sheet if the run fails before the swap.
import type { ChartSpec } from '../../workbook/plan';
import type { PlanWrite } from './planWrite';

const CHART_TYPE: Record<ChartSpec['kind'], 'ColumnClustered'> = { columnClustered: 'ColumnClustered' };
const LEGEND: Record<ChartSpec['legend'], 'Bottom' | 'Right' | 'Top'> = { bottom: 'Bottom', right: 'Right', top: 'Top' };

export function addCharts(write: PlanWrite): void {
  const ws = write.sheet;
  if (!ws) return;
  for (const spec of write.plan.charts ?? []) {
    const chart = ws.charts.add(CHART_TYPE[spec.kind], ws.getRange(spec.source), 'Columns');
    chart.name = spec.name;
    chart.setPosition(spec.from, spec.to);
    const font = chart.format.font;
    font.size = spec.fontSize;
    if (write.plan.font) font.name = write.plan.font;
    chart.title.text = spec.title;
    chart.title.format.font.size = spec.fontSize + 2;
    chart.title.format.font.bold = true;
    chart.legend.position = LEGEND[spec.legend];
    chart.legend.format.font.size = spec.fontSize;
    const value = chart.axes.valueAxis;
    value.numberFormat = spec.valueFormat;
    value.minimum = 0;
    value.format.font.size = spec.fontSize;
    chart.axes.categoryAxis.format.font.size = spec.fontSize;
    spec.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(s.color));
  }
}
