// 评价来源 of a 能力评价 row (DOMAIN.md, Assessments; §四(二)1(2) names 360°, 评价中心, 在线心理测验 and
// 情景判断测验): the words a sheet may use for each source, and their labels in both languages.
import type { AssessmentSource } from './settings';
import { normalizeKey } from './text';
import type { Text } from './types';

/** A source as the aggregate sees it: 同事 and 下属 pooled as one where either has too few raters. */
export type AggregateSource = Exclude<AssessmentSource, 'self'> | 'peerReport';

export const SOURCE_LABELS: Record<AssessmentSource | 'peerReport', Text> = {
  self: { zh: '自评', en: 'Self' },
  manager: { zh: '上级', en: 'Manager' },
  peer: { zh: '同事', en: 'Peers' },
  report: { zh: '下属', en: 'Reports' },
  expert: { zh: '专家', en: 'Experts' },
  centre: { zh: '评价中心', en: 'Assessment centre' },
  test: { zh: '测验', en: 'Tests' },
  peerReport: { zh: '同事/下属', en: 'Peers/reports' },
};

const WORDS: [AssessmentSource, string[]][] = [
  ['self', ['自评', '自我评价', '本人', 'self', 'selfrating', 'selfassessment']],
  ['manager', ['上级', '直接上级', '上级评价', '领导', 'manager', 'linemanager', 'supervisor', 'boss']],
  ['peer', ['同事', '同级', '同事评价', '平级', 'peer', 'peers', 'colleague']],
  ['report', ['下属', '下级', '下属评价', 'report', 'reports', 'directreport', 'subordinate']],
  ['expert', ['专家', '专家评价', '专家评审', 'expert', 'experts', 'panel']],
  ['centre', ['评价中心', '测评中心', 'assessmentcentre', 'assessmentcenter', 'centre', 'center', 'ac']],
  ['test', ['测验', '测试', '在线测验', '在线心理测验', '心理测验', '情景判断测验', '情景判断', 'test', 'onlinetest', 'sjt']],
];
const BY_WORD = new Map<string, AssessmentSource>();
for (const [source, words] of WORDS) for (const w of words) BY_WORD.set(normalizeKey(w).replace(/[-_'’]/gu, ''), source);

/** The source a cell names (`上级`, `Manager`, `360-peer`…), or undefined. */
export function parseSourceWord(raw: string): AssessmentSource | undefined {
  const k = normalizeKey(raw).replace(/[-_'’]/gu, '').replace(/^360°?/u, '');
  return BY_WORD.get(k);
}

/** The words accepted, for messages: 自评、上级、同事、下属、专家、评价中心、测验. */
export const SOURCE_WORDS: Text = {
  zh: '自评、上级、同事、下属、专家、评价中心、测验',
  en: 'self, manager, peer, report, expert, assessment centre, test',
};
