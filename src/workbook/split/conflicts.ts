// What a merge reports (DOMAIN.md, Department workbooks: split and merge): every conflict kind with both
// values and the file, in zh-CN and en-US. The original's value is kept in every case.
import type { RawValue } from '../host';
import type { Problem, Severity } from '../problems';
import { shownValue as zhV, shownValueEn as enV } from './cellValue';

export type ConflictKind =
  /** The roster changed the same cell since the split. */
  | 'bothChanged'
  /** One engineer in two returns (recorded in one, added in another; or two returns changing one cell apart). */
  | 'twoReturns'
  | 'rowAdded'
  | 'rowDeleted'
  | 'idChanged'
  /** The roster's cell is a formula: never overwritten. */
  | 'formula'
  /** A return from another split than the other returns. */
  | 'otherSplit'
  /** A file without a split record, or without its roster sheet. */
  | 'notAReturn'
  /** The engineer or the column is no longer in the roster. */
  | 'goneFromRoster'
  | 'columnAdded'
  | 'columnDeleted'
  /** Two returns of one department workbook: the later is used (a note, not a conflict). */
  | 'sameSplitFile';

export interface Conflict extends Problem {
  kind: ConflictKind;
  /** The return it comes from. */
  file: string;
}

function conflict(kind: ConflictKind, file: string, sheet: string, cell: string, zh: string, en: string, severity: Severity = 'warning'): Conflict {
  return { kind, file, sheet, cell, severity, message: { zh, en } };
}

/** Where a return's own cell is shown: Excel's notation for another workbook's sheet. */
export function returnSheet(file: string, sheet: string): string {
  return `[${file}]${sheet}`;
}

export interface CellFacts {
  file: string;
  sheet: string;
  cell: string;
  id: string;
  column: string;
  base: RawValue;
  theirs: RawValue;
  ours: RawValue;
}

const who = (id: string): string => `工号 ${id}`;

