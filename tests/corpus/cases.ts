// The bad-input corpus (issue 7): workbooks as HR keeps them, each with the problems DOMAIN.md says a
// user must be told about — sheet, A1 cell, severity and a distinctive part of the zh and en message — and
// what must still be reviewed. The expectations were written from DOMAIN.md first, then the product was
// run against them. Every workbook is built by the tests (./build.ts), none is a binary fixture.
import type { Severity } from '../../src/workbook/problems';
import { HOSTILE_CASES } from './hostile';

/** One cell as typed: a value, a value with a number format, an Excel error, a formula, or rich text. */
export type CaseCell =
  | string
  | number
  | boolean
  | null
  | Date
  | { value: string | number | Date; format: string }
  | { error: string }
  | { formula: string; result?: string | number }
  | { richText: string[] };

export interface CaseSheet {
  name: string;
  rows: CaseCell[][];
  /** 1-based sheet rows hidden by a person (or, with autoFilter, by the filter). */
  hiddenRows?: number[];
  merges?: string[];
  autoFilter?: string;
}

export interface Expected {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Distinctive parts of the message, each of which must appear. */
  zh: string[];
  en: string[];
}

/** Columns of 盘点结果 (zh) whose values a case pins for an engineer. */
export type ResultColumn = '姓名' | '部门' | '绩效等级' | '潜力等级' | '九宫格编号' | '校准后九宫格' | '导师' | '成长阶段';

export interface CorpusCase {
  name: string;
  /** A workbook built from sheets, or a file given as bytes (file-level cases: command line only). */
  sheets?: CaseSheet[];
  file?: { name: string; bytes: () => Promise<Uint8Array> };
  /** The review cannot run: this is the one problem that says why (exit code 1, nothing written). */
  fatal?: Expected;
  /** Problems that must be reported. Unless `more` is set, they are all the problems there are. */
  problems: Expected[];
  more?: boolean;
  /** Engineers (IDs as written to 盘点结果) that must be reviewed, with the cells pinned for them. */
  reviewed?: Record<string, Partial<Record<ResultColumn, string | number>>>;
  /** IDs that must not be in 盘点结果. */
  notReviewed?: string[];
  /** Texts the nine-box must show (names, with 工号 where two names collide). */
  nineBox?: string[];
  /** Names (or IDs) that look like formulas: 盘点结果 must hold them as text cells, never formulas. */
  textCells?: string[];
  /** Not meaningful in Excel (a formula Excel always calculates): the Excel host test skips it. */
  notInExcel?: string;
  /** The product cannot do this yet, and the fix is outside this corpus's files: the issue, named. */
  failing?: string;
}

// ---- A small roster most cases start from: A 工号, B 姓名, C 部门, D 绩效, E 潜力, F 工龄.

const ROSTER = '工程师名单';
const H: CaseCell[] = ['工号', '姓名', '部门', '绩效', '潜力', '工龄'];
const E1: CaseCell[] = ['E001', '张伟', '研发中心', 'A', '高', 12]; // 优秀 × 高 → 9, 成才期
const E2: CaseCell[] = ['E002', '李娜', '研发中心', 'B', '中', 5]; // 合格 × 中 → 5, 提升期
const COMP = ['专业技术研究能力', '工程实践与应用能力', '复杂问题解决能力', '专业学科交叉与整合能力', '创新变革能力'];

function roster(rows: CaseCell[][], header: CaseCell[] = H, name = ROSTER): CaseSheet {
  return { name, rows: [header, ...rows] };
}

function at(sheet: string, cell: string, severity: Severity, zh: string[], en: string[]): Expected {
  return { sheet, cell, severity, zh, en };
}
const err = (cell: string, zh: string[], en: string[], sheet = ROSTER): Expected => at(sheet, cell, 'error', zh, en);
const warn = (cell: string, zh: string[], en: string[], sheet = ROSTER): Expected => at(sheet, cell, 'warning', zh, en);

