// What the page does with a person's file, without React: open it in memory, and write the review workbook
// to download exactly as the command line does (outputs plus values-only copies of the inputs, in a new
// workbook; into the file itself when it is an earlier review workbook, so its people's cells and
// calibration log are kept). The person's own file is never written.
import type { Lang } from '../domain/types';
import { XlsxHost } from '../hosts/xlsx/host';
import { loadWorkbook } from '../hosts/xlsx/load';
import { emptyXlsxHost, xlsxBytes } from '../hosts/xlsx/memory';
import { templatePlans } from '../workbook/template';
import type { WorkbookHost } from '../workbook/host';
import type { Problem } from '../workbook/problems';
import { runReview, targetRegistry, type RunOutcome, type Stage } from '../workbook/run';

export interface OpenedFile {
  fileName: string;
  /** The in-memory copy the pane reads and writes (盘点设置 when a person saves a mapping). */
  host: XlsxHost;
  /** An earlier review workbook (it has the product's registry sheet). */
  isReview: boolean;
}

export type OpenOutcome = { ok: true; file: OpenedFile } | { ok: false; problem: Problem };

export async function openFile(bytes: Uint8Array, fileName: string): Promise<OpenOutcome> {
  const loaded = await loadWorkbook(bytes, fileName);
  if (!loaded.ok) return loaded;
  const host = new XlsxHost(loaded.workbook);
  return { ok: true, file: { fileName, host, isReview: (await targetRegistry(host)).length > 0 } };
}

/** `roster.xlsx` → `roster-盘点.xlsx` (`roster-review.xlsx` in English); a review dropped again keeps its name. */
export function downloadName(fileName: string, lang: Lang): string {
  const base = fileName.replace(/\.[^./\\]*$/u, '').replace(/-(盘点|review)$/u, '') || 'roster';
  return `${base}-${lang === 'zh-CN' ? '盘点' : 'review'}.xlsx`;
}

export type ReviewDownload =
  | { ok: true; bytes: Uint8Array; fileName: string; outcome: Extract<RunOutcome, { ok: true }> }
  | { ok: false; fatal: Problem };

export interface ReviewOptions {
  today: string;
  /** The pane's language: the download's file name. */
  lang: Lang;
  progress?: (stage: Stage) => void;
  /** Reads through this host instead of `file.host` (the page's, which lets the progress bar paint). */
  source?: WorkbookHost;
}

/** The review workbook of `file`, as bytes to download. */
export async function reviewWorkbook(file: OpenedFile, options: ReviewOptions): Promise<ReviewDownload> {
  const target = file.isReview ? file.host : emptyXlsxHost();
  const outcome = await runReview(options.source ?? file.host, target, {
    today: options.today,
    copyInputs: true,
    progress: options.progress && ((stage) => options.progress?.(stage)),
  });
  if (!outcome.ok) return { ok: false, fatal: outcome.fatal };
  return { ok: true, bytes: await xlsxBytes(target), fileName: downloadName(file.fileName, options.lang), outcome };
}

/** A new roster workbook with the input sheets' headers (roster, standards, settings) in `lang`. */
export async function templateWorkbook(lang: Lang): Promise<Uint8Array> {
  const host = emptyXlsxHost();
  await host.apply(templatePlans(lang, 0));
  return xlsxBytes(host);
}
