// 能力评价 / Assessments (DOMAIN.md): one row per rating — 工号, 评价来源, 评价人 (optional), any of the five
// competencies (1–5) and 潜力 (a rating or a score). A bad cell is a warning at that cell and "not given"; a
// row with no usable ID or source is left out with a warning. The sheet is optional and never stops a review.
import { bandPotentialRating, bandPotentialScore, detectScale, scoreInRange } from '../../domain/banding';
import type { Rating } from '../../domain/assessment';
import { parseSourceWord, SOURCE_WORDS } from '../../domain/assessmentSources';
import type { Settings } from '../../domain/settings';
import { normalizeKey } from '../../domain/text';
import { COMPETENCIES, type CompetencyKey, type PotBand, type Text } from '../../domain/types';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem } from '../problems';
import { fieldOfHeader, headerKey } from './columns';
import { cellAt, isEmpty, readId, readNumber, readText, type Cell } from './values';

export { ASSESSMENT_SHEET_NAMES } from './sheets';

const SOURCE_HEADERS = ['评价来源', '来源', '评价类型', '评价人类型', 'Source', 'Rater type', 'Assessment source'];
const RATER_HEADERS = ['评价人', '评价人姓名', '评价人工号', 'Rater', 'Assessor', 'Rater name'];

type AssessmentColumn = 'id' | 'source' | 'rater' | 'potential' | 'potentialScore' | CompetencyKey;

export interface AssessmentsRead {
  ratings: Rating[];
  problems: Problem[];
  /** 0-based sheet column of 工号, so a rating's ID cell can be named later. */
  idCol?: number;
}

function columnOf(header: string): AssessmentColumn | undefined {
  const k = headerKey(header);
  if (SOURCE_HEADERS.some((h) => headerKey(h) === k)) return 'source';
  if (RATER_HEADERS.some((h) => headerKey(h) === k)) return 'rater';
  const f = fieldOfHeader(header)?.field;
  if (f === 'id' || f === 'potential' || f === 'potentialScore') return f;
  return f !== undefined && (COMPETENCIES as readonly string[]).includes(f) ? (f as CompetencyKey) : undefined;
}

function findHeader(grid: SheetGrid): { row: number; columns: Partial<Record<AssessmentColumn, number>> } | undefined {
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const columns: Partial<Record<AssessmentColumn, number>> = {};
    for (let c = 0; c < (grid.values[r]?.length ?? 0); c++) {
      const t = readText(cellAt(grid, r, c));
      const col = t.kind === 'ok' ? columnOf(t.value) : undefined;
      if (col !== undefined && columns[col] === undefined) columns[col] = c;
    }
    if (columns.id !== undefined && columns.source !== undefined) return { row: r, columns };
  }
  return undefined;
}

