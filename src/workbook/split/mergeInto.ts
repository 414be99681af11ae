// The add-in's merge of department returns into the open roster (DOMAIN.md, Department workbooks; Input
// sheets: the second exception). The preview is mergeReturns over the open workbook, with the roster's
// formula cells among the changes asked of the host; the write — only once the person confirms — sets
// exactly the previewed changes and appends each of them, and each conflict, to 合并记录.
import { pick } from '../../domain/catalogue';
import type { CellWrite, MergeWrite, SheetGrid, SheetInfo, WorkbookHost } from '../host';
import type { Problem } from '../problems';
import { estimateWidths } from '../write/layout';
import { mergeReturns, type MergeOptions, type MergeOutcome, type ReturnFile } from './merge';
import { conflictLogRows, isMergeLogName, MERGE_LOG_HEADERS, MERGE_LOG_SHEET, mergeLogRows } from './mergeLog';

export type MergePreview = Extract<MergeOutcome, { ok: true }> & {
  /** The log the write appends to: the workbook's 合并记录 (in either language), or a new one. */
  logSheet: string;
  /** When the preview was made, as the log shows it. */
  time: string;
};

/** The open workbook read once for both passes of the preview (the second only when formulas are among the changes). */
class ReadOnce implements WorkbookHost {
  private infos?: Promise<SheetInfo[]>;
  private readonly grids = new Map<string, Promise<SheetGrid | undefined>>();

  constructor(private readonly host: WorkbookHost) {}

  sheets(): Promise<SheetInfo[]> {
    this.infos ??= this.host.sheets();
    return this.infos;
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const missing = names.filter((n) => !this.grids.has(n));
    if (missing.length > 0) {
      const read = this.host.readSheets(missing);
      for (const n of missing) this.grids.set(n, read.then((gs) => gs.find((g) => g.name === n)));
    }
    const out = await Promise.all(names.map((n) => this.grids.get(n)));
    return out.filter((g): g is SheetGrid => g !== undefined);
  }

  apply(): Promise<void> {
    return Promise.reject(new Error('The preview writes nothing'));
  }

  writeCells(): Promise<void> {
    return Promise.reject(new Error('The preview writes nothing'));
  }

  async select(): Promise<void> {}
}

/** What the returns would change in the open roster, and every conflict; nothing is written. */
export async function previewMerge(
  host: WorkbookHost,
  returns: readonly ReturnFile[],
  options: Pick<MergeOptions, 'today' | 'time' | 'lang'>,
): Promise<{ ok: true; preview: MergePreview } | { ok: false; fatal: Problem }> {
  const once = new ReadOnce(host);
  let outcome = await mergeReturns(once, returns, options);
  if (!outcome.ok) return outcome;
  const formulas = outcome.changes.length > 0 && host.formulasAt ? await host.formulasAt(outcome.rosterSheet, outcome.changes) : new Set<string>();
  if (formulas.size > 0) {
    const roster = outcome.rosterSheet;
    outcome = await mergeReturns(once, returns, { ...options, formulaCells: (sheet) => (sheet === roster ? formulas : new Set<string>()) });
    if (!outcome.ok) return outcome;
  }
  const log = (await once.sheets()).find((s) => isMergeLogName(s.name));
  return { ok: true, preview: { ...outcome, logSheet: log?.name ?? pick(MERGE_LOG_SHEET, outcome.lang), time: options.time } };
}

/** The write a confirmed preview makes: its changes, and the log's rows (each change, then each conflict). */
export function mergeWriteOf(preview: MergePreview): { sheet: string; cells: CellWrite[]; merge: MergeWrite } {
  const { changes, conflicts, lang, time } = preview;
  const logHeaders = MERGE_LOG_HEADERS.map((h) => pick(h, lang));
  const logRows = [...mergeLogRows(changes, time), ...conflictLogRows(conflicts, time, lang)];
  return {
    sheet: preview.rosterSheet,
    cells: changes.map((c) => ({ row: c.row, col: c.col, value: c.value })),
    merge: {
      logSheet: preview.logSheet,
      logHeaders,
      logWidths: estimateWidths([logHeaders, ...logRows], 8, 60),
      logRows,
      expected: changes.map((c) => c.old),
    },
  };
}

/** Writes a confirmed preview into the open roster; a preview without changes writes nothing. */
export async function applyMerge(host: WorkbookHost, preview: MergePreview): Promise<void> {
  if (preview.changes.length === 0) return;
  const { sheet, cells, merge } = mergeWriteOf(preview);
  await host.writeCells(sheet, cells, merge);
}
