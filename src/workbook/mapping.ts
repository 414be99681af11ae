// The pane's column mapping: for a candidate roster sheet, its header cells and, per roster field, the
// column the reader would use (a `列:` mapping, then the alias table) or, failing that, a best guess by
// normalised similarity, so that a person only confirms or corrects.
import type { FieldKey, Settings } from '../domain/settings';
import type { Text } from '../domain/types';
import type { SheetGrid } from './host';
import { a1 } from './problems';
import { chooseColumns } from './read/columnChoice';
import { ALIASES, FIELD_ORDER, findHeaderRow, headerKey } from './read/columns';
import { cellAt, readText } from './read/values';

export interface HeaderCell {
  /** 0-based sheet column. */
  col: number;
  /** A1 address of the header cell. */
  address: string;
  text: string;
}

/** How a field's column was found: a `列:` mapping, an alias of DOMAIN.md, a guess, or not at all. */
export type ProposalSource = 'mapping' | 'alias' | 'guess' | 'none';

export interface FieldProposal {
  field: FieldKey;
  /** ID and performance (a rating or a score) are required. */
  required: boolean;
  header?: HeaderCell;
  source: ProposalSource;
  /**
   * Set when the reader itself takes this column without a mapping although its name is no alias (a partial
   * match: "2024年度绩效考核结果", "Aug 2025 Talent Assessment Performance"), or chose it among several columns:
   * why, as the data check's info line says it. A `guess` without it is only the pane's similarity guess,
   * which the reader does not use until it is saved as a `列:` mapping.
   */
  readerReason?: Text;
  /** The reader's own partial match (source `guess`): the review uses this column even if nothing is saved. */
  readerGuess?: boolean;
}

export interface MappingProposal {
  sheet: string;
  /** 0-based sheet row of the header row (detected, or the likeliest row when none is detected). */
  headerRow: number;
  /** True when the reader itself finds this header row (ID and two other fields by name or mapping). */
  headerDetected: boolean;
  headers: HeaderCell[];
  /** Every roster field, in DOMAIN.md's order. */
  fields: FieldProposal[];
  /** Required fields the reader would not find (no mapping, alias or partial match): the review stops without a mapping. */
  missingByName: ('id' | 'performance')[];
  /** Required fields still without a column after the guesses. */
  missing: ('id' | 'performance')[];
}

const GUESS_THRESHOLD = 0.5;

function rowTexts(grid: SheetGrid, r: number): string[] {
  const width = grid.values[r]?.length ?? 0;
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = readText(cellAt(grid, r, c));
    out.push(t.kind === 'ok' ? t.value : '');
  }
  return out;
}

/** Without a detected header: the row among the first 10 with the most non-numeric text cells. */
function likeliestHeaderRow(grid: SheetGrid): number {
  let best = 0;
  let bestCount = -1;
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const count = rowTexts(grid, r).filter((t, c) => t !== '' && typeof grid.values[r][c] === 'string').length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Similarity of two header keys in [0, 1]: containment of one in the other, or the Dice coefficient of bigrams. */
export function headerSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  const shortLen = [...short].length;
  const contained = shortLen >= 2 && long.includes(short) ? 0.6 + (0.4 * shortLen) / [...long].length : 0;
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  const dice = (2 * common) / (x.length + y.length);
  return Math.max(contained, dice);
}

/** The column of each roster field in `grid`, found as the reader would, then guessed. */
export function proposeMapping(grid: SheetGrid, settings: Pick<Settings, 'columnMap'>): MappingProposal {
  const detected = findHeaderRow(grid, settings.columnMap);
  const row = detected ? detected.row : likeliestHeaderRow(grid);
  const texts = detected ? detected.headers : rowTexts(grid, row);
  const sheetRow = grid.origin.row + row;
  const headers: HeaderCell[] = [];
  texts.forEach((text, c) => {
    if (text !== '') headers.push({ col: grid.origin.col + c, address: a1(sheetRow, grid.origin.col + c), text });
  });

  const chosen = new Map<FieldKey, { header: HeaderCell; source: ProposalSource; reason?: Text; readerGuess?: boolean }>();
  const claimed = new Set<number>();
  const claim = (field: FieldKey, header: HeaderCell, source: ProposalSource, reason?: Text, readerGuess?: boolean): void => {
    chosen.set(field, { header, source, reason, readerGuess });
    claimed.add(header.col);
  };

  // 1. `列:` mappings win over all.
  for (const field of FIELD_ORDER) {
    const want = settings.columnMap[field];
    if (want === undefined || want === '') continue;
    const h = headers.find((x) => !claimed.has(x.col) && headerKey(x.text) === headerKey(want));
    if (h) claim(field, h, 'mapping');
  }
  // 2. As the reader chooses: an exact alias (by precedence, then the left column), else a partial match of the
  // header (the latest year, then the best score) — the latter a guess the reader makes itself.
  const byCol = new Map(headers.map((h) => [h.col, h]));
  const reader = chooseColumns(
    texts,
    (c) => claimed.has(grid.origin.col + c),
    (f) => chosen.has(f),
    (c) => a1(sheetRow, grid.origin.col + c),
  );
  for (const field of FIELD_ORDER) {
    const c = reader.choices.get(field);
    const h = c ? byCol.get(grid.origin.col + c.col) : undefined;
    if (c && h) claim(field, h, c.guessed ? 'guess' : 'alias', c.reason, c.guessed);
  }
  const missingByName = missingRequired(chosen);

  // 3. Guesses for the rest: the most similar (field, column) pairs first.
  const pairs: { field: FieldKey; h: HeaderCell; score: number; order: number }[] = [];
  FIELD_ORDER.forEach((field, order) => {
    if (chosen.has(field)) return;
    for (const h of headers) {
      if (claimed.has(h.col)) continue;
      const k = headerKey(h.text);
      const score = Math.max(...ALIASES[field].map((alias) => headerSimilarity(k, headerKey(alias))));
      if (score >= GUESS_THRESHOLD) pairs.push({ field, h, score, order });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.h.col - b.h.col);
  for (const p of pairs) if (!chosen.has(p.field) && !claimed.has(p.h.col)) claim(p.field, p.h, 'guess');

  const fields: FieldProposal[] = FIELD_ORDER.map((field) => {
    const c = chosen.get(field);
    const required = field === 'id' || field === 'performance';
    if (!c) return { field, required, source: 'none' };
    const proposal: FieldProposal = { field, required, header: c.header, source: c.source };
    if (c.reason) proposal.readerReason = c.reason;
    if (c.readerGuess) proposal.readerGuess = true;
    return proposal;
  });
  return {
    sheet: grid.name,
    headerRow: sheetRow,
    headerDetected: detected !== undefined,
    headers,
    fields,
    missingByName,
    missing: missingRequired(chosen),
  };
}

function missingRequired(chosen: Map<FieldKey, unknown>): ('id' | 'performance')[] {
  const out: ('id' | 'performance')[] = [];
  if (!chosen.has('id')) out.push('id');
  if (!chosen.has('performance') && !chosen.has('performanceScore')) out.push('performance');
  return out;
}
