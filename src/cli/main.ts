// `talent-review run | check | template`: a thin command over the xlsx host. It decides nothing about the
// review; it reads files, hands hosts to the engine, writes the review workbook and reports.
import path from 'path';
import ExcelJS from 'exceljs';
import type { CardChoice } from '../domain/cards';
import type { Lang, Text } from '../domain/types';
import { countEn } from '../domain/text';
import { XlsxHost } from '../hosts/xlsx/host';
import { logProblems } from '../workbook/calibrate';
import { checkReview, runReview, targetRegistry, type Stage } from '../workbook/run';
import type { Problem } from '../workbook/problems';
import { templatePlans } from '../workbook/template';
import { sheetName } from '../workbook/write/text';
import { NewWorkbookTarget } from '../hosts/xlsx/newTarget';
import { StreamedRerunTarget } from '../hosts/xlsx/rerun';
import { heapForRows } from './heap';
import type { SnapshotHost } from '../hosts/xlsx/snapshot';
import { exists, fileSize, readInputFile, readWorkbookFile, samePath, streamWorkbookFile, writeWorkbookFile } from './files';
import { consoleLang, formatProblem, say, USAGE } from './messages';
import { cmdMerge, cmdSplit, splitByArg, type CliResult } from './split';
import { outputProblem, WriteFailure } from './outputPath';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** ISO date of today; injectable so tests are stable. */
  today: () => string;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  env: process.env,
  today: () => localIsoDate(new Date()),
};

export function localIsoDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Args {
  command?: string;
  positional: string[];
  output?: string;
  lang?: Lang;
  settings?: string;
  sample?: number;
  /** --plans-for ID,ID: one-person plan sheets. */
  plansFor?: string[];
  /** --previous LAST.xlsx: previous boxes from an earlier review workbook. */
  previous?: string;
  /** --meeting-pack DEPT (or 全部 / all). */
  meetingPack?: string;
  /** --cards 默认|全部|无|ID,ID (default|all|none): who gets a talent card. */
  cards?: CardChoice;
  /** split --by 部门|直接上级; split --due DATE. */
  by?: 'department' | 'manager';
  due?: string;
  help: boolean;
}

class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

function parseArgs(argv: string[]): Args {
  const args: Args = { positional: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError({ zh: `${a} 后面需要一个值`, en: `${a} needs a value` });
      return v;
    };
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-o' || a === '--output') args.output = value();
    else if (a === '--settings') args.settings = value();
    else if (a === '--lang') {
      const v = value();
      if (v !== 'zh-CN' && v !== 'en-US') throw new UsageError({ zh: `--lang 只能是 zh-CN 或 en-US，而不是 ${v}`, en: `--lang takes zh-CN or en-US, not ${v}` });
      args.lang = v;
    } else if (a === '--sample') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 100000)
        throw new UsageError({ zh: `--sample 需要 0 到 100000 之间的整数，而不是 ${v}`, en: `--sample takes a whole number 0–100000, not ${v}` });
      args.sample = n;
    } else if (a === '--plans-for') {
      const ids = idList(value());
      if (ids.length === 0) throw new UsageError({ zh: '--plans-for 需要工号，以逗号分隔', en: '--plans-for takes IDs separated by commas' });
      args.plansFor = [...(args.plansFor ?? []), ...ids];
    } else if (a === '--previous') args.previous = value();
    else if (a === '--meeting-pack') {
      const v = value().normalize('NFKC').trim();
      if (v === '') throw new UsageError({ zh: '--meeting-pack 需要部门名称，或“全部”', en: '--meeting-pack takes a department, or "all"' });
      args.meetingPack = v;
    } else if (a === '--cards') args.cards = cardChoice(value());
    else if (a === '--by') {
      const v = value();
      args.by = splitByArg(v);
      if (!args.by) throw new UsageError({ zh: `--by 只能是 部门 或 直接上级，而不是 ${v}`, en: `--by takes department or manager, not ${v}` });
    } else if (a === '--due') args.due = value();
    else if (a.startsWith('-') && a.length > 1) throw new UsageError({ zh: `未知选项 ${a}`, en: `Unknown option ${a}` });
    else if (args.command === undefined) args.command = a;
    else args.positional.push(a);
  }
  return args;
}

const CARD_WORDS: Record<string, CardChoice> = {
  默认: { kind: 'default' }, default: { kind: 'default' },
  全部: { kind: 'all' }, all: { kind: 'all' },
  无: { kind: 'none' }, none: { kind: 'none' },
};

