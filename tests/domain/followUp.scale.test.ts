// 50,000 engineers, a fifth of them eligible mentors: every plan made and the mentors paired at the size our
// largest users have. How fast it runs is measured as a ratio in bench/ (house rule: no timed tests — this one
// failed on a loaded machine though nothing was wrong); a pairing that scanned every mentor for every mentee
// would still make this test time out.
import { defaultSettings, followUp, reviewEngineers, type Engineer, type PerfBand } from '../../src/domain';

const N = 50_000;
const CATEGORIES = ['研发工程师', '开发工程师', '机械工程师', '设备工程师', '产品工程师'];

function roster(): Engineer[] {
  const out: Engineer[] = [];
  for (let i = 0; i < N; i++) {
    const mentorLike = i % 5 === 0;
    const perf: PerfBand = mentorLike ? 'excellent' : (['qualified', 'needs', 'qualified'] as const)[i % 3];
    out.push({
      id: `E${String(i).padStart(6, '0')}`,
      name: `工程师${i}`,
      department: `部门${i % 40}`,
      category: CATEGORIES[i % CATEGORIES.length],
      level: (['junior', 'intermediate', 'senior'] as const)[i % 3],
      years: mentorLike ? 12 : i % 9,
      projectsLed: mentorLike ? 2 : 0,
      performance: { band: perf, source: { kind: 'rating', raw: perf, mapped: false } },
      potential: { band: i % 4 === 0 ? 'high' : 'medium', source: { kind: 'rating', raw: '中', mapped: false } },
      competencies: {
        research: 1 + (i % 5),
        practice: 1 + ((i * 3) % 5),
        problemSolving: mentorLike ? 4 + (i % 2) : 1 + (i % 4),
        integration: mentorLike ? 4 : 2,
        innovation: 1 + ((i * 7) % 5),
      },
      flightRisk: i % 11 === 0 ? 'high' : 'low',
      inPool: i % 6 === 0,
      sourceRow: i + 1,
    });
  }
  return out;
}

it('reviews and follows up 50,000 engineers, pairing more than 10,000 mentees', () => {
  const settings = { ...defaultSettings(), reviewDate: '2024-08-31' };
  const result = reviewEngineers(roster(), [], settings);
  const f = followUp(result, settings);
  expect(f.plans).toHaveLength(N);
  const suggested = f.mentoring.pairs.filter((p) => p.kind === 'suggested').length;
  expect(suggested).toBeGreaterThan(10_000);
});
