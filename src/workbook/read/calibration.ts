// Reading 校准记录 / Calibration log (DOMAIN.md, Calibration) into the rows the engine applies. Headers are
// found in zh or en (the log keeps the language it was created in); rows a person typed by hand are read
// like the pane's. A row without an ID, or without a usable 调整后, is left out with a problem at its cell.
import type { Settings } from '../../domain/settings';
import { normalizeKey, normalizeText } from '../../domain/text';
import type { CalibrationRecord, Text } from '../../domain/types';
import type { SheetGrid, WorkbookHost } from '../host';
import { a1, problem, type Problem } from '../problems';
import { findSheetByName } from './sheets';
import { boxLabelsHint, cellAt, isEmpty, readBox, readId, readText, rowsAsShown } from './values';

export type LogField = 'time' | 'id' | 'name' | 'from' | 'to' | 'reason' | 'decidedBy';
export const LOG_FIELDS: readonly LogField[] = ['time', 'id', 'name', 'from', 'to', 'reason', 'decidedBy'];

/** The log's headers, exactly as DOMAIN.md gives them, in this order. */
export const LOG_HEADERS: Record<LogField, Text> = {
  time: { zh: '时间', en: 'Time' },
  id: { zh: '工号', en: 'ID' },
  name: { zh: '姓名', en: 'Name' },
  from: { zh: '调整前', en: 'From box' },
  to: { zh: '调整后', en: 'To box' },
  reason: { zh: '原因', en: 'Reason' },
  decidedBy: { zh: '决定人', en: 'Decided by' },
};

/** Names of the log sheet in both languages, for a log created by hand or before any run. */
export const LOG_SHEET_NAMES = ['校准记录', 'Calibration log'] as const;

const EXTRA_ALIASES: Partial<Record<LogField, string[]>> = {
  time: ['日期', 'Date'],
  id: ['员工编号', 'Employee ID'],
  from: ['From', '原九宫格'],
  to: ['To', '校准后九宫格', 'Calibrated box'],
  decidedBy: ['决定者', 'Decided'],
};

function fieldOf(header: string): LogField | undefined {
  const k = normalizeKey(header);
  for (const f of LOG_FIELDS) {
    const names = [LOG_HEADERS[f].zh, LOG_HEADERS[f].en, ...(EXTRA_ALIASES[f] ?? [])];
    if (names.some((n) => normalizeKey(n) === k)) return f;
  }
  return undefined;
}

export interface CalibrationLog {
  sheet: string;
  records: CalibrationRecord[];
  problems: Problem[];
  /** 0-based sheet column of each field found. */
  columns: Partial<Record<LogField, number>>;
  /** The log's rows as written (header included), to carry it into another workbook unchanged. */
  rows: (string | number | boolean | null)[][];
  /** 0-based sheet row where the next appended row goes. */
  nextRow: number;
  /** Index into `rows` of the header row; -1 when there is none. */
  headerRow: number;
}

/** The A1 cell of a log row's field (the ID cell when the field has no column). */
export function logCell(log: Pick<CalibrationLog, 'columns'>, row: number, field: LogField): string {
  return a1(row, log.columns[field] ?? log.columns.id ?? 0);
}

