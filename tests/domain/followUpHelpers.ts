// Builders for the follow-up tests: mentors, mentees and reviews as the engine hands them on.
import { defaultSettings, reviewEngineers, type Engineer, type Settings, type StandardRow } from '../../src/domain';
import { rated } from './helpers';

/** Meets every mentor condition of DOMAIN.md exactly at the default lines (10 years, 1 project, 优秀, 4 and 4). */
export function mentor(id: string, over: Partial<Engineer> = {}): Engineer {
  return rated(id, 'excellent', 'high', {
    years: 10,
    projectsLed: 1,
    ...over,
    competencies: { problemSolving: 4, integration: 4, ...over.competencies },
  });
}

/**
 * Box 8 (合格 × 高) with a gap in research against the default standard (no level → 3): research 2, gap 1;
 * a young engineer (3 years, so any mentor at the default 10 years has the 5 more years 以老带新 asks).
 * Extra competencies can add gaps.
 */
export function mentee(id: string, over: Partial<Engineer> = {}): Engineer {
  return rated(id, 'qualified', 'high', { years: 3, ...over, competencies: { research: 2, ...over.competencies } });
}

export function settingsWith(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...over };
}

export function review(engineers: readonly Engineer[], settings: Settings = defaultSettings(), standards: StandardRow[] = []) {
  return reviewEngineers(engineers, standards, settings);
}
