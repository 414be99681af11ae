// Roster rows → Engineer records plus problems (DOMAIN.md, Problems). Only an unusable ID, an unusable
// performance or a potential that cannot be derived leaves a row out (error); any other bad cell is
// "not given" for its field, with a warning, and the row is reviewed.
import { z } from 'zod';
import { bandPerformanceRating, bandPerformanceScore, bandPotentialRating, bandPotentialScore, detectScale, scoreInRange } from '../../domain/banding';
import { CATEGORIES } from '../../domain/catalogue';
import type { FieldKey, Settings } from '../../domain/settings';
import { categoryKey } from '../../domain/standards';
import { combineLines } from '../../domain/twoLine';
import { normalizeKey, normalizeText } from '../../domain/text';
import {
  COMPETENCIES,
  RESULT_KEYS,
  type BandSource,
  type CompetencyKey,
  type Engineer,
  type LineRead,
  type PerfBand,
  type PotBand,
  type Scale,
  type Text,
  type TwoLineRead,
} from '../../domain/types';
import type { SheetGrid } from '../host';
import { a1, problem, type Problem, type Severity } from '../problems';
import { ALIASES, aliasList, type HeaderRow } from './columns';
import { errorCellText, idFormulaText } from './errorCell';
import {
  cellAt,
  isEmpty,
  readBoolean,
  readBox,
  readCareer,
  readCount,
  readDate,
  readId,
  readLevel,
  readNumber,
  readRisk,
  readText,
  readYears,
  yearsBetween,
  type Cell,
  type Read,
} from './values';

export interface RosterContext {
  grid: SheetGrid;
  header: HeaderRow;
  columns: Partial<Record<FieldKey, number>>;
  /** reviewDate set. */
  settings: Settings & { reviewDate: string };
  /** Categories the standards sheet names (beside the six of the seed), as written. */
  extraCategories?: readonly string[];
  /** IDs 能力评价 gives a potential or a competency: such a row is reviewed without either of its own. */
  assessed?: (id: string) => boolean;
}

export interface RosterRead {
  engineers: Engineer[];
  problems: Problem[];
  /** Non-blank data rows (reviewed or not). */
  rowsRead: number;
}

const competencyScore = z.number().min(1).max(5);
const nonNegative = z.number().min(0);

const COMPETENCY_WORDS: Record<CompetencyKey, Text> = {
  research: { zh: '专业技术研究能力', en: 'technical research' },
  practice: { zh: '工程实践与应用能力', en: 'engineering practice' },
  problemSolving: { zh: '复杂问题解决能力', en: 'complex problem solving' },
  integration: { zh: '专业学科交叉与整合能力', en: 'cross-discipline integration' },
  innovation: { zh: '创新变革能力', en: 'innovation' },
};

/** What a column expects, for "cannot read" messages. */
const EXPECT: Partial<Record<FieldKey, Text>> = {
  years: { zh: '不小于 0 的数字，如 5 或「5年」', en: 'a number ≥ 0, e.g. 5 or "5年"' },
  workStart: { zh: '日期，如 2015-07-01', en: 'a date, e.g. 2015-07-01' },
  keyPosition: { zh: '是/否', en: 'yes/no' },
  inPool: { zh: '是/否', en: 'yes/no' },
  level: { zh: '初级/中级/高级（培育对象）', en: 'Tier 1/2/3 (junior/intermediate/senior)' },
  projectsLed: { zh: '不小于 0 的整数', en: 'a whole number ≥ 0' },
  careerInterest: { zh: '技术通道/管理通道/横向复合/技能(双师)', en: 'technical/management/composite/skill track' },
  flightRisk: { zh: '高/中/低', en: 'High/Medium/Low' },
  previousBox: { zh: '1–9 或九宫格名称', en: '1–9 or a box label' },
  research: { zh: '1–5 的数字', en: 'a number from 1–5' },
  practice: { zh: '1–5 的数字', en: 'a number from 1–5' },
  problemSolving: { zh: '1–5 的数字', en: 'a number from 1–5' },
  integration: { zh: '1–5 的数字', en: 'a number from 1–5' },
  innovation: { zh: '1–5 的数字', en: 'a number from 1–5' },
};

