// One department return against its split record: which rows are the same engineers (by ID; then an ID
// that lost its leading zeros; then the same name), which cells the department changed, and which rows and
// columns were added or deleted. What it finds are proposals for the roster, or conflicts; merge.ts decides.
import { idKey } from '../../domain/calibration';
import { digitsOf } from '../../domain/ids';
import type { RawValue, SheetGrid } from '../host';
import { a1 } from '../problems';
import { cellAt, isEmpty } from '../read/values';
import { sameValue } from './cellValue';
import { matchColumns } from './columnMatch';
import { conflicts, returnSheet, type CellFacts, type Conflict } from './conflicts';
import type { RecordRow, SplitRecord } from './record';
import { gridWidth, idAt, textAt, valueAt, type RosterSource } from './rosterSource';
import { headerKey } from '../read/columns';

/** A cell the department changed, to be weighed against the roster and the other returns. */
export interface Proposal extends CellFacts {
  row: number;
  col: number;
  splitFile: string;
  /** The split's date. */
  date: string;
}

export interface ReturnDiff {
  proposals: Proposal[];
  conflicts: Conflict[];
}

export interface LoadedReturn {
  file: string;
  record: SplitRecord;
  grid: SheetGrid;
}

export function splitFileOf(record: SplitRecord): string {
  return `${record.splitId}/${record.group}`;
}

/** The return's header row: where the record says, else the first of 20 rows naming the record's ID header. */
function headerRowOf(grid: SheetGrid, record: SplitRecord): number | undefined {
  const idHeader = headerKey(record.headers[record.idCol] ?? '');
  const names = (row: number): boolean => {
    for (let c = grid.origin.col; c < gridWidth(grid); c++) if (headerKey(textAt(grid, row, c)) === idHeader) return true;
    return false;
  };
  if (idHeader === '') return undefined;
  if (names(record.headerRow)) return record.headerRow;
  for (let r = grid.origin.row; r < grid.origin.row + Math.min(20, grid.values.length); r++) if (names(r)) return r;
  return undefined;
}

