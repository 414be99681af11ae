// `talent-review split | merge`: department workbooks out, their returns back in (DOMAIN.md, Department
// workbooks). Thin: src/workbook/split decides everything; this file reads and writes files and reports.
import crypto from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Lang, Text } from '../domain/types';
import { countEn } from '../domain/text';
import { XlsxHost } from '../hosts/xlsx/host';
import { formulaCells, splitBookBytes } from '../hosts/xlsx/splitBook';
import { mergeReturns, type ReturnFile } from '../workbook/split/merge';
import { isMergeLogName } from '../workbook/split/mergeLog';
import { splitRoster } from '../workbook/split/split';
import { SnapshotHost } from '../hosts/xlsx/snapshot';
import { exists, readWorkbookFile, samePath, writeWorkbookFile } from './files';
import { consoleLang, formatProblem, say } from './messages';

export interface SplitIo {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  today: () => string;
}

export interface SplitArgs {
  positional: string[];
  output?: string;
  lang?: Lang;
  by?: 'department' | 'manager';
  due?: string;
}

/** An exit code, or a mistake on the command line (main prints it with the usage, exit 2). */
export type CliResult = number | { usage: Text };

/** `--by` as typed: 部门 / department, 直接上级 / manager. */
export function splitByArg(v: string): 'department' | 'manager' | undefined {
  const k = v.normalize('NFKC').trim().toLowerCase();
  if (['部门', 'department', 'dept'].includes(k)) return 'department';
  if (['直接上级', '上级', 'manager'].includes(k)) return 'manager';
  return undefined;
}

export async function cmdSplit(args: SplitArgs, io: SplitIo): Promise<CliResult> {
  const lang = consoleLang(args.lang, io.env);
  if (args.positional.length !== 1) return { usage: { zh: 'split 需要且只需要一个花名册文件', en: 'split takes exactly one roster file' } };
  if (!args.output) return { usage: { zh: '请用 -o 指定存放部门工作簿的文件夹', en: 'Name the folder for the department workbooks with -o' } };
  const input = args.positional[0];
  const folder = args.output;
  const loaded = await readWorkbookFile(input);
  if (!loaded.ok) {
    io.err(formatProblem(loaded.problem, lang));
    return 1;
  }
  const split = await splitRoster(new SnapshotHost(loaded.workbook), {
    by: args.by ?? 'department',
    sourceFile: path.basename(input),
    today: io.today(),
    splitId: `${io.today()}-${crypto.randomBytes(4).toString('hex')}`,
    due: args.due,
    lang: args.lang,
  });
  if (!split.ok) {
    io.err(formatProblem(split.fatal, lang));
    return 1;
  }
  const taken: string[] = [];
  for (const b of split.books) if (await exists(path.join(folder, b.fileName))) taken.push(b.fileName);
  if (taken.length > 0) {
    io.err(
      say(
        {
          zh: `文件夹 ${folder} 中已有 ${taken.join('、')}；为免覆盖，请换一个空文件夹`,
          en: `The folder ${folder} already holds ${taken.join(', ')}; to keep them safe, choose an empty folder`,
        },
        lang,
      ),
    );
    return 1;
  }
  for (const p of split.problems) io.err(formatProblem(p, lang));
  await fs.mkdir(folder, { recursive: true });
  for (const b of split.books) {
    const file = path.join(folder, b.fileName);
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, await splitBookBytes(b));
    await fs.rename(tmp, file);
    io.out(file);
  }
  const engineers = split.books.reduce((n, b) => n + b.engineers, 0);
  io.err(
    say(
      {
        zh: `已拆分为 ${split.books.length} 个部门工作簿（共 ${engineers} 名工程师），写入 ${folder}`,
        en: `Split into ${countEn(split.books.length, 'department workbook')} (${countEn(engineers, 'engineer')}) in ${folder}`,
      },
      lang,
    ),
  );
  return 0;
}

export async function cmdMerge(args: SplitArgs, io: SplitIo): Promise<CliResult> {
  const lang = consoleLang(args.lang, io.env);
  if (args.positional.length < 2)
    return { usage: { zh: 'merge 需要花名册文件和至少一个退回的部门工作簿', en: 'merge takes the roster file and at least one returned department workbook' } };
  if (!args.output) return { usage: { zh: '请用 -o 指定合并后的花名册文件，例如 -o 合并花名册.xlsx', en: 'Name the merged roster with -o, e.g. -o merged.xlsx' } };
  const output = args.output;
  if (path.extname(output).toLowerCase() !== '.xlsx') return { usage: { zh: '输出文件必须是 .xlsx', en: 'The output must be an .xlsx file' } };
  for (const input of args.positional) {
    if (await samePath(input, output))
      return { usage: { zh: `输出文件不能是输入文件 ${input}：原花名册和退回的文件从不改写`, en: `The output may not be the input ${input}: the roster and the returns are never rewritten` } };
  }
  if (await exists(output)) {
    const prior = await readWorkbookFile(output);
    if (!prior.ok || !prior.workbook.worksheets.some((ws) => isMergeLogName(ws.name))) {
      io.err(
        say(
          {
            zh: `${output} 已存在，但不是本工具合并出的花名册；为免覆盖您的文件，请换一个输出文件名`,
            en: `${output} exists and is not a roster this tool merged; to keep it safe, choose another output name`,
          },
          lang,
        ),
      );
      return 1;
    }
  }
  const [rosterFile, ...returnFiles] = args.positional;
  const roster = await readWorkbookFile(rosterFile);
  if (!roster.ok) {
    io.err(formatProblem(roster.problem, lang));
    return 1;
  }
  const returns: ReturnFile[] = [];
  for (const f of returnFiles) {
    const r = await readWorkbookFile(f);
    if (!r.ok) {
      io.err(formatProblem(r.problem, lang));
      return 1;
    }
    returns.push({ file: path.basename(f), host: new SnapshotHost(r.workbook) });
  }
  const merged = await mergeReturns(new SnapshotHost(roster.workbook), returns, {
    today: io.today(),
    time: `${io.today()} ${new Date().toTimeString().slice(0, 5)}`,
    lang: args.lang,
    formulaCells: (sheet) => formulaCells(roster.workbook, sheet),
  });
  if (!merged.ok) {
    io.err(formatProblem(merged.fatal, lang));
    return 1;
  }
  const host = new XlsxHost(new ExcelJS.Workbook());
  await host.apply(merged.plans);
  await writeWorkbookFile(host.workbook, output, lang);
  for (const c of merged.conflicts) io.out(formatProblem(c, lang));
  const s = merged.summary;
  io.err(
    say(
      {
        zh: `合并 ${s.files} 个退回文件（${s.merged} 个已合并）：更新 ${s.engineersUpdated} 名工程师的 ${s.cellsChanged} 个单元格；冲突 ${s.conflicts} 处，详见「数据检查」工作表`,
        en: `Merged ${countEn(s.files, 'return')} (${s.merged} merged): ${countEn(s.cellsChanged, 'cell')} changed for ${countEn(s.engineersUpdated, 'engineer')}; ${countEn(s.conflicts, 'conflict')} — see the "Data check" sheet`,
      },
      lang,
    ),
  );
  io.out(say({ zh: `已写入 ${output}`, en: `Written to ${output}` }, lang));
  return 0;
}