export function readAssessments(grid: SheetGrid, settings: Settings): AssessmentsRead {
  const problems: Problem[] = [];
  const ratings: Rating[] = [];
  const sheet = grid.name;
  const at = (r: number, c: number): string => a1(grid.origin.row + r, grid.origin.col + c);
  const warn = (r: number, c: number, m: Text): void => {
    problems.push(problem(sheet, at(r, c), 'warning', m.zh, m.en));
  };
  const header = findHeader(grid);
  if (!header) {
    problems.push(
      problem(sheet, at(0, 0), 'warning',
        `工作表「${sheet}」前 10 行中没有表头行（须有「工号」和「评价来源」列），能力评价未使用`,
        `Sheet "${sheet}" has no header row in its first 10 rows (it needs "工号"/ID and "评价来源"/Source columns); the assessments are not used`),
    );
    return { ratings, problems };
  }
  const { columns } = header;
  const idCol = columns.id as number;
  const sourceCol = columns.source as number;
  const label = (c: number): string => {
    const t = readText(cellAt(grid, header.row, c));
    return t.kind === 'ok' ? t.value : '';
  };
  const competencyCols = COMPETENCIES.filter((k) => columns[k] !== undefined);
  const potentialCols = [columns.potential, columns.potentialScore].filter((c): c is number => c !== undefined);
  if (competencyCols.length === 0 && potentialCols.length === 0) {
    warn(header.row, 0, {
      zh: `工作表「${sheet}」没有能力列（五项能力）也没有潜力列，能力评价未使用`,
      en: `Sheet "${sheet}" has neither competency columns (the five competencies) nor a potential column; the assessments are not used`,
    });
    return { ratings, problems, idCol: grid.origin.col + idCol };
  }

  const rows: number[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    if ((grid.values[r] ?? []).some((_, c) => !isEmpty(cellAt(grid, r, c)))) rows.push(r);
  }
  // A potential score column is on 1–5 when every score in it is ≤ 5, as in the roster.
  const scale = new Map<number, 5 | 100>();
  for (const c of potentialCols) {
    const scores = rows.map((r) => readNumber(cellAt(grid, r, c))).flatMap((n) => (n.kind === 'ok' ? [n.value] : []));
    scale.set(c, detectScale(scores));
  }
  const potentialOf = (r: number, c: number, cell: Cell): PotBand | undefined => {
    const t = readText(cell);
    if (t.kind !== 'ok') return undefined;
    const word = bandPotentialRating(t.value, settings);
    if (word) return word;
    const n = readNumber(cell);
    const s = scale.get(c) ?? 100;
    if (n.kind === 'ok' && scoreInRange(n.value, s)) return bandPotentialScore(n.value, s, settings);
    warn(r, c, {
      zh: `「${label(c)}」的值「${t.value}」不是潜力等级（高/中/低）或分数，按未填写处理`,
      en: `"${label(c)}": "${t.value}" is not a potential rating (High/Medium/Low) or a score; treated as not given`,
    });
    return undefined;
  };

  for (const r of rows) {
    const id = readId(cellAt(grid, r, idCol));
    if (id.kind !== 'ok') {
      warn(r, idCol, { zh: '工号为空，本行评价未使用', en: 'The ID is empty; this rating is not used' });
      continue;
    }
    const src = readText(cellAt(grid, r, sourceCol));
    const source = src.kind === 'ok' ? parseSourceWord(src.value) : undefined;
    if (!source) {
      warn(r, sourceCol, {
        zh: `评价来源${src.kind === 'ok' ? `「${src.value}」无法识别` : '为空'}（应为 ${SOURCE_WORDS.zh}），本行评价未使用`,
        en: `The source ${src.kind === 'ok' ? `"${src.value}" is not known` : 'is empty'} (expected ${SOURCE_WORDS.en}); this rating is not used`,
      });
      continue;
    }
    const scores: Partial<Record<CompetencyKey, number>> = {};
    for (const k of competencyCols) {
      const c = columns[k] as number;
      const n = readNumber(cellAt(grid, r, c));
      if (n.kind === 'none') continue;
      if (n.kind === 'ok' && n.value >= 1 && n.value <= 5) scores[k] = n.value;
      else {
        const shown = n.kind === 'ok' ? String(n.value) : n.text;
        warn(r, c, {
          zh: `「${label(c)}」的评分「${shown}」不是 1–5 的数字，按未填写处理`,
          en: `"${label(c)}": the score "${shown}" is not a number from 1–5; treated as not given`,
        });
      }
    }
    let potential: PotBand | undefined;
    for (const c of potentialCols) potential ??= potentialOf(r, c, cellAt(grid, r, c));
    if (Object.keys(scores).length === 0 && potential === undefined) {
      warn(r, idCol, { zh: '本行没有可用的评分，未使用', en: 'This row has no usable score; it is not used' });
      continue;
    }
    const rater = columns.rater !== undefined ? readText(cellAt(grid, r, columns.rater)) : undefined;
    ratings.push({
      id: id.value,
      source,
      ...(rater?.kind === 'ok' ? { rater: rater.value } : {}),
      scores,
      ...(potential ? { potential } : {}),
      row: grid.origin.row + r,
    });
  }
  return { ratings, problems, idCol: grid.origin.col + idCol };
}

/** One warning per ID of 能力评价 that no reviewed engineer has, at its first row, with how many rows. */
export function unknownAssessedIds(read: AssessmentsRead, sheet: string, reviewed: readonly string[]): Problem[] {
  const known = new Set(reviewed.map(normalizeKey));
  const first = new Map<string, { id: string; row: number; count: number }>();
  for (const r of read.ratings) {
    const k = normalizeKey(r.id);
    if (known.has(k)) continue;
    const f = first.get(k);
    if (f) f.count++;
    else first.set(k, { id: r.id, row: r.row, count: 1 });
  }
  return [...first.values()].map((u) =>
    problem(sheet, a1(u.row, read.idCol ?? 0), 'warning',
      `工号「${u.id}」不在名单中（或未参与盘点），其 ${u.count} 行评价未使用`,
      `The ID "${u.id}" is not on the roster (or not reviewed); its ${u.count} rating row(s) are not used`),
  );
}
