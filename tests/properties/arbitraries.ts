// Random rosters and random edits for the property tests of the whole run (tests/properties). A roster is
// generated as a model — each cell with what DOMAIN.md says it means (a usable ID, a rating word and its
// band, a number, junk) — and then laid out as a sheet in a random column order under Chinese or English
// headers. The oracle below reads the model, never the product, to say which rows must be reviewed.
import fc from 'fast-check';
import type { Box, CompetencyKey, Lang, PerfBand, PotBand } from '../../src/domain/types';
import type { RawValue } from '../../src/workbook/host';

// ---- How many cases: one knob for the whole folder -------------------------------------------------------

/**
 * Cases per unit share. Each property asks for `params(share)`; the in-memory properties have shares 1, 1.5,
 * 1 and 1, the .xlsx ones (each case several file round trips, ~30× slower) XLSX_SHARE each, so a run
 * totals about RUNS × TOTAL_SHARE cases: `npm test` (RUNS 60) ~280, `npm run fuzz` (FUZZ_RUNS=2200) ~10,300.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
export const XLSX_SHARE = 0.05;
export const TOTAL_SHARE = 1 + 1.5 + 1 + 1 + 4 * XLSX_SHARE;

/** fast-check parameters: the number of cases for a share, and a seed (and path) to replay a failure. */
export function params(share: number): { numRuns: number; seed?: number; path?: string } {
  const out: { numRuns: number; seed?: number; path?: string } = { numRuns: Math.max(1, Math.round(RUNS * share)) };
  if (process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '') out.seed = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_PATH !== undefined && process.env.FUZZ_PATH !== '') out.path = process.env.FUZZ_PATH;
  return out;
}

// ---- Cells ---------------------------------------------------------------------------------------------

/** One roster cell: a raw value, or an Excel error value (#N/A …). */
export interface CellSpec {
  v: RawValue;
  error?: boolean;
}

const cell = (v: RawValue): CellSpec => ({ v });
const errorCell = (v: string): CellSpec => ({ v, error: true });

/** ASCII → full-width (the NFKC the reader applies turns it back). */
export function fullWidth(s: string): string {
  return s.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

const errorValue = fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!').map(errorCell);
const blank = fc.constantFrom<CellSpec>(cell(null), cell(''), cell('   '));

/** Texts a person might type anywhere: formula-like, emoji, rare CJK, long, plain. */
export const messyText = fc.oneof(
  fc.constantFrom('=1+1', '+86 138', '-负责人', '@张伟', '=SUM(A1:A9)', '😀工程师', '𠀀𠀁', '王\u3000芳', 'Li Lei', 'O\'Brien', '张伟'),
  fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', ''), fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme-ascii' })).map(([a, b]) => a + b),
);

// ---- Ratings -------------------------------------------------------------------------------------------

/** A performance or potential cell: a word with its band, a number (any range), or neither (junk, empty). */
export interface RatingCell<B> {
  cell: CellSpec;
  band?: B;
  num?: number;
}

const PERF_WORDS: [string, PerfBand][] = [
  ['S', 'excellent'], ['A', 'excellent'], ['A+', 'excellent'], ['S级', 'excellent'], ['优秀', 'excellent'], ['卓越', 'excellent'],
  ['优', 'excellent'], ['Excellent', 'excellent'], ['a', 'excellent'],
  ['B', 'qualified'], ['B-', 'qualified'], ['B−', 'qualified'], ['良好', 'qualified'], ['合格', 'qualified'], ['称职', 'qualified'],
  ['良', 'qualified'], ['中', 'qualified'], ['B级', 'qualified'], ['Qualified', 'qualified'],
  ['C', 'needs'], ['D', 'needs'], ['E', 'needs'], ['待提升', 'needs'], ['需改进', 'needs'], ['基本称职', 'needs'], ['不称职', 'needs'],
  ['不合格', 'needs'], ['差', 'needs'], ['C+', 'needs'], ['Needs improvement', 'needs'],
  // The nine-box convention's words.
  ['H', 'excellent'], ['High', 'excellent'], ['高', 'excellent'], ['Medium', 'qualified'], ['Moderate', 'qualified'],
  ['Low', 'needs'], ['低', 'needs'],
];
const POT_WORDS: [string, PotBand][] = [
  ['高', 'high'], ['H', 'high'], ['High', 'high'], ['h', 'high'],
  ['中', 'medium'], ['M', 'medium'], ['Medium', 'medium'],
  ['低', 'low'], ['L', 'low'], ['Low', 'low'], ['low', 'low'], ['Moderate', 'medium'],
];

