// The strings of the 部门工作簿 page (DepartmentsTab.tsx), in zh-CN and en-US side by side: merging the
// departments' returns into the open roster, and splitting it where Excel can create workbooks.
import type { Text } from '../domain/types';
import { stringTable, type Lang, type StringTable } from './i18n';

const D = {
  mergeTitle: { zh: '合并部门退回的工作簿', en: 'Merge the departments’ returns' },
  mergeIntro: {
    zh: '选择各部门填好退回的工作簿（可多选）。先预览改动和冲突，确认后才写入本工作簿的名单，每处改动记入「合并记录」。',
    en: 'Choose the workbooks the departments filled in and sent back (several at once). You see the changes and conflicts first; only when you confirm are they written into this workbook’s roster, each change logged in "Merge log".',
  },
  mergeChoose: { zh: '选择退回文件…', en: 'Choose returned files…' },
  mergeReading: { zh: '正在读取 {n} 个文件…', en: 'Reading {n} {n:file|files}…' },
  mergeUnreadable: { zh: '{file} 无法读取：', en: '{file} could not be read: ' },
  previewTitle: { zh: '合并预览', en: 'Merge preview' },
  previewSummary: {
    zh: '{files} 个文件（合并 {merged} 个）：将更新 {engineers} 名工程师的 {cells} 个单元格；冲突 {conflicts} 处',
    en: '{files} {files:file|files} ({merged} merged): {cells} {cells:cell|cells} of {engineers} {engineers:engineer|engineers} to change; {conflicts} {conflicts:conflict|conflicts}',
  },
  previewNothing: {
    zh: '这些文件没有要合并的改动（已合并过的退回再合并不会改变任何内容）。',
    en: 'These files change nothing (a return already merged changes nothing when merged again).',
  },
  changesTitle: { zh: '改动（{n}）', en: 'Changes ({n})' },
  changeLine: { zh: '{id}「{column}」：{old} → {value}', en: '{id} "{column}": {old} → {value}' },
  changeFrom: { zh: '来自 {file}', en: 'from {file}' },
  conflictsTitle: { zh: '冲突与说明（{n}）', en: 'Conflicts and notes ({n})' },
  conflictsKept: { zh: '冲突处保留名单现有的值，并记入「合并记录」。', en: 'Where there is a conflict the roster keeps its value; each is logged in "Merge log".' },
  mergeConfirm: { zh: '确认合并（{n} 个单元格）', en: 'Merge {n} {n:cell|cells}' },
  mergeCancel: { zh: '取消', en: 'Cancel' },
  merging: { zh: '正在写入名单…', en: 'Writing the roster…' },
  mergeDone: {
    zh: '已合并：更新 {engineers} 名工程师的 {cells} 个单元格，记入「{log}」。请重新运行盘点。',
    en: 'Merged: {cells} {cells:cell|cells} of {engineers} {engineers:engineer|engineers} changed, logged in "{log}". Run the review again.',
  },
  empty: { zh: '（空）', en: '(empty)' },
  showAllChanges: { zh: '显示全部 {n} 处改动', en: 'Show all {n} changes' },
  splitTitle: { zh: '拆分为部门工作簿', en: 'Split into department workbooks' },
  splitIntro: {
    zh: '为每个部门生成一个工作簿，只含本部门的工程师，待填的列已解锁并标色，附填写说明；各部门填好后退回，再在上面合并。',
    en: 'Make one workbook per department with only its engineers, the columns to fill unlocked and highlighted, and instructions; when the departments send them back, merge them above.',
  },
  splitBy: { zh: '拆分依据', en: 'Split by' },
  splitByDepartment: { zh: '部门', en: 'Department' },
  splitByManager: { zh: '直接上级', en: 'Manager' },
  splitPrepare: { zh: '拆分…', en: 'Split…' },
  splitReady: {
    zh: '共 {n} 个部门工作簿。Excel 会为每个工作簿打开一个新窗口（尚未保存）：请逐个按下列文件名保存后发给各部门。',
    en: '{n} department {n:workbook|workbooks}. Excel opens each in a new window, not yet saved: save each under the name below and send it to its department.',
  },
  splitLine: { zh: '{file}（{n} 人）', en: '{file} ({n} {n:engineer|engineers})' },
  splitOpen: { zh: '打开 {n} 个工作簿', en: 'Open {n} {n:workbook|workbooks}' },
  splitOpening: { zh: '正在打开 {done}/{n}…', en: 'Opening {done} of {n}…' },
  splitOpened: { zh: '已打开 {n} 个工作簿，请逐个保存。', en: 'Opened {n} {n:workbook|workbooks}; save each one.' },
  splitUnavailable: {
    zh: '此处无法新建工作簿（需要 Excel 的 ExcelApi 1.8）。请用独立网页版拆分（得到一个 .zip），或用命令行：talent-review split 花名册.xlsx -o 文件夹',
    en: 'Workbooks cannot be created here (that needs ExcelApi 1.8 in Excel). Split on the standalone page (you get a .zip), or on the command line: talent-review split roster.xlsx -o folder',
  },
  splitFailed: {
    zh: 'Excel 未能新建第 {k} 个工作簿（{error}）。请改用独立网页版拆分（得到一个 .zip），或用命令行 talent-review split。',
    en: 'Excel did not create workbook {k} ({error}). Split on the standalone page instead (you get a .zip), or with talent-review split on the command line.',
  },
  thisWorkbook: { zh: '当前工作簿', en: 'this workbook' },
} satisfies Record<string, Text>;

export type DepartmentsKey = keyof typeof D;
export type DepartmentsStrings = StringTable<DepartmentsKey>;

export function departmentsStrings(lang: Lang): DepartmentsStrings {
  return stringTable(D, lang);
}