interface BandRead<B> {
  band?: { band: B; source: BandSource; shownScore?: number; lines?: TwoLineRead };
  /** Why the band could not be read from a given cell; undefined when nothing was given. */
  fault?: { col: number; why: Text };
  /** Warnings on cells of these columns that did not stop the band being read. */
  warnings: { col: number; message: Text }[];
}

interface BandColumns<B> {
  ratingCol?: number;
  scoreCol?: number;
  ratingScale: Scale;
  scoreScale: Scale;
  word(text: string): B | undefined;
  score(n: number, scale: Scale): B;
  /** The settings' value map, to tell a mapped rating from a built-in word. */
  map: Record<string, unknown>;
  what: Text;
}

export function readRoster(ctx: RosterContext): RosterRead {
  const { grid, header, columns, settings } = ctx;
  const problems: Problem[] = [];
  const engineers: Engineer[] = [];
  const sheet = grid.name;
  const sheetRow = (r: number): number => grid.origin.row + r;
  const sheetCol = (c: number): number => grid.origin.col + c;
  const addr = (r: number, c: number): string => a1(sheetRow(r), sheetCol(c));
  const push = (severity: Severity, r: number, c: number, m: Text): void => {
    problems.push(problem(sheet, addr(r, c), severity, m.zh, m.en));
  };
  const label = (c: number): string => header.headers[c] ?? '';
  const cell = (r: number, f: FieldKey): Cell | undefined => {
    const c = columns[f];
    return c === undefined ? undefined : cellAt(grid, r, c);
  };

  /** A value read for a field: ok → the value; not given → undefined; error value or bad → a warning. */
  function take<T>(r: number, f: FieldKey, read: Read<T>, expect?: Text): T | undefined {
    const c = columns[f];
    if (c === undefined) return undefined;
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'none') {
      if (read.errorText !== undefined) push('warning', r, c, errorValue(label(c), read.errorText));
      return undefined;
    }
    const e = expect ?? EXPECT[f];
    const what = read.date ? { zh: '是日期，不是数字', en: 'is a date, not a number' } : { zh: '无法识别', en: 'cannot be read' };
    push('warning', r, c, {
      zh: `「${label(c)}」的值「${read.text}」${what.zh}${e ? `（应为${e.zh}）` : ''}，按未填写处理`,
      en: `"${label(c)}": "${read.text}" ${what.en}${e ? ` (expected ${e.en})` : ''}; treated as not given`,
    });
    return undefined;
  }

  const first = header.row + 1;
  const dataRows: number[] = [];
  for (let r = first; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (row.some((_, c) => !isEmpty(cellAt(grid, r, c)))) dataRows.push(r);
  }

  const perf: BandColumns<PerfBand> = {
    ratingCol: columns.performance,
    scoreCol: columns.performanceScore,
    ratingScale: 100,
    scoreScale: 100,
    word: (t) => bandPerformanceRating(t, settings),
    score: (n, s) => bandPerformanceScore(n, s, settings),
    map: settings.performanceMap,
    what: { zh: '绩效', en: 'Performance' },
  };
  const pot: BandColumns<PotBand> = {
    ratingCol: columns.potential,
    scoreCol: columns.potentialScore,
    ratingScale: 100,
    scoreScale: 100,
    word: (t) => bandPotentialRating(t, settings),
    score: (n, s) => bandPotentialScore(n, s, settings),
    map: settings.potentialMap,
    what: { zh: '潜力', en: 'Potential' },
  };
  const line = (ratingCol: number | undefined, scoreCol: number | undefined, what: Text): BandColumns<PerfBand> => ({ ...perf, ratingCol, scoreCol, what });
  const postLine = line(columns.postPerformance, columns.postPerformanceScore, { zh: '岗位绩效', en: 'Post performance' });
  const innovationLine = line(columns.innovationPerformance, columns.innovationPerformanceScore, { zh: '创新绩效', en: 'Innovation performance' });
  const hasLines = [postLine, innovationLine].some((l) => l.ratingCol !== undefined || l.scoreCol !== undefined);
  const hasOverall = perf.ratingCol !== undefined || perf.scoreCol !== undefined;
  // 绩效口径 (DOMAIN.md, Two-line performance): the overall column where it exists, unless 双线.
  const fromLines = hasLines && (!hasOverall || settings.performanceBasis === 'twoLine');
  for (const bc of [perf, pot, postLine, innovationLine] as BandColumns<PerfBand | PotBand>[]) {
    bc.ratingScale = columnScale(bc.ratingCol, (c) => {
      const t = readText(c);
      return t.kind === 'ok' && bc.word(t.value) !== undefined ? undefined : numberOf(c);
    });
    bc.scoreScale = columnScale(bc.scoreCol, numberOf);
  }

  function columnScale(col: number | undefined, num: (c: Cell) => number | undefined): Scale {
    if (col === undefined) return 100;
    const scores: number[] = [];
    for (const r of dataRows) {
      const n = num(cellAt(grid, r, col));
      if (n !== undefined) scores.push(n);
    }
    return detectScale(scores);
  }

  function readBand<B>(r: number, bc: BandColumns<B>): BandRead<B> {
    const out: BandRead<B> = { warnings: [] };
    let fromScore: { band: B; source: BandSource } | undefined;
    let scoreFault: { col: number; why: Text } | undefined;
    let shown: number | undefined;
    if (bc.scoreCol !== undefined) {
      const c = bc.scoreCol;
      const n = readNumber(cellAt(grid, r, c));
      if (n.kind === 'ok') {
        if (scoreInRange(n.value, bc.scoreScale)) {
          shown = n.value;
          fromScore = { band: bc.score(n.value, bc.scoreScale), source: { kind: 'score', value: n.value, scale: bc.scoreScale } };
        } else scoreFault = { col: c, why: outOfRange(label(c), n.value, bc.scoreScale) };
      } else if (n.kind === 'bad') {
        scoreFault = { col: c, why: notAScore(label(c), n.text, n.date === true) };
      } else if (n.errorText !== undefined) {
        scoreFault = { col: c, why: errorValue(label(c), n.errorText) };
      }
    }
    let ratingFault: { col: number; why: Text } | undefined;
    if (bc.ratingCol !== undefined) {
      const c = bc.ratingCol;
      const cl = cellAt(grid, r, c);
      const t = readText(cl);
      if (t.kind === 'ok') {
        const band = bc.word(t.value);
        if (band !== undefined) {
          const mapped = isMapped(t.value, bc.map);
          out.band = { band, source: { kind: 'rating', raw: t.value, mapped }, ...(shown !== undefined ? { shownScore: shown } : {}) };
        } else {
          // A number in a rating column with no value-map entry is a score on the column's scale.
          const n = numberOf(cl);
          if (n !== undefined) {
            if (scoreInRange(n, bc.ratingScale)) {
              out.band = {
                band: bc.score(n, bc.ratingScale),
                source: { kind: 'score', value: n, scale: bc.ratingScale },
                ...(shown !== undefined ? { shownScore: shown } : {}),
              };
            } else ratingFault = { col: c, why: outOfRange(label(c), n, bc.ratingScale) };
          } else ratingFault = { col: c, why: unknownRating(label(c), t.value, bc.what) };
        }
      } else if (t.kind === 'none' && t.errorText !== undefined) {
        ratingFault = { col: c, why: errorValue(label(c), t.errorText) };
      }
    }
    if (out.band) {
      // The rating decided; a bad score beside it is still worth a warning.
      if (scoreFault) out.warnings.push({ col: scoreFault.col, message: scoreFault.why });
      return out;
    }
    if (fromScore) {
      out.band = fromScore;
      if (ratingFault) out.warnings.push({ col: ratingFault.col, message: withScoreUsed(ratingFault.why) });
      return out;
    }
    out.fault = ratingFault ?? scoreFault;
    if (ratingFault && scoreFault) out.warnings.push({ col: scoreFault.col, message: scoreFault.why });
    return out;
  }

  /** Both lines read and combined; one line alone is used with a warning at the empty line's cell. */
  function readLines(r: number): BandRead<PerfBand> {
    const reads = [readBand(r, postLine), readBand(r, innovationLine)];
    const out: BandRead<PerfBand> = { warnings: reads.flatMap((x) => x.warnings) };
    const asLine = (x: BandRead<PerfBand>): LineRead | undefined =>
      x.band && (x.band.source.kind === 'rating' || x.band.source.kind === 'score') ? { band: x.band.band, source: x.band.source } : undefined;
    const got = combineLines(asLine(reads[0]), asLine(reads[1]), settings);
    if (!got) {
      out.fault = reads[0].fault ?? reads[1].fault;
      return out;
    }
    out.band = { band: got.band, source: { kind: 'twoLine', lines: got.lines } };
    reads.forEach((x, i) => {
      const bc = i === 0 ? postLine : innovationLine;
      const col = x.fault?.col ?? bc.ratingCol ?? bc.scoreCol;
      if (x.band || col === undefined || !fromLines) return;
      const other = i === 0 ? innovationLine.what : postLine.what;
      const why = x.fault?.why ?? { zh: `${bc.what.zh}未填写`, en: `${bc.what.en} is not given` };
      out.warnings.push({ col, message: { zh: `${why.zh}；绩效只按${other.zh}`, en: `${why.en}; performance from ${other.en.toLowerCase()} alone` } });
    });
    return out;
  }

  if (dataRows.length === 0) {
    const below = a1(sheetRow(header.row + 1), sheetCol(0));
    problems.push(
      problem(sheet, below, 'warning',
        `工作表「${sheet}」的表头下没有数据行，没有可盘点的工程师`,
        `Sheet "${sheet}" has no rows under its header: there is no engineer to review`),
    );
  }
  const zeroPadded = zeroPaddedIds(grid, dataRows, columns.id as number);

  const seen = new Map<string, number>();
  const knownCategories = new Set<string>();
  for (const c of CATEGORIES) {
    knownCategories.add(categoryKey(c.zh));
    knownCategories.add(categoryKey(c.en));
  }
  for (const c of ctx.extraCategories ?? []) knownCategories.add(categoryKey(c));
  const unknownCategories = new Map<string, { r: number; raw: string; count: number }>();
  const mentorCells: { engineer: Engineer; r: number; raw: string }[] = [];
  const hiddenSheetRows = new Set(grid.hiddenRows);
  let hiddenIncluded = 0;
  let firstHidden: number | undefined;
  const idCol = columns.id as number;
  const competencyCols = COMPETENCIES.filter((k) => columns[k] !== undefined);
  // Neither a potential column nor a competency column to derive it from: no row can be reviewed.
  const noPotentialSource = columns.potential === undefined && columns.potentialScore === undefined && competencyCols.length === 0;
  let unreviewable = 0;

  for (const r of dataRows) {
    // ---- ID: empty or duplicate leaves the row out.
    const idRead = readId(cellAt(grid, r, idCol));
    if (idRead.kind !== 'ok') {
      const why = idRead.kind === 'none' ? (idRead.errorText ?? '') : idRead.text;
      const formula = idRead.kind === 'none' && idRead.errorText !== undefined ? idFormulaText(idRead.errorText) : undefined;
      if (formula) {
        push('error', r, idCol, formula);
        continue;
      }
      push('error', r, idCol, {
        zh: `工号为空${why ? `（${why}）` : ''}，本行未参与盘点`,
        en: `The ID is empty${why ? ` (${why})` : ''}; this row is left out of the review`,
      });
      continue;
    }
    const id = idRead.value;
    const lost = zeroPadded && lostZeros(cellAt(grid, r, idCol), id, zeroPadded);
    if (lost) {
      push('warning', r, idCol, {
        zh: `工号 ${id} 是数字，而本列其他工号是带前导零的文本（如「${zeroPadded.example}」）：前导零可能已丢失。请将该单元格设为文本格式并填写完整工号（如「${lost}」）；本行按工号「${id}」盘点`,
        en: `The ID ${id} is a number, while other IDs in the column are text with leading zeros (e.g. "${zeroPadded.example}"): its leading zeros may have been lost. Format the cell as text and type the full ID (e.g. "${lost}"); this row is reviewed as ID "${id}"`,
      });
    }
    const idKey = normalizeKey(id);
    const firstRow = seen.get(idKey);
    if (firstRow !== undefined) {
      const at = addr(firstRow, idCol);
      push('error', r, idCol, {
        zh: `工号「${id}」与 ${at} 重复；保留 ${at} 所在行，本行未参与盘点`,
        en: `The ID "${id}" repeats ${at}; the row of ${at} is kept and this row is left out of the review`,
      });
      continue;
    }
    seen.set(idKey, r);

    // ---- Performance: unusable leaves the row out. The two lines decide where the basis says so, and
    // are shown beside an overall rating otherwise.
    const lines = hasLines ? readLines(r) : undefined;
    const p: BandRead<PerfBand> = fromLines && lines ? lines : readBand(r, perf);
    for (const w of p.warnings) push('warning', r, w.col, w.message);
    if (!fromLines && lines) for (const w of lines.warnings) push('warning', r, w.col, w.message);
    if (p.band && !fromLines && lines?.band?.source.kind === 'twoLine') p.band = { ...p.band, lines: lines.band.source.lines };
    if (!p.band) {
      const col = p.fault?.col ?? perf.ratingCol ?? perf.scoreCol ?? postLine.ratingCol ?? postLine.scoreCol ?? innovationLine.ratingCol ?? (innovationLine.scoreCol as number);
      const why = p.fault?.why ?? { zh: '绩效未填写', en: 'The performance is not given' };
      push('error', r, col, { zh: `${why.zh}，本行未参与盘点`, en: `${why.en}; this row is left out of the review` });
      continue;
    }

    // ---- Competencies, then potential (which may be derived from them).
    const competencies: Partial<Record<CompetencyKey, number>> = {};
    for (const k of competencyCols) {
      const c = columns[k] as number;
      const v = take(r, k, readNumber(cellAt(grid, r, c)));
      if (v === undefined) continue;
      if (competencyScore.safeParse(v).success) competencies[k] = v;
      else {
        push('warning', r, c, {
          zh: `「${label(c)}」的值 ${v} 不在 1–5 之间，按未填写处理`,
          en: `"${label(c)}": ${v} is not from 1–5; treated as not given (${COMPETENCY_WORDS[k].en})`,
        });
      }
    }
    const hasCompetency = Object.keys(competencies).length > 0 || ctx.assessed?.(id) === true;
    const q = readBand(r, pot);
    let potential = q.band;
    if (!potential) {
      if (!hasCompetency && noPotentialSource) {
        // No column could ever give a potential: said once for the roster below, not once per row.
        unreviewable++;
        continue;
      }
      if (!hasCompetency) {
        for (const w of q.warnings) push('warning', r, w.col, w.message);
        const col = q.fault?.col ?? pot.ratingCol ?? pot.scoreCol ?? competencyCols.map((k) => columns[k] as number)[0] ?? idCol;
        const why = q.fault?.why ?? { zh: '潜力未填写', en: 'The potential is not given' };
        push('error', r, col, {
          zh: `${why.zh}，且没有能力评分可推导潜力，本行未参与盘点`,
          en: `${why.en}, and no competency score to derive it from; this row is left out of the review`,
        });
        continue;
      }
      for (const w of q.warnings) push('warning', r, w.col, w.message);
      if (q.fault) {
        push('warning', r, q.fault.col, {
          zh: `${q.fault.why.zh}；潜力改由能力评分推导`,
          en: `${q.fault.why.en}; the potential is derived from the competency scores instead`,
        });
      }
    } else {
      for (const w of q.warnings) push('warning', r, w.col, w.message);
    }

    // ---- Everything else: a bad cell is not given, with a warning.
    const engineer: Engineer = {
      id,
      name: id,
      performance: p.band,
      competencies,
      sourceRow: sheetRow(r),
    };
    if (potential) engineer.potential = potential;

    if (columns.name !== undefined) {
      const n = take(r, 'name', readText(cellAt(grid, r, columns.name)));
      if (n !== undefined) engineer.name = n;
      else if (isEmpty(cellAt(grid, r, columns.name))) {
        push('warning', r, columns.name, { zh: `姓名为空，以工号「${id}」代替`, en: `The name is empty; the ID "${id}" stands in` });
      }
    }
    const text = (f: 'department' | 'manager' | 'position'): void => {
      const cl = cell(r, f);
      if (!cl) return;
      const v = take(r, f, readText(cl));
      if (v !== undefined) engineer[f] = v;
    };
    text('department');
    text('manager');
    text('position');

    const catCell = cell(r, 'category');
    if (catCell) {
      const v = take(r, 'category', readText(catCell));
      if (v !== undefined) {
        engineer.category = v;
        const k = categoryKey(v);
        if (!knownCategories.has(k)) {
          const u = unknownCategories.get(k);
          if (u) u.count++;
          else unknownCategories.set(k, { r, raw: v, count: 1 });
        }
      }
    }
    const lv = cell(r, 'level');
    if (lv) {
      const v = take(r, 'level', readLevel(lv, settings));
      if (v !== undefined) engineer.level = v;
    }

    const yc = cell(r, 'years');
    let years = yc ? take(r, 'years', readYears(yc)) : undefined;
    if (years !== undefined && !nonNegative.safeParse(years).success) years = undefined;
    if (years === undefined) {
      const wc = cell(r, 'workStart');
      const start = wc ? take(r, 'workStart', readDate(wc)) : undefined;
      if (start !== undefined) {
        const y = yearsBetween(start, settings.reviewDate);
        if (y === undefined) {
          push('warning', r, columns.workStart as number, {
            zh: `参加工作时间 ${start} 晚于盘点日期 ${settings.reviewDate}，工龄按未填写处理`,
            en: `The work start date ${start} is after the review date ${settings.reviewDate}; years treated as not given`,
          });
        } else years = y;
      }
    }
    if (years !== undefined) engineer.years = years;

    const kp = cell(r, 'keyPosition');
    if (kp) {
      const v = take(r, 'keyPosition', readBoolean(kp));
      if (v !== undefined) engineer.keyPosition = v;
    }
    const ip = cell(r, 'inPool');
    if (ip) {
      const v = take(r, 'inPool', readBoolean(ip));
      if (v !== undefined) engineer.inPool = v;
    }
    const pl = cell(r, 'projectsLed');
    if (pl) {
      const v = take(r, 'projectsLed', readCount(pl));
      if (v !== undefined) engineer.projectsLed = v;
    }
    const ci = cell(r, 'careerInterest');
    if (ci) {
      const v = take(r, 'careerInterest', readCareer(ci));
      if (v !== undefined) engineer.careerInterest = v;
    }
    const fr = cell(r, 'flightRisk');
    if (fr) {
      const v = take(r, 'flightRisk', readRisk(fr));
      if (v !== undefined) engineer.flightRisk = v;
    }
    const pb = cell(r, 'previousBox');
    if (pb) {
      const v = take(r, 'previousBox', readBox(pb, settings));
      if (v !== undefined) engineer.previousBox = v;
    }
    for (const k of RESULT_KEYS) {
      const rc = cell(r, k);
      const v = rc ? take(r, k, readCount(rc), EXPECT.projectsLed) : undefined;
      if (v !== undefined) engineer.results = { ...engineer.results, [k]: v };
    }
    const mc = cell(r, 'mentorId');
    if (mc) {
      const v = take(r, 'mentorId', readId(mc));
      if (v !== undefined) mentorCells.push({ engineer, r, raw: v });
    }

    if (hiddenSheetRows.has(sheetRow(r))) {
      hiddenIncluded++;
      if (firstHidden === undefined) firstHidden = r;
    }
    engineers.push(engineer);
  }

  // ---- Once per roster: no potential at all, the name column, unknown categories, mentors, hidden rows.
  if (unreviewable > 0) {
    const from = a1(sheetRow(header.row), sheetCol(0));
    const to = a1(sheetRow(header.row), sheetCol(Math.max(0, header.headers.length - 1)));
    const competencies = COMPETENCIES.map((k) => ALIASES[k][0]);
    problems.push(
      problem(sheet, from === to ? from : `${from}:${to}`, 'error',
        `名单既没有潜力列（${aliasList('potential')}；或分数：${aliasList('potentialScore')}），也没有可推导潜力的能力评分列（${competencies.join('、')}），${unreviewable} 行都未参与盘点。如果潜力列用了别的名称，请在「盘点设置」中加一行：键「列:潜力」，值为该列的列名`,
        `The roster has neither a potential column (${ALIASES.potential.join(', ')}; or a score: ${ALIASES.potentialScore.join(', ')}) nor competency score columns to derive it from (${competencies.join(', ')}): all ${unreviewable} rows are left out of the review. If the potential column has another name, add a row to the Settings sheet (盘点设置): key "column:potential", value the column's name`),
    );
  }
  if (columns.name === undefined && engineers.length > 0) {
    const from = a1(sheetRow(header.row), sheetCol(0));
    const to = a1(sheetRow(header.row), sheetCol(Math.max(0, header.headers.length - 1)));
    problems.push(
      problem(sheet, from === to ? from : `${from}:${to}`, 'warning',
        '名单没有姓名列（姓名、名字、Name、Full name），以工号代替姓名',
        'The roster has no name column (姓名, 名字, Name, Full name); the ID stands in for the name'),
    );
  }
  for (const u of unknownCategories.values()) {
    push('warning', u.r, columns.category as number, {
      zh: `工程师类别「${u.raw}」不在常用类别中（${CATEGORIES.map((c) => c.zh).join('、')}），共 ${u.count} 行；照常盘点，如为笔误请更正`,
      en: `The category "${u.raw}" is not one of the usual ones (${CATEGORIES.map((c) => c.en).join(', ')}); ${u.count} row(s); reviewed as written — correct it if it is a typo`,
    });
  }
  resolveMentors(engineers, mentorCells, (r, m, severity = 'warning') => push(severity, r, columns.mentorId as number, m));
  if (hiddenIncluded > 0 && firstHidden !== undefined) {
    push('warning', firstHidden, idCol, {
      zh: `名单中有 ${hiddenIncluded} 个隐藏行（或被筛选隐藏的行），也已参与盘点`,
      en: `${hiddenIncluded} hidden row(s) (hidden or filtered out) are included in the review`,
    });
  }
  return { engineers, problems, rowsRead: dataRows.length };
}

