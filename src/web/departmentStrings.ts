// The page's strings for department workbooks (split a roster into a .zip, merge the returns), zh-CN and en-US.
import type { Lang, Text } from '../domain/types';
import { stringTable, type StringTable } from '../taskpane/i18n';

const T = {
  title: { zh: '部门工作簿：拆分与合并', en: 'Department workbooks: split and merge' },
  intro: {
    zh: '把花名册拆给各部门负责人填写潜力、能力等列，再把交回的工作簿合并回花名册。全部在本浏览器中完成，不上传任何文件。',
    en: 'Send each department head their part of the roster to fill in potential, competencies and the like, then merge the returns back into the roster. All in this browser; nothing is uploaded.',
  },
  splitTitle: { zh: '1. 拆分花名册', en: '1. Split the roster' },
  splitHelp: {
    zh: '每个部门（或每位直接上级）一个工作簿，打包成一个 .zip 下载。要填写的列已解锁并标黄，其余列已锁定以防误改。',
    en: 'One workbook per department (or per manager), in one .zip to download. The columns to fill are unlocked and highlighted; the others are locked against slips.',
  },
  splitBy: { zh: '拆分方式', en: 'Split by' },
  byDepartment: { zh: '按部门', en: 'Department' },
  byManager: { zh: '按直接上级', en: 'Manager' },
  splitDrop: { zh: '将花名册拖放到此处，或', en: 'Drop the roster here, or' },
  splitChoose: { zh: '选择花名册并下载 .zip…', en: 'Choose the roster and download the .zip…' },
  splitting: { zh: '正在拆分「{name}」…', en: 'Splitting "{name}"…' },
  splitDone: {
    zh: '已下载「{file}」：{books} 个工作簿，共 {n} 名工程师',
    en: 'Downloaded "{file}": {books} {books:workbook|workbooks}, {n} {n:engineer|engineers} in all',
  },
  bookLine: { zh: '{file}（{n} 人）', en: '{file} ({n})' },
  splitFailed: { zh: '未能拆分「{name}」', en: '"{name}" could not be split' },
  splitNext: {
    zh: '解压后把每个工作簿发给对应的负责人；交回后在下面合并。',
    en: 'Unzip it and send each workbook to its head; merge the returns below.',
  },
  mergeTitle: { zh: '2. 合并交回的工作簿', en: '2. Merge the returns' },
  mergeHelp: {
    zh: '把原花名册和各部门交回的工作簿一起拖放到此处（可一次多个文件）。将生成一个新的合并花名册供下载，原文件不会被改动；每处冲突都会列出。',
    en: 'Drop the original roster and the returned workbooks here together (several files at once). A new merged roster is made for you to download; your files are not changed, and every conflict is listed.',
  },
  mergeDrop: { zh: '将花名册和交回的工作簿拖放到此处，或', en: 'Drop the roster and the returns here, or' },
  mergeDropActive: { zh: '松开鼠标即可加入这些文件', en: 'Release to add the files' },
  mergeChoose: { zh: '选择文件（可多选）…', en: 'Choose files…' },
  filesTitle: { zh: '已加入的文件', en: 'Files added' },
  reading: { zh: '正在读取…', en: 'Reading…' },
  roleRoster: { zh: '花名册', en: 'Roster' },
  roleReturn: { zh: '交回的部门工作簿', en: 'Returned workbook' },
  roleOther: { zh: '不是部门工作簿', en: 'Not a department workbook' },
  remove: { zh: '移除「{name}」', en: 'Remove "{name}"' },
  clear: { zh: '清空', en: 'Clear' },
  whichRoster: { zh: '哪个是原花名册？', en: 'Which file is the roster?' },
  needRoster: {
    zh: '还缺原花名册：请把拆分时用的花名册（或上次合并出的花名册）一起放进来。',
    en: 'The roster is missing: add the roster you split (or the one the last merge made).',
  },
  needReturn: { zh: '还缺交回的部门工作簿。', en: 'No returned workbook yet.' },
  merge: { zh: '合并并下载', en: 'Merge and download' },
  merging: { zh: '正在合并…', en: 'Merging…' },
  mergeFailed: { zh: '未能合并', en: 'The returns could not be merged' },
  merged: { zh: '已下载「{file}」', en: 'Downloaded "{file}"' },
  sumFiles: { zh: '交回文件：{n} 个（已合并 {m} 个）', en: 'Returns: {n} ({m} merged)' },
  sumEngineers: { zh: '更新的工程师：{n} 名', en: 'Engineers updated: {n}' },
  sumCells: { zh: '修改的单元格：{n} 个', en: 'Cells changed: {n}' },
  sumConflicts: { zh: '冲突：{n} 处', en: 'Conflicts: {n}' },
  noConflicts: { zh: '没有冲突：交回的每处修改都已写入。', en: 'No conflicts: every change in the returns was applied.' },
  conflictsTitle: { zh: '冲突与提示（已保留花名册原值）', en: 'Conflicts and notes (the roster’s value is kept)' },
  more: { zh: '另有 {n} 处未在此列出。', en: '{n} more not listed here.' },
  conflictsSheet: {
    zh: '以上各处也列在合并花名册的「数据检查」工作表中，改动的单元格在「合并记录」中。',
    en: 'They are also listed in the merged roster’s data check sheet; the changed cells are in its merge log.',
  },
  where: { zh: '{sheet} {cell}', en: '{sheet} {cell}' },
} satisfies Record<string, Text>;

export type DepartmentKey = keyof typeof T;

export type DepartmentStrings = StringTable<DepartmentKey>;

export function departmentStrings(lang: Lang): DepartmentStrings {
  return stringTable(T, lang);
}
