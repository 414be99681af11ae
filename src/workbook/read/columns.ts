// Finding the roster's header row and its columns (DOMAIN.md, Input sheets): the alias table in order of
// precedence, `列:` mappings over all, and a problem for every ambiguity instead of a silent guess.
import type { FieldKey, Settings } from '../../domain/settings';
import { FIELD_NAMES } from '../../domain/settingsKeys';
import { normalizeKey } from '../../domain/text';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem } from '../problems';
import { cellAt, readText } from './values';

/** Column names accepted per field, in order of precedence (DOMAIN.md's alias table). */
export const ALIASES: Record<FieldKey, readonly string[]> = {
  id: ['工号', '员工编号', '人员编号', '编号', 'ID', 'Employee ID', 'Staff ID', 'EmpID', 'Employee number'],
  name: ['姓名', '名字', 'Name', 'Full name'],
  department: ['部门', '所属部门', 'Department', 'Dept'],
  manager: ['直接上级', '上级', '经理', 'Manager', 'Line manager'],
  position: ['岗位', '职位', 'Position', 'Job title', 'Title'],
  category: ['工程师类别', '类别', 'Category', 'Engineer category'],
  level: ['培育层级', '层级', 'Level', 'Tier'],
  years: ['工龄', '工作年限', 'Years of experience', 'Years of service', 'Experience'],
  workStart: ['参加工作时间', '参加工作日期', 'Work start date', 'Work start'],
  keyPosition: ['关键岗位', '是否关键岗位', 'Key position'],
  performance: ['绩效', '绩效等级', '绩效结果', '年度绩效', 'Performance', 'Performance rating'],
  performanceScore: ['绩效得分', '绩效分数', 'Performance score'],
  potential: ['潜力', '潜力等级', '发展潜力', 'Potential', 'Potential rating'],
  potentialScore: ['潜力得分', '潜力分数', 'Potential score'],
  research: ['专业技术研究能力', '专业技术研究', 'Technical research', 'Technical research ability'],
  practice: [
    '工程实践与应用能力', '工程实践与应用', 'Engineering practice', 'Engineering practice & application',
    'Engineering practice and application', 'Engineering practice ability',
  ],
  problemSolving: ['复杂问题解决能力', '复杂问题解决', 'Complex problem solving', 'Complex problem solving ability'],
  integration: [
    '专业学科交叉与整合能力', '专业学科交叉与整合', 'Cross-discipline integration', 'Cross-discipline integration ability',
  ],
  innovation: ['创新变革能力', '创新变革', 'Innovation', 'Innovation & change', 'Innovation and change', 'Innovation ability'],
  projectsLed: ['牵头大型/复杂工程项目数', '牵头重大项目数', '牵头项目数', 'Projects led'],
  careerInterest: ['职业兴趣', '发展意向', '职业通道', 'Career interest', 'Career track'],
  flightRisk: ['流失风险', '离职风险', 'Flight risk', 'Attrition risk'],
  inPool: ['在库', '是否在库', 'In pool'],
  mentorId: ['导师工号', '导师', 'Mentor ID', 'Mentor'],
  previousBox: ['上期九宫格', '上期格位', 'Previous box'],
  postPerformance: ['岗位绩效', '岗位绩效等级', 'Post performance'],
  postPerformanceScore: ['岗位绩效得分', 'Post performance score'],
  innovationPerformance: ['创新绩效', '创新绩效等级', 'Innovation performance'],
  innovationPerformanceScore: ['创新绩效得分', 'Innovation performance score'],
  patents: ['专利数', 'Patents'],
  inventionPatents: ['发明专利数', 'Invention patents'],
  resultsTransferred: ['成果转化数', 'Results transferred'],
  apprentices: ['带徒人数', '传技带徒人数', 'Apprentices taught', 'Apprentices'],
  innovations: ['技术革新数', 'Innovations'],
};

export const FIELD_ORDER = Object.keys(ALIASES) as FieldKey[];

/** Header text as compared: NFKC, no spaces, lower case, no hyphens, underscores or required-marks. */
export function headerKey(s: string): string {
  return normalizeKey(s).replace(/[-_*＊]/gu, '');
}

const ALIAS_INDEX = new Map<string, { field: FieldKey; rank: number }>();
for (const field of FIELD_ORDER) {
  ALIASES[field].forEach((alias, rank) => {
    const k = headerKey(alias);
    if (!ALIAS_INDEX.has(k)) ALIAS_INDEX.set(k, { field, rank });
  });
}

/** The field a header names by alias, with the alias's rank (0 = highest precedence). */
export function fieldOfHeader(header: string): { field: FieldKey; rank: number } | undefined {
  return ALIAS_INDEX.get(headerKey(header));
}

