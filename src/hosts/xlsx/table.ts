// The Excel table of a plan (盘点结果): its column names, checked the way Excel checks them, and the table
// part the streaming writer adds itself (exceljs's streaming writer has no tables).
import type { SheetPlan } from '../../workbook/plan';
import { parseRange } from './rects';

/** A table name Excel accepts: a letter or _ first, then letters, digits, _ or .; not a cell reference. */
function validTableName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name) && !/^[RrCc]$/u.test(name);
}

/** The header texts of the plan's table; throws on what Excel would refuse (a bug in the plan). */
export function tableColumns(plan: SheetPlan): string[] {
  const spec = plan.table;
  if (!spec) return [];
  const { r1, c1, c2 } = parseRange(spec.range);
  const headers: string[] = [];
  for (let c = c1; c <= c2; c++) headers.push(String(plan.values[r1 - 1]?.[c - 1] ?? ''));
  const seen = new Set<string>();
  for (const h of headers) {
    const k = h.toLowerCase();
    if (h === '' || seen.has(k)) throw new Error(`Table ${spec.name}: header "${h}" is empty or repeated`);
    seen.add(k);
  }
  if (!validTableName(spec.name)) throw new Error(`Not a valid table name: ${spec.name}`);
  return headers;
}

function xmlEscape(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** The xl/tables/tableN.xml part of the plan's table (ECMA-376 §18.5), with an autofilter over it. */
export function tableXml(plan: SheetPlan, id: number, name: string): string {
  const spec = plan.table;
  if (!spec) throw new Error(`${plan.name} has no table`);
  const columns = tableColumns(plan);
  const ref = spec.range.toUpperCase();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlEscape(name)}" displayName="${xmlEscape(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">` +
    columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(c)}"/>`).join('') +
    '</tableColumns>' +
    `<tableStyleInfo name="${xmlEscape(spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
