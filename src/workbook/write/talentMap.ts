// 人才地图 / Talent map (DOMAIN.md, "Supply and demand"): category × level rows × department (or company)
// columns, each cell with supply, ready, demand, gap and fit, coloured by the gap; then the lines with a `*`,
// the scarce catalogue and the cultivation targets. One landscape page for six categories × three levels.
import { LEVEL_LABELS, pick } from '../../domain/catalogue';
import type { DemandLine, MapCell, ScarceLine, TalentMap, TargetRow } from '../../domain/talentMap';
import type { EngineerReview, Lang, Text } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { MIN_PRINT_SCALE, SHEET_FONT, WIDE_MARGINS, heightOf, pageBodyHeight, printSetup, widthScale } from './layout';
import { MAP_TEXT, SHORT_LEVEL, fill } from './planningText';
import { sheetName } from './text';

export interface MapContext {
  lang: Lang;
  /** 紧缺缺口比例, for the legend and the colours. */
  scarceShare: number;
  /** 任务期限 as set. */
  term?: string;
  targets: TargetRow[];
  reviews: readonly EngineerReview[];
}

type Shade = 'short' | 'scarce' | 'met' | 'none';
const SHADE_FILL: Record<Exclude<Shade, 'none'>, string> = { scarce: '#F8CBAD', short: '#FCE4D6', met: '#E2EFDA' };