/** A number as it may sit in a cell: a number, or text (plain, padded, full-width, a percentage). */
function numberCell<B>(): fc.Arbitrary<RatingCell<B>> {
  const value = fc.oneof(
    fc.integer({ min: 10, max: 50 }).map((n) => n / 10), // the 1–5 scale
    fc.integer({ min: 0, max: 100 }), // the 0–100 scale
    fc.integer({ min: 0, max: 200 }).map((n) => n / 2),
    fc.constantFrom(-5, 0, 101, 150, 4.5, 85, 70, 69.5, 3, 4),
  );
  return fc.tuple(value, fc.constantFrom('number', 'number', 'text', 'padded', 'full', 'percent')).map(([n, how]) => {
    const v: RawValue =
      how === 'number' ? n : how === 'text' ? String(n) : how === 'padded' ? ` ${n} ` : how === 'full' ? fullWidth(String(n)) : `${n}%`;
    return { cell: cell(v), num: n };
  });
}

function ratingArb<B>(words: [string, B][], junk: string[]): fc.Arbitrary<RatingCell<B>> {
  const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom('as is', 'as is', 'padded', 'full')).map(([[w, band], how]) => ({
    cell: cell(how === 'padded' ? ` ${w} ` : how === 'full' ? fullWidth(w) : w),
    band,
  }));
  const bad = fc.oneof(
    fc.constantFrom(...junk).map((v) => ({ cell: cell(v) })),
    blank.map((c) => ({ cell: c })),
    errorValue.map((c) => ({ cell: c })),
    fc.constant({ cell: cell(true) }),
  );
  return fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: numberCell<B>(), weight: 3 }, { arbitrary: bad, weight: 1 });
}

export const perfArb = ratingArb<PerfBand>(PERF_WORDS, ['X', '??', '无', 'F', '很好', 'G']);
export const potArb = ratingArb<PotBand>(POT_WORDS, ['X', '??', '无', '极高', 'A']);

/** A competency score: usable (1–5) or not (out of range, text, error, empty). */
export interface CompCell {
  cell: CellSpec;
  ok: boolean;
}
const compArb: fc.Arbitrary<CompCell> = fc.oneof(
  { arbitrary: fc.integer({ min: 2, max: 10 }).map((n) => ({ cell: cell(n / 2), ok: true })), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => ({ cell: cell(fullWidth(String(n))), ok: true })), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => ({ cell: cell(` ${n} `), ok: true })), weight: 1 },
  { arbitrary: fc.constantFrom<RawValue>(0, 6, 5.5, -1, 'good', '优').map((v) => ({ cell: cell(v), ok: false })), weight: 1 },
  { arbitrary: blank.map((c) => ({ cell: c, ok: false })), weight: 3 },
  { arbitrary: errorValue.map((c) => ({ cell: c, ok: false })), weight: 1 },
);

// ---- IDs -----------------------------------------------------------------------------------------------

/** An ID cell and its key (NFKC, no spaces, lower case) when usable; duplicates come from a small pool. */
export interface IdCell {
  cell: CellSpec;
  key?: string;
}

export function idKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

const idArb: fc.Arbitrary<IdCell> = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('as is', 'as is', 'as is', 'as is', 'as is', 'lower', 'padded', 'full'))
      .map(([n, how]) => {
        const id = `E${String(n).padStart(3, '0')}`;
        const v = how === 'lower' ? id.toLowerCase() : how === 'padded' ? ` ${id} ` : how === 'full' ? fullWidth(id) : id;
        return { cell: cell(v), key: idKey(id) };
      }),
    weight: 24,
  },
  // Numbers and number-like text: 1001 and '1001' are the same engineer; '00123' keeps its zeros.
  { arbitrary: fc.integer({ min: 1001, max: 1006 }).map((n) => ({ cell: cell(n), key: String(n) })), weight: 2 },
  { arbitrary: fc.integer({ min: 1001, max: 1006 }).map((n) => ({ cell: cell(String(n)), key: String(n) })), weight: 1 },
  { arbitrary: fc.constantFrom('00123', '00007').map((s) => ({ cell: cell(s), key: s })), weight: 1 },
  { arbitrary: blank.map((c) => ({ cell: c })), weight: 1 },
  { arbitrary: errorValue.map((c) => ({ cell: c })), weight: 1 },
);

