// The 说明 / Instructions sheet of a department workbook: what to fill, by when, how to send it back, and
// what a merge cannot take (rows added or deleted, IDs changed), in the workbook's language.
import type { Lang } from '../../domain/types';
import type { PlanValue, SheetPlan } from '../plan';
import { printSetup, SHEET_FONT } from '../write/layout';

export const INSTRUCTIONS_SHEET = { zh: '说明', en: 'Instructions' } as const;

export interface InstructionFacts {
  group: string;
  by: 'department' | 'manager';
  count: number;
  rosterSheet: string;
  sourceFile: string;
  date: string;
  /** Headers of the columns to fill. */
  fill: string[];
  /** ISO date or free text; absent: the date HR gives. */
  due?: string;
  fillColour: string;
}

function lines(f: InstructionFacts, lang: Lang): string[] {
  const fill = f.fill.length > 0 ? f.fill.join(lang === 'zh-CN' ? '、' : ', ') : undefined;
  if (lang === 'zh-CN') {
    return [
      `部门盘点表：${f.group}`,
      `HR 于 ${f.date} 从「${f.sourceFile}」拆分出本工作簿，含${f.by === 'department' ? '部门' : '直接上级'}「${f.group}」的 ${f.count} 名工程师。`,
      '',
      '要填写什么',
      fill
        ? `在「${f.rosterSheet}」工作表中填写黄色底的列：${fill}。潜力填 高/中/低（或分数），五大核心能力填 1–5 分（可含小数），对照「能力素质标准」工作表。`
        : `「${f.rosterSheet}」工作表没有需要部门填写的列（潜力、五大核心能力、岗位/创新绩效、备注）；如有更正，直接修改即可。`,
      '其他列已锁定，以防误改（没有密码的工作表保护，不是加密）。如需更正姓名等信息，可在「审阅 → 撤销工作表保护」后修改；HR 合并时会看到每一处改动。',
      '',
      '截止时间',
      f.due ? `请于 ${f.due} 前交回。` : '请于 HR 通知的日期前交回。',
      '',
      '如何交回',
      '保存为 .xlsx（Excel、WPS 或 LibreOffice 均可；文件名可改），发回 HR。HR 用本工具合并各部门的表，原花名册不会被覆盖。',
      '',
      '请不要',
      '新增或删除行、修改工号、重命名工作表：新增、删除的行和改动的工号不会被合并，而是列在 HR 的「数据检查」中，由 HR 处理。新入职或调离的人员请另行告知 HR。',
      '本工作簿中有一个隐藏的记录表，记录拆分时每个单元格的值，合并时用来区分部门的修改和 HR 在此期间的修改；请不要删除。',
    ];
  }
  return [
    `Department review workbook: ${f.group}`,
    `HR split this workbook from "${f.sourceFile}" on ${f.date}: ${f.count} engineer(s) of ${f.by === 'department' ? 'the department' : 'the manager'} "${f.group}".`,
    '',
    'What to fill',
    fill
      ? `On the "${f.rosterSheet}" sheet, fill the yellow columns: ${fill}. Potential is High/Medium/Low (or a score); the five competencies are 1–5 (decimals allowed), against the Standards sheet.`
      : `The "${f.rosterSheet}" sheet has no column for departments to fill (potential, competencies, performance lines, comments); correct what is wrong, if anything.`,
    'The other columns are locked against slips (sheet protection without a password, not encryption). To correct a name or another cell, use Review → Unprotect Sheet; HR sees every change when merging.',
    '',
    'By when',
    f.due ? `Please send it back by ${f.due}.` : 'Please send it back by the date HR gave you.',
    '',
    'How to send it back',
    'Save as .xlsx (Excel, WPS or LibreOffice; the file name may change) and send it to HR. HR merges the returns with this tool; the roster itself is never overwritten.',
    '',
    'Please do not',
    'Add or delete rows, change IDs or rename sheets: added and deleted rows and changed IDs are not merged but listed in HR\'s Data check for HR to handle. Tell HR about new or departing engineers separately.',
    'A hidden record sheet holds each cell\'s value at the split, so the merge can tell your changes from HR\'s in the meantime; please keep it.',
  ];
}

const HEADINGS = new Set([3, 7, 10, 13]);

export function instructionsPlan(f: InstructionFacts, lang: Lang): SheetPlan {
  const text = lines(f, lang);
  const values: PlanValue[][] = text.map((t) => [t === '' ? null : t]);
  const headingRanges = [...HEADINGS].map((r) => `A${r + 1}`);
  const bodyRanges = text.map((t, r) => (r > 0 && !HEADINGS.has(r) && t !== '' ? `A${r + 1}` : '')).filter((s) => s !== '');
  const rowHeights: Record<number, number> = {};
  text.forEach((t, r) => {
    // About 32 wide characters fit a line of the 72-wide column (CJK glyphs print wider than two units).
    const wide = [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const rowsNeeded = Math.ceil(wide / 64);
    if (rowsNeeded > 1) rowHeights[r + 1] = Math.min(409, rowsNeeded * 16 + 4);
  });
  return {
    role: 'input',
    name: lang === 'zh-CN' ? INSTRUCTIONS_SHEET.zh : INSTRUCTIONS_SHEET.en,
    lang,
    visibility: 'visible',
    values,
    columnWidths: [72],
    rowHeights,
    numberFormats: [],
    styles: [
      { style: { bold: true, fontSize: 14 }, ranges: ['A1'] },
      { style: { bold: true, fill: f.fillColour }, ranges: headingRanges },
      { style: { wrap: true, vAlign: 'top' }, ranges: bodyRanges },
    ],
    merges: [],
    print: printSetup(lang, 'portrait'),
    font: SHEET_FONT,
    activate: true,
  };
}
