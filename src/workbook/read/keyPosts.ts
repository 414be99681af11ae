// 关键岗位 / Key positions (DOMAIN.md, "Key positions and succession"): one post a row — 岗位名称, 部门,
// 工程师类别, 培育层级 required of a holder, 在岗人员工号 (empty: a vacancy), 后备人员工号 (named successors
// separated by 、 or ,). Where the sheet exists it alone decides who holds a key post.
import type { Settings } from '../../domain/settings';
import type { KeyPost } from '../../domain/succession';
import { normalizeText } from '../../domain/text';
import type { SheetGrid } from '../host';
import { problem, type Problem } from '../problems';
import { addressIn, dataRows, findTableHeader, isWildcard, textAt } from './tableSheet';
import { cellAt, readId, readLevel } from './values';


type PostField = 'name' | 'department' | 'category' | 'level' | 'incumbent' | 'successors';

export const KEY_POST_ALIASES: Readonly<Record<PostField, readonly string[]>> = {
  name: ['岗位名称', '关键岗位', '岗位', 'Position', 'Post', 'Key position'],
  department: ['部门', '所属部门', 'Department', 'Dept'],
  category: ['工程师类别', '类别', 'Category', 'Engineer category'],
  level: ['培育层级', '层级', '岗位层级', 'Level', 'Tier'],
  incumbent: ['在岗人员工号', '在岗人员', '现任工号', '任职人工号', 'Incumbent ID', 'Incumbent'],
  successors: ['后备人员工号', '后备人员', '继任者工号', 'Successor IDs', 'Successors'],
};

export interface KeyPostsRead {
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  posts: KeyPost[];
  problems: Problem[];
  /** The sheet has no header row: it is ignored and key posts come from the roster. */
  ignored?: true;
  /** Where each post's incumbent and successor cells are, for problems found later (an ID not on the roster). */
  cells: { incumbent?: string; successors?: string }[];
}

export function readKeyPosts(grid: SheetGrid | undefined, settings: Pick<Settings, 'levelMap'>): KeyPostsRead {
  const out: KeyPostsRead = { sheet: grid?.name ?? '', posts: [], problems: [], cells: [] };
  if (!grid) return out;
  const addr = addressIn(grid);
  const header = findTableHeader(grid, KEY_POST_ALIASES, ['name']);
  if (!header) {
    out.problems.push(
      problem(grid.name, addr(0, 0), 'warning',
        `「${grid.name}」的前 10 行中没有「岗位名称」列，关键岗位表已忽略，改按名单的「关键岗位」列确定关键岗位`,
        `"${grid.name}" has no "Position" column (岗位名称) in its first 10 rows, so it is ignored and key positions come from the roster's key-position column`),
    );
    return out;
  }
  const cols = header.columns;
  const text = (r: number, c: number | undefined): string => textAt(grid, r, c);
  for (const r of dataRows(grid, header)) {
    const name = text(r, cols.name);
    if (name === '') {
      out.problems.push(
        problem(grid.name, addr(r, cols.name ?? 0), 'warning',
          '岗位名称为空，本行已忽略：请填写岗位名称',
          'The position name is empty, so this row is ignored: enter the name of the post'),
      );
      continue;
    }
    const post: KeyPost = { name, namedSuccessors: [] };
    const dept = text(r, cols.department);
    if (!isWildcard(dept)) post.department = dept;
    const cat = text(r, cols.category);
    if (!isWildcard(cat)) post.category = cat;
    if (cols.level !== undefined && !isWildcard(text(r, cols.level))) {
      const lv = readLevel(cellAt(grid, r, cols.level), settings);
      if (lv.kind === 'ok') post.level = lv.value;
      else {
        out.problems.push(
          problem(grid.name, addr(r, cols.level), 'warning',
            `培育层级「${text(r, cols.level)}」无法识别（应为 初级/中级/高级），按不限层级处理`,
            `The level "${text(r, cols.level)}" is not known (expected Tier 1/2/3); any level is taken`),
        );
      }
    }
    if (cols.incumbent !== undefined) {
      const id = readId(cellAt(grid, r, cols.incumbent));
      if (id.kind === 'ok' && normalizeText(id.value) !== '') post.incumbentId = normalizeText(id.value);
    }
    if (cols.successors !== undefined) {
      post.namedSuccessors = text(r, cols.successors)
        .split(/[、,，;；\s]+/u)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    }
    post.row = grid.origin.row + r;
    out.posts.push(post);
    out.cells.push({
      incumbent: cols.incumbent === undefined ? undefined : addr(r, cols.incumbent),
      successors: cols.successors === undefined ? undefined : addr(r, cols.successors),
    });
  }
  return out;
}