/** Aliases of a field, for messages: `工号、员工编号、…`. */
export function aliasList(field: FieldKey): string {
  return ALIASES[field].join('、');
}

export interface ColumnMapping {
  /** Field → grid column index. */
  columns: Partial<Record<FieldKey, number>>;
  problems: Problem[];
}

/** Where each `列:` mapping was written, so a mapping naming a missing column points at its own cell. */
export interface MappingSource {
  sheet: string;
  cell: string;
}

function headerTexts(grid: SheetGrid, r: number): string[] {
  const width = grid.values[r]?.length ?? 0;
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = readText(cellAt(grid, r, c));
    out.push(t.kind === 'ok' ? t.value : '');
  }
  return out;
}

/** Fields a header row names, by mapping or alias (no problems: used to score candidate rows). */
function namedFields(headers: readonly string[], columnMap: Settings['columnMap']): Set<FieldKey> {
  // Two mappings may name one header (an error mapColumns reports): it counts for both here.
  const mapped = new Map<string, FieldKey[]>();
  for (const [f, h] of Object.entries(columnMap) as [FieldKey, string][]) mapped.set(headerKey(h), [...(mapped.get(headerKey(h)) ?? []), f]);
  const found = new Set<FieldKey>();
  for (const h of headers) {
    if (h === '') continue;
    const k = headerKey(h);
    const byMap = mapped.get(k);
    if (byMap) for (const f of byMap) found.add(f);
    else {
      const byAlias = fieldOfHeader(h);
      if (byAlias && columnMap[byAlias.field] === undefined) found.add(byAlias.field);
    }
  }
  return found;
}

export interface HeaderRow {
  /** Grid row of the header (the lower row of a two-row header). */
  row: number;
  /** Header text per grid column; for a two-row header, the lower row's text, or the upper's where the lower is empty. */
  headers: string[];
  /** Fields named, by mapping or alias. */
  fields: Set<FieldKey>;
}

/**
 * The header row: the first row among the first 10 that names the ID column and at least two other fields,
 * alone or together with the row below. When the row below also names fields and its ID cell is empty or a
 * header word (a data row always has an ID), the two are one merged header, read as the lower row.
 */
export function findHeaderRow(grid: SheetGrid, columnMap: Settings['columnMap']): HeaderRow | undefined {
  const limit = Math.min(10, grid.values.length);
  for (let r = 0; r < limit; r++) {
    const upper = headerTexts(grid, r);
    const fields = namedFields(upper, columnMap);
    if (!fields.has('id')) continue;
    // The two rows are judged together: in a typical merged header the upper row holds only 工号 and 姓名
    // (merged down) and group titles, and the fields themselves are in the lower row.
    const lowerRow = r + 1;
    if (lowerRow < grid.values.length) {
      const lower = headerTexts(grid, lowerRow);
      const lowerFields = namedFields(lower, columnMap);
      const idCol = upper.findIndex((h) => namedFields([h], columnMap).has('id'));
      const idBelow = idCol >= 0 ? (lower[idCol] ?? '') : '';
      const idBelowIsHeader = idBelow === '' || namedFields([idBelow], columnMap).size > 0;
      if (lowerFields.size > 0 && idBelowIsHeader) {
        const width = Math.max(upper.length, lower.length);
        const merged: string[] = [];
        for (let c = 0; c < width; c++) merged.push((lower[c] ?? '') !== '' ? lower[c] : (upper[c] ?? ''));
        const mergedFields = namedFields(merged, columnMap);
        // A real lower header row keeps every field the upper row names (those stand merged down over it);
        // a first data row that merely holds a word like a field name would overwrite some with its values.
        const keepsUpper = [...fields].every((f) => mergedFields.has(f));
        if (mergedFields.has('id') && mergedFields.size >= 3 && keepsUpper) return { row: lowerRow, headers: merged, fields: mergedFields };
      }
    }
    if (fields.size >= 3) return { row: r, headers: upper, fields };
  }
  return undefined;
}

/**
 * Columns of each field in a header row. A `列:` mapping wins over every alias; a mapping naming a column
 * the sheet does not have is an error at the mapping's cell (the aliases are then tried). Two columns
 * naming one field without a mapping is an error naming both; the higher-precedence alias (then the left
 * column) is used so the review can still run.
 */
