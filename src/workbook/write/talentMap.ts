// 人才地图 / Talent map (DOMAIN.md, "Supply and demand"): category × level rows × department (or company)
// columns, each cell with supply, ready, demand, gap and fit, coloured by the gap; then the lines with a `*`,
// the scarce catalogue and the cultivation targets. One landscape page for six categories × three levels.
import { LEVEL_LABELS, pick } from '../../domain/catalogue';
import type { DemandLine, MapCell, ScarceLine, TalentMap, TargetRow } from '../../domain/talentMap';
import type { EngineerReview, Lang, Text } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { SheetBuilder } from './builder';
import { SHEET_FONT, WIDE_MARGINS, printSetup } from './layout';
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

/** 「现有 5 · 可用 2\n需求 7 · 缺口 2\n匹配 80%」 (the demand line only where demand is given), or 「—」. */
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

/** Rows of the map: 10-pt text (8 pt or more at the page's scale) at 13.5 pt a line. */
const MAP_LINE = 13.5;

export function buildTalentMapPlan(map: TalentMap, ctx: MapContext): SheetPlan {
  const { lang } = ctx;
  const L = (t: Text): string => pick(t, lang);
  const wild = L(MAP_TEXT.all);
  const showTotal = map.columnKind === 'department' && map.columns.length > 1;
  const mapWidth = 2 + map.columns.length + (showTotal ? 1 : 0);
  // The scarce catalogue is the widest table below the map: eleven columns, the candidates over two.
  const width = Math.max(mapWidth, 12);
  const widths = Array.from({ length: width }, (_, c) => (c === 0 ? 14 : c === 1 ? 9 : 15));
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
  const head = r;
  [L(MAP_TEXT.category), L(MAP_TEXT.level), ...map.columns, ...(showTotal ? [L(MAP_TEXT.total)] : [])].forEach((h, c) => b.set(head, c, h));
  b.style('head', head, 0, head, mapWidth - 1);
  b.height(head, 30);
  r++;
  const first = r;
  const byKey = new Map(map.cells.map((c) => [`${c.category}\u0001${c.level}\u0001${c.column}`, c] as const));
  let lastCategory: string | undefined;
  for (const row of map.rows) {
    if (row.category !== lastCategory) {
      b.set(r, 0, row.category);
      lastCategory = row.category;
    }
    b.set(r, 1, row.level ? L(SHORT_LEVEL[row.level]) : wild);
    let lines = 1;
    map.columns.forEach((column, i) => {
      const cell = byKey.get(`${row.category}\u0001${row.level}\u0001${column}`);
      if (!cell) return;
      const text = cellText(cell, lang);
      b.set(r, 2 + i, text);
      lines = Math.max(lines, text.split('\n').length);
      const shade = shadeOf(cell.line, ctx.scarceShare);
      if (shade !== 'none') b.style(`shade-${shade}`, r, 2 + i);
    });
    if (showTotal) {
      const cells = map.cells.filter((c) => c.category === row.category && c.level === row.level);
      const supply = cells.reduce((s, c) => s + c.supply, 0);
      const ready = cells.reduce((s, c) => s + c.ready, 0);
      const fitting = cells.reduce((s, c) => s + (c.fit ?? 0) * c.supply, 0);
      b.set(r, mapWidth - 1, cellText({ supply, ready, fit: supply === 0 ? undefined : fitting / supply }, lang));
    }
    b.height(r, Math.max(16, MAP_LINE * lines + 2));
    r++;
  }
  if (r > first) {
    b.style('rowHead', first, 0, r - 1, 1);
    b.style('cell', first, 2, r - 1, mapWidth - 1);
    b.style('center', first, 1, r - 1, mapWidth - 1);
    b.style('small', first, 1, r - 1, mapWidth - 1);
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
    headers.forEach((h, i) => put(r, i, L(h)));
    b.style('head', r, 0, r, end);
    b.height(r, 30);
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
      map.otherLines.map((l) => [...keys(l), l.demand.needed, l.supply, l.ready, l.gap, percent(l.fit), l.demand.due ?? null, l.demand.note ?? null]),
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
      [3],
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
    print: printSetup(lang, 'landscape', { margins: WIDE_MARGINS, ...(r > mapEnd ? { rowBreaks: [mapEnd] } : {}) }),
    tabColor: '#2E75B6',
    font: SHEET_FONT,
  };
}