/**
 * Text IDs like `00123` in the column: a plain number among them (Excel turns a typed 00123 into 123
 * unless the cell is text) has most likely lost its zeros. Undefined when the column has none.
 */
function zeroPaddedIds(grid: SheetGrid, rows: readonly number[], col: number): { width: number; example: string } | undefined {
  let found: { width: number; example: string } | undefined;
  for (const r of rows) {
    const v = cellAt(grid, r, col).value;
    if (typeof v !== 'string') continue;
    const t = normalizeKey(v);
    if (/^0\d+$/u.test(t) && (!found || t.length > found.width)) found = { width: t.length, example: t };
  }
  return found;
}

/** The ID as it was most likely meant (zeros put back), when a number cell shows fewer digits than the padded IDs. */
function lostZeros(cell: Cell, id: string, padded: { width: number }): string | undefined {
  if (typeof cell.value !== 'number' || !/^[1-9]\d*$/u.test(id) || id.length >= padded.width) return undefined;
  return id.padStart(padded.width, '0');
}

function numberOf(c: Cell): number | undefined {
  const n = readNumber(c);
  return n.kind === 'ok' ? n.value : undefined;
}

function isMapped(raw: string, map: Record<string, unknown>): boolean {
  const k = normalizeKey(raw);
  if (map[k] !== undefined) return true;
  const stripped = k.replace(/级$/u, '').replace(/[+\-−–]+$/u, '').replace(/级$/u, '');
  return map[stripped] !== undefined;
}