function percent(share: number | undefined): string {
  return share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

function shadeOf(line: DemandLine | undefined, share: number): Shade {
  if (!line || line.demand.needed <= 0) return line ? 'met' : 'none';
  if (line.gap >= share * line.demand.needed && line.gap > 0) return 'scarce';
  return line.gap > 0 ? 'short' : 'met';
}

/** 「现有 5 · 可用 2\n需求 7 · 缺口 2\n岗位匹配 80%」 (the demand line only where demand is given), or 「—」. */
export function cellText(cell: Pick<MapCell, 'supply' | 'ready' | 'fit' | 'line'>, lang: Lang): string {
  const L = (t: Text): string => pick(t, lang);
  if (cell.supply === 0 && !cell.line) return '—';
  const lines = [`${L(MAP_TEXT.have)} ${cell.supply} · ${L(MAP_TEXT.ready)} ${cell.ready}`];
  if (cell.line) {
    const gap = cell.line.gap;
    const gapText = gap >= 0 ? `${L(MAP_TEXT.short)} ${gap}` : `${L(MAP_TEXT.over)} ${-gap}`;
    lines.push(`${L(MAP_TEXT.need)} ${cell.line.demand.needed} · ${gapText}`);
  }
  if (cell.fit !== undefined) lines.push(`${L(MAP_TEXT.fit)} ${percent(cell.fit)}`);
  return lines.join('\n');
}

/**
 * Columns of the map (departments and the total): 16 wide, so 「Have 3 · ready 1」 and 「Need 7 · short 3」 print
 * on one line at 10 pt even in LibreOffice's DejaVu Sans (83 pt of 86). Columns only the tables below use are 12.
 * Column B is 11: the tables put 工程师类别 / Category there, a bold word of eight letters.
 */
const MAP_COLUMN_WIDTH = 16;
const TABLE_COLUMN_WIDTH = 12;
/**
 * `fit` takes a Latin character for a unit of column width and leaves one unit spare; the map's lines (10 pt,
 * short words and digits) measured in DejaVu Sans, the widest of the fonts that stand in for Microsoft YaHei,
 * take a little less than that: 16 characters print on one line of a 16-wide column, 17 wrap.
 */
const MAP_TEXT_FACTOR = 0.93;
/** Bold 10-pt text: headers, category and level names. */
const BOLD_FACTOR = 1.2;
/** A map row is at least one line of 10-pt text. */
const MAP_ROW_MIN = 20;
/** What the page-height estimate keeps in hand: LibreOffice's scale and line heights differ a little from Excel's. */
const PAGE_SAFETY = 0.96;

interface MapRow {
  /** On the first row of a category only. */
  category?: string;
  level: string;
  cells: { col: number; text: string; shade: Shade }[];
  height: number;
}

/**
 * Sheet widths: category, level, the map's columns, then the columns the tables below need (twelve in all). With
 * many departments the map's columns narrow (down to 12) before the print would fall under 8 pt; their lines then
 * wrap, and `fit` makes the rows taller.
 */
function mapColumnWidths(mapWidth: number): number[] {
  const width = Math.max(mapWidth, 12);
  const widths = (w: number): number[] => Array.from({ length: width }, (_, c) => (c === 0 ? 14 : c === 1 ? 11 : c < mapWidth ? w : TABLE_COLUMN_WIDTH));
  let w = MAP_COLUMN_WIDTH;
  while (w > TABLE_COLUMN_WIDTH && widthScale(widths(w), 'landscape', WIDE_MARGINS) < MIN_PRINT_SCALE) w--;
  return widths(w);
}

export function buildTalentMapPlan(map: TalentMap, ctx: MapContext): SheetPlan {
  const { lang } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const wild = L(MAP_TEXT.all);
  const showTotal = map.columnKind === 'department' && map.columns.length > 1;
  const mapWidth = 2 + map.columns.length + (showTotal ? 1 : 0);
  // The scarce catalogue is the widest table below the map: eleven columns, the candidates over two.
  const widths = mapColumnWidths(mapWidth);
  const width = widths.length;
  const last = width - 1;
  const b = new SheetBuilder(widths);
  b.defineStyle('title', { bold: true, fontSize: 14, fontColor: '#1F4E78' });
  b.defineStyle('muted', { italic: true, fontColor: '#595959', wrap: true, vAlign: 'top' });
  b.defineStyle('section', { bold: true, fill: '#DDEBF7', border: 'thin', fontColor: '#1F4E78' });
  b.defineStyle('head', { bold: true, fill: '#1F4E78', fontColor: '#FFFFFF', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true });
  b.defineStyle('cell', { border: 'thin', vAlign: 'middle', wrap: true });
  b.defineStyle('rowHead', { bold: true, border: 'thin', vAlign: 'middle', wrap: true, fill: '#F2F2F2' });
  b.defineStyle('center', { hAlign: 'center' });
  b.defineStyle('small', { fontSize: 10 });
  for (const [shade, colour] of Object.entries(SHADE_FILL)) b.defineStyle(`shade-${shade}`, { fill: colour });

  let r = 0;
  b.span(r, 0, last, L(MAP_TEXT.title));
  b.style('title', r, 0);
  b.height(r, 24);
  r++;
  if (!map.demandGiven) {
    b.span(r, 0, last, L(MAP_TEXT.noDemand));
    b.style('muted', r, 0);
    b.fit(r, 0, last, L(MAP_TEXT.noDemand));
    r++;
  }
  r++;

  // ---- The map.
  const headers = [L(MAP_TEXT.category), L(MAP_TEXT.level), ...map.columns, ...(showTotal ? [L(MAP_TEXT.total)] : [])];
  const header = (at: number): void => {
    headers.forEach((h, c) => {
      b.set(at, c, h);
      b.fit(at, c, c, h, 30, BOLD_FACTOR);
    });
    b.style('head', at, 0, at, mapWidth - 1);
  };
  const head = r;
  header(head);
  r++;

  // Rows of the map, category by category, with the height each needs (`fit` on a scratch builder: the same
  // estimate as the sheet's, known before the row is written).
  const byKey = new Map(map.cells.map((c) => [`${c.category}\u0001${c.level}\u0001${c.column}`, c] as const));
  const scratch = new SheetBuilder(widths);
  const blocks: { category: string; rows: MapRow[] }[] = [];
  for (const row of map.rows) {
    const cells: MapRow['cells'] = [];
    map.columns.forEach((column, i) => {
      const cell = byKey.get(`${row.category}\u0001${row.level}\u0001${column}`);
      if (cell) cells.push({ col: 2 + i, text: cellText(cell, lang), shade: shadeOf(cell.line, ctx.scarceShare) });
    });
    if (showTotal) {
      const inRow = map.cells.filter((c) => c.category === row.category && c.level === row.level);
      const supply = inRow.reduce((s, c) => s + c.supply, 0);
      const ready = inRow.reduce((s, c) => s + c.ready, 0);
      const fitting = inRow.reduce((s, c) => s + (c.fit ?? 0) * c.supply, 0);
      cells.push({ col: mapWidth - 1, text: cellText({ supply, ready, fit: supply === 0 ? undefined : fitting / supply }, lang), shade: 'none' });
    }
    const open = blocks[blocks.length - 1];
    const first = open?.category !== row.category;
    const model: MapRow = { category: first ? row.category : undefined, level: row.level ? L(SHORT_LEVEL[row.level]) : wild, cells, height: 0 };
    const at = scratch.rows;
    if (model.category !== undefined) scratch.fit(at, 0, 0, model.category, MAP_ROW_MIN, BOLD_FACTOR);
    scratch.fit(at, 1, 1, model.level, MAP_ROW_MIN, BOLD_FACTOR);
    for (const c of cells) scratch.fit(at, c.col, c.col, c.text, MAP_ROW_MIN, MAP_TEXT_FACTOR);
    model.height = scratch.rowHeights[at + 1];
    if (first) blocks.push({ category: row.category, rows: [model] });
    else open.rows.push(model);
  }

  // A page holds this much of the sheet at the scale the print takes. The map breaks between categories, never
  // inside one, and the next page starts with the header again: figures without their departments say nothing.
  const page = (pageBodyHeight('landscape', WIDE_MARGINS) / widthScale(widths, 'landscape', WIDE_MARGINS)) * PAGE_SAFETY;
  const rowBreaks: number[] = [];
  let used = heightOf(b.rowHeights, 0, r);
  // The legend stays with the last category.
  const legendAt = scratch.rows;
  scratch.fit(legendAt, 0, last, L(MAP_TEXT.legend));
  const legend = scratch.rowHeights[legendAt + 1];
  for (const [i, block] of blocks.entries()) {
    const tall = block.rows.reduce((s, row) => s + row.height, 0) + (i === blocks.length - 1 ? legend : 0);
    if (used + tall > page && r > head + 1) {
      rowBreaks.push(r);
      header(r);
      used = b.rowHeights[r + 1] ?? 30;
      r++;
    }
    const from = r;
    for (const row of block.rows) {
      if (row.category !== undefined) b.set(r, 0, row.category);
      b.set(r, 1, row.level);
      for (const c of row.cells) {
        b.set(r, c.col, c.text);
        if (c.shade !== 'none') b.style(`shade-${c.shade}`, r, c.col);
      }
      b.height(r, row.height);
      r++;
    }
    used += tall;
    b.style('rowHead', from, 0, r - 1, 1);
    b.style('cell', from, 2, r - 1, mapWidth - 1);
    b.style('center', from, 1, r - 1, mapWidth - 1);
    b.style('small', from, 1, r - 1, mapWidth - 1);
  }
  // The legend under the map, and the tables on the next page: the map is the page a meeting looks at.
  b.span(r, 0, last, L(MAP_TEXT.legend));
  b.style('muted', r, 0);
  b.fit(r, 0, last, L(MAP_TEXT.legend));
  r++;
  const mapEnd = r;

  const section = (title: Text): void => {
    r++;
    b.span(r, 0, last, L(title));
    b.style('section', r, 0, r, last);
    r++;
  };
  /** A table under the map; `spans` gives how many sheet columns each table column takes (1 by default). */
  const table = (headers: Text[], rows: PlanValue[][], spans: number[] = []): void => {
    const starts: number[] = [];
    let c = 0;
    for (let i = 0; i < headers.length; i++) {
      starts.push(c);
      c += spans[i] ?? 1;
    }
    const end = c - 1;
    const put = (row: number, i: number, v: PlanValue): void => {
      const span = spans[i] ?? 1;
      if (span > 1) b.span(row, starts[i], starts[i] + span - 1, v);
      else b.set(row, starts[i], v);
    };
    headers.forEach((h, i) => {
      put(r, i, L(h));
      b.fit(r, starts[i], starts[i] + (spans[i] ?? 1) - 1, L(h), 30, BOLD_FACTOR);
    });
    b.style('head', r, 0, r, end);
    r++;
    const from = r;
    for (const values of rows) {
      values.forEach((v, i) => {
        put(r, i, v);
        // Rows as tall as their longest wrapped text (Excel sizes wrapped rows only when it opens them).
        if (typeof v === 'string') b.fit(r, starts[i], starts[i] + (spans[i] ?? 1) - 1, v, 18, 1);
      });
      r++;
    }
    if (r > from) {
      b.style('cell', from, 0, r - 1, end);
      headers.forEach((_, i) => {
        if (rows.some((v) => typeof v[i] === 'number')) b.style('center', from, starts[i], r - 1, starts[i]);
      });
    }
  };
  const keys = (l: DemandLine): PlanValue[] => [
    l.demand.department ?? wild,
    l.demand.category ?? wild,
    l.demand.level ? L(LEVEL_LABELS[l.demand.level]) : wild,
  ];

  // ---- Lines with a `*` (or a department on a company map).
  if (map.otherLines.length > 0) {
    section(MAP_TEXT.otherTitle);
    table(
      [MAP_TEXT.department, MAP_TEXT.category, MAP_TEXT.level, MAP_TEXT.needed, MAP_TEXT.supply, MAP_TEXT.readyHead, MAP_TEXT.gap, MAP_TEXT.fitHead, MAP_TEXT.due, MAP_TEXT.note],
      // A surplus reads 「富余 2」 / 'over 2', as in the map's cells, not a short of −2.
      map.otherLines.map((l) => [...keys(l), l.demand.needed, l.supply, l.ready, l.gap >= 0 ? l.gap : `${L(MAP_TEXT.over)} ${-l.gap}`, percent(l.fit), l.demand.due ?? null, l.demand.note ?? null]),
    );
  }

  // ---- The scarce catalogue.
  if (map.demandGiven) {
    section(MAP_TEXT.scarceTitle);
    if (map.scarce.length === 0) {
      b.span(r, 0, last, L(MAP_TEXT.noScarce));
      b.style('muted', r, 0);
      r++;
    } else {
      const names = new Map(ctx.reviews.map((rv) => [rv.engineer.id, rv.engineer.name] as const));
      const why = (s: ScarceLine): string => (s.reason === 'marked' ? L(MAP_TEXT.marked) : fill(L(MAP_TEXT.byGap), { p: percent(ctx.scarceShare) }));
      const sep = lang === 'zh-CN' ? '、' : ', ';
      table(
        [MAP_TEXT.department, MAP_TEXT.category, MAP_TEXT.level, MAP_TEXT.needed, MAP_TEXT.supply, MAP_TEXT.gap, MAP_TEXT.why, MAP_TEXT.internal, MAP_TEXT.toHire, MAP_TEXT.due, MAP_TEXT.note],
        map.scarce.map((s) => [
          ...keys(s.line), s.line.demand.needed, s.line.supply, s.line.gap, why(s),
          s.internal.map((id) => `${names.get(id) ?? id}(${id})`).join(sep) || '—', s.toHire, s.line.demand.due ?? null, s.line.demand.note ?? null,
        ]),
        [1, 1, 1, 1, 1, 1, 1, 2],
      );
    }
  }

  // ---- Cultivation targets.
  section(MAP_TEXT.targetsTitle);
  if (ctx.targets.length === 0) {
    b.span(r, 0, last, L(MAP_TEXT.noTargets));
    b.style('muted', r, 0);
    b.fit(r, 0, last, L(MAP_TEXT.noTargets));
    r++;
  } else {
    if (ctx.term) {
      b.span(r, 0, last, `${L(MAP_TEXT.term)}${lang === 'zh-CN' ? '：' : ': '}${ctx.term}`);
      r++;
    }
    table(
      [MAP_TEXT.item, MAP_TEXT.target, MAP_TEXT.now, MAP_TEXT.afterReview, MAP_TEXT.distance],
      ctx.targets.map((t) => [
        t.kind === 'city' ? L(MAP_TEXT.cityTarget) : fill(L(MAP_TEXT.poolTarget), { level: t.level ? L(LEVEL_LABELS[t.level]) : '' }),
        t.target, t.now, t.afterReview ?? '—', t.distance,
      ]),
      // 「If the suggestions are taken」 over two columns: 「suggestions」 is wider than one table column.
      [3, 1, 1, 2, 1],
    );
  }

  return {
    role: 'talentMap',
    name: sheetName('talentMap', lang),
    lang,
    visibility: 'visible',
    values: b.rectangle(width),
    columnWidths: widths,
    rowHeights: b.rowHeights,
    numberFormats: [],
    styles: b.styles(),
    merges: b.merges,
    freeze: { rows: head + 1, cols: 2 },
    print: printSetup(lang, 'landscape', { margins: WIDE_MARGINS, rowBreaks: r > mapEnd ? [...rowBreaks, mapEnd] : rowBreaks }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