// ---- Engineers and rosters -----------------------------------------------------------------------------

export const OPTIONAL_FIELDS = [
  'name', 'department', 'manager', 'category', 'level', 'years', 'projectsLed', 'mentorId', 'flightRisk', 'keyPosition', 'inPool',
  'potential', 'research', 'practice', 'problemSolving', 'integration', 'innovation',
] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];
export type RosterField = 'id' | 'performance' | OptionalField;

export const COMPETENCY_FIELDS: readonly CompetencyKey[] = ['research', 'practice', 'problemSolving', 'integration', 'innovation'];

type OtherField = Exclude<OptionalField, 'potential' | CompetencyKey>;

export interface Person {
  id: IdCell;
  /** The mentor column names the engineer of this row (mod the roster's length), so pairs exist; else other.mentorId. */
  mentorRef: number | null;
  perf: RatingCell<PerfBand>;
  pot: RatingCell<PotBand>;
  comps: Record<CompetencyKey, CompCell>;
  other: Record<OtherField, CellSpec>;
}

const otherArbs: Record<OtherField, fc.Arbitrary<CellSpec>> = {
  name: fc.oneof({ arbitrary: messyText.map(cell), weight: 8 }, { arbitrary: blank, weight: 1 }),
  department: fc.constantFrom('研发中心', '工艺技术部', '设备部', 'R&D', '=质量部', '', null).map(cell),
  manager: fc.constantFrom('王工', '李工', 'Zhang', '@经理', null).map(cell),
  category: fc.constantFrom('研发工程师', '机械工程师', '双跨工程师', '"双跨"型工程师', 'Product engineer', '自定义类', null).map(cell),
  level: fc.constantFrom('初级', '中级', '高级', '初级培育对象', 'Tier 1', 'Tier 3', 'junior', 'senior', '特级', null).map(cell),
  years: fc.oneof(fc.integer({ min: 0, max: 30 }).map(cell), fc.constantFrom('5年', '12年', '10', -3, 'abc', null).map(cell)),
  projectsLed: fc.constantFrom(0, 1, 2, 3, '2', -1, 'x', null).map(cell),
  mentorId: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 99 }).map((n) => cell(`E${String(n).padStart(3, '0')}`)), weight: 1 },
    { arbitrary: fc.constantFrom('X999', '张伟', null, null, null).map(cell), weight: 2 },
  ),
  flightRisk: fc.constantFrom('高', '中', '低', 'H', 'M', 'L', '??', null).map(cell),
  keyPosition: fc.constantFrom('是', '否', 'Y', 'N', 'TRUE', '也许', null).map(cell),
  inPool: fc.constantFrom('是', '否', null, null).map(cell),
};

export const personArb: fc.Arbitrary<Person> = fc.record({
  id: idArb,
  mentorRef: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }),
  perf: perfArb,
  pot: potArb,
  comps: fc.record({ research: compArb, practice: compArb, problemSolving: compArb, integration: compArb, innovation: compArb }),
  other: fc.record(otherArbs),
});

/** Header names per field, as DOMAIN.md lists them (a few of each, Chinese and English). */
const HEADER_NAMES: Record<RosterField, string[]> = {
  id: ['工号', '员工编号', '人员编号', 'ID', 'Employee ID', 'EmpID'],
  performance: ['绩效', '绩效等级', '年度绩效', 'Performance', 'Performance rating'],
  potential: ['潜力', '潜力等级', '发展潜力', 'Potential'],
  name: ['姓名', '名字', 'Name', 'Full name'],
  department: ['部门', '所属部门', 'Department', 'Dept'],
  manager: ['直接上级', '上级', 'Manager'],
  category: ['工程师类别', '类别', 'Category'],
  level: ['培育层级', '层级', 'Level', 'Tier'],
  years: ['工龄', '工作年限', 'Years of experience'],
  projectsLed: ['牵头项目数', '牵头重大项目数', 'Projects led'],
  mentorId: ['导师工号', '导师', 'Mentor ID'],
  flightRisk: ['流失风险', '离职风险', 'Flight risk'],
  keyPosition: ['关键岗位', '是否关键岗位', 'Key position'],
  inPool: ['在库', '是否在库', 'In pool'],
  research: ['专业技术研究能力', '专业技术研究', 'Technical research'],
  practice: ['工程实践与应用能力', 'Engineering practice'],
  problemSolving: ['复杂问题解决能力', '复杂问题解决', 'Complex problem solving'],
  integration: ['专业学科交叉与整合能力', 'Cross-discipline integration'],
  innovation: ['创新变革能力', '创新变革', 'Innovation'],
};

