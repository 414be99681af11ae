// What the page does for department workbooks, without React (the page's buttons call these): split a roster
// into a .zip of department workbooks made in the browser, and merge several returns into a new roster
// workbook to download. Nothing is uploaded; the person's files are never written.
import type ExcelJS from 'exceljs';
import type { Lang } from '../domain/types';
import { loadWorkbook } from '../hosts/xlsx/load';
import { emptyXlsxHost, xlsxBytes } from '../hosts/xlsx/memory';
import { SnapshotHost } from '../hosts/xlsx/snapshot';
import { formulaCells, splitBookBytes } from '../hosts/xlsx/splitBook';
import { problem, type Problem } from '../workbook/problems';
import { mergeReturns, type MergeSummary, type ReturnFile } from '../workbook/split/merge';
import type { Conflict } from '../workbook/split/conflicts';
import { RECORD_SHEET, type SplitBy } from '../workbook/split/record';
import { sheetKey } from '../workbook/read/sheets';
import { splitRoster } from '../workbook/split/split';
import { zipFiles } from './zip';

export interface DroppedFile {
  fileName: string;
  bytes: Uint8Array;
}

const base = (fileName: string): string => fileName.replace(/\.[^./\\]*$/u, '') || 'roster';

export type SplitDownload =
  | { ok: true; bytes: Uint8Array; fileName: string; workbooks: { fileName: string; engineers: number }[]; problems: Problem[] }
  | { ok: false; fatal: Problem };

/** The department workbooks of `roster` as one .zip (`花名册-部门工作簿.zip`). */
export async function departmentZip(roster: DroppedFile, options: { by: SplitBy; today: string; lang: Lang; due?: string }): Promise<SplitDownload> {
  const loaded = await loadWorkbook(roster.bytes, roster.fileName);
  if (!loaded.ok) return { ok: false, fatal: loaded.problem };
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  const split = await splitRoster(new SnapshotHost(loaded.workbook), {
    by: options.by,
    sourceFile: roster.fileName,
    today: options.today,
    splitId: `${options.today}-${random[0].toString(16).padStart(8, '0')}`,
    due: options.due,
  });
  if (!split.ok) return split;
  const entries = [];
  for (const b of split.books) entries.push({ name: b.fileName, bytes: await splitBookBytes(b) });
  return {
    ok: true,
    bytes: zipFiles(entries),
    fileName: `${base(roster.fileName)}-${options.lang === 'zh-CN' ? '部门工作簿' : 'department-workbooks'}.zip`,
    workbooks: split.books.map((b) => ({ fileName: b.fileName, engineers: b.engineers })),
    problems: split.problems,
  };
}

export type MergeDownload =
  | { ok: true; bytes: Uint8Array; fileName: string; summary: MergeSummary; conflicts: Conflict[] }
  | { ok: false; fatal: Problem };

/** A file dropped for a merge, opened once: the roster, or a department workbook (it has the split's record). */
export interface LoadedFile {
  fileName: string;
  workbook: ExcelJS.Workbook;
  isReturn: boolean;
}

export type OpenedDrop = { ok: true; file: LoadedFile } | { ok: false; problem: Problem };

export async function openDropped(file: DroppedFile): Promise<OpenedDrop> {
  const loaded = await loadWorkbook(file.bytes, file.fileName);
  if (!loaded.ok) return loaded;
  // A .zip of returns (as an e-mail client saves several attachments) opens as a workbook without sheets.
  if (loaded.workbook.worksheets.length === 0) {
    return {
      ok: false,
      problem: problem(file.fileName, '', 'error',
        `「${file.fileName}」中没有工作表：如果它是压缩包（.zip），请先解压，再把其中的工作簿放进来`,
        `"${file.fileName}" holds no sheet: if it is a .zip archive, unzip it first and add the workbooks inside`),
    };
  }
  const isReturn = loaded.workbook.worksheets.some((ws) => sheetKey(ws.name) === sheetKey(RECORD_SHEET));
  return { ok: true, file: { fileName: file.fileName, workbook: loaded.workbook, isReturn } };
}

/** The roster with the returns merged, as a new workbook (`花名册-合并.xlsx`); a return that cannot be opened stops it. */
export async function mergedRoster(roster: DroppedFile, returns: readonly DroppedFile[], options: { today: string; time: string; lang: Lang }): Promise<MergeDownload> {
  const opened: LoadedFile[] = [];
  for (const f of [roster, ...returns]) {
    const o = await openDropped(f);
    if (!o.ok) return { ok: false, fatal: o.problem };
    opened.push(o.file);
  }
  const [first, ...rest] = opened;
  return mergeLoaded(first, rest, options);
}

/** The merge of files already opened (the page opens each as it is dropped, to say which is the roster). */
export async function mergeLoaded(roster: LoadedFile, returns: readonly LoadedFile[], options: { today: string; time: string; lang: Lang }): Promise<MergeDownload> {
  const wb = roster.workbook;
  const hosts: ReturnFile[] = returns.map((r) => ({ file: r.fileName, host: new SnapshotHost(r.workbook) }));
  const merged = await mergeReturns(new SnapshotHost(wb), hosts, { today: options.today, time: options.time, formulaCells: (sheet) => formulaCells(wb, sheet) });
  if (!merged.ok) return merged;
  const target = emptyXlsxHost();
  await target.apply(merged.plans);
  return {
    ok: true,
    bytes: await xlsxBytes(target),
    // A roster merged before keeps its name: 花名册-合并.xlsx again, not 花名册-合并-合并.xlsx.
    fileName: `${base(roster.fileName).replace(/-(合并|merged)$/u, '') || 'roster'}-${options.lang === 'zh-CN' ? '合并' : 'merged'}.xlsx`,
    summary: merged.summary,
    conflicts: merged.conflicts,
  };
}
