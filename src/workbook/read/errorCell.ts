// What a user is told about a cell the grid marks as an error: an Excel error value (#N/A …), or a formula
// with no calculated value (a file saved by a tool that writes formulas without calculating them; Excel
// calculates on opening, so only such a file has it). Both are read as "not given".
import type { Text } from '../../domain/types';
import { isUncalculatedFormula } from '../host';

const SAVE_IN_EXCEL: Text = {
  zh: '请用 Excel 打开此文件并保存，公式即会计算',
  en: 'open the file in Excel and save it, so the formula is calculated',
};

/** `「label」` holds an error or an uncalculated formula: treated as not given. Without label: the cell does. */
export function errorCellText(label: string | undefined, errorText: string): Text {
  const zhWho = label === undefined ? '' : `「${label}」`;
  const enWho = label === undefined ? '' : `"${label}": `;
  if (isUncalculatedFormula(errorText)) {
    return {
      zh: `${zhWho}${label === undefined ? '' : '的'}公式 ${errorText} 没有计算结果（${SAVE_IN_EXCEL.zh}），按未填写处理`,
      en: `${enWho}${label === undefined ? 'The' : 'the'} formula ${errorText} has no calculated value (${SAVE_IN_EXCEL.en}); treated as not given`,
    };
  }
  if (label === undefined) return { zh: `Excel 错误值 ${errorText}，按未填写处理`, en: `The Excel error ${errorText} is treated as not given` };
  return { zh: `${zhWho}为 Excel 错误值 ${errorText}，按未填写处理`, en: `"${label}" holds the Excel error ${errorText}; treated as not given` };
}

/** The ID cell holds an uncalculated formula: the row is left out (undefined for any other error). */
export function idFormulaText(errorText: string): Text | undefined {
  if (!isUncalculatedFormula(errorText)) return undefined;
  return {
    zh: `工号的公式 ${errorText} 没有计算结果（${SAVE_IN_EXCEL.zh}），本行未参与盘点`,
    en: `The ID's formula ${errorText} has no calculated value (${SAVE_IN_EXCEL.en}); this row is left out of the review`,
  };
}
