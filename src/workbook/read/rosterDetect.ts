// The roster found by its content when no sheet has a roster name (DOMAIN.md, Input sheets): the sheet whose
// header row (first 10 rows) names an ID column and a performance field, else an ID and a name column with at
// least 3 data rows; among several, the one with most data rows (then the first in tab order). The choice is
// an info line of the data check naming the sheet, its columns and the sheets passed over.
import type { FieldKey, Settings } from '../../domain/settings';
import { countEn } from '../../domain/text';
import type { SheetGrid } from '../host';
import { a1, type Problem } from '../problems';
import { chooseColumns } from './columnChoice';
import { findHeaderRow, headerKey } from './columns';
import { matchHeader } from './headerMatch';
import { cellAt, isEmpty, readText } from './values';

// The two lines of performance (岗位绩效, 创新绩效) count as a performance field too (DOMAIN.md, "Two-line performance").
const PERFORMANCE_FIELDS: readonly FieldKey[] = [
  'performance', 'performanceScore', 'postPerformance', 'postPerformanceScore', 'innovationPerformance', 'innovationPerformanceScore',
];
const MIN_ID_NAME_ROWS = 3;

interface Candidate {
  grid: SheetGrid;
  /** 'performance': ID and a performance field; 'name': ID and name only. */
  kind: 'performance' | 'name';
  headerRow: number;
  idHeader: string;
  otherHeader: string;
  dataRows: number;
}

function texts(grid: SheetGrid, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < (grid.values[r]?.length ?? 0); c++) {
    const t = readText(cellAt(grid, r, c));
    out.push(t.kind === 'ok' ? t.value : '');
  }
  return out;
}

/** The column of `field` in a header row, by a `列:` mapping or the header matcher. */
function columnOf(headers: readonly string[], field: FieldKey, columnMap: Settings['columnMap']): number {
  const mapped = columnMap[field];
  if (mapped !== undefined && mapped !== '') return headers.findIndex((h) => h !== '' && headerKey(h) === headerKey(mapped));
  return headers.findIndex((h) => h !== '' && matchHeader(h)?.field === field);
}

function countDataRows(grid: SheetGrid, headerRow: number, idCol: number): number {
  let n = 0;
  for (let r = headerRow + 1; r < grid.values.length; r++) if (!isEmpty(cellAt(grid, r, idCol))) n++;
  return n;
}

function candidateOf(grid: SheetGrid, columnMap: Settings['columnMap']): Candidate | undefined {
  const header = findHeaderRow(grid, columnMap);
  if (header && PERFORMANCE_FIELDS.some((f) => header.fields.has(f))) {
    const idCol = columnOf(header.headers, 'id', columnMap);
    // The column the reader will use: a mapping's, else the header matcher's choice (the latest year, say).
    const chosen = chooseColumns(header.headers, () => false, (f) => columnMap[f] !== undefined, () => '').choices;
    const perfCol = PERFORMANCE_FIELDS.map((f) => (columnMap[f] !== undefined ? columnOf(header.headers, f, columnMap) : chosen.get(f)?.col ?? -1)).find((c) => c >= 0) ?? -1;
    if (idCol >= 0 && perfCol >= 0) {
      return {
        grid, kind: 'performance', headerRow: header.row, idHeader: header.headers[idCol], otherHeader: header.headers[perfCol],
        dataRows: countDataRows(grid, header.row, idCol),
      };
    }
  }
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const row = texts(grid, r);
    const idCol = columnOf(row, 'id', columnMap);
    const nameCol = columnOf(row, 'name', columnMap);
    if (idCol < 0 || nameCol < 0) continue;
    const dataRows = countDataRows(grid, r, idCol);
    if (dataRows >= MIN_ID_NAME_ROWS) return { grid, kind: 'name', headerRow: r, idHeader: row[idCol], otherHeader: row[nameCol], dataRows };
  }
  return undefined;
}

export interface RosterByContent {
  grid: SheetGrid;
  /** The data check's info line; undefined when the sheet was the only one to look at (a CSV). */
  info?: Problem;
}

/** The roster among `grids` (in tab order) by content, or undefined when none qualifies. */
export function findRosterByContent(
  grids: readonly SheetGrid[],
  columnMap: Settings['columnMap'],
  sheetCount: number,
): RosterByContent | undefined {
  const found = grids.map((g) => candidateOf(g, columnMap)).filter((c): c is Candidate => c !== undefined);
  const tier = found.some((c) => c.kind === 'performance') ? found.filter((c) => c.kind === 'performance') : found;
  if (tier.length === 0) return undefined;
  const best = tier.reduce((a, b) => (b.dataRows > a.dataRows ? b : a));
  if (sheetCount <= 1) return { grid: best.grid };
  const passed = found.filter((c) => c !== best);
  const zhOthers = passed.length > 0 ? `；另有 ${passed.map((c) => `「${c.grid.name}」（${c.dataRows} 行）`).join('、')}，未使用` : '';
  const enOthers = passed.length > 0 ? `; ${passed.map((c) => `"${c.grid.name}" (${countEn(c.dataRows, 'row')})`).join(', ')} not used` : '';
  const what = best.kind === 'performance' ? { zh: '绩效列', en: 'a performance column' } : { zh: '姓名列', en: 'a name column' };
  const row = best.grid.origin.row + best.headerRow;
  return {
    grid: best.grid,
    info: {
      sheet: best.grid.name,
      cell: a1(row, best.grid.origin.col),
      severity: 'info',
      message: {
        zh: `工作簿中没有名为「工程师名单」（或 花名册、人员名单、Roster、Engineers）的工作表；按内容使用「${best.grid.name}」作为名单：第 ${row + 1} 行表头有工号列「${best.idHeader}」和${what.zh}「${best.otherHeader}」，共 ${best.dataRows} 行数据${zhOthers}。如不对，请在「盘点设置」中设置「名单工作表」`,
        en: `No sheet is named "工程师名单" (or 花名册, 人员名单, Roster, Engineers); "${best.grid.name}" is taken as the roster by its content: its header row ${row + 1} has an ID column "${best.idHeader}" and ${what.en} "${best.otherHeader}", with ${countEn(best.dataRows, 'data row')}${enOthers}. If that is wrong, set "roster sheet" (名单工作表) in the Settings sheet (盘点设置)`,
      },
    },
  };
}
