// DOMAIN.md, Growth stage: [0,1) 融合期, [1,3) 认知期, [3,5) 蓄能期, [5,10) 提升期, [10,∞) 成才期.
import { defaultSettings, growthStage, STAGE_LABELS } from '../../src/domain';

const settings = defaultSettings();

describe('growth stage by years', () => {
  it.each([
    [0, '融合期', 'Integration'],
    [0.5, '融合期', 'Integration'],
    [1, '认知期', 'Orientation'],
    [2.99, '认知期', 'Orientation'],
    [3, '蓄能期', 'Capability-building'],
    [4.9, '蓄能期', 'Capability-building'],
    [5, '提升期', 'Advancement'],
    [9.99, '提升期', 'Advancement'],
    [10, '成才期', 'Maturity'],
    [35, '成才期', 'Maturity'],
  ])('%d years → %s / %s', (years, zh, en) => {
    const stage = growthStage(years, settings);
    expect(stage && STAGE_LABELS[stage]).toEqual({ zh, en });
  });

  it('no years, no stage', () => {
    expect(growthStage(undefined, settings)).toBeUndefined();
    expect(growthStage(-1, settings)).toBeUndefined();
  });

  it('the year bounds come from settings', () => {
    const s = { stageYears: [2, 4, 6, 8] as [number, number, number, number] };
    expect(growthStage(1, s)).toBe('integration');
    expect(growthStage(7, s)).toBe('advancement');
    expect(growthStage(8, s)).toBe('maturity');
  });
});