/** --cards: a word of CARD_WORDS (either language, any case or width), or IDs separated by commas. */
function cardChoice(v: string): CardChoice {
  const word = CARD_WORDS[v.normalize('NFKC').trim().toLowerCase()];
  if (word) return word;
  const ids = idList(v);
  if (ids.length === 0) throw new UsageError({ zh: '--cards 需要 默认、全部、无，或以逗号分隔的工号', en: '--cards takes default, all, none, or IDs separated by commas' });
  return { kind: 'ids', ids };
}

function idList(v: string): string[] {
  return v
    .split(/[,，、;；]/u)
    .map((s) => s.normalize('NFKC').trim())
    .filter((s) => s !== '');
}

function problemCounts(problems: Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.filter((p) => p.severity === 'warning').length };
}

function needOneInput(args: Args): string {
  if (args.positional.length !== 1)
    throw new UsageError({ zh: '需要且只需要一个输入文件（.xlsx 或 .csv）', en: 'Give exactly one input file (.xlsx or .csv)' });
  return args.positional[0];
}

async function loadSettingsHost(args: Args, lang: Lang, io: Io): Promise<SnapshotHost | undefined | 'failed'> {
  if (!args.settings) return undefined;
  const loaded = await readInputFile(args.settings);
  if (!loaded.ok) {
    io.err(formatProblem(loaded.problem, lang));
    return 'failed';
  }
  return loaded.host;
}

function progressPrinter(io: Io, lang: Lang): (stage: Stage, detail?: { done: number; total: number }) => void {
  const names: Record<Stage, Text> = {
    read: { zh: '读取花名册…', en: 'Reading the roster…' },
    review: { zh: '盘点计算…', en: 'Reviewing…' },
    write: { zh: '写入输出工作表…', en: 'Writing output sheets…' },
    done: { zh: '保存文件…', en: 'Saving the file…' },
  };
  let last = '';
  return (stage, detail) => {
    const line = detail ? `${say(names[stage], lang)} ${detail.done}/${detail.total}` : say(names[stage], lang);
    if (line !== last) io.err(line);
    last = line;
  };
}

/** What the console says after a run: kept apart so the review's own objects can go before the file is written. */
interface RunSummary {
  total: number;
  rowsRead: number;
  errors: number;
  warnings: number;
  lang: Lang;
  packs: string[];
  /** The data check's sheet as written (a person may have renamed it). */
  checkSheet: string;
}

async function cmdRun(args: Args, io: Io): Promise<number> {
  const input = needOneInput(args);
  const lang = consoleLang(args.lang, io.env);
  if (!args.output) throw new UsageError({ zh: '请用 -o 指定输出文件，例如 -o 盘点结果.xlsx', en: 'Name the output with -o, e.g. -o review.xlsx' });
  const output = args.output;
  if (path.extname(output).toLowerCase() !== '.xlsx')
    throw new UsageError({ zh: '输出文件必须是 .xlsx', en: 'The output must be an .xlsx file' });
  if (await samePath(input, output))
    throw new UsageError({
      zh: '输出文件不能与输入文件相同：本工具从不改写您的原始工作簿，请另取一个文件名',
      en: 'The output may not be the input: your own workbook is never rewritten; choose another file name',
    });
  if (args.settings && (await samePath(args.settings, output)))
    throw new UsageError({ zh: '输出文件不能与设置工作簿相同', en: 'The output may not be the settings workbook' });
  if (args.previous && (await samePath(args.previous, output)))
    throw new UsageError({ zh: '输出文件不能与上期盘点工作簿相同', en: 'The output may not be the previous review workbook' });
  // Said before the review runs, not after minutes of work.
  const unwritable = await outputProblem(output);
  if (unwritable) throw new WriteFailure(unwritable);

  const progress = (await fileSize(input)) > 400_000 ? progressPrinter(io, lang) : undefined;
  let ran = await reviewInto(args, io, lang, input, output, progress, true);
  // A re-run whose plans would leave a sheet as it is (not the calibration log) is written in memory.
  if (ran && ran.target instanceof StreamedRerunTarget && !ran.target.streamable()) {
    ran = undefined;
    ran = await reviewInto(args, io, lang, input, output, progress, false);
  }
  if (!ran) return 1;
  const { target, summary } = ran;
  if (target instanceof NewWorkbookTarget) {
    const total = target.plans.length;
    await streamWorkbookFile(target.take(), total, output, lang, (done, n) => progress?.('write', { done, total: n }));
  } else if (target instanceof StreamedRerunTarget) {
    const total = target.total;
    await streamWorkbookFile(target.take(), total, output, lang, (done, n) => progress?.('write', { done, total: n }));
  } else await writeWorkbookFile(target.workbook, output, lang);

  const { checkSheet } = summary;
  io.err(
    say(
      {
        zh: `已盘点 ${summary.total} 名工程师（读取 ${summary.rowsRead} 行；${summary.errors} 个错误，${summary.warnings} 个警告，详见「${checkSheet}」工作表）`,
        en: `Reviewed ${countEn(summary.total, 'engineer')} (${countEn(summary.rowsRead, 'row')} read; ${countEn(summary.errors, 'error')}, ${countEn(summary.warnings, 'warning')} — see the "${checkSheet}" sheet)`,
      },
      lang,
    ),
  );
  io.out(say({ zh: `已写入 ${output}`, en: `Written to ${output}` }, lang));
  const { packs } = summary;
  if (packs.length > 0) io.out(say({ zh: `会议材料：${packs.join('、')}`, en: `Meeting packs: ${packs.join(', ')}` }, lang));
  return 0;
}