export function diffReturn(
  ret: LoadedReturn,
  source: RosterSource,
  rosterIndex: ReadonlyMap<string, number>,
  /** ID key → file, for the engineers recorded in the other returns merged. */
  recordedElsewhere: ReadonlyMap<string, string>,
  otherSplit: boolean,
): ReturnDiff {
  const { file, record, grid } = ret;
  const out: ReturnDiff = { proposals: [], conflicts: [] };
  const headerRow = headerRowOf(grid, record);
  if (headerRow === undefined) {
    out.conflicts.push(conflicts.noRosterSheet(file, record.rosterSheet));
    return out;
  }
  const rsheet = returnSheet(file, grid.name);
  const retHeaders = Array.from({ length: gridWidth(grid) }, (_, c) => textAt(grid, headerRow, c));
  const toRet = matchColumns(record.headers, retHeaders);
  const toRoster = matchColumns(record.headers, source.headers);
  const retIdCol = toRet.get(record.idCol);
  if (retIdCol === undefined) {
    out.conflicts.push(conflicts.noRosterSheet(file, record.rosterSheet));
    return out;
  }
  const dataRows: number[] = [];
  for (let r = headerRow + 1; r < grid.origin.row + grid.values.length; r++) {
    const gr = r - grid.origin.row;
    if (grid.values[gr].some((_, c) => !isEmpty(cellAt(grid, gr, c)))) dataRows.push(r);
  }
  // Columns added or deleted: said once per column.
  const matchedRet = new Set(toRet.values());
  retHeaders.forEach((h, c) => {
    if (matchedRet.has(c) || c < grid.origin.col) return;
    if (dataRows.some((r) => !isEmpty(cellAt(grid, r - grid.origin.row, c - grid.origin.col))) || h !== '')
      out.conflicts.push(conflicts.columnAdded(file, rsheet, a1(headerRow, c), h || a1(headerRow, c)));
  });
  record.headers.forEach((h, c) => {
    if (!toRet.has(c) && record.rows.some((r) => !isEmpty({ value: r.values[c] ?? null, text: '', format: 'General', error: false })))
      out.conflicts.push(conflicts.columnDeleted(file, rsheet, '', h || `#${c + 1}`));
  });

  // ---- Rows: by ID, then by the digits of an ID that lost its leading zeros, then by the same name.
  const nameHeader = source.columns.name !== undefined ? source.headers[source.columns.name] : undefined;
  const nameCol = nameHeader === undefined ? undefined : record.headers.findIndex((h) => headerKey(h) === headerKey(nameHeader));
  const retNameCol = nameCol !== undefined && nameCol >= 0 ? toRet.get(nameCol) : undefined;
  const recordName = (rr: RecordRow): string => (nameCol !== undefined && nameCol >= 0 ? String(rr.values[nameCol] ?? '').trim() : '');
  const retName = (row: number): string => (retNameCol === undefined ? '' : textAt(grid, row, retNameCol));

  const byKey = new Map<string, RecordRow>();
  for (const rr of record.rows) if (!byKey.has(idKey(rr.id))) byKey.set(idKey(rr.id), rr);
  const pairs: { rr: RecordRow; row: number; id: string; changed?: 'zeros' | 'other' }[] = [];
  const matched = new Set<RecordRow>();
  let loose: { row: number; id: string }[] = [];
  for (const row of dataRows) {
    const id = idAt(grid, row, retIdCol) ?? '';
    const rr = id === '' ? undefined : byKey.get(idKey(id));
    if (rr && !matched.has(rr)) {
      matched.add(rr);
      pairs.push({ rr, row, id });
    } else loose.push({ row, id });
  }
  const pairBy = (keyOfRecord: (rr: RecordRow) => string, keyOfRow: (l: { row: number; id: string }) => string, changed: 'zeros' | 'other'): void => {
    const left = record.rows.filter((rr) => !matched.has(rr));
    const count = <T>(xs: T[], k: (x: T) => string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const x of xs) if (k(x) !== '') m.set(k(x), (m.get(k(x)) ?? 0) + 1);
      return m;
    };
    const recCounts = count(left, keyOfRecord);
    const rowCounts = count(loose, keyOfRow);
    const rest: typeof loose = [];
    for (const l of loose) {
      const k = keyOfRow(l);
      const rr = k !== '' && recCounts.get(k) === 1 && rowCounts.get(k) === 1 ? left.find((x) => keyOfRecord(x) === k) : undefined;
      if (rr) {
        matched.add(rr);
        pairs.push({ rr, row: l.row, id: l.id, changed });
      } else rest.push(l);
    }
    loose = rest;
  };
  pairBy((rr) => digitsOf(rr.id) ?? '', (l) => (l.id === '' ? '' : digitsOf(l.id) ?? ''), 'zeros');
  pairBy(recordName, (l) => retName(l.row), 'other');

  const rosterName = (id: string): string => {
    const row = rosterIndex.get(idKey(id));
    return row !== undefined && source.columns.name !== undefined ? textAt(source.grid, row, source.columns.name) : '';
  };
  for (const rr of record.rows.filter((x) => !matched.has(x))) {
    const row = rosterIndex.get(idKey(rr.id));
    out.conflicts.push(
      conflicts.rowDeleted(file, row === undefined ? rsheet : source.grid.name, row === undefined ? '' : a1(row, source.idCol), rr.id, recordName(rr) || rosterName(rr.id)),
    );
  }
  for (const l of loose) {
    const at = a1(l.row, retIdCol);
    const elsewhere = l.id === '' ? undefined : recordedElsewhere.get(idKey(l.id));
    if (elsewhere !== undefined && elsewhere !== file) out.conflicts.push(conflicts.twoReturnsRow(file, rsheet, at, l.id, elsewhere));
    else {
      const inRoster = l.id === '' ? undefined : rosterIndex.get(idKey(l.id));
      out.conflicts.push(conflicts.rowAdded(file, rsheet, at, l.id, retName(l.row), inRoster === undefined ? undefined : a1(inRoster, source.idCol)));
    }
  }

  // ---- Cells the department changed.
  for (const { rr, row, id, changed } of pairs) {
    const rosterRow = rosterIndex.get(idKey(rr.id));
    if (changed) {
      out.conflicts.push(
        conflicts.idChanged(file, rosterRow === undefined ? rsheet : source.grid.name, rosterRow === undefined ? a1(row, retIdCol) : a1(rosterRow, source.idCol), rr.id, id, changed === 'zeros'),
      );
    }
    record.headers.forEach((header, c) => {
      if (c === record.idCol) return;
      const rc = toRet.get(c);
      if (rc === undefined) return;
      const theirs: RawValue = valueAt(grid, row, rc);
      const base = rr.values[c] ?? null;
      if (sameValue(theirs, base)) return;
      const oc = toRoster.get(c);
      const ours = rosterRow !== undefined && oc !== undefined ? valueAt(source.grid, rosterRow, oc) : null;
      const atReturn: CellFacts = { file, sheet: rsheet, cell: a1(row, rc), id: rr.id, column: header || `#${c + 1}`, base, theirs, ours };
      if (rosterRow === undefined) out.conflicts.push(conflicts.goneCell(atReturn, 'engineer'));
      else if (oc === undefined) out.conflicts.push(conflicts.goneCell(atReturn, 'column'));
      else {
        const facts = { ...atReturn, sheet: source.grid.name, cell: a1(rosterRow, oc) };
        if (otherSplit) out.conflicts.push(conflicts.otherSplitCell(facts));
        else out.proposals.push({ ...facts, row: rosterRow, col: oc, splitFile: splitFileOf(record), date: record.date });
      }
    });
  }
  return out;
}
