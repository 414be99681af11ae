/**
 * The ExcelApi requirement set the Office.js host needs: the highest `[Api set: ExcelApi x.y]` tag of the
 * members below (tests/hosts/excel/apiSets.test.ts checks both against @types/office-js and the host
 * source). The pane checks it at start and explains when Excel is too old. 1.9 comes from RangeAreas
 * (styles and drop-downs by group, and getSelectedRanges, which reads a selection of several areas without
 * failing), page layout (print setup), page breaks and suspendScreenUpdatingUntilNextSync; conditional formats need 1.6. Excel.run's
 * delayForCellEdit carries no tag and is ignored by an Excel without it (see run.ts).
 */
export const REQUIRED_EXCEL_API = '1.9';

/** True when this Excel supports every member the host calls. */
export function excelApiSupported(isSetSupported: (name: string, version: string) => boolean): boolean {
  return isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
}

/** Every Excel API member src/hosts/excel calls, reads or sets, as `Class.member`. */
export const USED_MEMBERS: readonly string[] = [
  'Application.calculationMode', 'Application.load', 'Application.suspendScreenUpdatingUntilNextSync',
  'ConditionalFormat.custom', 'ConditionalFormatCollection.add', 'ConditionalFormatRule.formula', 'ConditionalRangeFill.color',
  'ConditionalRangeFont.bold', 'ConditionalRangeFont.color', 'ConditionalRangeFormat.fill', 'ConditionalRangeFormat.font',
  'CustomConditionalFormat.format', 'CustomConditionalFormat.rule', 'Range.conditionalFormats',
  'DataValidation.rule', 'DataValidationRule.list', 'HeaderFooter.centerFooter', 'HeaderFooter.centerHeader', 'HeaderFooter.leftFooter', 'HeaderFooter.rightFooter',
  'HeaderFooterGroup.defaultForAllPages', 'PageBreakCollection.add', 'PageLayout.headersFooters',
  'PageLayout.orientation', 'PageLayout.leftMargin', 'PageLayout.rightMargin', 'PageLayout.topMargin',
  'PageLayout.bottomMargin', 'PageLayout.headerMargin', 'PageLayout.footerMargin', 'PageLayout.paperSize', 'PageLayout.setPrintArea', 'PageLayout.setPrintTitleRows', 'PageLayout.zoom',
  'PageLayoutZoomOptions.horizontalFitToPages', 'PageLayoutZoomOptions.verticalFitToPages',
  'Range.columnCount', 'Range.columnIndex', 'Range.format', 'Range.getCell',
  'Range.getColumn', 'Range.getResizedRange', 'Range.getVisibleView', 'Range.load', 'Range.merge',
  'Range.numberFormat', 'Range.formulas', 'Range.rowCount', 'Range.rowHidden', 'Range.rowIndex', 'Range.select', 'Range.text',
  'Range.values', 'Range.valueTypes', 'Range.untrack', 'Range.columnHidden', 'RangeAreas.untrack', 'RangeAreas.address', 'RangeAreas.areaCount', 'RangeAreas.dataValidation',
  'RangeAreas.format', 'RangeAreas.load', 'RangeBorder.color', 'RangeBorder.style',
  'RangeBorder.weight', 'RangeBorderCollection.getItem', 'RangeFill.color', 'RangeFont.bold',
  'RangeFont.color', 'RangeFont.italic', 'RangeFont.name', 'RangeFont.size', 'RangeFormat.borders',
  'RangeFormat.columnWidth', 'RangeFormat.fill', 'RangeFormat.font', 'RangeFormat.horizontalAlignment',
  'RangeFormat.rowHeight', 'RangeFormat.verticalAlignment', 'RangeFormat.wrapText', 'RangeView.cellAddresses',
  'RangeView.load', 'RequestContext.workbook', 'RunOptions.delayForCellEdit', 'Table.name', 'Table.style', 'TableCollection.add',
  'Table.columns', 'TableColumnCollection.getItem', 'TableColumn.filter', 'Filter.applyValuesFilter',
  'TableCollection.items', 'TableCollection.load', 'TableCollection.getItem', 'Workbook.application', 'Workbook.getSelectedRanges', 'Workbook.tables',
  'Workbook.worksheets', 'Workbook.names', 'NamedItemCollection.items', 'NamedItemCollection.load', 'NamedItem.name', 'Worksheet.activate', 'Worksheet.delete', 'Worksheet.freezePanes',
  'Worksheet.getRange', 'Worksheet.getRanges', 'Worksheet.getUsedRangeOrNullObject',
  'Worksheet.horizontalPageBreaks', 'Worksheet.id', 'Worksheet.load', 'Worksheet.name', 'Worksheet.pageLayout',
  'Worksheet.position', 'Worksheet.tabColor', 'Worksheet.tables', 'Worksheet.visibility',
  'WorksheetCollection.add', 'WorksheetCollection.getItem', 'WorksheetCollection.getItemOrNullObject',
  'WorksheetCollection.items', 'WorksheetCollection.load', 'WorksheetFreezePanes.freezeAt',
  'WorksheetFreezePanes.freezeColumns', 'WorksheetFreezePanes.freezeRows',
  'Worksheet.charts', 'ChartCollection.add', 'Chart.name', 'Chart.setPosition', 'Chart.format', 'Chart.title', 'Chart.legend',
  'Chart.axes', 'Chart.series', 'ChartAreaFormat.font', 'ChartFont.size', 'ChartFont.name', 'ChartFont.bold', 'ChartTitle.text',
  'ChartTitle.format', 'ChartTitleFormat.font', 'ChartLegend.position', 'ChartLegend.format', 'ChartLegendFormat.font',
  'ChartAxes.valueAxis', 'ChartAxes.categoryAxis', 'ChartAxis.numberFormat', 'ChartAxis.minimum', 'ChartAxis.format',
  'ChartAxisFormat.font', 'ChartSeriesCollection.getItemAt', 'ChartSeries.format', 'ChartSeriesFormat.fill', 'ChartFill.setSolidColor',
];