/** An existing mentor: an ID of the roster, or a name that only one engineer has. */
function resolveMentors(
  engineers: Engineer[],
  cells: { engineer: Engineer; r: number; raw: string }[],
  warn: (r: number, m: Text, severity?: 'warning' | 'info') => void,
): void {
  const byId = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const e of engineers) {
    byId.set(normalizeKey(e.id), e.id);
    const k = normalizeKey(e.name);
    byName.set(k, [...(byName.get(k) ?? []), e.id]);
  }
  for (const { engineer, r, raw } of cells) {
    const k = normalizeKey(raw);
    let id = byId.get(k);
    if (id === undefined) {
      const named = byName.get(k) ?? [];
      if (named.length > 1) {
        warn(r, {
          zh: `导师「${raw}」对应多名工程师（${named.join('、')}），请填写导师工号`,
          en: `The mentor "${raw}" matches several engineers (${named.join(', ')}); give the mentor's ID`,
        });
        continue;
      }
      id = named[0];
    }
    if (id === undefined) {
      // An external mentor (a university's 交叉导师, another unit's master): kept as typed (DOMAIN.md, Mentoring);
      // a note, so HR can confirm the ID.
      engineer.mentorId = normalizeText(raw);
      warn(r, {
        zh: `导师「${raw}」不在名单中，按外部导师保留（结对照常保留，不占本单位导师名额）；如为笔误，请更正工号`,
        en: `The mentor "${raw}" is not on the roster and is kept as an external mentor (the pair stays, using no one's capacity here); if it is a typo, correct the ID`,
      }, 'info');
      continue;
    }
    if (id === engineer.id) {
      warn(r, { zh: '导师不能是本人，按未填写处理', en: 'An engineer cannot mentor themselves; treated as not given' });
      continue;
    }
    engineer.mentorId = id;
  }
}

