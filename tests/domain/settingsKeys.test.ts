// Every key of DOMAIN.md's settings table, in Chinese and English; unknown keys and bad values are issues
// and the value already in force is kept.
import { defaultSettings, type Settings } from '../../src/domain/settings';
import { parseSettings, serialToIsoDate, isoDateToSerial } from '../../src/domain/settingsKeys';

const one = (key: string, value: string) => parseSettings([{ key, value }]);

describe('each key, in Chinese and in English', () => {
  const cases: [string, string, string, (s: Settings) => unknown, unknown][] = [
    ['名单工作表', 'roster sheet', '花名册', (s) => s.rosterSheet, '花名册'],
    ['百分制绩效优秀线', 'performance excellent cutoff 100', '90', (s) => s.performanceCutoffs100.upper, 90],
    ['百分制绩效合格线', 'performance qualified cutoff 100', '60', (s) => s.performanceCutoffs100.middle, 60],
    ['五分制绩效优秀线', 'performance excellent cutoff 5', '4.5', (s) => s.performanceCutoffs5.upper, 4.5],
    ['五分制绩效合格线', 'performance qualified cutoff 5', '2.5', (s) => s.performanceCutoffs5.middle, 2.5],
    ['百分制潜力高线', 'potential high cutoff 100', '88', (s) => s.potentialCutoffs100.upper, 88],
    ['百分制潜力中线', 'potential medium cutoff 100', '65', (s) => s.potentialCutoffs100.middle, 65],
    ['五分制潜力高线', 'potential high cutoff 5', '4.2', (s) => s.potentialCutoffs5.upper, 4.2],
    ['五分制潜力中线', 'potential medium cutoff 5', '2.8', (s) => s.potentialCutoffs5.middle, 2.8],
    ['潜力推导高线', 'derived potential high cutoff', '0.8', (s) => s.derivedPotentialCutoffs.upper, 0.8],
    ['潜力推导中线', 'derived potential medium cutoff', '-0.3', (s) => s.derivedPotentialCutoffs.middle, -0.3],
    ['差距高线', 'gap high cutoff', '2', (s) => s.gapCutoffs.upper, 2],
    ['差距中线', 'gap medium cutoff', '1', (s) => s.gapCutoffs.middle, 1],
    ['分布指引:9', 'guidance:9', '8', (s) => s.guidance[9], 8],
    ['分布偏离阈值', 'distribution tolerance', '15', (s) => s.distributionTolerance, 15],
    ['最小分组人数', 'minimum group', '20', (s) => s.minimumGroup, 20],
    ['上级偏差阈值', 'manager bias tolerance', '1', (s) => s.managerBiasTolerance, 1],
    ['上级最小人数', 'manager minimum', '8', (s) => s.managerMinimum, 8],
    ['分布显著性水平', 'distribution significance', '0.01', (s) => s.distributionSignificance, 0.01],
    ['推荐工龄', 'candidate years', '8', (s) => s.candidateYears, 8],
    ['推荐项目数', 'candidate projects', '2', (s) => s.candidateProjects, 2],
    ['推荐能力线', 'candidate competency', '4.5', (s) => s.candidateCompetency, 4.5],
    ['导师工龄', 'mentor years', '12', (s) => s.mentorYears, 12],
    ['导师项目数', 'mentor projects', '3', (s) => s.mentorProjects, 3],
    ['导师能力线', 'mentor competency', '3.5', (s) => s.mentorCompetency, 3.5],
    ['导师名额', 'mentor capacity', '5', (s) => s.mentorCapacity, 5],
    ['成长阶段年限', 'stage years', '1，3，5，10'.replace(/，/gu, ','), (s) => s.stageYears, [1, 3, 5, 10]],
    ['计划范围', 'plan scope', 'pool', (s) => s.planScope, 'pool'],
    ['复盘月数', 'review months', '12', (s) => s.reviewMonths, 12],
    ['盘点日期', 'review date', '2025/6/30', (s) => s.reviewDate, '2025-06-30'],
    ['输出语言', 'output language', 'en-US', (s) => s.language, 'en-US'],
    ['打印隐藏敏感信息', 'hide sensitive in print', '是', (s) => s.hideSensitiveInPrint, true],
    ['九宫格名称:1', 'box label:1', '重点关注', (s) => s.boxLabels[1], '重点关注'],
    ['九宫格颜色:9', 'box colour:9', '#00aa00', (s) => s.boxColours[9], '#00AA00'],
    ['列:工号', 'column:id', 'Emp No', (s) => s.columnMap.id, 'Emp No'],
    ['绩效映射:A+', 'performance map:A+', '优秀', (s) => s.performanceMap['a+'], 'excellent'],
    ['潜力映射:4', 'potential map:4', 'High', (s) => s.potentialMap['4'], 'high'],
    ['层级映射:L1', 'level map:L1', 'Tier 1', (s) => s.levelMap.l1, 'junior'],
  ];
  it.each(cases)('%s / %s = %s', (zh, en, value, get, expected) => {
    for (const key of [zh, en, en.toUpperCase(), ` ${zh.replace(':', '：')} `]) {
      const { settings, issues } = one(key, value);
      expect(issues).toEqual([]);
      expect(get(settings)).toEqual(expected);
    }
  });

  it('a key set to the default value changes nothing else', () => {
    const { settings } = one('导师名额', '3');
    expect(settings).toEqual(defaultSettings());
  });
});

