// Reference check for the city pool (DOMAIN.md, Cultivation pool): years ≥ 10, projects led ≥ 1, final box
// 9 or 6, 复杂问题解决能力 ≥ 4 and 专业学科交叉与整合能力 ≥ 4; anything not given is not met, and says so.
import { candidateCheck, CANDIDATE_REMINDER, defaultSettings, followUp, type Box, type Engineer } from '../../src/domain';
import { rated } from './helpers';
import { review } from './followUpHelpers';

const settings = defaultSettings();
type Input = Pick<Engineer, 'years' | 'projectsLed' | 'competencies'>;
const passing: Input = { years: 10, projectsLed: 1, competencies: { problemSolving: 4, integration: 4 } };

function check(over: Partial<Input>, box: Box = 9) {
  return candidateCheck({ ...passing, ...over, competencies: { ...passing.competencies, ...over.competencies } }, box, settings);
}

it('is 是 exactly at every line, in box 9 and in box 6', () => {
  for (const box of [9, 6] as const) {
    const c = check({}, box);
    expect(c.candidate).toBe(true);
    expect(c.conditions.map((x) => [x.key, x.status])).toEqual([
      ['years', 'met'],
      ['projects', 'met'],
      ['box', 'met'],
      ['problemSolving', 'met'],
      ['integration', 'met'],
    ]);
  }
  expect(check({}).conditions[0].detail).toEqual({ zh: '工龄 10 ≥ 10', en: 'Years of experience 10 ≥ 10' });
});

describe('each condition failing alone makes it 否', () => {
  it.each([
    ['years', { years: 9.99 }, 9, '工龄 9.99 < 10'],
    ['projects', { projectsLed: 0 }, 9, '牵头大型/复杂工程项目数 0 < 1'],
    ['box', {}, 8, '九宫格 8 不属于 9、6'],
    ['problemSolving', { competencies: { problemSolving: 3.99 } }, 9, '复杂问题解决能力 3.99 < 4'],
    ['integration', { competencies: { integration: 3.5 } }, 6, '专业学科交叉与整合能力 3.5 < 4'],
  ] as [string, Partial<Input>, Box, string][])('%s', (key, over, box, detail) => {
    const c = check(over, box);
    expect(c.candidate).toBe(false);
    const failing = c.conditions.filter((x) => x.status !== 'met');
    expect(failing.map((x) => [x.key, x.status, x.detail.zh])).toEqual([[key, 'unmet', detail]]);
  });

  it.each(['box 3', 'box 5', 'box 7'])('%s is not outstanding results', (name) => {
    const box = Number(name.slice(4)) as Box;
    expect(check({}, box).candidate).toBe(false);
  });
});

describe('a value not given is never silently met', () => {
  it.each([
    ['years', { years: undefined }, '工龄 未填'],
    ['projects', { projectsLed: undefined }, '牵头大型/复杂工程项目数 未填'],
    ['problemSolving', { competencies: { problemSolving: undefined } }, '复杂问题解决能力 未填'],
    ['integration', { competencies: { integration: undefined } }, '专业学科交叉与整合能力 未填'],
  ] as [string, Partial<Input>, string][])('%s', (key, over, detail) => {
    const c = check(over);
    expect(c.candidate).toBe(false);
    expect(c.conditions.filter((x) => x.status !== 'met').map((x) => [x.key, x.status, x.detail.zh])).toEqual([
      [key, 'notGiven', detail],
    ]);
  });
});

it('uses the lines from the settings', () => {
  const s = { ...settings, candidateYears: 15, candidateProjects: 2, candidateCompetency: 4.5 };
  expect(candidateCheck(passing, 9, s).conditions.filter((x) => x.status === 'unmet').map((x) => x.key)).toEqual([
    'years',
    'projects',
    'problemSolving',
    'integration',
  ]);
});

it('runs on the final box and carries the people-judged reminder', () => {
  const result = review([rated('A', 'excellent', 'high', passing), rated('B', 'qualified', 'high', passing)]);
  const f = followUp(result, settings);
  expect(f.engineers.map((e) => e.candidate.candidate)).toEqual([true, false]);
  expect(f.candidateReminder).toBe(CANDIDATE_REMINDER);
  expect(CANDIDATE_REMINDER.zh).toMatch(/一线.*绝技绝活.*技艺传承/u);
});
