// One error for one shared cause (DOMAIN.md, Input sheets): a roster that reviews nobody because every row
// fails on the same rating column — a vocabulary no rule knows, or a (mapped) column with nothing in it — gives
// one error naming the column, the values found and what to add to 盘点设置, and the run stops; the per-row
// errors of that column go, those of rows that fail for another reason stay.
import type { FieldKey } from '../../domain/settings';
import { FIELD_NAMES } from '../../domain/settingsKeys';
import type { Text } from '../../domain/types';
import type { SheetGrid } from '../host';
import { a1, columnLetters, type Problem } from '../problems';
import type { HeaderRow } from './columns';
import { cellAt, readText } from './values';

const RATING_FIELDS: readonly FieldKey[] = ['performance', 'performanceScore', 'potential', 'potentialScore'];
const SHOWN_VALUES = 8;


export interface SharedCause {
  fatal: Problem;
  /** The problems that remain: everything but the per-row errors the fatal one stands for. */
  problems: Problem[];
}

function columnOfCell(cell: string): string | undefined {
  return /^([A-Z]+)\d+/u.exec(cell)?.[1];
}

/** Rows sharing a cause need at least this many: one row's unknown word is that row's error. */
const MIN_SHARED_ROWS = 2;

function rowOfCell(cell: string): number | undefined {
  const m = /^[A-Z]+(\d+)$/u.exec(cell);
  return m ? Number(m[1]) - 1 : undefined;
}

/**
 * The shared cause when nobody is reviewed: a rating column whose failing rows hold words (no Excel errors, no
 * numbers) that no rule knows, in at least two rows — or a column a `列:` mapping names that holds nothing.
 * Undefined otherwise (rows that fail each for its own reason keep their own errors).
 */
export function sharedCause(
  grid: SheetGrid,
  header: HeaderRow,
  columns: Partial<Record<FieldKey, number>>,
  mapped: ReadonlySet<FieldKey>,
  reviewed: number,
  problems: readonly Problem[],
): SharedCause | undefined {
  if (reviewed > 0) return undefined;
  const rowErrors = problems.filter((p) => p.sheet === grid.name && p.severity === 'error');
  for (const field of RATING_FIELDS) {
    const col = columns[field];
    if (col === undefined) continue;
    const letters = columnLetters(grid.origin.col + col);
    const values = new Map<string, number>();
    for (let r = header.row + 1; r < grid.values.length; r++) {
      const t = readText(cellAt(grid, r, col));
      if (t.kind === 'ok') values.set(t.value, (values.get(t.value) ?? 0) + 1);
    }
    const headerText = header.headers[col] ?? '';
    const cell = a1(grid.origin.row + header.row, grid.origin.col + col);
    if (values.size === 0 && mapped.has(field)) {
      const inColumn = (p: Problem): boolean => p.sheet === grid.name && p.severity === 'error' && columnOfCell(p.cell) === letters;
      return { fatal: { sheet: grid.name, cell, severity: 'error', message: emptyColumn(field, headerText) }, problems: problems.filter((p) => !inColumn(p)) };
    }
    // The rows failing here on a word: a text cell (not an Excel error, a number or TRUE/FALSE).
    const wordRows = new Set<number>();
    const words: string[] = [];
    for (const p of rowErrors) {
      if (columnOfCell(p.cell) !== letters) continue;
      const sheetRow = rowOfCell(p.cell);
      if (sheetRow === undefined) continue;
      const c = cellAt(grid, sheetRow - grid.origin.row, col);
      const t = readText(c);
      if (c.error || typeof c.value !== 'string' || t.kind !== 'ok') continue;
      wordRows.add(sheetRow);
      if (!words.includes(t.value)) words.push(t.value);
    }
    if (wordRows.size < MIN_SHARED_ROWS) continue;
    const shared = (p: Problem): boolean =>
      p.sheet === grid.name && p.severity === 'error' && columnOfCell(p.cell) === letters && wordRows.has(rowOfCell(p.cell) ?? -1);
    return {
      fatal: { sheet: grid.name, cell, severity: 'error', message: unknownValues(field, headerText, words) },
      problems: problems.filter((p) => !shared(p)),
    };
  }
  return undefined;
}

function listed(values: readonly string[]): string {
  const shown = values.slice(0, SHOWN_VALUES).join('/');
  return values.length > SHOWN_VALUES ? `${shown}/…` : shown;
}

function emptyColumn(field: FieldKey, header: string): Text {
  const name = FIELD_NAMES[field];
  return {
    zh: `${name.zh}列「${header}」没有任何值，无人可盘点。请填写该列，或在「盘点设置」中用「列:${name.zh}」指向有值的列`,
    en: `The ${name.en} column "${header}" holds no values, so nobody can be reviewed. Fill it in, or point "column:${name.en}" in the Settings sheet (盘点设置) at a column that has them`,
  };
}

function unknownValues(field: FieldKey, header: string, values: readonly string[]): Text {
  const name = FIELD_NAMES[field];
  const found = listed(values);
  if (field === 'performanceScore' || field === 'potentialScore') {
    return {
      zh: `${name.zh}列「${header}」的值 ${found} 不是分数，无人可盘点。如这些是等级，请将列名改为「${field === 'performanceScore' ? '绩效' : '潜力'}」，或在「盘点设置」中加一行「列:${field === 'performanceScore' ? '绩效' : '潜力'}」，值为「${header}」`,
      en: `The ${name.en} column "${header}" holds ${found}, which are not scores, so nobody can be reviewed. If they are ratings, rename the column "${field === 'performanceScore' ? 'Performance' : 'Potential'}", or add a row "column:${field === 'performanceScore' ? 'performance' : 'potential'}" = "${header}" to the Settings sheet (盘点设置)`,
    };
  }
  const perf = field === 'performance';
  const key = perf ? { zh: '绩效映射', en: 'performance map' } : { zh: '潜力映射', en: 'potential map' };
  const bands = perf ? { zh: '优秀/合格/待提升', en: 'Excellent/Qualified/Needs improvement' } : { zh: '高/中/低', en: 'High/Medium/Low' };
  return {
    zh: `${name.zh}列「${header}」的值 ${found} 无法识别，无人可盘点：请在「盘点设置」中为每个值加一行，键「${key.zh}:<值>」（如「${key.zh}:${values[0]}」），值为 ${bands.zh} 之一`,
    en: `The values ${found} of the ${name.en} column "${header}" are not recognised, so nobody can be reviewed: add a row to the Settings sheet (盘点设置) for each value, key "${key.en}:<value>" (e.g. "${key.en}:${values[0]}"), value one of ${bands.en}`,
  };
}
