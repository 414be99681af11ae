// The standards sheet (能力素质标准 / Standards): rows of category × level with the required level 1–5 of
// each competency. `*` or an empty cell in category or level is the wildcard.
import type { FieldKey, Settings } from '../../domain/settings';
import { normalizeText } from '../../domain/text';
import { COMPETENCIES, type CompetencyKey, type StandardRow } from '../../domain/types';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem } from '../problems';
import { fieldOfHeader } from './columns';
import { errorCellText } from './errorCell';
import { cellAt, isEmpty, readLevel, readNumber, readText } from './values';

export interface StandardsRead {
  standards: StandardRow[];
  problems: Problem[];
  /** Categories named in the sheet, as written (they count as known categories of the roster). */
  categories: string[];
}

type StandardField = 'category' | 'level' | CompetencyKey;
const WANTED: readonly FieldKey[] = ['category', 'level', ...COMPETENCIES];

function headerColumns(grid: SheetGrid, r: number): Partial<Record<StandardField, number>> {
  const cols: Partial<Record<StandardField, number>> = {};
  const width = grid.values[r]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const t = readText(cellAt(grid, r, c));
    if (t.kind !== 'ok') continue;
    const f = fieldOfHeader(t.value)?.field;
    if (f && WANTED.includes(f) && cols[f as StandardField] === undefined) cols[f as StandardField] = c;
  }
  return cols;
}

const isWild = (s: string): boolean => s === '' || s === '*' || s === '＊';

export function readStandards(grid: SheetGrid | undefined, settings: Pick<Settings, 'levelMap'>): StandardsRead {
  const out: StandardsRead = { standards: [], problems: [], categories: [] };
  if (!grid) return out;
  const addr = (r: number, c: number): string => a1(grid.origin.row + r, grid.origin.col + c);

  let headerRow = -1;
  let cols: Partial<Record<StandardField, number>> = {};
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const found = headerColumns(grid, r);
    const hasCompetency = COMPETENCIES.some((k) => found[k] !== undefined);
    if ((found.category !== undefined || found.level !== undefined) && hasCompetency) {
      headerRow = r;
      cols = found;
      break;
    }
  }
  if (headerRow < 0) {
    out.problems.push(
      problem(grid.name, addr(0, 0), 'warning',
        `「${grid.name}」没有表头行（工程师类别、培育层级和五大能力列），已忽略，使用默认标准`,
        `"${grid.name}" has no header row (category, level and the five competency columns); it is ignored and the default standard applies`),
    );
    return out;
  }

  const categories = new Set<string>();
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row.some((_, c) => !isEmpty(cellAt(grid, r, c)))) continue;
    const std: StandardRow = { required: {} };
    if (cols.category !== undefined) {
      const t = readText(cellAt(grid, r, cols.category));
      const v = t.kind === 'ok' ? normalizeText(t.value) : '';
      if (!isWild(v)) {
        std.category = v;
        categories.add(v);
      }
    }
    if (cols.level !== undefined) {
      const cl = cellAt(grid, r, cols.level);
      const t = readText(cl);
      if (t.kind === 'ok' && !isWild(t.value)) {
        const lv = readLevel(cl, settings);
        if (lv.kind !== 'ok') {
          out.problems.push(
            problem(grid.name, addr(r, cols.level), 'warning',
              `培育层级「${t.value}」无法识别（应为 初级/中级/高级 或 *），本行标准已忽略`,
              `The level "${t.value}" is not known (expected Tier 1/2/3 or *); this standards row is ignored`),
          );
          continue;
        }
        std.level = lv.value;
      }
    }
    for (const k of COMPETENCIES) {
      const c = cols[k];
      if (c === undefined) continue;
      const cl = cellAt(grid, r, c);
      const n = readNumber(cl);
      if (n.kind === 'none') {
        if (n.errorText !== undefined) {
          const why = errorCellText(undefined, n.errorText);
          out.problems.push(problem(grid.name, addr(r, c), 'warning', why.zh, why.en));
        }
        continue;
      }
      if (n.kind === 'ok' && n.value >= 1 && n.value <= 5) {
        std.required[k] = n.value;
        continue;
      }
      const shown = n.kind === 'ok' ? String(n.value) : n.text;
      out.problems.push(
        problem(grid.name, addr(r, c), 'warning',
          `要求等级「${shown}」不是 1–5 的数字，按未填写处理`,
          `The required level "${shown}" is not a number from 1–5; treated as not given`),
      );
    }
    if (Object.keys(std.required).length > 0) out.standards.push(std);
  }
  out.categories = [...categories];
  return out;
}
