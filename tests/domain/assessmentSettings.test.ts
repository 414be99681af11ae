// The settings keys of two-line performance and 能力评价 (DOMAIN.md, Settings keys): 绩效口径, 岗位绩效权重,
// 创新绩效权重, 评价权重:<来源>, 最少匿名评价人数 — in Chinese or English, a bad value a warning that keeps the default.
import { parseSourceWord } from '../../src/domain/assessmentSources';
import { parseSettings, settingsKeyIdentity } from '../../src/domain/settingsKeys';

it('reads the keys in either language', () => {
  const { settings, issues } = parseSettings([
    { key: '绩效口径', value: '双线' },
    { key: 'post weight', value: '0.6' },
    { key: '创新绩效权重', value: '0.4' },
    { key: '评价权重:上级', value: '0.5' },
    { key: 'assessment weight:peer', value: '0.2' },
    { key: '最少匿名评价人数', value: '4' },
  ]);
  expect(issues).toEqual([]);
  expect(settings).toMatchObject({ performanceBasis: 'twoLine', postWeight: 0.6, innovationWeight: 0.4, minAnonymousRaters: 4 });
  expect(settings.assessmentWeights).toMatchObject({ manager: 0.5, peer: 0.2, expert: 0.2, self: 0 });
});

it('a bad value or an unknown source is a warning and the default stays', () => {
  const { settings, issues } = parseSettings([
    { key: '绩效口径', value: '随便' },
    { key: '评价权重:客户', value: '0.3' },
    { key: '评价权重:专家', value: '-1' },
  ]);
  expect(issues.map((i) => [i.index, i.part])).toEqual([[0, 'value'], [1, 'key'], [2, 'value']]);
  expect(settings.performanceBasis).toBe('auto');
  expect(settings.assessmentWeights.expert).toBe(0.2);
});

it('one key, whichever language names the source', () => {
  expect(settingsKeyIdentity('评价权重:上级')).toBe(settingsKeyIdentity('assessment weight: Manager'));
});

it.each([
  ['上级', 'manager'], ['直接上级', 'manager'], ['同事', 'peer'], ['360-peer', 'peer'], ['下级', 'report'],
  ['Direct report', 'report'], ['评价中心', 'centre'], ['Assessment center', 'centre'], ['情景判断测验', 'test'],
  ['自评', 'self'], ['专家', 'expert'], ['客户', undefined],
])('the source word %s is %s', (word, source) => {
  expect(parseSourceWord(word)).toBe(source);
});