export const conflicts = {
  bothChanged: (f: CellFacts, date: string): Conflict =>
    conflict('bothChanged', f.file, f.sheet, f.cell,
      `${who(f.id)}「${f.column}」：${f.file} 改为「${zhV(f.theirs)}」，但花名册在拆分（${date}）后已由「${zhV(f.base)}」改为「${zhV(f.ours)}」；保留花名册的值，请核对`,
      `ID ${f.id} "${f.column}": ${f.file} changed it to "${enV(f.theirs)}", but the roster changed it from "${enV(f.base)}" to "${enV(f.ours)}" since the split (${date}); the roster's value is kept — please check`),
  twoReturnsCell: (f: CellFacts, others: { file: string; value: RawValue }[]): Conflict =>
    conflict('twoReturns', f.file, f.sheet, f.cell,
      `${who(f.id)}「${f.column}」在多个退回文件中填写不同：${others.map((o) => `${o.file}「${zhV(o.value)}」`).join('、')}；保留花名册的值「${zhV(f.ours)}」`,
      `ID ${f.id} "${f.column}" differs between returns: ${others.map((o) => `${o.file} "${enV(o.value)}"`).join(', ')}; the roster's value "${enV(f.ours)}" is kept`),
  formula: (f: CellFacts): Conflict =>
    conflict('formula', f.file, f.sheet, f.cell,
      `${who(f.id)}「${f.column}」是公式单元格，${f.file} 改为「${zhV(f.theirs)}」未合并；保留公式`,
      `ID ${f.id} "${f.column}" is a formula cell; ${f.file}'s "${enV(f.theirs)}" is not merged and the formula is kept`),
  otherSplitCell: (f: CellFacts): Conflict =>
    conflict('otherSplit', f.file, f.sheet, f.cell,
      `${who(f.id)}「${f.column}」：${f.file}（另一次拆分）改为「${zhV(f.theirs)}」，未合并；保留「${zhV(f.ours)}」`,
      `ID ${f.id} "${f.column}": ${f.file} (another split) changed it to "${enV(f.theirs)}"; not merged, "${enV(f.ours)}" is kept`),
  goneCell: (f: CellFacts, what: 'engineer' | 'column'): Conflict =>
    conflict('goneFromRoster', f.file, f.sheet, f.cell,
      `${what === 'engineer' ? `${who(f.id)} 已不在花名册中` : `「${f.column}」列已不在花名册中`}；${f.file} 把${who(f.id)}「${f.column}」由「${zhV(f.base)}」改为「${zhV(f.theirs)}」，未合并`,
      `${what === 'engineer' ? `ID ${f.id} is no longer in the roster` : `The column "${f.column}" is no longer in the roster`}; ${f.file} changed ID ${f.id} "${f.column}" from "${enV(f.base)}" to "${enV(f.theirs)}", not merged`),
  otherSplitFile: (file: string, theirs: string, main: string): Conflict =>
    conflict('otherSplit', file, '', '',
      `${file} 来自另一次拆分（${theirs}），与本次其他退回文件的拆分（${main}）不同；其修改均未合并，逐格列在下面`,
      `${file} comes from another split (${theirs}) than the other returns (${main}); none of its changes is merged — each is listed below`),
  notAReturn: (file: string): Conflict =>
    conflict('notAReturn', file, '', '',
      `${file} 不是本工具拆分出的部门工作簿（没有拆分记录，或记录已被删除），未合并`,
      `${file} is not a department workbook this tool split (it has no split record, or the record was deleted); not merged`, 'error'),
  noRosterSheet: (file: string, sheet: string): Conflict =>
    conflict('notAReturn', file, '', '',
      `${file} 中找不到名单工作表「${sheet}」（或其工号列），未合并`,
      `${file} has no roster sheet "${sheet}" (or no ID column on it); not merged`, 'error'),
  rowAdded: (file: string, sheet: string, cell: string, id: string, name: string, inRoster: string | undefined): Conflict =>
    conflict('rowAdded', file, sheet, cell,
      `${file} 新增了一行（工号「${id || '（空）'}」${name ? `，${name}` : ''}）${inRoster ? `，该工号在花名册 ${inRoster}` : ''}；新增的行不合并，如需加入请在花名册中手工添加`,
      `${file} added a row (ID "${id || '(empty)'}"${name ? `, ${name}` : ''})${inRoster ? `; that ID is in the roster at ${inRoster}` : ''}; added rows are not merged — add it to the roster by hand if intended`),
  twoReturnsRow: (file: string, sheet: string, cell: string, id: string, recordedIn: string): Conflict =>
    conflict('twoReturns', file, sheet, cell,
      `工号「${id}」出现在两个退回文件中：${recordedIn} 分发了此人，${file} 又新增了此人的一行；${file} 中这一行不合并`,
      `ID "${id}" is in two returns: ${recordedIn} was sent this engineer and ${file} added a row for them; that row of ${file} is not merged`),
  rowDeleted: (file: string, sheet: string, cell: string, id: string, name: string): Conflict =>
    conflict('rowDeleted', file, sheet, cell,
      `${file} 删除了工号「${id}」${name ? `（${name}）` : ''}这一行；花名册中保留此人，如确已调离请手工删除`,
      `${file} deleted the row of ID "${id}"${name ? ` (${name})` : ''}; the engineer stays in the roster — remove them by hand if they left`),
  idChanged: (file: string, sheet: string, cell: string, from: string, to: string, lostZeros: boolean): Conflict =>
    conflict('idChanged', file, sheet, cell,
      `${file} 把工号「${from}」改成了「${to}」${lostZeros ? '（前导零丢失）' : ''}；保留花名册的工号，这一行的其他修改按原工号合并`,
      `${file} changed the ID "${from}" to "${to}"${lostZeros ? ' (its leading zeros were lost)' : ''}; the roster's ID is kept and the row's other changes are merged under it`),
  columnAdded: (file: string, sheet: string, cell: string, header: string): Conflict =>
    conflict('columnAdded', file, sheet, cell,
      `${file} 新增了列「${header}」；新增的列不合并`,
      `${file} added the column "${header}"; added columns are not merged`),
  columnDeleted: (file: string, sheet: string, cell: string, header: string): Conflict =>
    conflict('columnDeleted', file, sheet, cell,
      `${file} 删除了列「${header}」；该列保留花名册的值`,
      `${file} deleted the column "${header}"; the roster's values of that column are kept`),
  sameSplitFile: (earlier: string, later: string, group: string): Conflict =>
    earlier === later
      ? conflict('sameSplitFile', later, '', '', `${later} 给出了两次（${group}），只合并一次`, `${later} was given twice (${group}); it is merged once`)
      : conflict('sameSplitFile', later, '', '',
      `${earlier} 和 ${later} 是同一个部门工作簿（${group}）的两次退回；以后给出的 ${later} 为准，${earlier} 未合并`,
      `${earlier} and ${later} are two returns of one department workbook (${group}); the later, ${later}, is used and ${earlier} is not merged`),
};
