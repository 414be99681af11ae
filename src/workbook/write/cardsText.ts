// Texts of the talent cards (人才卡片), in zh-CN and en-US.
import type { Text } from '../../domain/types';

const t = (zh: string, en: string): Text => ({ zh, en });

export const CARD_TEXT = {
  title: t('人才卡片', 'Talent cards'),
  reviewDate: t('盘点日期', 'Review date'),
  cards: t('{n} 张', '{n} cards'),
  setDefault: t('默认范围：九宫格 9、8 格的工程师，关键岗位在岗人员，即刻可用的后备人员。', 'Default set: engineers in boxes 9 and 8, key-position holders and successors ready now.'),
  setAll: t('范围：全部工程师。', 'Set: every engineer reviewed.'),
  setIds: t('范围：指定的工程师。', 'Set: the engineers asked for.'),
  cut: t(
    '只打印前 {shown} 张卡片（共 {total} 张）：Excel 每张工作表最多 {breaks} 个分页符。如需其余卡片，请按工号指定（命令行 --cards 工号,工号）。',
    'Only the first {shown} of {total} cards are here: Excel allows {breaks} page breaks a sheet. For the others, ask for them by ID (command line --cards ID,ID).',
  ),
  none: t('没有需要制作卡片的工程师：没有九宫格 9、8 格的工程师，也没有关键岗位。', 'Nobody to make a card for: no engineer in box 9 or 8 and no key position.'),
  deptPosition: t('部门 · 岗位', 'Unit · post'),
  categoryLevel: t('类别 · 层级', 'Type · tier'),
  yearsStage: t('工龄 · 阶段', 'Yrs · stage'),
  years: t('{n} 年', '{n} yrs'),
  box: t('九宫格', 'Box'),
  calibrated: t('（会议校准，原 {from}）', ' (calibrated; was {from})'),
  basis: t('依据', 'Basis'),
  strengths: t('优势', 'Strengths'),
  gaps: t('主要差距', 'Top gaps'),
  results: t('实绩', 'Results'),
  history: t('近三年绩效', 'Past ratings'),
  flightRisk: t('流失风险', 'Flight risk'),
  mentor: t('导师', 'Mentor'),
  keyPost: t('关键岗位', 'Key position'),
  holds: t('现任：{posts}', 'Holds: {posts}'),
  successor: t('后备：{posts}', 'Successor for: {posts}'),
  actions: t('首要行动', 'First actions'),
  noneGiven: t('未填', 'Not given'),
} satisfies Record<string, Text>;
