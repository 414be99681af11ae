// The very-hidden record a department workbook carries (DOMAIN.md, Department workbooks): which split it
// came from, and each row's ID and each cell's value at the split, so a merge can tell what the department
// changed from what HR changed in the meantime. One sheet, `_拆分记录`, plain values only (a return saved by
// WPS or LibreOffice keeps it; LibreOffice makes it merely hidden, which is all a merge needs).
import type { RawValue, SheetGrid } from '../host';
import type { PlanValue, SheetPlan } from '../plan';
import type { Lang } from '../../domain/types';

export const RECORD_SHEET = '_拆分记录';
const MARKER = '卓越盘点拆分记录 / talent-review split record';
const VERSION = 1;
/** 0-based row of the record's table header; rows above hold key / value lines. */
const TABLE_ROW = 10;

export type SplitBy = 'department' | 'manager';

export interface RecordRow {
  /** 0-based sheet row of the engineer in the original roster at the split. */
  sourceRow: number;
  id: string;
  /** Raw values by 0-based sheet column, as the original held them at the split. */
  values: RawValue[];
}

export interface SplitRecord {
  /** Shared by every workbook of one split. */
  splitId: string;
  by: SplitBy;
  group: string;
  sourceFile: string;
  rosterSheet: string;
  /** ISO date of the split. */
  date: string;
  /** 0-based sheet row of the header, the same in the original and the department workbook. */
  headerRow: number;
  /** 0-based sheet column of the ID. */
  idCol: number;
  /** Header text by 0-based sheet column. */
  headers: string[];
  rows: RecordRow[];
}

/** The record as a very-hidden sheet. */
export function recordPlan(record: SplitRecord, lang: Lang): SheetPlan {
  const values: PlanValue[][] = [
    [MARKER, VERSION],
    ['拆分编号 split id', record.splitId],
    ['拆分方式 by', record.by],
    ['分组 group', record.group],
    ['原文件 source file', record.sourceFile],
    ['名单工作表 roster sheet', record.rosterSheet],
    ['拆分日期 date', record.date],
    ['表头行 header row', record.headerRow + 1],
    ['工号列 ID column', record.idCol + 1],
    [],
    ['原行号 source row', '工号 ID', ...record.headers],
    ...record.rows.map((r) => [r.sourceRow + 1, r.id, ...record.headers.map((_, c) => plain(r.values[c]))]),
  ];
  return {
    role: 'input',
    name: RECORD_SHEET,
    lang,
    visibility: 'veryHidden',
    values,
    columnWidths: [],
    numberFormats: [],
    styles: [],
    merges: [],
  };
}

function plain(v: RawValue | undefined): PlanValue {
  return v === undefined ? null : v;
}

export type RecordRead = { ok: true; record: SplitRecord } | { ok: false };

/** Reads a record sheet back; not one (a sheet of that name someone made, a damaged one) is `ok: false`. */
export function readRecord(grid: SheetGrid): RecordRead {
  const at = (r: number, c: number): RawValue => {
    const row = grid.values[r - grid.origin.row];
    return row?.[c - grid.origin.col] ?? null;
  };
  const text = (r: number): string => {
    const v = at(r, 1);
    return v === null ? '' : String(v);
  };
  const num = (r: number): number | undefined => {
    const v = at(r, 1);
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  };
  if (at(0, 0) !== MARKER || at(0, 1) !== VERSION) return { ok: false };
  const by = text(2);
  const headerRow = num(7);
  const idCol = num(8);
  if ((by !== 'department' && by !== 'manager') || headerRow === undefined || idCol === undefined || text(1) === '')
    return { ok: false };
  const lastRow = grid.origin.row + grid.values.length - 1;
  const width = grid.origin.col + Math.max(0, ...grid.values.map((r) => r.length));
  const headers: string[] = [];
  for (let c = 2; c < width; c++) headers.push(String(at(TABLE_ROW, c) ?? ''));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows: RecordRow[] = [];
  for (let r = TABLE_ROW + 1; r <= lastRow; r++) {
    const source = at(r, 0);
    const id = at(r, 1);
    if (typeof source !== 'number' || id === null) continue;
    rows.push({ sourceRow: source - 1, id: String(id), values: headers.map((_, c) => at(r, c + 2)) });
  }
  return {
    ok: true,
    record: {
      splitId: text(1),
      by,
      group: text(3),
      sourceFile: text(4),
      rosterSheet: text(5),
      date: text(6),
      headerRow: headerRow - 1,
      idCol: idCol - 1,
      headers,
      rows,
    },
  };
}