const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The first bytes of an OLE2 compound file (old .xls, WPS .et, and Office's encrypted .xlsx). */
function ole2(extra: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = Buffer.from(`${extra}`.padEnd(1024, '\0'), 'utf16le');
  return new Uint8Array([...head, ...new Uint8Array(body)]);
}

const LOG_HEAD: CaseCell[] = ['时间', '工号', '姓名', '调整前', '调整后', '原因', '决定人'];
const SETTINGS_HEAD: CaseCell[] = ['键', '值', '说明'];

export const CASES: CorpusCase[] = [
  // ---------------------------------------------------------------- the roster and its header
  {
    name: 'no roster sheet',
    sheets: [{ name: 'Sheet1', rows: [['说明'], ['这里没有名单']] }],
    fatal: at('', '', 'error', ['找不到工程师名单工作表', '「Sheet1」'], ['No roster sheet found', '"Sheet1"']),
    problems: [],
  },
  {
    name: 'only output sheets, no roster (盘点结果 is never taken for a roster)',
    sheets: [
      { name: '盘点结果', rows: [['工号', '姓名', '绩效等级', '潜力等级'], ['E001', '张伟', '优秀', '高']] },
      { name: '数据检查', rows: [['工作表', '单元格', '严重程度', '说明']] },
    ],
    fatal: at('', '', 'error', ['找不到工程师名单工作表'], ['No roster sheet found']),
    problems: [],
  },
  {
    name: 'missing ID column',
    sheets: [roster([['张伟', '研发中心', 'A', '高']], ['姓名', '部门', '绩效', '潜力'])],
    fatal: err('A1', ['没有工号列', '员工编号'], ['has no ID column', 'Employee ID']),
    problems: [],
  },
  {
    name: 'missing performance column',
    sheets: [roster([['E001', '张伟', '研发中心', '高']], ['工号', '姓名', '部门', '潜力'])],
    fatal: err('A1:D1', ['没有绩效列', '绩效得分'], ['has no performance column', 'Performance score']),
    problems: [],
  },
  {
    name: 'missing potential column and no competency to derive it from: one message, not one per row',
    sheets: [roster([['E001', '张伟', '研发中心', 'A'], ['E002', '李娜', '研发中心', 'B']], ['工号', '姓名', '部门', '绩效'])],
    problems: [err('A1:D1', ['既没有潜力列', '2 行都未参与盘点', '列:潜力'], ['neither a potential column', 'all 2 rows are left out', 'column:potential'])],
    notReviewed: ['E001', 'E002'],
  },
  {
    name: 'a potential column empty in a row, and no competency to derive it from',
    sheets: [roster([['E001', '张伟', '研发中心', 'A', '高'], ['E002', '李娜', '研发中心', 'B', null]], ['工号', '姓名', '部门', '绩效', '潜力'])],
    problems: [err('E3', ['潜力', '能力评分', '未参与盘点'], ['potential', 'competency', 'left out'])],
    notReviewed: ['E002'],
  },
  {
    name: 'missing potential column, derived from the competencies',
    sheets: [
      roster(
        [
          ['E001', '张伟', 'A', 4, 4, 4, 4, 4], // no level: required 3; +1 → 高
          ['E002', '李娜', 'B', 3, 3, 3, 3, 3], // 0 → 中
        ],
        ['工号', '姓名', '绩效', ...COMP],
      ),
    ],
    problems: [],
    reviewed: { E001: { 潜力等级: '高', 九宫格编号: 9 }, E002: { 潜力等级: '中', 九宫格编号: 5 } },
  },
  {
    name: 'missing name column: the ID stands in, with one warning',
    sheets: [roster([['E001', '研发中心', 'A', '高'], ['E002', '研发中心', 'B', '中']], ['工号', '部门', '绩效', '潜力'])],
    problems: [warn('A1:D1', ['没有姓名列', '工号代替'], ['no name column', 'ID stands in'])],
    reviewed: { E001: { 姓名: 'E001' }, E002: { 姓名: 'E002' } },
  },
  {
    name: 'two columns naming one field',
    sheets: [roster([['E001', '张伟', 'A', 'C', '高']], ['工号', '姓名', '绩效', '绩效等级', '潜力'])],
    problems: [err('D1', ['C1「绩效」', 'D1「绩效等级」', '列:绩效'], ['C1 "绩效"', 'D1 "绩效等级"', 'both name'])],
    reviewed: { E001: { 绩效等级: '优秀' } },
  },
  {
    name: 'title rows above the header',
    sheets: [
      {
        name: ROSTER,
        rows: [['2025 年度工程师盘点名单'], ['制表：人力资源部', null, null, '日期：2025-12-01'], [], H, E1, ['E002', '李娜', '研发中心', 'X', '中', 5]],
        merges: ['A1:F1'],
      },
    ],
    problems: [err('D6', ['「X」', '无法识别', '未参与盘点'], ['"X"', 'not known', 'left out'])],
    reviewed: { E001: { 九宫格编号: 9 } },
    notReviewed: ['E002'],
  },
  {
    name: 'two-row merged header (工号 and 姓名 merged down, groups merged across)',
    sheets: [
      {
        name: ROSTER,
        rows: [
          ['工号', '姓名', '考核结果', null, '能力评分', null, null, null, null],
          [null, null, '绩效', '潜力', ...COMP],
          ['E001', '张伟', 'A', '高', 4, 4, 4, 4, 4],
          ['E002', '李娜', 'B', null, 3, 3, 3, 3, 9],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:I1'],
      },
    ],
    problems: [warn('I4', ['「创新变革能力」', '9', '1–5'], ['"创新变革能力"', '9', '1–5'])],
    reviewed: { E001: { 九宫格编号: 9 }, E002: { 潜力等级: '中', 九宫格编号: 5 } },
  },
  {
    name: 'two-row header with group titles over the real header',
    sheets: [
      {
        name: ROSTER,
        rows: [['基本信息', null, null, '考核', null, null], H, E1, ['E002', '李娜', '研发中心', null, '中', 5]],
        merges: ['A1:C1', 'D1:F1'],
      },
    ],
    problems: [err('D4', ['绩效未填写', '未参与盘点'], ['performance is not given', 'left out'])],
    reviewed: { E001: { 九宫格编号: 9 } },
    notReviewed: ['E002'],
  },
  {
    name: 'two roster sheets (工程师名单 and Roster)',
    sheets: [roster([E1]), roster([['R001', 'Ann', 'R&D', 'B', 'M', 3]], ['ID', 'Name', 'Department', 'Performance', 'Potential', 'Years of service'], 'Roster')],
    problems: [warn('A1', ['「工程师名单」', '「Roster」', '名单工作表'], ['"工程师名单"', '"Roster"', 'roster sheet'], 'Roster')],
    reviewed: { E001: {} },
    notReviewed: ['R001'],
  },
  {
    name: 'two roster sheets (花名册 and 人员名单)',
    sheets: [roster([['P001', '王强', '工艺', 'C', '低', 3]], H, '人员名单'), roster([E2], H, '花名册')],
    problems: [warn('A1', ['「花名册」', '「人员名单」', '名单工作表'], ['"花名册"', '"人员名单"', 'roster sheet'], '人员名单')],
    reviewed: { E002: {} },
    notReviewed: ['P001'],
  },
  {
    name: 'two roster sheets, the settings choose one',
    sheets: [
      roster([E1]),
      roster([['R001', 'Ann', 'R&D', 'B', 'M', 3]], ['ID', 'Name', 'Department', 'Performance', 'Potential', 'Years of service'], 'Roster'),
      { name: '盘点设置', rows: [SETTINGS_HEAD, ['名单工作表', 'Roster']] },
    ],
    problems: [],
    reviewed: { R001: { 九宫格编号: 5 } },
    notReviewed: ['E001'],
  },
  {
    name: 'the roster sheet named in the settings does not exist',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['名单工作表', '名单2024']] }],
    problems: [warn('B2', ['「名单2024」', '不存在'], ['"名单2024"', 'does not exist'], '盘点设置')],
    reviewed: { E001: {} },
  },
  {
    name: 'a roster under a sheet name the reader does not know, found by its columns',
    sheets: [roster([E1, E2], H, '员工信息表')],
    problems: [],
    reviewed: { E001: { 九宫格编号: 9 }, E002: { 九宫格编号: 5 } },
  },
  {
    name: 'a header and no data rows',
    sheets: [roster([])],
    problems: [warn('A2', ['没有数据行'], ['no rows'])],
  },
  {
    name: 'every row unusable: nothing reviewed, nothing crashes',
    sheets: [roster([[null, '张伟', '研发中心', 'A', '高', 3], [null, '李娜', '研发中心', 'B', '中', 5]])],
    problems: [err('A2', ['工号为空'], ['ID is empty']), err('A3', ['工号为空'], ['ID is empty'])],
  },

  // ---------------------------------------------------------------- files the reader refuses
  {
    name: '.xls file (OLE2/BIFF)',
    file: { name: '名单.xls', bytes: async () => ole2('Workbook') },
    fatal: at('名单.xls', '', 'error', ['.xls', '另存为', '.xlsx'], ['.xls', 'Save As', '.xlsx']),
    problems: [],
  },
  {
    name: '.et file (WPS)',
    file: { name: '名单.et', bytes: async () => ole2('Workbook') },
    fatal: at('名单.et', '', 'error', ['.et', '另存为', '.xlsx'], ['.et', 'Save As', '.xlsx']),
    problems: [],
  },
  {
    name: 'password-protected .xlsx (an OLE2 container)',
    file: { name: '名单.xlsx', bytes: async () => ole2('EncryptionInfo EncryptedPackage') },
    fatal: at('名单.xlsx', '', 'error', ['密码', '.xlsx'], ['password', '.xlsx']),
    problems: [],
  },
  {
    name: 'a text file named .xlsx',
    file: { name: '名单.xlsx', bytes: async () => new Uint8Array(Buffer.from('工号,姓名\nE001,张伟\n', 'utf8')) },
    fatal: at('名单.xlsx', '', 'error', ['不是 Excel 工作簿', '.xlsx'], ['not an Excel workbook', '.xlsx']),
    problems: [],
  },
  {
    name: 'an empty file named .xlsx',
    file: { name: '空.xlsx', bytes: async () => new Uint8Array(0) },
    fatal: at('空.xlsx', '', 'error', ['不是 Excel 工作簿'], ['not an Excel workbook']),
    problems: [],
  },
  {
    name: 'a damaged .xlsx (cut short)',
    file: {
      name: '损坏.xlsx',
      bytes: async () => {
        const { xlsxBytes } = await import('./build');
        const whole = await xlsxBytes([roster([E1, E2])]);
        return whole.slice(0, Math.floor(whole.length / 2));
      },
    },
    fatal: at('损坏.xlsx', '', 'error', ['损坏', '.xlsx'], ['damaged', '.xlsx']),
    problems: [],
  },

  // ---------------------------------------------------------------- years of service
  {
    name: "years as '5年', '12 年', '0.5年'",
    sheets: [roster([['E001', '张伟', '研发中心', 'A', '高', '5年'], ['E002', '李娜', '研发中心', 'B', '中', '12 年'], ['E003', '王强', '工艺', 'C', '低', '0.5年']])],
    problems: [],
    reviewed: { E001: { 成长阶段: '提升期' }, E002: { 成长阶段: '成才期' }, E003: { 成长阶段: '融合期' } },
  },
  {
    name: 'years derived from a work-start date (a date, a text date, a date after the review)',
    sheets: [
      roster(
        [
          ['E001', '张伟', 'A', '高', { value: date('2015-07-01'), format: 'yyyy-mm-dd' }], // 11.4 years → 成才期
          ['E002', '李娜', 'B', '中', '2023/7/1'], // 3.4 → 蓄能期
          ['E003', '王强', 'C', '低', { value: date('2026-12-31'), format: 'yyyy-mm-dd' }],
        ],
        ['工号', '姓名', '绩效', '潜力', '参加工作时间'],
      ),
    ],
    problems: [warn('E4', ['2026-12-31', '晚于盘点日期'], ['2026-12-31', 'after the review date'])],
    reviewed: { E001: { 成长阶段: '成才期' }, E002: { 成长阶段: '蓄能期' }, E003: { 成长阶段: '' } },
  },
  {
    name: 'years negative or not a number',
    sheets: [roster([['E001', '张伟', '研发中心', 'A', '高', -3], ['E002', '李娜', '研发中心', 'B', '中', '很久']])],
    problems: [
      warn('F2', ['「工龄」', '「-3」', '不小于 0'], ['"工龄"', '"-3"', '≥ 0']),
      warn('F3', ['「工龄」', '「很久」', '不小于 0'], ['"工龄"', '"很久"', '≥ 0']),
    ],
    reviewed: { E001: { 成长阶段: '', 九宫格编号: 9 }, E002: { 成长阶段: '', 九宫格编号: 5 } },
  },
  {
    name: 'a date where the years belong',
    sheets: [roster([['E001', '张伟', '研发中心', 'A', '高', { value: date('2015-07-01'), format: 'yyyy-mm-dd' }], E2])],
    problems: [warn('F2', ['「工龄」', '2015-07-01', '日期'], ['"工龄"', '2015-07-01', 'date'])],
    reviewed: { E001: { 成长阶段: '', 九宫格编号: 9 }, E002: { 成长阶段: '提升期' } },
  },
  {
    name: 'dates in a score column and a competency column',
    sheets: [
      roster(
        [
          ['E001', '张伟', { value: date('2024-03-05'), format: 'yyyy/m/d' }, '高', 4],
          ['E002', '李娜', 90, '中', { value: date('2024-03-05'), format: 'yyyy-mm-dd' }],
        ],
        ['工号', '姓名', '绩效得分', '潜力', '复杂问题解决能力'],
      ),
    ],
    problems: [
      err('C2', ['「绩效得分」', '2024/3/5', '日期', '未参与盘点'], ['"绩效得分"', '2024/3/5', 'date', 'left out']),
      warn('E3', ['「复杂问题解决能力」', '2024-03-05', '日期'], ['"复杂问题解决能力"', '2024-03-05', 'date']),
    ],
    notReviewed: ['E001'],
    reviewed: { E002: { 绩效等级: '优秀', 九宫格编号: 6 } },
  },

  // ---------------------------------------------------------------- rating words
  {
    name: 'ratings A+, B−, S级, C-, full-width Ａ',
    sheets: [
      roster([
        ['E001', '张伟', '研发中心', 'A+', '高', 3],
        ['E002', '李娜', '研发中心', 'B−', '中', 3],
        ['E003', '王强', '工艺', 'S级', '低', 3],
        ['E004', '赵敏', '工艺', 'C-', '中', 3],
        ['E005', '刘洋', '工艺', 'Ａ', 'H', 3],
      ]),
    ],
    problems: [],
    reviewed: {
      E001: { 绩效等级: '优秀', 九宫格编号: 9 },
      E002: { 绩效等级: '合格', 九宫格编号: 5 },
      E003: { 绩效等级: '优秀', 九宫格编号: 3 },
      E004: { 绩效等级: '待提升', 九宫格编号: 4 },
      E005: { 绩效等级: '优秀', 潜力等级: '高' },
    },
  },
  {
    name: 'ratings 优/良/中/差 and potentials H/M/L',
    sheets: [
      roster([
        ['E001', '张伟', '研发中心', '优', 'H', 3],
        ['E002', '李娜', '研发中心', '良', 'M', 3],
        ['E003', '王强', '工艺', '中', 'L', 3],
        ['E004', '赵敏', '工艺', '差', '低', 3],
      ]),
    ],
    problems: [],
    reviewed: {
      E001: { 绩效等级: '优秀', 潜力等级: '高' },
      E002: { 绩效等级: '合格', 潜力等级: '中' },
      E003: { 绩效等级: '合格', 潜力等级: '低' },
      E004: { 绩效等级: '待提升', 九宫格编号: 1 },
    },
  },
  {
    name: 'unknown performance ratings',
    sheets: [roster([E1, ['E002', '李娜', '研发中心', 'X', '中', 5], ['E003', '王强', '工艺', '甲', '低', 3]])],
    problems: [
      err('D3', ['「X」', '无法识别', '绩效映射:X', '未参与盘点'], ['"X"', 'not known', 'performance map:X', 'left out']),
      err('D4', ['「甲」', '无法识别', '未参与盘点'], ['"甲"', 'not known', 'left out']),
    ],
    reviewed: { E001: {} },
    notReviewed: ['E002', 'E003'],
  },
  {
    name: 'unknown potential: derived where competencies exist, else the row is left out',
    sheets: [
      roster(
        [['E001', '张伟', 'A', '很强', 5], ['E002', '李娜', 'B', '很强', null]],
        ['工号', '姓名', '绩效', '潜力', '复杂问题解决能力'],
      ),
    ],
    problems: [
      warn('D2', ['「很强」', '无法识别', '推导'], ['"很强"', 'not known', 'derived']),
      err('D3', ['「很强」', '无法识别', '未参与盘点'], ['"很强"', 'not known', 'left out']),
    ],
    reviewed: { E001: { 潜力等级: '高', 九宫格编号: 9 } },
    notReviewed: ['E002'],
  },
  {
    name: 'a boolean TRUE as the performance',
    sheets: [roster([['E001', '张伟', '研发中心', true, '高', 3], E2])],
    problems: [err('D2', ['「TRUE」', '无法识别'], ['"TRUE"', 'not known'])],
    notReviewed: ['E001'],
    reviewed: { E002: {} },
  },
  {
    name: 'performance empty',
    sheets: [roster([E1, ['E002', '李娜', '研发中心', null, '中', 5]])],
    problems: [err('D3', ['绩效未填写', '未参与盘点'], ['performance is not given', 'left out'])],
    notReviewed: ['E002'],
  },
  {
    name: 'a rating with an unreadable score beside it: the rating decides',
    sheets: [roster([['E001', '张伟', 'A', 'abc', '高']], ['工号', '姓名', '绩效', '绩效得分', '潜力'])],
    problems: [warn('D2', ['「绩效得分」', '「abc」', '不是分数'], ['"绩效得分"', '"abc"', 'not a score'])],
    reviewed: { E001: { 绩效等级: '优秀', 九宫格编号: 9 } },
  },

  // ---------------------------------------------------------------- names and IDs
  {
    name: 'two engineers with the same name',
    sheets: [roster([['E001', '张伟', '研发中心', 'A', '高', 12], ['E002', '张伟', '工艺', 'B', '中', 5]])],
    problems: [],
    reviewed: { E001: { 姓名: '张伟', 九宫格编号: 9 }, E002: { 姓名: '张伟', 九宫格编号: 5 } },
    nineBox: ['张伟(E001)', '张伟(E002)'],
  },
  {
    name: 'duplicate IDs: the first row is kept',
    sheets: [roster([E1, ['E001', '张伟二', '工艺', 'C', '低', 3], E2])],
    problems: [err('A3', ['「E001」', 'A2', '重复', '未参与盘点'], ['"E001"', 'repeats A2', 'left out'])],
    reviewed: { E001: { 姓名: '张伟', 九宫格编号: 9 }, E002: {} },
  },
  {
    name: 'duplicate IDs written differently (full-width, spaces)',
    sheets: [roster([E1, ['Ｅ００１ ', '张伟二', '工艺', 'C', '低', 3]])],
    problems: [err('A3', ['E001', 'A2', '重复'], ['E001', 'repeats A2'])],
    reviewed: { E001: { 姓名: '张伟' } },
  },
  {
    name: 'empty IDs (nothing, spaces)',
    sheets: [roster([E1, [null, '无工号', '研发中心', 'A', '高', 3], ['   ', '空格', '研发中心', 'B', '中', 3], E2])],
    problems: [err('A3', ['工号为空', '未参与盘点'], ['ID is empty', 'left out']), err('A4', ['工号为空'], ['ID is empty'])],
    reviewed: { E001: {}, E002: {} },
  },
  {
    name: 'an ID that is an Excel error',
    sheets: [roster([E1, [{ error: '#N/A' }, '错误', '研发中心', 'A', '高', 3]])],
    problems: [err('A3', ['#N/A', '未参与盘点'], ['#N/A', 'left out'])],
    reviewed: { E001: {} },
  },
  {
    name: 'an ID typed as a number among 00123-style text IDs (leading zeros lost)',
    sheets: [roster([['00101', '张伟', '研发中心', 'A', '高', 12], ['00102', '李娜', '研发中心', 'B', '中', 5], [103, '王强', '工艺', 'C', '低', 3]])],
    problems: [warn('A4', ['103', '前导零', '00101'], ['103', 'leading zero', '00101'])],
    reviewed: { '00101': {}, '00102': {}, '103': { 九宫格编号: 1 } },
  },
  {
    name: "an ID number formatted '00000' keeps its zeros",
    sheets: [roster([[{ value: 101, format: '00000' }, '张伟', '研发中心', 'A', '高', 12], ['00102', '李娜', '研发中心', 'B', '中', 5]])],
    problems: [],
    reviewed: { '00101': { 姓名: '张伟' }, '00102': {} },
  },
  {
    name: "an ID number formatted '00000' repeats a text ID",
    sheets: [roster([['00101', '张伟', '研发中心', 'A', '高', 12], [{ value: 101, format: '00000' }, '重复', '研发中心', 'B', '中', 5]])],
    problems: [err('A3', ['「00101」', 'A2', '重复'], ['"00101"', 'repeats A2'])],
    reviewed: { '00101': { 姓名: '张伟' } },
  },
  {
    name: 'very long name (320 characters)',
    sheets: [roster([['E001', '长'.repeat(320), '研发中心', 'A', '高', 12], E2])],
    problems: [],
    reviewed: { E001: { 姓名: '长'.repeat(320), 九宫格编号: 9 } },
  },
  {
    name: 'emoji and rare CJK characters in names',
    sheets: [roster([['E001', '张😀伟', '研发中心', 'A', '高', 12], ['E002', '𠀀𪚥', '研发中心', 'B', '中', 5], ['E003', '👩‍💻李', '工艺', 'C', '低', 3]])],
    problems: [],
    reviewed: { E001: { 姓名: '张😀伟' }, E002: { 姓名: '𠀀𪚥' }, E003: { 姓名: '👩‍💻李' } },
    nineBox: ['张😀伟', '𠀀𪚥', '👩‍💻李'],
  },
  {
    name: 'formula-like names (=1+1, +86, -x, @me) stay text',
    sheets: [
      roster([
        ['E001', '=1+1', '研发中心', 'A', '高', 12],
        ['E002', '+86', '研发中心', 'B', '中', 5],
        ['E003', '-x', '工艺', 'C', '低', 3],
        ['E004', '@me', '工艺', 'B', '高', 3],
      ]),
    ],
    problems: [],
    reviewed: { E001: { 姓名: '=1+1' }, E002: { 姓名: '+86' }, E003: { 姓名: '-x' }, E004: { 姓名: '@me' } },
    textCells: ['=1+1', '+86', '-x', '@me'],
  },
  {
    name: 'formula-like IDs and departments stay text',
    sheets: [roster([['=E001', '张伟', '=SUM(A1:A9)', 'A', '高', 12], ['-002', '李娜', '+研发', 'B', '中', 5]])],
    problems: [],
    reviewed: { '=E001': { 部门: '=SUM(A1:A9)' }, '-002': { 部门: '+研发' } },
    textCells: ['=E001', '=SUM(A1:A9)', '-002', '+研发'],
  },
  {
    name: 'a name in rich text',
    sheets: [roster([['E001', { richText: ['张', '伟'] }, '研发中心', 'A', '高', 12]])],
    problems: [],
    reviewed: { E001: { 姓名: '张伟' } },
  },
  {
    name: 'name empty: the ID stands in',
    sheets: [roster([E1, ['E002', null, '研发中心', 'B', '中', 5]])],
    problems: [warn('B3', ['姓名为空', '「E002」'], ['name is empty', '"E002"'])],
    reviewed: { E002: { 姓名: 'E002' } },
  },

  // ---------------------------------------------------------------- numbers
  {
    name: 'scores out of range',
    sheets: [
      roster(
        [['E001', '张伟', 85, 90], ['E002', '李娜', 120, 80], ['E003', '王强', 70, -5]],
        ['工号', '姓名', '绩效得分', '潜力得分'],
      ),
    ],
    problems: [
      err('C3', ['「绩效得分」', '120', '超出', '未参与盘点'], ['"绩效得分"', '120', 'outside', 'left out']),
      err('D4', ['「潜力得分」', '-5', '超出', '未参与盘点'], ['"潜力得分"', '-5', 'outside', 'left out']),
    ],
    reviewed: { E001: { 绩效等级: '优秀', 潜力等级: '高' } },
    notReviewed: ['E002', 'E003'],
  },
  {
    name: 'competency scores out of 1–5',
    sheets: [roster([['E001', '张伟', 'A', '高', 7, 0, 4]], ['工号', '姓名', '绩效', '潜力', '专业技术研究能力', '工程实践与应用能力', '创新变革能力'])],
    problems: [
      warn('E2', ['「专业技术研究能力」', '7', '1–5'], ['"专业技术研究能力"', '7', '1–5']),
      warn('F2', ['「工程实践与应用能力」', '0', '1–5'], ['"工程实践与应用能力"', '0', '1–5']),
    ],
    reviewed: { E001: { 九宫格编号: 9 } },
  },
  {
    name: 'text in numeric columns',
    sheets: [
      roster(
        [['E001', '张伟', 'abc', '高', '良好', '两个'], ['E002', '李娜', 75, '中', 3, 1]],
        ['工号', '姓名', '绩效得分', '潜力', '复杂问题解决能力', '牵头项目数'],
      ),
    ],
    problems: [
      err('C2', ['「绩效得分」', '「abc」', '不是分数', '未参与盘点'], ['"绩效得分"', '"abc"', 'not a score', 'left out']),
    ],
    reviewed: { E002: { 绩效等级: '合格' } },
    notReviewed: ['E001'],
  },
  {
    name: 'text in competency and count columns of a reviewed row',
    sheets: [
      roster([['E001', '张伟', 'A', '高', '良好', '两个']], ['工号', '姓名', '绩效', '潜力', '复杂问题解决能力', '牵头项目数']),
    ],
    problems: [
      warn('E2', ['「复杂问题解决能力」', '「良好」', '1–5'], ['"复杂问题解决能力"', '"良好"', '1–5']),
      warn('F2', ['「牵头项目数」', '「两个」', '整数'], ['"牵头项目数"', '"两个"', 'whole number']),
    ],
    reviewed: { E001: { 九宫格编号: 9 } },
  },
  {
    name: 'full-width digits (８５) and spaces around numbers',
    sheets: [
      roster(
        [['E001', '张伟', '８５', '４', '１２'], ['E002', '李娜', ' 72 ', ' 3 ', '５年']],
        ['工号', '姓名', '绩效得分', '复杂问题解决能力', '工龄'],
      ),
    ],
    problems: [],
    reviewed: { E001: { 绩效等级: '优秀', 成长阶段: '成才期' }, E002: { 绩效等级: '合格', 成长阶段: '提升期' } },
  },
  {
    name: 'percentages: a % format and text like 85%',
    sheets: [
      roster(
        [
          ['E001', '张伟', { value: 0.85, format: '0%' }, { value: 0.9, format: '0.0%' }],
          ['E002', '李娜', '72%', '60%'],
        ],
        ['工号', '姓名', '绩效得分', '潜力得分'],
      ),
    ],
    problems: [],
    reviewed: { E001: { 绩效等级: '优秀', 潜力等级: '高', 九宫格编号: 9 }, E002: { 绩效等级: '合格', 潜力等级: '低', 九宫格编号: 2 } },
  },
  {
    name: 'Excel error values in the ratings (#REF!, #N/A)',
    sheets: [
      roster(
        [['E001', '张伟', { error: '#REF!' }, '高', 4], ['E002', '李娜', 'B', { error: '#N/A' }, 4], ['E003', '王强', 'A', '高', 3]],
        ['工号', '姓名', '绩效', '潜力', '复杂问题解决能力'],
      ),
    ],
    problems: [
      err('C2', ['「绩效」', '#REF!', '未参与盘点'], ['"绩效"', '#REF!', 'left out']),
      warn('D3', ['「潜力」', '#N/A', '推导'], ['"潜力"', '#N/A', 'derived']),
    ],
    reviewed: { E002: { 潜力等级: '高' }, E003: {} },
    notReviewed: ['E001'],
  },
  {
    name: 'Excel error values in other columns (#N/A, #DIV/0!, #VALUE!)',
    sheets: [roster([['E001', { error: '#VALUE!' }, { error: '#N/A' }, 'A', '高', { error: '#DIV/0!' }], E2])],
    problems: [
      warn('B2', ['「姓名」', '#VALUE!'], ['"姓名"', '#VALUE!']),
      warn('C2', ['「部门」', '#N/A'], ['"部门"', '#N/A']),
      warn('F2', ['「工龄」', '#DIV/0!'], ['"工龄"', '#DIV/0!']),
    ],
    reviewed: { E001: { 九宫格编号: 9, 成长阶段: '' }, E002: {} },
  },

  // ---------------------------------------------------------------- formulas, hidden and filtered rows
  {
    name: 'formulas with cached results are read by their results',
    sheets: [
      roster([
        [{ formula: '"E0"&"01"', result: 'E001' }, '张伟', '研发中心', { formula: 'IF(1,"A","B")', result: 'A' }, '高', { formula: '10+2', result: 12 }],
        E2,
      ]),
    ],
    problems: [],
    reviewed: { E001: { 绩效等级: '优秀', 成长阶段: '成才期' }, E002: {} },
  },
  {
    name: 'a formula without a cached result (saved by a tool that does not calculate)',
    sheets: [roster([E1, ['E002', '李娜', '研发中心', { formula: 'VLOOKUP(A3,考核!A:B,2,0)' }, '中', 5]])],
    problems: [err('D3', ['公式', '未参与盘点'], ['formula', 'left out'])],
    reviewed: { E001: {} },
    notReviewed: ['E002'],
    notInExcel: 'Excel calculates every formula; only a file saved by another tool lacks the result',
  },
  {
    name: 'hidden rows are reviewed, with a warning',
    sheets: [{ ...roster([E1, E2, ['E003', '王强', '工艺', 'C', '低', 3]]), hiddenRows: [3] }],
    problems: [warn('A3', ['1 个隐藏行', '已参与盘点'], ['1 hidden row', 'included'])],
    reviewed: { E001: {}, E002: {}, E003: {} },
  },
  {
    name: 'a filtered table (an autofilter hiding rows)',
    sheets: [{ ...roster([E1, E2, ['E003', '王强', '工艺', 'C', '低', 3], ['E004', '赵敏', '工艺', 'B', '高', 3]]), autoFilter: 'A1:F5', hiddenRows: [3, 5] }],
    problems: [warn('A3', ['2 个隐藏行', '筛选'], ['2 hidden row', 'filtered'])],
    reviewed: { E001: {}, E002: {}, E003: {}, E004: {} },
  },

  // ---------------------------------------------------------------- other roster fields
  {
    name: 'unknown category on two rows: one warning',
    sheets: [roster([['E001', '张伟', '软件工程师', 'A', '高'], ['E002', '李娜', '软件工程师', 'B', '中'], ['E003', '王强', '研发工程师', 'C', '低']], ['工号', '姓名', '工程师类别', '绩效', '潜力'])],
    problems: [warn('C2', ['「软件工程师」', '2 行'], ['"软件工程师"', '2 row'])],
    reviewed: { E001: {}, E002: {}, E003: {} },
  },
  {
    name: 'unknown level',
    sheets: [roster([['E001', '张伟', '特级', 'A', '高']], ['工号', '姓名', '培育层级', '绩效', '潜力'])],
    problems: [warn('C2', ['「培育层级」', '「特级」', '初级'], ['"培育层级"', '"特级"', 'Tier'])],
    reviewed: { E001: { 九宫格编号: 9 } },
  },
  {
    name: 'bad key position, flight risk and career interest',
    sheets: [roster([['E001', '张伟', 'A', '高', '也许', '很高', '科研']], ['工号', '姓名', '绩效', '潜力', '关键岗位', '流失风险', '职业兴趣'])],
    problems: [
      warn('E2', ['「关键岗位」', '「也许」', '是/否'], ['"关键岗位"', '"也许"', 'yes/no']),
      warn('F2', ['「流失风险」', '「很高」', '高/中/低'], ['"流失风险"', '"很高"', 'High/Medium/Low']),
      warn('G2', ['「职业兴趣」', '「科研」', '技术通道'], ['"职业兴趣"', '"科研"', 'technical']),
    ],
    reviewed: { E001: { 九宫格编号: 9 } },
  },
  {
    name: 'a mentor not in the roster (kept as an external mentor), and a mentor who is the engineer',
    sheets: [roster([['E001', '张伟', 'A', '高', 'E999'], ['E002', '李娜', 'B', '中', 'E002']], ['工号', '姓名', '绩效', '潜力', '导师工号'])],
    problems: [
      at(ROSTER, 'E2', 'info', ['「E999」', '不在名单中', '外部导师'], ['"E999"', 'not on the roster', 'external mentor']),
      warn('E3', ['不能是本人'], ['cannot mentor themselves']),
    ],
    reviewed: { E001: { 导师: 'E999（外部导师）' }, E002: {} },
  },
  {
    name: 'previous box 10 and projects led 2.5',
    sheets: [roster([['E001', '张伟', 'A', '高', 10, 2.5]], ['工号', '姓名', '绩效', '潜力', '上期九宫格', '牵头项目数'])],
    problems: [
      warn('E2', ['「上期九宫格」', '「10」', '1–9'], ['"上期九宫格"', '"10"', '1–9']),
      warn('F2', ['「牵头项目数」', '「2.5」', '整数'], ['"牵头项目数"', '"2.5"', 'whole number']),
    ],
    reviewed: { E001: { 九宫格编号: 9 } },
  },

  // ---------------------------------------------------------------- the calibration log
  {
    name: '校准记录 row naming nobody (an ID not in the roster)',
    sheets: [
      roster([E1, E2]),
      { name: '校准记录', rows: [LOG_HEAD, ['2026-11-20 10:00', 'E999', '无名', 5, 9, '会议', '王总'], ['2026-11-20 10:05', 'E002', '李娜', 5, 8, '项目突出', '王总']] },
    ],
    problems: [warn('B2', ['E999', '不在本次盘点中'], ['E999', 'not in this review'], '校准记录')],
    reviewed: { E001: { 校准后九宫格: 9 }, E002: { 九宫格编号: 5, 校准后九宫格: 8 } },
  },
  {
    name: '校准记录 rows with an unknown box and without an ID',
    sheets: [
      roster([E1, E2]),
      {
        name: '校准记录',
        rows: [
          LOG_HEAD,
          ['2026-11-20 10:00', 'E001', '张伟', 9, 10, '会议', '王总'],
          ['2026-11-20 10:01', 'E002', '李娜', 5, '超级巨星', '会议', '王总'],
          ['2026-11-20 10:02', null, '某人', 5, 6, '会议', '王总'],
        ],
      },
    ],
    problems: [
      warn('E2', ['「10」', '不是九宫格', '未应用'], ['"10"', 'not a box', 'not applied'], '校准记录'),
      warn('E3', ['「超级巨星」', '不是九宫格'], ['"超级巨星"', 'not a box'], '校准记录'),
      warn('B4', ['缺少工号', '未应用'], ['no ID', 'not applied'], '校准记录'),
    ],
    reviewed: { E001: { 校准后九宫格: 9 }, E002: { 校准后九宫格: 5 } },
  },

  // ---------------------------------------------------------------- the settings sheet
  {
    name: 'settings with an unknown key',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['未知设置', '1', '随手写的'], ['差距高线', 2]] }],
    problems: [warn('A2', ['未知的设置项', '「未知设置」'], ['Unknown setting', '"未知设置"'], '盘点设置')],
    reviewed: { E001: {} },
  },
  {
    name: 'settings with a non-numeric threshold',
    sheets: [roster([['E001', '张伟', 80, '高'], ['E002', '李娜', 90, '中']], ['工号', '姓名', '绩效得分', '潜力']), { name: '盘点设置', rows: [SETTINGS_HEAD, ['百分制绩效优秀线', '高']] }],
    problems: [warn('B2', ['「高」', '0–100'], ['"高"', '0–100'], '盘点设置')],
    // The default 85 stays: 80 is 合格.
    reviewed: { E001: { 绩效等级: '合格' }, E002: { 绩效等级: '优秀' } },
  },
  {
    name: 'settings with cut-offs out of order',
    sheets: [
      roster([['E001', '张伟', 75, '高'], ['E002', '李娜', 90, '中']], ['工号', '姓名', '绩效得分', '潜力']),
      { name: '盘点设置', rows: [SETTINGS_HEAD, ['百分制绩效优秀线', 60], ['百分制绩效合格线', 80]] },
    ],
    problems: [warn('B3', ['低于中线', '85、70'], ['below the middle line', '85, 70'], '盘点设置')],
    reviewed: { E001: { 绩效等级: '合格' }, E002: { 绩效等级: '优秀' } },
  },
  {
    name: 'settings with an unknown language',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['输出语言', 'fr-FR']] }],
    problems: [warn('B2', ['「fr-FR」', 'zh-CN'], ['"fr-FR"', 'zh-CN'], '盘点设置')],
    reviewed: { E001: {} },
  },
  {
    name: 'settings with a review date that is not a date',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['盘点日期', '明天']] }],
    problems: [warn('B2', ['「明天」', '不是日期'], ['"明天"', 'not a date'], '盘点设置')],
    reviewed: { E001: {} },
  },
  {
    name: 'settings map a column the roster does not have',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['列:绩效', '年度考核']] }],
    problems: [err('B2', ['「年度考核」', '不存在'], ['"年度考核"', 'not in the header'], '盘点设置')],
    reviewed: { E001: { 九宫格编号: 9 } },
  },
  {
    name: 'settings map a field that does not exist',
    sheets: [roster([E1]), { name: '盘点设置', rows: [SETTINGS_HEAD, ['列:爱好', '兴趣']] }],
    problems: [warn('A2', ['「爱好」', '不是可映射的字段'], ['"爱好"', 'not a field'], '盘点设置')],
    reviewed: { E001: {} },
  },
  {
    name: 'standards with a required level out of 1–5 and an unknown level',
    sheets: [
      roster([E1]),
      { name: '能力素质标准', rows: [['工程师类别', '培育层级', ...COMP], ['*', '*', 6, 3, 3, 3, 3], ['*', '特级', 3, 3, 3, 3, 3]] },
    ],
    problems: [
      warn('C2', ['「6」', '1–5'], ['"6"', '1–5'], '能力素质标准'),
      warn('B3', ['「特级」', '无法识别'], ['"特级"', 'not known'], '能力素质标准'),
    ],
    reviewed: { E001: {} },
  },
  // Hostile and odd files (issue 14): ./hostile.ts.
  ...HOSTILE_CASES,
];

/** The name of the review's sheets this corpus reads back. */
export const RESULTS_SHEET = '盘点结果';
export const CHECK_SHEET = '数据检查';
export const GRID_SHEET = '九宫格';
