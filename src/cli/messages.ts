// What the command line says, in zh-CN and en-US. The console language follows --lang, else the system locale.
import type { Lang, Text } from '../domain/types';
import type { Problem } from '../workbook/problems';

export function consoleLang(flag: Lang | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag) return flag;
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (fromEnv) return /^zh/i.test(fromEnv) ? 'zh-CN' : 'en-US';
  const system = Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(system) ? 'zh-CN' : 'en-US';
}

export function say(text: Text, lang: Lang): string {
  return lang === 'zh-CN' ? text.zh : text.en;
}

export function formatProblem(p: Problem, lang: Lang): string {
  const words = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'] } as const;
  const sev = words[p.severity][lang === 'zh-CN' ? 0 : 1];
  const where = [p.sheet, p.cell].filter(Boolean).join('!');
  return `${where ? `${where} ` : ''}[${sev}] ${say(p.message, lang)}`;
}

export const USAGE: Text = {
  zh: `卓越盘点 talent-review — 从花名册工作簿生成工程师盘点（九宫格、能力差距、个人发展计划、培育库、导师结对、汇总）

用法：
  talent-review run 输入.xlsx|输入.csv -o 输出.xlsx [--lang zh-CN|en-US] [--settings 设置.xlsx] [--plans-for 工号,工号]
      [--previous 上期.xlsx] [--meeting-pack 部门|全部] [--cards 默认|全部|无|工号,工号]
      生成盘点工作簿（输出工作表 + 所用输入表的数值副本）；不会改写输入文件。
      输出文件已存在时，先读回其中人工填写的内容（负责人、日期、状态、备注、签字、结对进展）再写回。
      --plans-for 另为所列工程师各生成一张「一人一策-姓名」工作表。
      --previous 上期.xlsx 以上期盘点工作簿「盘点结果」的校准后九宫格（按工号）作为上期九宫格，计算变动。
      --meeting-pack 部门|全部 为该部门（或每个部门）生成可打印的「会议材料-部门」工作表。
      --cards 「人才卡片」的范围：默认（九宫格 9、8 格，关键岗位在岗和即刻可用的后备）、全部、无，或所列工号；每页 A4 四张（内容多时两张）。
      校准记录只追加、从不覆盖：输出文件或输入文件（若为盘点工作簿）中的校准记录会被读取、应用并原样保留。
  talent-review check 输入.xlsx [--settings 设置.xlsx] [--lang zh-CN|en-US]
      只检查花名册并列出问题，不写任何文件。
  talent-review template -o 文件.xlsx [--sample N] [--lang zh-CN|en-US]
      生成空白花名册模板（或含 N 名样例工程师）。
  talent-review split 花名册.xlsx -o 文件夹 [--by 部门|直接上级] [--due 日期]
      为每个部门（或直接上级）生成一个部门工作簿，供部门填写潜力和能力；需填写的列标黄并解锁，其余锁定（无密码）。
  talent-review merge 花名册.xlsx 退回1.xlsx [退回2.xlsx …] -o 合并花名册.xlsx
      把各部门退回的工作簿合并为新的花名册（原花名册和退回文件不改写）；冲突列在「数据检查」，每处改动记在「合并记录」。

退出码：0 已完成；1 工作簿无法盘点，或输出文件无法写入；2 命令行有误；130/143 被 Ctrl-C 或 kill 中断（不留下任何文件）。`,
  en: `talent-review — an engineer talent review (nine-box, gaps, development plans, pool, mentoring, summary) from a roster workbook

Usage:
  talent-review run IN.xlsx|IN.csv -o OUT.xlsx [--lang zh-CN|en-US] [--settings SETTINGS.xlsx] [--plans-for ID,ID]
      [--previous LAST.xlsx] [--meeting-pack DEPT|all] [--cards default|all|none|ID,ID]
      Writes a review workbook (output sheets + values-only copies of the inputs used); IN is never rewritten.
      When OUT exists, what people typed in it (owners, dates, status, notes, sign-off, pair progress) is kept.
      --plans-for adds one "Plan-<name>" sheet per listed engineer.
      --previous LAST.xlsx takes previous boxes (by ID) from an earlier review workbook's results (its calibrated box).
      --meeting-pack DEPT|all writes a printable "Meeting-<department>" sheet for that department (or each one).
      --cards sets who gets a card in "Talent cards": default (boxes 9 and 8, key-position holders, successors
      ready now), all, none, or the IDs listed; four cards an A4 page (two where the cards are long).
      The calibration log only grows: the log of OUT (or of IN, when IN is a review workbook) is applied and kept as is.
  talent-review check IN.xlsx [--settings SETTINGS.xlsx] [--lang zh-CN|en-US]
      Checks the roster and prints the problems; writes nothing.
  talent-review template -o FILE.xlsx [--sample N] [--lang zh-CN|en-US]
      Writes an empty roster workbook (or one with N sample engineers).
  talent-review split ROSTER.xlsx -o FOLDER [--by department|manager] [--due DATE]
      Writes one workbook per department (or manager) for its head to fill: the columns to fill are yellow and
      unlocked, the rest locked without a password.
  talent-review merge ROSTER.xlsx RETURN.xlsx [RETURN.xlsx …] -o MERGED.xlsx
      Merges the returned department workbooks into a new roster (ROSTER and the returns are never rewritten);
      conflicts are listed in the Data check sheet, every changed cell in the Merge log sheet.

Exit codes: 0 done; 1 the workbook cannot be reviewed, or the output cannot be written; 2 wrong command line; 130/143 interrupted by Ctrl-C or a kill (nothing is left behind).`,
};
