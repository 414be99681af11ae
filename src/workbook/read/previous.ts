// Previous boxes from the workbook of an earlier review (`--previous LAST.xlsx`; the pane's previous file):
// its 盘点结果 / Review results, by ID, the 校准后九宫格 (the box the last meeting settled), else 九宫格编号.
import type { Settings } from '../../domain/settings';
import { normalizeKey } from '../../domain/text';
import type { Box } from '../../domain/types';
import type { SheetGrid, WorkbookHost } from '../host';
import { a1, problem, type Problem } from '../problems';
import { readRegistry, resolveRegistry } from '../write/registry';
import { REGISTRY_SHEET, RESULTS_HEADERS, SHEET_NAMES } from '../write/text';
import { findSheetByName } from './sheets';
import { cellAt, readBox, readId, readText } from './values';

export interface PreviousBoxes {
  /** Engineer ID → the previous final box. */
  boxes: Map<string, Box>;
  problems: Problem[];
  /** The sheet read, for messages; undefined when none was found. */
  sheet?: string;
}

const ID = RESULTS_HEADERS[0];
const BOX = RESULTS_HEADERS[7];
const CALIBRATED = RESULTS_HEADERS[9];

function columnOf(grid: SheetGrid, header: number, names: readonly string[]): number {
  const keys = names.map(normalizeKey);
  const row = grid.values[header] ?? [];
  for (let c = 0; c < row.length; c++) {
    const t = readText(cellAt(grid, header, c));
    if (t.kind === 'ok' && keys.includes(normalizeKey(t.value))) return c;
  }
  return -1;
}

export async function readPreviousBoxes(host: WorkbookHost, settings: Pick<Settings, 'boxLabels'>): Promise<PreviousBoxes> {
  const sheets = await host.sheets();
  let name: string | undefined;
  if (sheets.some((s) => s.name === REGISTRY_SHEET)) {
    const [reg] = await host.readSheets([REGISTRY_SHEET]);
    // A results sheet a person renamed is found by its id.
    const entry = resolveRegistry(readRegistry(reg), sheets).find((e) => e.role === 'results' && sheets.some((s) => s.name === e.sheet));
    name = entry?.sheet;
  }
  name ??= findSheetByName(sheets, [SHEET_NAMES.results.zh, SHEET_NAMES.results.en])?.name;
  const none: PreviousBoxes = {
    boxes: new Map(),
    problems: [
      problem('', '', 'warning',
        '上期盘点工作簿中没有「盘点结果」工作表，未读取上期九宫格',
        'The previous review workbook has no "Review results" sheet; no previous boxes were read'),
    ],
  };
  if (name === undefined) return none;
  const [grid] = await host.readSheets([name]);
  if (!grid) return none;

  // The header row: the first of the first 10 naming the ID and a box column.
  for (let h = 0; h < Math.min(10, grid.values.length); h++) {
    const cId = columnOf(grid, h, [ID.zh, ID.en]);
    let cBox = columnOf(grid, h, [CALIBRATED.zh, CALIBRATED.en]);
    if (cBox < 0) cBox = columnOf(grid, h, [BOX.zh, BOX.en]);
    if (cId < 0 || cBox < 0) continue;
    const boxes = new Map<string, Box>();
    const problems: Problem[] = [];
    for (let r = h + 1; r < grid.values.length; r++) {
      const id = readId(cellAt(grid, r, cId));
      if (id.kind !== 'ok') continue;
      const box = readBox(cellAt(grid, r, cBox), settings);
      if (box.kind === 'ok') {
        if (!boxes.has(id.value)) boxes.set(id.value, box.value);
      } else if (box.kind === 'bad') {
        problems.push(
          problem(grid.name, a1(grid.origin.row + r, grid.origin.col + cBox), 'warning',
            `上期盘点结果中工号 ${id.value} 的九宫格「${box.text}」无法识别，按无上期处理`,
            `The previous results give ID ${id.value} the box "${box.text}", which is not a box; treated as no previous box`),
        );
      }
    }
    return { boxes, problems, sheet: grid.name };
  }
  return none;
}