describe('column mappings name a field by its key or its first Chinese column name', () => {
  it.each([
    ['列:工号', 'id'], ['column:ID', 'id'], ['列:姓名', 'name'], ['column: Work Start', 'workStart'],
    ['列:参加工作时间', 'workStart'], ['column:key position', 'keyPosition'], ['column:performance score', 'performanceScore'],
    ['列:绩效得分', 'performanceScore'], ['column:problem solving', 'problemSolving'], ['列:复杂问题解决能力', 'problemSolving'],
    ['column:projects led', 'projectsLed'], ['列:牵头大型/复杂工程项目数', 'projectsLed'], ['column:mentor id', 'mentorId'],
    ['列:导师工号', 'mentorId'], ['column:previous box', 'previousBox'], ['列:上期九宫格', 'previousBox'],
    ['column:in pool', 'inPool'], ['column:flight risk', 'flightRisk'], ['column:career interest', 'careerInterest'],
  ])('%s → %s', (key, field) => {
    const { settings, issues } = one(key, 'X');
    expect(issues).toEqual([]);
    expect(settings.columnMap).toEqual({ [field]: 'X' });
  });
});

describe('values in either language', () => {
  it.each([
    ['输出语言', '中文', 'zh-CN'], ['输出语言', 'English', 'en-US'], ['计划范围', '全员', 'all'], ['计划范围', '培育库', 'pool'],
  ])('%s = %s', (key, value, expected) => {
    const s = one(key, value).settings;
    expect(key === '输出语言' ? s.language : s.planScope).toBe(expected);
  });

  it.each([
    ['Needs improvement', 'needs'], ['待提升', 'needs'], ['Qualified', 'qualified'], ['合格', 'qualified'], ['Excellent', 'excellent'],
  ])('performance map value %s → %s', (value, band) => {
    expect(one('绩效映射:4', value).settings.performanceMap['4']).toBe(band);
  });

  it('map keys are stored normalised, so ｓ级 and S级 are one key', () => {
    expect(one('绩效映射: ｓ 级', '优秀').settings.performanceMap).toEqual({ s级: 'excellent' });
  });

  it('a pair of cut-offs in one English key', () => {
    expect(one('performance cutoffs 100', '90, 75').settings.performanceCutoffs100).toEqual({ upper: 90, middle: 75 });
  });
});

describe('issues', () => {
  it('an unknown key is an issue on the key; a bad value on the value; defaults are kept', () => {
    const { settings, issues } = parseSettings([
      { key: '盘点颜色', value: 'red' },
      { key: '导师名额', value: '三' },
      { key: '九宫格颜色:9', value: 'green' },
      { key: '九宫格名称:10', value: 'X' },
      { key: '列:年龄', value: 'Age' },
      { key: '潜力映射:4', value: '很高' },
      { key: '成长阶段年限', value: '1,3,2,10' },
      { key: '盘点日期', value: '2025-02-30' },
      { key: 'column:', value: 'X' },
    ]);
    expect(issues.map((i) => [i.index, i.part])).toEqual([
      [0, 'key'], [1, 'value'], [2, 'value'], [3, 'key'], [4, 'key'], [5, 'value'], [6, 'value'], [7, 'value'], [8, 'key'],
    ]);
    expect(settings).toEqual(defaultSettings());
    for (const i of issues) {
      expect(i.message.zh).not.toBe('');
      expect(i.message.en).not.toBe('');
    }
  });

  it('an upper line below the middle line is an issue and both keep their defaults', () => {
    const { settings, issues } = parseSettings([
      { key: '百分制绩效优秀线', value: '60' },
      { key: 'potential high cutoff 5', value: '4.5' },
    ]);
    expect(issues.map((i) => [i.index, i.part])).toEqual([[0, 'value']]);
    expect(settings.performanceCutoffs100).toEqual({ upper: 85, middle: 70 });
    expect(settings.potentialCutoffs5).toEqual({ upper: 4.5, middle: 3 });
  });

  it('empty keys and values change nothing and raise nothing', () => {
    const r = parseSettings([{ key: '', value: 'x' }, { key: '导师名额', value: ' ' }]);
    expect(r.issues).toEqual([]);
    expect(r.settings).toEqual(defaultSettings());
  });

  it('a later entry wins; the base given is not changed', () => {
    const base = defaultSettings();
    const r = parseSettings([{ key: '导师名额', value: '4' }, { key: 'mentor capacity', value: '6' }], base);
    expect(r.settings.mentorCapacity).toBe(6);
    expect(base.mentorCapacity).toBe(3);
  });
});

describe('Excel serial dates (1900 system)', () => {
  it.each([
    [1, '1900-01-01'], [59, '1900-02-28'], [61, '1900-03-01'], [42186, '2015-07-01'], [45839.75, '2025-07-01'],
  ])('%p ↔ %s', (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
    expect(isoDateToSerial(iso)).toBe(Math.floor(serial));
  });
});