export function readCalibrationLog(grid: SheetGrid, settings: Pick<Settings, 'boxLabels'>): CalibrationLog {
  const problems: Problem[] = [];
  const records: CalibrationRecord[] = [];
  const { row: r0, col: c0 } = grid.origin;
  const rows = rowsAsShown(grid);
  const nextRow = r0 + grid.values.length;

  // The header row: the first of the first 10 rows naming the ID and the box after.
  let header = -1;
  const columns: Partial<Record<LogField, number>> = {};
  for (let r = 0; r < Math.min(10, grid.values.length) && header < 0; r++) {
    const found: Partial<Record<LogField, number>> = {};
    for (let c = 0; c < grid.values[r].length; c++) {
      const t = readText(cellAt(grid, r, c));
      if (t.kind !== 'ok') continue;
      const f = fieldOf(t.value);
      if (f && found[f] === undefined) found[f] = c;
    }
    if (found.id !== undefined && found.to !== undefined) {
      header = r;
      for (const f of LOG_FIELDS) if (found[f] !== undefined) columns[f] = c0 + (found[f] ?? 0);
    }
  }
  const log: CalibrationLog = { sheet: grid.name, records, problems, columns, rows, nextRow, headerRow: header };
  if (header < 0) {
    const nonEmpty = grid.values.some((row, r) => row.some((_, c) => !isEmpty(cellAt(grid, r, c))));
    if (nonEmpty) {
      problems.push(
        problem(grid.name, a1(r0, c0), 'warning',
          `「${grid.name}」没有表头行（须有 工号 和 调整后 两列），校准记录未应用`,
          `"${grid.name}" has no header row (it needs ID and To box columns); no calibration was applied`),
      );
    }
    return log;
  }

  const at = (r: number, f: LogField) => cellAt(grid, r, (columns[f] ?? -1) - c0);
  const text = (r: number, f: LogField): string => {
    if (columns[f] === undefined) return '';
    const t = readText(at(r, f));
    return t.kind === 'ok' ? t.value : '';
  };
  for (let r = header + 1; r < grid.values.length; r++) {
    if (grid.values[r].every((_, c) => isEmpty(cellAt(grid, r, c)))) continue;
    const sheetRow = r0 + r;
    const idRead = readId(at(r, 'id'));
    if (idRead.kind !== 'ok') {
      problems.push(
        problem(grid.name, logCell(log, sheetRow, 'id'), 'warning',
          '校准记录缺少工号，此行未应用', 'A calibration row has no ID; the row was not applied'),
      );
      continue;
    }
    const to = readBox(at(r, 'to'), settings);
    if (to.kind !== 'ok') {
      const shown = to.kind === 'bad' ? `「${to.text}」` : '（空）';
      const shownEn = to.kind === 'bad' ? `"${to.text}"` : '(empty)';
      problems.push(
        problem(grid.name, logCell(log, sheetRow, 'to'), 'warning',
          `校准记录「调整后」${shown}不是九宫格（1–9 或名称：${boxLabelsHint()}），此行未应用`,
          `The calibration row's To box ${shownEn} is not a box (1–9 or a box label); the row was not applied`),
      );
      continue;
    }
    const fromRead = columns.from === undefined ? undefined : readBox(at(r, 'from'), settings);
    if (fromRead?.kind === 'bad') {
      problems.push(
        problem(grid.name, logCell(log, sheetRow, 'from'), 'warning',
          `校准记录「调整前」「${fromRead.text}」不是九宫格，按未填处理`,
          `The calibration row's From box "${fromRead.text}" is not a box; treated as not given`),
      );
    }
    const timeCell = columns.time === undefined ? undefined : at(r, 'time');
    const record: CalibrationRecord = {
      time: timeCell ? normalizeText(timeCell.text !== '' ? timeCell.text : String(timeCell.value ?? '')) : '',
      id: idRead.value,
      name: text(r, 'name'),
      to: to.value,
      reason: text(r, 'reason'),
      decidedBy: text(r, 'decidedBy'),
      row: sheetRow,
    };
    if (fromRead?.kind === 'ok') record.from = fromRead.value;
    records.push(record);
  }
  return log;
}

/** What finding the log needs of a registry entry. */
export interface LogRegistryEntry {
  role: string;
  sheet: string;
}

/**
 * The calibration log of a workbook: the sheet the registry records with role 'calibration', else a sheet
 * named 校准记录 / Calibration log (a log created by hand, or by the pane before the first run).
 */
export async function findCalibrationLog(
  host: WorkbookHost,
  registry: readonly LogRegistryEntry[],
): Promise<{ grid: SheetGrid; registered: boolean } | undefined> {
  const sheets = await host.sheets();
  const present = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name] as const));
  const registered = registry.find((e) => e.role === 'calibration' && present.has(e.sheet.toLowerCase()));
  const name = registered ? present.get(registered.sheet.toLowerCase()) : findSheetByName(sheets, LOG_SHEET_NAMES)?.name;
  if (name === undefined) return undefined;
  const grid = (await host.readSheets([name]))[0];
  return grid ? { grid, registered: registered !== undefined } : undefined;
}