export function mapColumns(
  grid: SheetGrid,
  header: HeaderRow,
  columnMap: Settings['columnMap'],
  mappingSources: Partial<Record<FieldKey, MappingSource>> = {},
): ColumnMapping {
  const problems: Problem[] = [];
  const columns: Partial<Record<FieldKey, number>> = {};
  const claimed = new Set<number>();
  const claimedBy = new Map<number, FieldKey>();
  const sheetRow = grid.origin.row + header.row;
  const cellOf = (c: number): string => a1(sheetRow, grid.origin.col + c);

  for (const field of FIELD_ORDER) {
    const want = columnMap[field];
    if (want === undefined || want === '') continue;
    const k = headerKey(want);
    const col = header.headers.findIndex((h, c) => h !== '' && headerKey(h) === k && !claimed.has(c));
    if (col >= 0) {
      columns[field] = col;
      claimed.add(col);
      claimedBy.set(col, field);
      continue;
    }
    const src = mappingSources[field];
    const name = FIELD_NAMES[field];
    // The column is there, but another mapping took it: say so, naming both mappings.
    const taken = header.headers.findIndex((h, c) => h !== '' && headerKey(h) === k && claimedBy.has(c));
    if (taken >= 0) {
      const other = claimedBy.get(taken) as FieldKey;
      const otherName = FIELD_NAMES[other];
      const otherAt = mappingSources[other]?.cell;
      const at = src?.cell;
      problems.push(
        problem(src?.sheet ?? grid.name, at ?? cellOf(taken), 'error',
          `列映射「列:${name.zh}」${at ? `（${at}）` : ''}和「列:${otherName.zh}」${otherAt ? `（${otherAt}）` : ''}都指向列「${want}」（${cellOf(taken)}）；一列只能对应一个字段，该列用作「${otherName.zh}」。请把其中一个映射改为另一列的列名`,
          `The mappings "column:${name.en}"${at ? ` (${at})` : ''} and "column:${otherName.en}"${otherAt ? ` (${otherAt})` : ''} both name the column "${want}" (${cellOf(taken)}); a column holds one field, and it is used as ${otherName.en}. Change one mapping to name another column`),
      );
      continue;
    }
    problems.push(
      problem(
        src?.sheet ?? grid.name,
        src?.cell ?? a1Range(sheetRow, grid, header),
        'error',
        `列映射「列:${name.zh}」指向的列「${want}」在工作表「${grid.name}」第 ${sheetRow + 1} 行的表头中不存在；请改为表头中的列名`,
        `The mapping "column:${name.en}" names the column "${want}", which is not in the header row ${sheetRow + 1} of sheet "${grid.name}"; use a column name from that header`,
      ),
    );
  }

  const matches = new Map<FieldKey, { col: number; rank: number }[]>();
  header.headers.forEach((h, col) => {
    if (h === '' || claimed.has(col)) return;
    const m = fieldOfHeader(h);
    if (!m || columns[m.field] !== undefined) return;
    const list = matches.get(m.field) ?? [];
    list.push({ col, rank: m.rank });
    matches.set(m.field, list);
  });
  for (const [field, list] of matches) {
    const sorted = [...list].sort((a, b) => a.rank - b.rank || a.col - b.col);
    columns[field] = sorted[0].col;
    for (const other of sorted.slice(1)) {
      const name = FIELD_NAMES[field];
      const used = cellOf(sorted[0].col);
      const also = cellOf(other.col);
      problems.push(
        problem(
          grid.name,
          also,
          'error',
          `${used}「${header.headers[sorted[0].col]}」和 ${also}「${header.headers[other.col]}」都是「${name.zh}」列；已使用 ${used}。请删除或改名其中一列，或在「盘点设置」中加一行「列:${name.zh}」指定要用的列`,
          `${used} "${header.headers[sorted[0].col]}" and ${also} "${header.headers[other.col]}" both name the ${name.en} column; ${used} is used. Remove or rename one, or add a row "column:${name.en}" in the Settings sheet naming the column to use`,
        ),
      );
    }
  }
  return { columns, problems };
}

function a1Range(sheetRow: number, grid: SheetGrid, header: HeaderRow): string {
  const last = Math.max(0, header.headers.length - 1);
  const from = a1(sheetRow, grid.origin.col);
  const to = a1(sheetRow, grid.origin.col + last);
  return from === to ? from : `${from}:${to}`;
}

/** The header read from one sheet row (1-based, the 标题行 setting); undefined when the grid does not reach it. */
export function headerRowAt(grid: SheetGrid, sheetRow: number, columnMap: Settings['columnMap']): HeaderRow | undefined {
  const row = sheetRow - 1 - grid.origin.row;
  if (row < 0 || row >= grid.values.length) return undefined;
  const headers = headerTexts(grid, row);
  return { row, headers, fields: namedFields(headers, columnMap) };
}
