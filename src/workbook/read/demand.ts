// 需求规划 / Demand (DOMAIN.md, "Supply and demand"): one demand line a row — 部门, 工程师类别, 培育层级 (each
// `*` or empty for everyone), 需求人数, 期限, 紧缺, 说明. A row that cannot be read is a warning at its cell
// and is left out; the review goes on without it.
import type { Settings } from '../../domain/settings';
import { firstDemandRows, type DemandRow } from '../../domain/talentMap';
import type { SheetGrid } from '../host';
import { problem, type Problem } from '../problems';
import { addressIn, dataRows, findTableHeader, isWildcard, textAt } from './tableSheet';
import { cellAt, readBoolean, readCount, readLevel } from './values';


type DemandField = 'department' | 'category' | 'level' | 'needed' | 'due' | 'scarce' | 'note';

export const DEMAND_ALIASES: Readonly<Record<DemandField, readonly string[]>> = {
  department: ['部门', '所属部门', 'Department', 'Dept'],
  category: ['工程师类别', '类别', 'Category', 'Engineer category'],
  level: ['培育层级', '层级', 'Level', 'Tier'],
  needed: ['需求人数', '需求数量', '需求', 'Needed', 'Headcount needed', 'Demand'],
  due: ['期限', '到位时间', 'By', 'Due', 'Deadline'],
  scarce: ['紧缺', '是否紧缺', 'Scarce'],
  note: ['说明', '备注', 'Note', 'Notes'],
};

export interface DemandRead {
  /** The sheet has no 需求人数 column: it is ignored, as if there were no demand sheet. */
  ignored?: true;
  rows: DemandRow[];
  problems: Problem[];
}

export function readDemand(grid: SheetGrid | undefined, settings: Pick<Settings, 'levelMap'>): DemandRead {
  const out: DemandRead = { rows: [], problems: [] };
  if (!grid) return out;
  const addr = addressIn(grid);
  const header = findTableHeader(grid, DEMAND_ALIASES, ['needed']);
  if (!header) {
    out.problems.push(
      problem(grid.name, addr(0, 0), 'warning',
        `「${grid.name}」的前 10 行中没有「需求人数」列，需求规划已忽略：人才地图只显示现有人数。请在表头行写上 部门、工程师类别、培育层级、需求人数`,
        `"${grid.name}" has no "Needed" column (需求人数) in its first 10 rows, so the demand is ignored and the talent map shows supply only. Put Department, Category, Level and Needed in the header row`),
    );
    out.ignored = true;
    return out;
  }
  const cols = header.columns;
  const text = (r: number, c: number | undefined): string => textAt(grid, r, c);
  for (const r of dataRows(grid, header)) {
    const sheetRow = grid.origin.row + r;
    const row: DemandRow = { needed: 0, row: sheetRow };
    const dept = text(r, cols.department);
    if (!isWildcard(dept)) row.department = dept;
    const cat = text(r, cols.category);
    if (!isWildcard(cat)) row.category = cat;
    if (cols.level !== undefined && !isWildcard(text(r, cols.level))) {
      const lv = readLevel(cellAt(grid, r, cols.level), settings);
      if (lv.kind !== 'ok') {
        out.problems.push(
          problem(grid.name, addr(r, cols.level), 'warning',
            `培育层级「${text(r, cols.level)}」无法识别（应为 初级/中级/高级 或 *），本行需求已忽略`,
            `The level "${text(r, cols.level)}" is not known (expected Tier 1/2/3 or *); this demand row is ignored`),
        );
        continue;
      }
      row.level = lv.value;
    }
    const n = readCount(cellAt(grid, r, cols.needed ?? 0));
    if (n.kind !== 'ok') {
      const shown = n.kind === 'bad' ? n.text : '';
      out.problems.push(
        problem(grid.name, addr(r, cols.needed ?? 0), 'warning',
          shown === '' ? '需求人数为空，本行需求已忽略：请填写 0 或以上的整数' : `需求人数「${shown}」不是 0 或以上的整数，本行需求已忽略`,
          shown === '' ? 'Needed is empty, so this demand row is ignored: enter a whole number of 0 or more' : `Needed "${shown}" is not a whole number of 0 or more; this demand row is ignored`),
      );
      continue;
    }
    row.needed = n.value;
    const due = text(r, cols.due);
    if (due !== '') row.due = due;
    if (cols.scarce !== undefined && text(r, cols.scarce) !== '') {
      const b = readBoolean(cellAt(grid, r, cols.scarce));
      if (b.kind === 'ok') row.scarce = b.value;
      else {
        out.problems.push(
          problem(grid.name, addr(r, cols.scarce), 'warning',
            `紧缺「${text(r, cols.scarce)}」无法识别（应为 是/否），按未标紧缺处理`,
            `Scarce "${text(r, cols.scarce)}" is not known (expected Yes/No); treated as not marked scarce`),
        );
      }
    }
    const note = text(r, cols.note);
    if (note !== '') row.note = note;
    out.rows.push(row);
  }
  const levelCol = cols.level ?? cols.category ?? cols.needed ?? 0;
  for (const d of firstDemandRows(out.rows).duplicates) {
    out.problems.push(
      problem(grid.name, addr(d.second - grid.origin.row, levelCol), 'warning',
        `第 ${d.second + 1} 行与第 ${d.first + 1} 行的部门、类别和层级相同：使用第 ${d.first + 1} 行，本行已忽略`,
        `Row ${d.second + 1} has the same department, category and level as row ${d.first + 1}: row ${d.first + 1} is used and this row is ignored`),
    );
  }
  return out;
}
