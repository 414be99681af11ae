// Reference check for Qingdao's excellent-engineer cultivation pool (推荐纳入青岛市卓越工程师人才培育库（参考）,
// §三(一) closing definition, §六(二)2(1)): years, projects led, final box 9 or 6 (outstanding results), and
// 复杂问题解决能力 and 专业学科交叉与整合能力 at the candidate line. What the workbook cannot count (一线,
// 绝技绝活, 技艺传承) is left to people: CANDIDATE_REMINDER says so.
import { allMet, atLeast, oneOf } from './conditions';
import type { CandidateCheck } from './followUpTypes';
import type { Settings } from './settings';
import type { Box, Engineer } from './types';

const CANDIDATE_BOXES: ReadonlySet<Box> = new Set<Box>([9, 6]);

export function candidateCheck(
  engineer: Pick<Engineer, 'years' | 'projectsLed' | 'competencies'>,
  finalBox: Box,
  settings: Pick<Settings, 'candidateYears' | 'candidateProjects' | 'candidateCompetency'>,
): CandidateCheck {
  const inBox = CANDIDATE_BOXES.has(finalBox);
  const conditions = [
    atLeast('years', engineer.years, settings.candidateYears),
    atLeast('projects', engineer.projectsLed, settings.candidateProjects),
    oneOf('box', inBox, {
      zh: `九宫格 ${finalBox} ${inBox ? '属于' : '不属于'} 9、6`,
      en: `Box ${finalBox} ${inBox ? 'is' : 'is not'} 9 or 6`,
    }),
    atLeast('problemSolving', engineer.competencies.problemSolving, settings.candidateCompetency),
    atLeast('integration', engineer.competencies.integration, settings.candidateCompetency),
  ];
  return { candidate: allMet(conditions), conditions };
}
