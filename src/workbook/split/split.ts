// Department workbooks (DOMAIN.md, Department workbooks: split and merge): one workbook per department (or
// manager) holding its roster rows with every column, the standards and settings sheets, an instructions
// sheet and a very-hidden record of the split. Pure: the workbooks are plans and protection specs, which a
// host writes (src/hosts/xlsx/splitBook.ts for the command line and the page).
import type { Lang } from '../../domain/types';
import type { SheetGrid, WorkbookHost } from '../host';
import type { SheetPlan } from '../plan';
import { a1Range, problem, type Problem } from '../problems';
import { inputCopyPlan } from '../write/inputCopy';
import { printSetup } from '../write/layout';
import { fileNameFor } from './fileName';
import { fillColumns } from './fillColumns';
import { instructionsPlan } from './instructions';
import { recordPlan, type SplitBy, type SplitRecord } from './record';
import { gridWidth, readRosterSource, textAt, valueAt, type RosterRow, type RosterSource } from './rosterSource';

const FILL_COLOUR = '#FFF2CC';

export interface SplitOptions {
  by: SplitBy;
  /** The roster's file name, recorded and shown in the instructions. */
  sourceFile: string;
  /** ISO date of the split. */
  today: string;
  /** Shared by the workbooks of this split; the caller makes it unique (a random id). */
  splitId: string;
  /** When the returns are due, shown in the instructions. */
  due?: string;
  lang?: Lang;
}

/** A sheet protected without a password, with the ranges left unlocked (A1, 0-based rows in plans). */
export interface SheetProtection {
  sheet: string;
  unlocked: string[];
}

export interface SplitBook {
  group: string;
  fileName: string;
  engineers: number;
  plans: SheetPlan[];
  protect: SheetProtection[];
}

export type SplitOutcome =
  | { ok: true; books: SplitBook[]; problems: Problem[]; rosterSheet: string }
  | { ok: false; fatal: Problem };

const GROUP_FIELD = { department: 'department', manager: 'manager' } as const;

const NO_GROUP = {
  department: { zh: '未填部门', en: 'No department' },
  manager: { zh: '未填直接上级', en: 'No manager' },
} as const;

/** Splits the roster of `host` into department (or manager) workbooks. */
export async function splitRoster(host: WorkbookHost, options: SplitOptions): Promise<SplitOutcome> {
  const read = await readRosterSource(host, options.today);
  if (!read.ok) return read;
  const source = read.source;
  const lang = options.lang ?? source.lang;
  const groupCol = source.columns[GROUP_FIELD[options.by]];
  if (groupCol === undefined) {
    const what = options.by === 'department' ? { zh: '部门', en: 'department' } : { zh: '直接上级', en: 'manager' };
    return {
      ok: false,
      fatal: problem(source.grid.name, a1Range(source.headerRow, 0, source.headerRow, Math.max(0, source.headers.length - 1)), 'error',
        `名单没有「${what.zh}」列，无法按${what.zh}拆分；请加上该列，或改用 --by ${options.by === 'department' ? '直接上级' : '部门'}`,
        `The roster has no ${what.en} column to split by; add one, or use --by ${options.by === 'department' ? 'manager' : 'department'}`),
    };
  }
  const groups = new Map<string, RosterRow[]>();
  const none = lang === 'zh-CN' ? NO_GROUP[options.by].zh : NO_GROUP[options.by].en;
  for (const r of source.rows) {
    const g = textAt(source.grid, r.row, groupCol) || none;
    const list = groups.get(g) ?? [];
    list.push(r);
    groups.set(g, list);
  }
  const taken = new Set<string>();
  const books = [...groups].map(([group, rows]) => bookOf(source, group, rows, fileNameFor(group, taken), options, lang));
  const problems: Problem[] = [...source.problems];
  if (books.length > 0 && books[0].protect[0].unlocked.length === 0) {
    problems.push(
      problem(source.grid.name, a1Range(source.headerRow, 0, source.headerRow, Math.max(0, source.headers.length - 1)), 'warning',
        '名单中没有部门要填写的列（潜力、五大核心能力、岗位/创新绩效、备注）：拆分出的工作簿全部锁定',
        'The roster has no column for departments to fill (potential, competencies, performance lines, comments): the department workbooks are locked throughout'),
    );
  }
  return { ok: true, books, problems, rosterSheet: source.grid.name };
}

function bookOf(source: RosterSource, group: string, rows: RosterRow[], fileName: string, options: SplitOptions, lang: Lang): SplitBook {
  const { grid, headerRow } = source;
  const width = gridWidth(grid);
  const fill = fillColumns(source.headers, source.columns);
  const keep = new Set(rows.map((r) => r.row));
  // The rows above and at the header as they are; then this group's rows, closed up, in roster order.
  const picked = grid.values
    .map((_, i) => i)
    .filter((i) => grid.origin.row + i <= headerRow || keep.has(grid.origin.row + i));
  const sub: SheetGrid = {
    ...grid,
    values: picked.map((i) => grid.values[i]),
    texts: picked.map((i) => grid.texts[i]),
    formats: picked.map((i) => grid.formats[i]),
    errors: picked.map((i) => grid.errors[i]),
    hiddenRows: [],
  };
  const roster = inputCopyPlan(sub, lang, headerRow);
  const first = headerRow + 1;
  const last = headerRow + rows.length;
  const unlocked = rows.length > 0 ? fill.map((c) => a1Range(first, c, last, c)) : [];
  roster.styles.push({ style: { fill: FILL_COLOUR }, ranges: unlocked });
  // A filled column's header says so in colour too.
  if (fill.length > 0) roster.styles.push({ style: { fill: '#FFD966', bold: true }, ranges: fill.map((c) => a1Range(headerRow, c, headerRow, c)) });
  roster.freeze = { rows: headerRow + 1, cols: source.idCol + 1 };
  roster.print = printSetup(lang, 'landscape', { repeatRows: `1:${headerRow + 1}` });

  const record: SplitRecord = {
    splitId: options.splitId,
    by: options.by,
    group,
    sourceFile: options.sourceFile,
    rosterSheet: grid.name,
    date: options.today,
    headerRow,
    idCol: source.idCol,
    headers: Array.from({ length: width }, (_, c) => source.headers[c] ?? ''),
    rows: rows.map((r) => ({ sourceRow: r.row, id: r.id, values: Array.from({ length: width }, (_, c) => valueAt(grid, r.row, c)) })),
  };
  const instructions = instructionsPlan(
    {
      group,
      by: options.by,
      count: rows.length,
      rosterSheet: grid.name,
      sourceFile: options.sourceFile,
      date: options.today,
      fill: fill.map((c) => source.headers[c]).filter((h) => h !== ''),
      due: options.due,
      fillColour: FILL_COLOUR,
    },
    lang,
  );
  const aux = source.auxSheets.map((g) => inputCopyPlan(g, lang));
  const plans = [instructions, roster, ...aux, recordPlan(record, lang)];
  return {
    group,
    fileName,
    engineers: rows.length,
    plans,
    protect: [
      { sheet: roster.name, unlocked },
      { sheet: instructions.name, unlocked: [] },
      ...aux.map((p) => ({ sheet: p.name, unlocked: [] })),
    ],
  };
}
