// The page's own strings (around the pane, whose strings live in src/taskpane/i18n.ts), zh-CN and en-US.
import type { Lang, Text } from '../domain/types';
import { stringTable, type StringTable } from '../taskpane/i18n';

const T = {
  pageTitle: { zh: '卓越盘点 · 网页版', en: 'Talent Review · web page' },
  privacy: {
    zh: '文件只在本浏览器中处理，不会上传到任何地方；您的原始文件不会被改动。',
    en: 'Your file is processed in this browser only and never uploaded; your own file is not changed.',
  },
  language: { zh: '语言 Language', en: 'Language 语言' },
  dropTitle: { zh: '打开名单工作簿', en: 'Open a roster workbook' },
  dropHere: { zh: '将 .xlsx 或 .csv 文件拖放到此处，或', en: 'Drop an .xlsx or .csv file here, or' },
  dropActive: { zh: '松开鼠标即可打开文件', en: 'Release to open the file' },
  choose: { zh: '选择文件…', en: 'Choose a file…' },
  chooseOther: { zh: '打开其他文件…', en: 'Open another file…' },
  fileInput: { zh: '名单工作簿文件', en: 'Roster workbook file' },
  formats: {
    zh: '支持 Excel 工作簿 (.xlsx)，以及 Excel 另存的 CSV（UTF-8 或 GBK 编码）。',
    en: 'Excel workbooks (.xlsx), and CSV as Excel saves it (UTF-8 or GBK).',
  },
  opening: { zh: '正在打开「{name}」…', en: 'Opening "{name}"…' },
  opened: { zh: '已打开「{name}」', en: 'Opened "{name}"' },
  openedReview: {
    zh: '这是之前生成的盘点工作簿：下载时会保留其中填写的内容（计划负责人、备注、签字等）和校准记录。',
    en: 'This is a review workbook from an earlier run: the download keeps what people typed in it (owners, notes, sign-offs) and its calibration log.',
  },
  inMemory: {
    zh: '在本页保存的列映射和设置只写入内存中的副本，并随下载的盘点工作簿一起保存。',
    en: 'Mappings and settings saved in this page go into a copy in memory, and into the review workbook you download.',
  },
  openFailed: { zh: '无法打开「{name}」', en: 'Cannot open "{name}"' },
  download: { zh: '下载盘点工作簿', en: 'Download the review workbook' },
  downloading: { zh: '正在生成盘点工作簿…', en: 'Writing the review workbook…' },
  downloadHint: {
    zh: '包含全部输出工作表和所用输入工作表的纯数值副本；可再次拖入本页继续盘点。',
    en: 'It holds every output sheet plus values-only copies of the input sheets used; drop it here again to review again.',
  },
  downloaded: { zh: '已下载「{file}」（{n} 名工程师）', en: 'Downloaded "{file}" ({n} {n:engineer|engineers})' },
  downloadFailedTitle: { zh: '未能生成盘点工作簿', en: 'The review workbook could not be written' },
  noRoster: { zh: '还没有名单？', en: 'No roster yet?' },
  template: { zh: '下载空白模板', en: 'Download a blank template' },
  templateFile: { zh: '卓越盘点模板.xlsx', en: 'talent-review-template.xlsx' },
  noSheetView: {
    zh: '本页不显示工作表：该问题在「{sheet}」工作表的 {cell} 单元格，请在 Excel 或 WPS 中打开您的文件查看。',
    en: 'This page shows no sheets: the problem is in cell {cell} of sheet "{sheet}"; open your file in Excel or WPS to see it.',
  },
  whereTitle: { zh: '问题位置', en: 'Where the problem is' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
} satisfies Record<string, Text>;

export type WebKey = keyof typeof T;

export type WebStrings = StringTable<WebKey>;

export function webStrings(lang: Lang): WebStrings {
  return stringTable(T, lang);
}
