// The optional planning sheets of the roster's workbook: 需求规划 (demand) and 关键岗位 (key positions),
// read after the roster so that an ID naming nobody on it is a warning at its cell.
import type { Settings } from '../../domain/settings';
import type { DemandRow } from '../../domain/talentMap';
import type { Engineer } from '../../domain/types';
import type { SheetGrid, SheetInfo, WorkbookHost } from '../host';
import { problem, type Problem } from '../problems';
import { readDemand } from './demand';
import { readKeyPosts, type KeyPostsRead } from './keyPosts';
import { DEMAND_SHEET_NAMES, findSheetByName, KEY_POST_SHEET_NAMES } from './sheets';

export interface PlanningRead {
  /** Undefined: the workbook has no demand sheet. */
  demand?: DemandRow[];
  /** Undefined: no key-position sheet (key posts then come from the roster's 关键岗位 column). */
  keyPosts?: KeyPostsRead;
  problems: Problem[];
  /** The sheets read, for the review workbook's values-only copies. */
  grids: SheetGrid[];
}

export async function readPlanningSheets(
  host: WorkbookHost,
  sheets: readonly SheetInfo[],
  settings: Pick<Settings, 'levelMap'>,
): Promise<PlanningRead> {
  const demandInfo = findSheetByName(sheets, DEMAND_SHEET_NAMES);
  const postsInfo = findSheetByName(sheets, KEY_POST_SHEET_NAMES);
  const names = [demandInfo, postsInfo].filter((s): s is SheetInfo => s !== undefined).map((s) => s.name);
  const grids = names.length > 0 ? await host.readSheets(names) : [];
  const demandGrid = grids.find((g) => g.name === demandInfo?.name);
  const postsGrid = grids.find((g) => g.name === postsInfo?.name);
  const out: PlanningRead = { problems: [], grids };
  if (demandGrid) {
    const read = readDemand(demandGrid, settings);
    // A sheet with no line (the template's, not yet filled) counts as not given.
    if (!read.ignored && read.rows.length + read.problems.length > 0) out.demand = read.rows;
    out.problems.push(...read.problems);
  }
  if (postsGrid) {
    const read = readKeyPosts(postsGrid, settings);
    if (!read.ignored && read.posts.length + read.problems.length > 0) out.keyPosts = read;
    out.problems.push(...read.problems);
  }
  return out;
}

/** Incumbents and named successors who are not on the roster: a warning at their cell each. */
export function unknownPostIds(read: KeyPostsRead, engineers: readonly Engineer[]): Problem[] {
  const sheet = read.sheet;
  const known = new Set(engineers.map((e) => e.id));
  const out: Problem[] = [];
  read.posts.forEach((post, i) => {
    const cells = read.cells[i];
    if (post.incumbentId !== undefined && !known.has(post.incumbentId) && cells.incumbent) {
      out.push(
        problem(sheet, cells.incumbent, 'warning',
          `在岗人员工号「${post.incumbentId}」不在名单中：岗位「${post.name}」按在岗人员未知、风险高处理。请核对工号`,
          `The incumbent ID "${post.incumbentId}" is not on the roster: the post "${post.name}" is treated as having an unknown holder, at high risk. Check the ID`),
      );
    }
    const missing = post.namedSuccessors.filter((id) => !known.has(id));
    if (missing.length > 0 && cells.successors) {
      out.push(
        problem(sheet, cells.successors, 'warning',
          `后备人员工号「${missing.join('、')}」不在名单中：已列出但无法评估准备度。请核对工号`,
          `The successor IDs "${missing.join(', ')}" are not on the roster: they are listed, but their readiness cannot be assessed. Check the IDs`),
      );
    }
  });
  return out;
}