/**
 * Reads the inputs and the existing output, when there is one, and runs the review into a target; undefined when it
 * cannot (the reason is printed). Returns only the target and a summary, so the inputs and the review's
 * objects are free to go while the file is written.
 */
async function reviewInto(
  args: Args,
  io: Io,
  lang: Lang,
  input: string,
  output: string,
  progress: ((stage: Stage, detail?: { done: number; total: number }) => void) | undefined,
  streamRerun: boolean,
): Promise<{ target: XlsxHost | NewWorkbookTarget | StreamedRerunTarget; summary: RunSummary } | undefined> {
  const loaded = await readInputFile(input);
  if (!loaded.ok) {
    io.err(formatProblem(loaded.problem, lang));
    return undefined;
  }
  heapForRows(loaded.host.rows());
  const settingsHost = await loadSettingsHost(args, lang, io);
  if (settingsHost === 'failed') return undefined;
  let previous: XlsxHost | undefined;
  if (args.previous) {
    const prior = await readWorkbookFile(args.previous);
    if (!prior.ok) {
      io.err(formatProblem(prior.problem, lang));
      return undefined;
    }
    previous = new XlsxHost(prior.workbook);
  }

  // An existing output is re-used only if it is a review workbook we wrote: never someone's own file. One
  // holding only the product's sheets and the calibration log is read as grids and streamed anew (its
  // people's cells and log carried over); one with a sheet of a person's own is read and written whole in
  // memory, so that sheet is kept as it is. A new output is streamed.
  let target: XlsxHost | NewWorkbookTarget | StreamedRerunTarget;
  const rerun = streamRerun && (await exists(output)) ? await openRerun(output) : undefined;
  if (rerun) {
    target = rerun;
  } else if (await exists(output)) {
    const prior = await readWorkbookFile(output);
    const host = prior.ok ? new XlsxHost(prior.workbook) : undefined;
    if (!host || (await targetRegistry(host)).length === 0) {
      io.err(
        say(
          {
            zh: `${output} 已存在，但不是本工具生成的盘点工作簿；为免覆盖您的文件，请换一个输出文件名`,
            en: `${output} exists and is not a review workbook written by talent-review; to keep it safe, choose another output name`,
          },
          lang,
        ),
      );
      return undefined;
    }
    target = host;
  } else {
    target = new NewWorkbookTarget();
  }

  const streamed = target instanceof NewWorkbookTarget || target instanceof StreamedRerunTarget;
  const outcome = await runReview(loaded.host, target, {
    today: io.today(),
    lang: args.lang,
    settingsHost,
    copyInputs: true,
    plansFor: args.plansFor,
    previous,
    meetingPack: args.meetingPack,
    ...(args.cards ? { cards: args.cards } : {}),
    // A streamed file is written after the run: its sheets are counted then, and there is no save after.
    progress: progress && ((stage, detail) => (streamed && (stage === 'done' || detail) ? undefined : progress(stage, detail))),
  });
  if (!outcome.ok) {
    io.err(formatProblem(outcome.fatal, lang));
    return undefined;
  }
  const { errors, warnings } = problemCounts(outcome.problems);
  return {
    target,
    summary: {
      total: outcome.result.total,
      rowsRead: outcome.input.rowsRead,
      errors,
      warnings,
      lang: outcome.lang,
      packs: outcome.plans.filter((p) => p.role === 'meetingPack').map((p) => p.name),
      checkSheet: outcome.plans.find((p) => p.role === 'check')?.name ?? sheetName('check', outcome.lang),
    },
  };
}

/** The existing output as a streamed re-run's target; undefined when it is not one (the in-memory path decides). */
async function openRerun(output: string): Promise<StreamedRerunTarget | undefined> {
  try {
    return await StreamedRerunTarget.open(output);
  } catch {
    // A file the streaming reader cannot read: the in-memory path reads it, or says why it cannot.
    return undefined;
  }
}