function errorValue(label: string, errorText: string): Text {
  return errorCellText(label, errorText);
}

function outOfRange(label: string, value: number, scale: Scale): Text {
  const range = scale === 5 ? '0–5' : '0–100';
  return {
    zh: `「${label}」的分数 ${value} 超出${scale === 5 ? '五分制' : '百分制'}范围 ${range}`,
    en: `"${label}": the score ${value} is outside the ${scale === 5 ? '1–5' : '0–100'} scale (${range})`,
  };
}

function notAScore(label: string, text: string, date: boolean): Text {
  if (date) return { zh: `「${label}」的值「${text}」是日期，不是分数`, en: `"${label}": "${text}" is a date, not a score` };
  return { zh: `「${label}」的值「${text}」不是分数`, en: `"${label}": "${text}" is not a score` };
}

function unknownRating(label: string, text: string, what: Text): Text {
  return {
    zh: `「${label}」的${what.zh}等级「${text}」无法识别（可在「盘点设置」中加一行「${what.zh}映射:${text}」）`,
    en: `"${label}": the ${what.en.toLowerCase()} rating "${text}" is not known (add a row "${what.en.toLowerCase()} map:${text}" in the Settings sheet)`,
  };
}

function withScoreUsed(why: Text): Text {
  return { zh: `${why.zh}；已改用分数`, en: `${why.en}; the score is used instead` };
}
