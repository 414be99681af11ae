// Every string the pane shows, in zh-CN and en-US side by side. The pane follows Office's display language;
// the language of the sheets it writes is a workbook setting (输出语言), chosen apart.
import type { FieldKey } from '../domain/settings';
import type { Lang, Text } from '../domain/types';

export type { Lang };

/** Office's display language (`zh-CN`, `zh-TW`, `en-US`, `de-DE`, …) → the pane's language. */
export function paneLang(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

const T = {
  appTitle: { zh: '卓越盘点', en: 'Talent Review' },
  tabsLabel: { zh: '功能', en: 'Sections' },
  tabHome: { zh: '概览', en: 'Home' },
  tabRun: { zh: '运行', en: 'Run' },
  tabSetup: { zh: '设置', en: 'Setup' },
  tabMap: { zh: '列映射', en: 'Columns' },
  tabSettings: { zh: '盘点设置', en: 'Options' },
  tabTemplate: { zh: '模板', en: 'Template' },
  tabDepartments: { zh: '部门工作簿', en: 'Departments' },
  loading: { zh: '正在读取工作簿…', en: 'Reading the workbook…' },
  refresh: { zh: '重新检查', en: 'Check again' },
  rosterFound: { zh: '已找到名单工作表「{sheet}」', en: 'Roster found: sheet "{sheet}"' },
  rosterMissing: { zh: '未找到可用的工程师名单', en: 'No usable roster found' },
  engineersReviewable: { zh: '可盘点工程师：{n} 人', en: 'Engineers that can be reviewed: {n}' },
  problemsTitle: { zh: '数据问题（{n}）', en: 'Data problems ({n})' },
  noProblems: { zh: '未发现数据问题', en: 'No data problems found' },
  problemGoTo: { zh: '转到 {sheet}!{cell}', en: 'Go to {sheet}!{cell}' },
  showAll: { zh: '显示全部 {n} 条', en: 'Show all {n}' },
  severityError: { zh: '错误', en: 'Error' },
  severityWarning: { zh: '警告', en: 'Warning' },
  severityInfo: { zh: '提示', en: 'Info' },
  goToMap: { zh: '去映射列', en: 'Map columns' },
  retry: { zh: '重试', en: 'Retry' },
  standalone: { zh: '打开独立网页版', en: 'Open the standalone page' },
  failedTitle: { zh: '出错了', en: 'Something went wrong' },
  failedBody: {
    zh: '工作簿未被改动。可以重试，或检查名单的列映射，或改用独立网页版。',
    en: 'Your workbook was not changed. Retry, check the column mapping, or use the standalone page.',
  },
  help: { zh: '帮助', en: 'Help' },
  // Home: the next step
  nextStep: { zh: '下一步', en: 'Next step' },
  welcomeTitle: { zh: '欢迎使用卓越盘点', en: 'Welcome to Talent Review' },
  welcomeBody: {
    zh: '这个工作簿还没有工程师名单。先插入模板（含 20 名示例工程师）试运行一次，再把示例换成真实名单。',
    en: 'This workbook has no engineer roster yet. Insert the template with 20 sample engineers to try a review, then replace them with your own roster.',
  },
  insertSample: { zh: '插入模板（含示例）', en: 'Insert the template (with samples)' },
  templateOptions: { zh: '其他模板选项', en: 'More template options' },
  mapField: { zh: '选择「{field}」列', en: 'Choose the {field} column' },
  nextFix: { zh: '补全名单', en: 'Complete the roster' },
  nobodyPotential: {
    zh: '找不到潜力列，也没有能力素质评分，所以还没有人能放入九宫格。请选择潜力所在的列。',
    en: 'There is no potential column and no competency score, so nobody can be placed in the grid yet. Choose the column that holds potential.',
  },
  nobodyField: { zh: '找不到「{field}」列，所以还没有人可以盘点。', en: 'There is no {field} column, so nobody can be reviewed yet.' },
  nobodyBody: { zh: '原因：', en: 'Why: ' },
  nextRun: { zh: '运行盘点', en: 'Run the review' },
  nextRunAgain: { zh: '名单已更新？再次运行盘点', en: 'Roster changed? Run the review again' },
  runButtonCount: { zh: '运行盘点（{n} 人）', en: 'Run the review ({n})' },
  openGrid: { zh: '打开九宫格', en: 'Open the nine-box' },
  openSheet: { zh: '打开「{sheet}」', en: 'Open "{sheet}"' },
  runAgain: { zh: '再次运行盘点', en: 'Run the review again' },
  runOptions: { zh: '选项', en: 'Options' },
  previousChoose: { zh: '选择工作簿…', en: 'Choose a workbook…' },
  previousClear: { zh: '不使用', en: 'Don’t use' },
  previousReading: { zh: '正在读取 {name}…', en: 'Reading {name}…' },
  reference: { zh: '本结果为培育参考，不作为评价结论', en: 'For cultivation reference only; not an evaluation verdict' },
  // Run
  outputsLegend: { zh: '要写入的工作表', en: 'Sheets to write' },
  runButton: { zh: '运行盘点', en: 'Run the review' },
  running: { zh: '正在运行…', en: 'Running…' },
  stage_read: { zh: '读取工作簿', en: 'Reading the workbook' },
  stage_review: { zh: '盘点计算', en: 'Reviewing' },
  stage_write: { zh: '写入工作表', en: 'Writing sheets' },
  stage_done: { zh: '完成', en: 'Done' },
  stageProgress: { zh: '{stage}（{done}/{total}）', en: '{stage} ({done}/{total})' },
  runDone: { zh: '已盘点 {n} 人，写入：{sheets}', en: 'Reviewed {n} {n:engineer|engineers}; written: {sheets}' },
  noOutputs: { zh: '请至少选择一个工作表', en: 'Choose at least one sheet' },
  previousLabel: { zh: '上期盘点工作簿（可选）', en: 'Previous review workbook (optional)' },
  previousHint: {
    zh: '选择上一轮的盘点工作簿，按工号比较九宫格变动；文件只在本机读取',
    en: "Pick last cycle's review workbook to show each engineer's movement; the file is read on this computer only",
  },
  previousLoaded: { zh: '已读取 {name}', en: 'Read {name}' },
  plansForLabel: { zh: '一人一策单独成表（可选）', en: 'Separate plan sheets (optional)' },
  plansForHint: { zh: '填写工号，用逗号分隔，例如 100101, 100102', en: 'Engineer IDs, comma-separated, e.g. 100101, 100102' },
  gridTitle: { zh: '九宫格', en: 'Nine-box' },
  potentialAxis: { zh: '↑ 潜力（纵轴）', en: '↑ Potential (up)' },
  performanceAxis: { zh: '绩效（横轴）→', en: 'Performance (across) →' },
  scaleHigh: { zh: '高', en: 'High' },
  scaleMedium: { zh: '中', en: 'Med' },
  scaleLow: { zh: '低', en: 'Low' },
  scaleNeeds: { zh: '待提升', en: 'Needs improvement' },
  scaleQualified: { zh: '合格', en: 'Qualified' },
  scaleExcellent: { zh: '优秀', en: 'Excellent' },
  showAllPeople: { zh: '显示全部 {n} 人', en: 'Show all {n}' },
  showAllInSheet: { zh: '在「{sheet}」中查看全部 {n} 人', en: 'View all {n} in "{sheet}"' },
  boxPeople: { zh: '{box} {label}（{count} 人）', en: '{box} {label} ({count})' },
  boxEmpty: { zh: '此格暂无工程师', en: 'Nobody in this box' },
  colName: { zh: '姓名', en: 'Name' },
  colId: { zh: '工号', en: 'ID' },
  // Map columns
  mapIntro: {
    zh: '为名单的每个字段选择所在的列。保存后记在「盘点设置」工作表中，名单本身不会改动。',
    en: 'Choose the column that holds each roster field. Saving records the choice in the settings sheet; the roster itself is not changed.',
  },
  mapSheet: { zh: '名单工作表', en: 'Roster sheet' },
  mapNoSheets: { zh: '工作簿中没有可作为名单的工作表', en: 'The workbook has no sheet that could hold a roster' },
  mapHeaderRow: { zh: '表头行：第 {row} 行', en: 'Header row: row {row}' },
  mapNone: { zh: '（不使用）', en: '(not used)' },
  mapRequired: { zh: '必填', en: 'required' },
  mapGuess: { zh: '按列名推测，请确认', en: 'Guessed from the column name; please confirm' },
  mapGuessBadge: { zh: '推测', en: 'Guess' },
  mapConfirm: { zh: '确认', en: 'Confirm' },
  mapConfirmField: { zh: '确认「{field}」的推测', en: 'Confirm the guess for {field}' },
  mapConfirmRequired: { zh: '请确认或改选推测的列：{fields}', en: 'Confirm or change the guessed columns: {fields}' },
  mapOthers: { zh: '其他字段（{n}）', en: 'Other fields ({n})' },
  mapMissing: { zh: '缺少必填列：{fields}', en: 'Required columns missing: {fields}' },
  mapSave: { zh: '保存映射', en: 'Save mapping' },
  mapSaved: { zh: '已保存到「{sheet}」，已重新检查', en: 'Saved to "{sheet}"; checked again' },
  mapNothing: { zh: '无需保存：当前列均可按名称识别', en: 'Nothing to save: every column is found by its name' },
  mapDuplicate: {
    zh: '同一列不能对应两个字段：{fields} 都选了「{column}」，请把其中一个改为（不使用）',
    en: 'One column cannot serve two fields: {fields} both use "{column}"; set one of them to (not used)',
  },
  mapTooFew: {
    zh: '除工号和绩效外至少再选一列（表头行按三列识别）',
    en: 'Choose at least one more column besides ID and performance (the header row is recognised by three columns)',
  },
  mapPerfEither: { zh: '绩效或绩效得分至少选一个', en: 'Choose performance or performance score' },
  // Value maps (绩效映射, 潜力映射, 层级映射) in 列映射
  valueMapPerformance: { zh: '绩效取值（「{column}」列，{n} 种）', en: 'Performance values ("{column}", {n})' },
  valueMapPotential: { zh: '潜力取值（「{column}」列，{n} 种）', en: 'Potential values ("{column}", {n})' },
  valueMapLevel: { zh: '培育层级取值（「{column}」列，{n} 种）', en: 'Level values ("{column}", {n})' },
  valueMapUnknown: { zh: '{n} 个待映射', en: '{n} to map' },
  valueMapIntro: {
    zh: '为列中出现的每个取值选择对应的档次；点「保存映射」时一并记入「盘点设置」。',
    en: 'Choose what each value in the column stands for; Save mapping records it in the settings sheet.',
  },
  valueMapValue: { zh: '「{value}」（{n} 人）', en: '"{value}" ({n} {n:row|rows})' },
  valueMapNone: { zh: '未识别：请选择档次', en: 'Not recognised: choose a band' },
  valueMapAsRead: { zh: '按默认：{band}', en: 'As read: {band}' },
  valueMapUnset: { zh: '（未映射）', en: '(not mapped)' },
  valueMapScore: { zh: '按分数读取', en: 'Read as a score' },
  valueMapMore: { zh: '另有 {n} 种取值未列出', en: '{n} more values not listed' },
  // Settings
  settingsIntro: {
    zh: '设置保存在工作簿的「盘点设置」工作表中，随文件一起传递。',
    en: 'Settings are saved in the workbook\'s settings sheet (盘点设置), so they travel with the file.',
  },
  settingsSave: { zh: '保存设置', en: 'Save settings' },
  settingsSaved: { zh: '已保存 {n} 项到「{sheet}」', en: 'Saved {n} {n:setting|settings} to "{sheet}"' },
  settingsNothing: { zh: '没有改动', en: 'Nothing changed' },
  settingsInvalid: { zh: '请先更正标红的项', en: 'Correct the fields marked in red first' },
  groupGeneral: { zh: '常规', en: 'General' },
  settingsAdvanced: { zh: '高级：分档线与检查阈值', en: 'Advanced: cut-offs and thresholds' },
  groupCutoffs: { zh: '分档线', en: 'Cut-offs' },
  groupChecks: { zh: '分布与上级检查', en: 'Distribution and manager checks' },
  groupPlans: { zh: '导师与计划', en: 'Mentoring and plans' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  reviewDateHint: { zh: '留空则用首次运行的日期', en: 'Empty: the date of the first run' },
  // Template
  templateIntro: {
    zh: '为新工作簿添加输入工作表：工程师名单、能力素质标准、盘点设置（带表头）。',
    en: 'Adds the input sheets to a new workbook: roster, standards and settings, with their headers.',
  },
  templateLang: { zh: '模板语言', en: 'Template language' },
  templateSample: { zh: '同时添加示例工程师', en: 'Also add sample engineers' },
  templateCount: { zh: '示例人数', en: 'Number of sample engineers' },
  templateInsert: { zh: '插入模板', en: 'Insert template' },
  templateExists: {
    zh: '工作簿中已有{sheets}，模板未插入，现有工作表未改动。',
    en: 'The workbook already has {sheets}; the template was not inserted and those sheets were left as they are.',
  },
  templateDone: { zh: '已添加：{sheets}', en: 'Added: {sheets}' },
  templateNext: { zh: '下一步', en: 'Next step' },
  templateCountInvalid: { zh: '示例人数应为 1–500 的整数', en: 'The number of sample engineers should be a whole number from 1 to 500' },
  // Calibration
  tabCalibrate: { zh: '校准', en: 'Calibrate' },
  calIntro: {
    zh: '盘点会议中调整工程师的九宫格：每次调整都追加一行到「校准记录」，原因必填；最后一行生效，撤销也是追加一行。',
    en: 'Move an engineer to another box in the review meeting: each move appends one row to the calibration log, with a required reason; the last row wins, and undo appends a row too.',
  },
  calSearch: { zh: '查找工程师（姓名或工号）', en: 'Find an engineer (name or ID)' },
  calUseSelection: { zh: '使用所选行', en: 'Use the selected row' },
  calNoSelection: { zh: '所选行中没有可识别的工号', en: 'The selected row names no reviewed engineer' },
  calSeveralAreas: {
    zh: '选中了 {n} 个区域。请只选中一位工程师所在的行（或一个区域），然后重试。',
    en: '{n} ranges are selected. Select one engineer’s row (or one range) and try again.',
  },
  calNoMatch: { zh: '没有匹配的工程师', en: 'No engineer matches' },
  calMore: { zh: '另有 {n} 人，请输入更多字符', en: '{n} more; type more to narrow down' },
  calComputed: { zh: '系统测算九宫格：{box}', en: 'Computed box: {box}' },
  calFinal: { zh: '当前（校准后）：{box}', en: 'Now (calibrated): {box}' },
  calNotCalibrated: { zh: '未校准', en: 'Not calibrated' },
  calGaps: { zh: '主要差距：{gaps}', en: 'Top gaps: {gaps}' },
  calNoGaps: { zh: '主要差距：无', en: 'Top gaps: none' },
  calHistory: { zh: '校准历史', en: 'Calibration history' },
  calNoHistory: { zh: '暂无校准记录', en: 'No calibration yet' },
  calHistoryRow: { zh: '{time} {from} → {to}（{who}）：{reason}', en: '{time} {from} → {to} ({who}): {reason}' },
  calPick: { zh: '调整到', en: 'Move to' },
  calReason: { zh: '原因', en: 'Reason' },
  calReasonHint: { zh: '必填：会议认定的依据', en: 'Required: why the meeting decided so' },
  calDecidedBy: { zh: '决定人', en: 'Decided by' },
  calDecidedByHint: { zh: '记在本工作簿中，下次自动填写', en: 'Remembered in this workbook for next time' },
  calSave: { zh: '记录校准', en: 'Record the calibration' },
  calUndo: { zh: '撤销校准', en: 'Undo the calibration' },
  calSaved: { zh: '已追加到「{sheet}」。重新运行盘点后，各输出工作表按校准后的九宫格更新。', en: 'Appended to "{sheet}". Run the review again to update the output sheets with the calibrated box.' },
  calNotRemembered: {
    zh: '校准已记录，但决定人未能记住，下次需重新填写。{detail}',
    en: 'The calibration was recorded, but the name in Decided by was not remembered for next time. {detail}',
  },
  calRerun: { zh: '重新运行盘点', en: 'Run the review again' },
  calRerunDone: { zh: '已重新运行，输出工作表已更新', en: 'Run again: the output sheets are up to date' },
  calSanityTitle: { zh: '请注意', en: 'Please note' },
  calSaveAnyway: { zh: '仍然记录', en: 'Record anyway' },
  calReasonRequired: { zh: '请填写原因', en: 'Give a reason' },
  calDecidedRequired: { zh: '请填写决定人', en: 'Say who decided' },
  calSameBox: { zh: '请选择与当前不同的格', en: 'Choose a box other than the current one' },
  calLogProblems: { zh: '校准记录问题（{n}）', en: 'Calibration log problems ({n})' },
  calMeetingPack: { zh: '生成会议材料', en: 'Write the meeting pack' },
  calMeetingPackFor: { zh: '会议材料部门', en: 'Meeting pack for' },
  calMeetingDone: { zh: '已生成：{sheets}', en: 'Written: {sheets}' },
  calBoxOption: { zh: '{box} {label}', en: '{box} {label}' },
  // Calibration's two tasks, the current box, the department list
  calTasks: { zh: '校准任务', en: 'Calibration tasks' },
  calTaskMove: { zh: '调整九宫格', en: 'Move a box' },
  calTaskPack: { zh: '会议材料', en: 'Meeting pack' },
  calCurrent: { zh: '当前', en: 'Current' },
  calIsCurrent: { zh: '这是当前所在的格，请选择要调整到的格', en: 'This is the current box; choose the box to move to' },
  calPackIntro: {
    zh: '为一个部门（或全部部门）生成可打印的盘点会议材料，每个部门一页。',
    en: 'Writes the printable review-meeting pack for one department (or all), one page per department.',
  },
  calAllDepartmentsOption: { zh: '全部部门（{n} 个）', en: 'All departments ({n})' },
  calDepartmentOption: { zh: '{department}（{n} 人）', en: '{department} ({n})' },
  calNoDepartments: { zh: '名单中没有部门列，材料按全部人员生成一页。', en: 'The roster has no department column; the pack is one page for everyone.' },
  langZh: { zh: '中文', en: '中文 (Chinese)' },
  langEn: { zh: 'English（英文）', en: 'English' },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof T;

/**
 * Strings of one table in one language; `{name}` placeholders are filled from `vars`, and `{n:one|other}`
 * by the word for the count `vars.n`.
 */
export interface StringTable<K extends string> {
  lang: Lang;
  t(key: K, vars?: Record<string, string | number>): string;
  /** A two-language text (a problem's message, a catalogue label) in the chosen language. */
  pick(text: Text): string;
}

export function stringTable<K extends string>(table: Record<K, Text>, lang: Lang): StringTable<K> {
  const pick = (text: Text): string => (lang === 'zh-CN' ? text.zh : text.en);
  return {
    lang,
    pick,
    t(key, vars) {
      let s = pick(table[key]);
      if (!vars) return s;
      for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
      // `{n:engineer|engineers}`: the English noun for the count n.
      return s.replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (all, k: string, one: string, other: string) =>
        k in vars ? (Number(vars[k]) === 1 ? one : other) : all);
    },
  };
}

/** The pane's strings in one language. */
export type Strings = StringTable<MessageKey>;

export function strings(lang: Lang): Strings {
  return stringTable(T, lang);
}

/** Names of the roster fields as the pane lists them (DOMAIN.md's alias table). */
export const FIELD_LABELS: Record<FieldKey, Text> = {
  id: { zh: '工号', en: 'ID' },
  name: { zh: '姓名', en: 'Name' },
  department: { zh: '部门', en: 'Department' },
  manager: { zh: '直接上级', en: 'Manager' },
  position: { zh: '岗位', en: 'Position' },
  category: { zh: '工程师类别', en: 'Category' },
  level: { zh: '培育层级', en: 'Level' },
  years: { zh: '工龄', en: 'Years of experience' },
  workStart: { zh: '参加工作时间', en: 'Work start date' },
  keyPosition: { zh: '关键岗位', en: 'Key position' },
  performance: { zh: '绩效', en: 'Performance' },
  performanceScore: { zh: '绩效得分', en: 'Performance score' },
  potential: { zh: '潜力', en: 'Potential' },
  potentialScore: { zh: '潜力得分', en: 'Potential score' },
  research: { zh: '专业技术研究能力', en: 'Technical research' },
  practice: { zh: '工程实践与应用能力', en: 'Engineering practice' },
  problemSolving: { zh: '复杂问题解决能力', en: 'Complex problem solving' },
  integration: { zh: '专业学科交叉与整合能力', en: 'Cross-discipline integration' },
  innovation: { zh: '创新变革能力', en: 'Innovation' },
  projectsLed: { zh: '牵头重大项目数', en: 'Projects led' },
  careerInterest: { zh: '职业兴趣', en: 'Career interest' },
  flightRisk: { zh: '流失风险', en: 'Flight risk' },
  inPool: { zh: '是否在库', en: 'In pool' },
  mentorId: { zh: '导师工号', en: 'Mentor ID' },
  previousBox: { zh: '上期九宫格', en: 'Previous box' },
  postPerformance: { zh: '岗位绩效', en: 'Post performance' },
  postPerformanceScore: { zh: '岗位绩效得分', en: 'Post performance score' },
  innovationPerformance: { zh: '创新绩效', en: 'Innovation performance' },
  innovationPerformanceScore: { zh: '创新绩效得分', en: 'Innovation performance score' },
  patents: { zh: '专利数', en: 'Patents' },
  inventionPatents: { zh: '发明专利数', en: 'Invention patents' },
  resultsTransferred: { zh: '成果转化数', en: 'Results transferred' },
  apprentices: { zh: '带徒人数', en: 'Apprentices taught' },
  innovations: { zh: '技术革新数', en: 'Innovations' },
};

/** The start gate's message, in both languages at once (shown before the pane knows it can run). */
export const TOO_OLD: Text = {
  zh: '此版本的 Excel 太旧，无法运行卓越盘点加载项（需要 ExcelApi {version}）。请更新 Excel，或改用独立网页版：',
  en: 'This version of Excel is too old for the Talent Review add-in (it needs ExcelApi {version}). Update Excel, or use the standalone page instead:',
};

export const NOT_IN_EXCEL: Text = {
  zh: '此页面是 Excel 加载项，需要在 Excel 中打开（“开始”选项卡 →“工程师盘点”）。没有 Excel 时，请改用独立网页版：',
  en: 'This page is an Excel add-in and opens inside Excel (Home tab → Talent review). Without Excel, use the standalone page instead:',
};

/** The standalone page, on the add-in's own origin. */
export const STANDALONE_PAGE = 'web.html';

/** The help page, beside the pane (src/help/help.html). */
export const HELP_PAGE = 'help.html';
