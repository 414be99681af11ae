// Choosing one column per field among the headers that name it (DOMAIN.md, Input sheets): an exact alias wins
// over a partial match (aliases by precedence, then the left column; two exact columns are still an error), and
// among partial matches the one naming the latest year is the current value (then the higher score, then the
// left column). A field taken by a partial match is a guess, and every guess and every choice between columns
// carries a reason in both languages, for the data check and the pane's column mapping.
import type { FieldKey } from '../../domain/settings';
import { FIELD_NAMES } from '../../domain/settingsKeys';
import type { Text } from '../../domain/types';
import { matchHeader, type HeaderMatch } from './headerMatch';

export interface YearColumn {
  /** Grid column. */
  col: number;
  year: number;
}

export interface FieldChoice {
  field: FieldKey;
  /** Grid column used. */
  col: number;
  /** Taken by a partial match of its header (a guess), not by an alias. */
  guessed: boolean;
  /** Other columns that name the field and are not used, left to right. */
  others: number[];
  /** Of those, the year-stamped ones (earlier years of the field: 近三年绩效 for performance), latest first. */
  history: YearColumn[];
  /** Why this column, when it is a guess or a choice between columns; undefined for a lone exact alias. */
  reason?: Text;
}

export interface ColumnChoices {
  choices: Map<FieldKey, FieldChoice>;
  /** Two columns that are both an exact alias of one field: an error naming both (the first is used). */
  duplicates: { field: FieldKey; used: number; also: number }[];
}

interface Candidate {
  col: number;
  m: HeaderMatch;
}

function byPrecedence(a: Candidate, b: Candidate): number {
  if (a.m.exact !== b.m.exact) return a.m.exact ? -1 : 1;
  if (a.m.exact) return a.m.rank - b.m.rank || a.col - b.col;
  return (b.m.year ?? 0) - (a.m.year ?? 0) || b.m.score - a.m.score || a.col - b.col;
}

/**
 * The column of each field among `headers` (grid columns; '' for none). `skip` leaves out columns a mapping
 * took, `taken` fields a mapping fixed. `cellOf` names a column's header cell for the reasons.
 */
export function chooseColumns(
  headers: readonly string[],
  skip: (col: number) => boolean,
  taken: (field: FieldKey) => boolean,
  cellOf: (col: number) => string,
): ColumnChoices {
  const byField = new Map<FieldKey, Candidate[]>();
  headers.forEach((h, col) => {
    if (h === '' || skip(col)) return;
    const m = matchHeader(h);
    if (!m || taken(m.field)) return;
    const list = byField.get(m.field) ?? [];
    list.push({ col, m });
    byField.set(m.field, list);
  });
  const choices = new Map<FieldKey, FieldChoice>();
  const duplicates: ColumnChoices['duplicates'] = [];
  for (const [field, list] of byField) {
    const sorted = [...list].sort(byPrecedence);
    const [first, ...rest] = sorted;
    for (const other of rest) if (first.m.exact && other.m.exact) duplicates.push({ field, used: first.col, also: other.col });
    const others = rest.filter((o) => !(first.m.exact && o.m.exact));
    const history = others
      .filter((o): o is Candidate & { m: { year: number } } => o.m.year !== undefined && o.m.year < (first.m.year ?? Infinity))
      .map((o) => ({ col: o.col, year: o.m.year }))
      .sort((a, b) => b.year - a.year);
    const named = (c: Candidate): string => `${cellOf(c.col)}「${headers[c.col]}」`;
    const namedEn = (c: Candidate): string => `${cellOf(c.col)} "${headers[c.col]}"`;
    const choice: FieldChoice = { field, col: first.col, guessed: !first.m.exact, others: others.map((o) => o.col).sort((a, b) => a - b), history };
    if (choice.guessed || others.length > 0) choice.reason = reasonFor(field, first, others, history.length > 0, named, namedEn);
    choices.set(field, choice);
  }
  return { choices, duplicates };
}

function reasonFor(
  field: FieldKey,
  first: Candidate,
  others: readonly Candidate[],
  hasHistory: boolean,
  named: (c: Candidate) => string,
  namedEn: (c: Candidate) => string,
): Text {
  const name = FIELD_NAMES[field];
  const why: Text = first.m.exact
    ? { zh: '列名即别名，优先于含该词的其他列', en: 'its name is an alias, which wins over columns that only contain one' }
    : first.m.year !== undefined && others.some((o) => (o.m.year ?? 0) < (first.m.year ?? 0))
      ? { zh: `列名含「${first.m.alias}」，年份最近（${first.m.year}）`, en: `its name contains "${first.m.alias}" and the latest year (${first.m.year})` }
      : { zh: `列名含「${first.m.alias}」`, en: `its name contains "${first.m.alias}"` };
  const guess: Text = first.m.exact ? { zh: '使用', en: 'uses' } : { zh: '按列名推测为', en: 'is guessed to be' };
  let rest: Text = { zh: '', en: '' };
  if (others.length > 0) {
    const leftToRight = [...others].sort((a, b) => a.col - b.col);
    const list = leftToRight.map(named).join('、');
    const listEn = leftToRight.map(namedEn).join(', ');
    rest = hasHistory && field === 'performance'
      ? { zh: `；${list} 作为往年绩效（近三年绩效）保留，不用于本期`, en: `; ${listEn} kept as earlier years (performance history), not used for this review` }
      : { zh: `；未使用 ${list}`, en: `; ${listEn} not used` };
  }
  return {
    zh: `「${name.zh}」列${guess.zh} ${named(first)}（${why.zh}）${rest.zh}。如不对，请在「盘点设置」中加一行「列:${name.zh}」，值为要用的列名`,
    en: `The ${name.en} column ${guess.en} ${namedEn(first)} (${why.en})${rest.en}. If that is wrong, add a row "column:${name.en}" to the Settings sheet (盘点设置) naming the column to use`,
  };
}