/** A header as people write it: as listed, with spaces, in full width, in other case. */
const headerArb = (field: RosterField): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...HEADER_NAMES[field]), fc.constantFrom('as is', 'as is', 'as is', 'spaced', 'full', 'upper')).map(([h, how]) =>
    how === 'spaced' ? ` ${[...h].join(' ')} ` : how === 'full' ? fullWidth(h) : how === 'upper' ? h.toUpperCase() : h,
  );

export interface Column {
  field: RosterField;
  header: string;
}

export interface Roster {
  sheet: string;
  /** A title row above the header. */
  title?: string;
  columns: Column[];
  /** People, and blank rows (null) between them. */
  rows: (Person | null)[];
}

export const columnsArb: fc.Arbitrary<Column[]> = fc
  .tuple(
    fc.subarray(OPTIONAL_FIELDS.filter((f) => f !== 'potential'), { minLength: 1 }),
    // Most rosters rate potential; without the column it is derived from the competencies (or the row is an error).
    fc.integer({ min: 0, max: 6 }).map((n) => n > 0),
    fc.array(fc.integer(), { minLength: 20, maxLength: 20 }),
  )
  .chain(([optional, withPotential, order]) => {
    const fields: RosterField[] = ['id', 'performance', ...(withPotential ? (['potential'] as const) : []), ...optional];
    const shuffled = fields.map((f, i) => ({ f, k: order[i % order.length] + i / 100 })).sort((a, b) => a.k - b.k).map((x) => x.f);
    return fc.tuple(...shuffled.map((f) => headerArb(f).map((header): Column => ({ field: f, header }))));
  });

export const rowsArb = (maxLength: number): fc.Arbitrary<(Person | null)[]> =>
  fc.array(fc.option(personArb, { nil: null, freq: 12 }), { maxLength, size: '+1' });

export const rosterArb = (maxRows = 24): fc.Arbitrary<Roster> =>
  fc.record(
    {
      sheet: fc.constantFrom('工程师名单', '工程师名单', '花名册', 'Roster', 'Engineers'),
      title: fc.constantFrom('2025年度工程师盘点名单', 'Engineer roster 2025'),
      columns: columnsArb,
      rows: rowsArb(maxRows),
    },
    { requiredKeys: ['sheet', 'columns', 'rows'] },
  );

/** The cell of a person under a column. */
export function cellOf(p: Person, field: RosterField): CellSpec {
  if (field === 'id') return p.id.cell;
  if (field === 'performance') return p.perf.cell;
  if (field === 'potential') return p.pot.cell;
  if ((COMPETENCY_FIELDS as readonly string[]).includes(field)) return p.comps[field as CompetencyKey].cell;
  return p.other[field as OtherField];
}

/** The roster as sheet rows (0-based), with the sheet row of each person. */
export function layout(roster: Roster): { rows: CellSpec[][]; rowOf: Map<Person, number> } {
  const rows: CellSpec[][] = [];
  if (roster.title !== undefined) rows.push([cell(roster.title)]);
  rows.push(roster.columns.map((c) => cell(c.header)));
  const rowOf = new Map<Person, number>();
  const people = roster.rows.filter((p): p is Person => p !== null);
  for (const p of roster.rows) {
    if (p === null) rows.push(roster.columns.map(() => cell(null)));
    else {
      rowOf.set(p, rows.length);
      rows.push(
        roster.columns.map((c) =>
          c.field === 'mentorId' && p.mentorRef !== null ? { ...people[p.mentorRef % people.length].id.cell } : cellOf(p, c.field),
        ),
      );
    }
  }
  return { rows, rowOf };
}

