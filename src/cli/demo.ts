// `npm run demo`: writes a sample roster of a Qingdao manufacturer, reviews it into a review workbook under
// out/demo/ (git-ignored), and prints where it is with the box counts as a small text grid.
import path from 'path';
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../hosts/xlsx/host';
import { runReview } from '../workbook/run';
import { templatePlans } from '../workbook/template';
import { countEn } from '../domain/text';
import { readWorkbookFile, writeWorkbookFile } from './files';
import { localIsoDate } from './main';
import { consoleLang, say } from './messages';
import { textGrid } from './textGrid';

const SAMPLE_SIZE = 80;
const ALL_DEPARTMENTS = '全部';

async function demo(): Promise<number> {
  // Piped into a reader that stops early (`npm run demo | head`): stop quietly, as the command does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  const lang = consoleLang(undefined, process.env);
  const dir = path.resolve(__dirname, '..', '..', 'out', 'demo');
  await fs.mkdir(dir, { recursive: true });
  const rosterFile = path.join(dir, '样例花名册.xlsx');
  const reviewFile = path.join(dir, '样例花名册-盘点.xlsx');

  const template = new XlsxHost(new ExcelJS.Workbook());
  await template.apply(templatePlans('zh-CN', SAMPLE_SIZE, true));
  await writeWorkbookFile(template.workbook, rosterFile, lang);

  // A fresh review each time: the demo shows a first run, not a re-run.
  await fs.rm(reviewFile, { force: true });
  const loaded = await readWorkbookFile(rosterFile);
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  const target = new XlsxHost(new ExcelJS.Workbook());
  // With every department's meeting pack: printed whole, the demo is the meeting set (DOMAIN.md, Printing).
  const outcome = await runReview(new XlsxHost(loaded.workbook), target, { today: localIsoDate(new Date()), copyInputs: true, meetingPack: ALL_DEPARTMENTS });
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  await writeWorkbookFile(target.workbook, reviewFile, lang);

  const { result, problems } = outcome;
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  out(say({ zh: `样例花名册（${SAMPLE_SIZE} 名工程师）：${rosterFile}`, en: `Sample roster (${SAMPLE_SIZE} engineers): ${rosterFile}` }, lang));
  out(say({ zh: `盘点工作簿：${reviewFile}`, en: `Review workbook: ${reviewFile}` }, lang));
  out(say({ zh: `已盘点 ${result.total} 人，数据检查 ${problems.length} 条`, en: `${result.total} reviewed, ${countEn(problems.length, 'data-check line')}` }, lang));
  const packs = target.workbook.worksheets.filter((ws) => ws.name.startsWith('会议材料-')).length;
  out(say({ zh: `会议材料 ${packs} 个部门，整本打印即为盘点会议材料`, en: `Meeting packs for ${countEn(packs, 'department')}: print the whole workbook for the meeting` }, lang));
  out('');
  out(textGrid(result.counts, result.total, lang));
  return 0;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