async function cmdCheck(args: Args, io: Io): Promise<number> {
  const input = needOneInput(args);
  const lang = consoleLang(args.lang, io.env);
  const loaded = await readInputFile(input);
  if (!loaded.ok) {
    io.err(formatProblem(loaded.problem, lang));
    return 1;
  }
  const settingsHost = await loadSettingsHost(args, lang, io);
  if (settingsHost === 'failed') return 1;
  const checked = await checkReview(loaded.host, { today: io.today(), settingsHost });
  if (!checked.ok) {
    for (const p of checked.problems) io.out(formatProblem(p, lang));
    io.err(formatProblem(checked.fatal, lang));
    return 1;
  }
  // The calibration log of the workbook checked (a review workbook given as input), as `run` would report it.
  const problems = [...checked.input.problems, ...(await logProblems(loaded.host, await targetRegistry(loaded.host), checked))];
  for (const p of problems) io.out(formatProblem(p, lang));
  const { errors, warnings } = problemCounts(problems);
  io.err(
    say(
      {
        zh: `花名册「${checked.input.rosterSheet}」：${checked.result.total} 名工程师可盘点；${errors} 个错误，${warnings} 个警告`,
        en: `Roster "${checked.input.rosterSheet}": ${countEn(checked.result.total, 'engineer')} can be reviewed; ${countEn(errors, 'error')}, ${countEn(warnings, 'warning')}`,
      },
      lang,
    ),
  );
  return 0;
}

async function cmdTemplate(args: Args, io: Io): Promise<number> {
  const lang = args.lang ?? 'zh-CN';
  if (args.positional.length > 0) throw new UsageError({ zh: 'template 不接受输入文件', en: 'template takes no input file' });
  if (!args.output) throw new UsageError({ zh: '请用 -o 指定要生成的文件', en: 'Name the file to write with -o' });
  if (path.extname(args.output).toLowerCase() !== '.xlsx')
    throw new UsageError({ zh: '模板文件必须是 .xlsx', en: 'The template must be an .xlsx file' });
  const unwritable = await outputProblem(args.output);
  if (unwritable) throw new WriteFailure(unwritable);
  if (await exists(args.output)) {
    io.err(say({ zh: `${args.output} 已存在，不会覆盖`, en: `${args.output} exists; it is not overwritten` }, consoleLang(args.lang, io.env)));
    return 1;
  }
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.apply(templatePlans(lang, args.sample ?? 0, true));
  await writeWorkbookFile(host.workbook, args.output, consoleLang(args.lang, io.env));
  io.out(say({ zh: `已写入 ${args.output}`, en: `Written to ${args.output}` }, consoleLang(args.lang, io.env)));
  return 0;
}

function usageOr(r: CliResult): number {
  if (typeof r === 'number') return r;
  throw new UsageError(r.usage);
}

/** Runs the command; resolves to the exit code. Never throws for what a user can cause. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${say(e.text, consoleLang(undefined, io.env))}\n\n${say(USAGE, consoleLang(undefined, io.env))}`);
    return 2;
  }
  const lang = consoleLang(args.lang, io.env);
  if (args.help || args.command === undefined || args.command === 'help') {
    (args.command === undefined && !args.help ? io.err : io.out)(say(USAGE, lang));
    return args.command === undefined && !args.help ? 2 : 0;
  }
  try {
    switch (args.command) {
      case 'run':
        return await cmdRun(args, io);
      case 'check':
        return await cmdCheck(args, io);
      case 'template':
        return await cmdTemplate(args, io);
      case 'split':
        return usageOr(await cmdSplit(args, io));
      case 'merge':
        return usageOr(await cmdMerge(args, io));
      default:
        throw new UsageError({ zh: `未知命令 ${args.command}`, en: `Unknown command ${args.command}` });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${say(e.text, lang)}\n\n${say(USAGE, lang)}`);
      return 2;
    }
    if (e instanceof WriteFailure) {
      io.err(`[${lang === 'zh-CN' ? '错误' : 'error'}] ${say(e.text, lang)}`);
      return 1;
    }
    // A bug, not a user's mistake: say so plainly, without a stack trace, and keep the user's files untouched.
    const msg = e instanceof Error ? e.message : String(e);
    io.err(
      say(
        {
          zh: `内部错误：${msg}。您的文件未被改动；请把此信息和所用命令发给我们。`,
          en: `Internal error: ${msg}. Your files were not changed; please send us this message and the command used.`,
        },
        lang,
      ),
    );
    if (io.env.TALENT_REVIEW_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