// ---- The oracle: DOMAIN.md's Problems and Banding, read off the model -----------------------------------

function isBlank(c: CellSpec): boolean {
  if (c.error) return false;
  return c.v === null || (typeof c.v === 'string' && c.v.normalize('NFKC').trim() === '');
}

/** The number a cell holds as the reader sees it (for the scale of its column); undefined for words and junk. */
function numberIn<B>(r: RatingCell<B>): number | undefined {
  return r.band === undefined ? r.num : undefined;
}

const usableNumber = (n: number | undefined): n is number => n !== undefined && n >= 0 && n <= 100;

export interface Expected {
  /** Sheet rows (0-based) of the people the review must keep, in roster order, with their ID key. */
  valid: { row: number; key: string; person: Person }[];
  /** Sheet rows (0-based) that must carry an error. */
  errorRows: number[];
  /** The bands the review must give, where the model fixes them (potential derived: undefined). */
  bands: Map<Person, { perf: PerfBand; pot?: PotBand }>;
}

export function expected(roster: Roster): Expected {
  const { rows, rowOf } = layout(roster);
  const has = (f: RosterField): boolean => roster.columns.some((c) => c.field === f);
  const people = roster.rows.filter((p): p is Person => p !== null && rows[rowOf.get(p) as number].some((c) => !isBlank(c)));
  // The scale of a number column: 1–5 when every number in it is ≤ 5 (words and junk do not count).
  const scaleOf = (nums: (number | undefined)[]): 5 | 100 => (nums.every((n) => n === undefined || n <= 5) ? 5 : 100);
  const perfScale = scaleOf(people.map((p) => numberIn(p.perf)));
  const potScale = has('potential') ? scaleOf(people.map((p) => numberIn(p.pot))) : 100;
  const perfOfScore = (n: number, s: 5 | 100): PerfBand => (n >= (s === 5 ? 4 : 85) ? 'excellent' : n >= (s === 5 ? 3 : 70) ? 'qualified' : 'needs');
  const potOfScore = (n: number, s: 5 | 100): PotBand => (n >= (s === 5 ? 4 : 85) ? 'high' : n >= (s === 5 ? 3 : 70) ? 'medium' : 'low');
  const comps = COMPETENCY_FIELDS.filter(has);

  const out: Expected = { valid: [], errorRows: [], bands: new Map() };
  const seen = new Set<string>();
  for (const p of people) {
    const row = rowOf.get(p) as number;
    const key = p.id.key;
    if (key === undefined || seen.has(key)) {
      out.errorRows.push(row);
      continue;
    }
    seen.add(key);
    const perf = p.perf.band ?? (usableNumber(p.perf.num) ? perfOfScore(p.perf.num, perfScale) : undefined);
    if (perf === undefined) {
      out.errorRows.push(row);
      continue;
    }
    const pot = has('potential') ? p.pot.band ?? (usableNumber(p.pot.num) ? potOfScore(p.pot.num, potScale) : undefined) : undefined;
    if (pot === undefined && !comps.some((k) => p.comps[k].ok)) {
      // With no potential column and no competency column at all, one error on the header row says so.
      const header = roster.title !== undefined ? 1 : 0;
      if (!has('potential') && comps.length === 0) {
        if (!out.errorRows.includes(header)) out.errorRows.push(header);
      } else out.errorRows.push(row);
      continue;
    }
    out.valid.push({ row, key, person: p });
    out.bands.set(p, pot === undefined ? { perf } : { perf, pot });
  }
  return out;
}

// ---- Edits between runs --------------------------------------------------------------------------------

/** What a person does to the roster between two runs. */
export type RosterEdit =
  | { kind: 'shuffleRows'; keys: number[] }
  | { kind: 'remove'; picks: number[] }
  | { kind: 'add'; people: Person[] }
  | { kind: 'rerate'; picks: { at: number; perf: RatingCell<PerfBand>; pot: RatingCell<PotBand> }[] }
  | { kind: 'shuffleColumns'; keys: number[] };

