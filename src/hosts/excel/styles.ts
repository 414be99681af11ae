/// <reference types="office-js" />
// Cell styles, one style group at a time: its areas set together through RangeAreas, in address pieces Excel
// reads whole (a1.ts addressPieces), never cell by cell.
import type { CellStyle } from '../../workbook/plan';
import { addressPieces } from './a1';
import { jsonBytes } from './bytes';
import type { Item, PlanWrite } from './planWrite';
import { actionBytes, pathBytes } from './weights';

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const BORDER_COLOR = '#7F7F7F';

/** What setting the style on one RangeAreas puts in a request beyond its address (weights.ts). */
export function styleBytes(style: CellStyle): number {
  const fontProps = [style.fontColor, style.bold, style.italic, style.fontSize].filter((p) => p !== undefined && p !== false).length;
  let n = pathBytes(); // format
  if (style.fill) n += pathBytes() + actionBytes(jsonBytes(style.fill));
  if (fontProps > 0) n += pathBytes() + fontProps * actionBytes(12);
  if (style.wrap) n += actionBytes(4);
  if (style.hAlign) n += actionBytes(10);
  if (style.vAlign) n += actionBytes(10);
  if (style.border) n += pathBytes() + BORDER_EDGES.length * (pathBytes(20) + actionBytes(12) + actionBytes(8) + actionBytes(jsonBytes(BORDER_COLOR)));
  return n;
}

function applyStyle(target: Excel.RangeAreas, style: CellStyle): void {
  const f = target.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.wrap) f.wrapText = true;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = style.border === 'thin' ? 'Thin' : 'Medium';
      b.color = BORDER_COLOR;
    }
  }
}

/** One style group: a RangeAreas an address piece. */
export function styleItems(write: PlanWrite, style: CellStyle, ranges: readonly string[]): Item[] {
  const ops = styleBytes(style);
  return addressPieces(ranges).map((address): Item => {
    return { kind: 'op', write, weight: pathBytes(jsonBytes(address)) + ops, run: (ws) => applyStyle(ws.getRanges(address).untrack(), style) };
  });
}