export const rosterEditArb: fc.Arbitrary<RosterEdit> = fc.oneof(
  fc.array(fc.integer(), { minLength: 1, maxLength: 40 }).map((keys): RosterEdit => ({ kind: 'shuffleRows', keys })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).map((picks): RosterEdit => ({ kind: 'remove', picks })),
  fc.array(personArb, { minLength: 1, maxLength: 4 }).map((people): RosterEdit => ({ kind: 'add', people })),
  fc.array(fc.record({ at: fc.nat(), perf: perfArb, pot: potArb }), { minLength: 1, maxLength: 4 }).map((picks): RosterEdit => ({ kind: 'rerate', picks })),
  fc.array(fc.integer(), { minLength: 1, maxLength: 20 }).map((keys): RosterEdit => ({ kind: 'shuffleColumns', keys })),
);

function shuffleBy<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((x, i) => ({ x, k: keys[i % keys.length] + i / 1000 })).sort((a, b) => a.k - b.k).map((e) => e.x);
}

/** The roster after one edit (a new value; the old one is left as it was). */
export function applyEdit(roster: Roster, edit: RosterEdit): Roster {
  switch (edit.kind) {
    case 'shuffleRows':
      return { ...roster, rows: shuffleBy(roster.rows, edit.keys) };
    case 'shuffleColumns':
      return { ...roster, columns: shuffleBy(roster.columns, edit.keys) };
    case 'remove': {
      if (roster.rows.length === 0) return roster;
      const drop = new Set(edit.picks.map((n) => n % roster.rows.length));
      return { ...roster, rows: roster.rows.filter((_, i) => !drop.has(i)) };
    }
    case 'add':
      return { ...roster, rows: [...roster.rows, ...edit.people] };
    case 'rerate': {
      const rows = [...roster.rows];
      for (const { at, perf, pot } of edit.picks) {
        if (rows.length === 0) break;
        const i = at % rows.length;
        const p = rows[i];
        if (p) rows[i] = { ...p, perf, pot };
      }
      return { ...roster, rows };
    }
  }
}

/** A note typed into one of the people's cells of the output sheets: `pick` chooses the cell among those present. */
export interface TypedNote {
  pick: number;
  text: string;
  /** Into a cell typed into before (changing or clearing a note), when there is one. */
  again: boolean;
}

/**
 * What a person types: formula-like texts, emoji, CJK, and sometimes nothing (clearing a cell). Each text
 * carries a unique tag added by the harness, so a note found later is that note.
 */
export const noteTextArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: messyText, weight: 8 },
  { arbitrary: fc.constantFrom('', ' '), weight: 1 },
);

export const notesArb: fc.Arbitrary<TypedNote[]> = fc.array(
  fc.record({ pick: fc.nat(), text: noteTextArb, again: fc.integer({ min: 0, max: 2 }).map((n) => n === 0) }),
  { maxLength: 6 },
);

/** A row a person adds to 校准记录 by hand: `pick` chooses a reviewed engineer (or nobody, for an unknown ID). */
export interface LogRow {
  pick: number;
  to: Box;
  reason: string;
  unknown: boolean;
}

export const logRowArb: fc.Arbitrary<LogRow> = fc.record({
  pick: fc.nat(),
  to: fc.integer({ min: 1, max: 9 }).map((n) => n as Box),
  reason: messyText,
  unknown: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

/** One round: edit the roster, type into the output sheets, add calibration rows, then run (maybe in the other language). */
export interface Step {
  edits: RosterEdit[];
  /** Asks for a one-person plan sheet for an engineer the last run reviewed (CLI --plans-for), or not. */
  onePerson: number | null;
  notes: TypedNote[];
  log: LogRow[];
  lang: Lang;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  edits: fc.array(rosterEditArb, { maxLength: 3 }),
  onePerson: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }),
  notes: notesArb,
  log: fc.array(logRowArb, { maxLength: 3 }),
  lang: fc.constantFrom<Lang>('zh-CN', 'zh-CN', 'zh-CN', 'en-US'),
});

export interface Scenario {
  roster: Roster;
  lang: Lang;
  steps: Step[];
}

export const scenarioArb = (maxSteps: number, maxRows = 20): fc.Arbitrary<Scenario> =>
  fc.record({
    roster: rosterArb(maxRows),
    lang: fc.constantFrom<Lang>('zh-CN', 'zh-CN', 'en-US'),
    steps: fc.array(stepArb, { minLength: 1, maxLength: maxSteps }),
  });
