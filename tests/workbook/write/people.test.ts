// People's cells across re-runs, two counter-examples found by tests/properties/idempotence.test.ts: a cell
// a person cleared stays empty on every later run; and the one-person plan sheet of an engineer who left,
// which stays as it was, does not put its stale copy of a note into the archive again on every run.
import { buildOnePersonPlan, buildPlansPlan } from '../../../src/workbook/write/plans';
import { follow, followOf, reread, reviewed, typed, type Spec } from './followHelpers';

/** The owner column of an action row (F), and the content column of an archive row (E). */
const G = 5;
const CONTENT = 4;
const SPECS: Spec[] = [
  { id: '1001', name: '张伟', perf: 'excellent', pot: 'high', competencies: { research: 2, practice: 4, problemSolving: 5, integration: 3, innovation: 1 } },
];

describe('a people’s cell a person cleared', () => {
  const result = reviewed(SPECS);
  const fu = followOf(result);
  const first = buildPlansPlan(fu.plans, follow());
  const ownerRow = first.values.findIndex((r) => typeof r[0] === 'string' && r[0].includes('"r":"action:'));

  it.each([
    ['an empty text', ''],
    ['only spaces', '   '],
    ['a full-width space', '\u3000'],
  ])('stays empty over two re-runs when the note is replaced by %s', (_what, blank) => {
    expect(ownerRow).toBeGreaterThan(0);
    // Run 1 writes the plan; the owner is typed; run 2 keeps it; the person clears it; runs 3 and 4 follow.
    const withOwner = typed(first, [{ row: ownerRow, col: G, value: '吴总' }]);
    const second = buildPlansPlan(fu.plans, follow('zh-CN', reread(withOwner)));
    expect(second.values[ownerRow][G]).toBe('吴总');
    const cleared = typed(second, [{ row: ownerRow, col: G, value: blank }]);
    const third = buildPlansPlan(fu.plans, follow('zh-CN', reread(cleared)));
    const fourth = buildPlansPlan(fu.plans, follow('zh-CN', reread(third)));
    expect(third.values[ownerRow][G]).toBeNull();
    expect(fourth.values).toEqual(third.values);
    // Nothing of the cleared note is archived: the person deleted it.
    expect(JSON.stringify(third.values)).not.toContain('吴总');
  });
});

describe('the one-person plan sheet of an engineer who left', () => {
  it('adds nothing to the archive on a re-run: its untouched copy of a note that was changed since is stale', () => {
    const result = reviewed(SPECS);
    const fu = followOf(result);
    const main1 = buildPlansPlan(fu.plans, follow());
    const one1 = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow());
    const row = main1.values.findIndex((r) => typeof r[0] === 'string' && r[0].includes('"r":"action:'));
    const oneRow = one1.values.findIndex((r) => r[0] === main1.values[row][0]);
    // The owner is typed in the plans sheet; the next run writes it in both sheets.
    const main2 = buildPlansPlan(fu.plans, follow('zh-CN', reread(typed(main1, [{ row, col: G, value: '吴总' }]), one1)));
    const one2 = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow('zh-CN', reread(typed(main1, [{ row, col: G, value: '吴总' }]), one1)));
    expect(one2.values[oneRow][G]).toBe('吴总');
    // 张伟 leaves and, before that run, the owner was changed in the plans sheet: the archive holds the new owner.
    const main3 = buildPlansPlan([], follow('zh-CN', reread(typed(main2, [{ row, col: G, value: '周主任' }]), one2)));
    const archived = (plan: typeof main3): string[] => plan.values.filter((r) => typeof r[0] === 'string' && r[0].startsWith('{"a"')).map((r) => String(r[CONTENT]));
    expect(archived(main3)).toEqual(['周主任']);
    // His one-person sheet is not written again (he has no plan) and stays as it was; re-runs change nothing.
    const main4 = buildPlansPlan([], follow('zh-CN', reread(main3, one2)));
    expect(archived(main4)).toEqual(['周主任']);
    expect(main4.values).toEqual(main3.values);
  });

  it('still archives a note a person typed into that sheet after he left', () => {
    const fu = followOf(reviewed(SPECS));
    const main1 = buildPlansPlan(fu.plans, follow());
    const one1 = buildOnePersonPlan(fu.plans[0], '一人一策-张伟', follow());
    const oneRow = one1.values.findIndex((r) => typeof r[0] === 'string' && r[0].includes('"r":"action:'));
    const main2 = buildPlansPlan([], follow('zh-CN', reread(main1, one1)));
    const main3 = buildPlansPlan([], follow('zh-CN', reread(main2, typed(one1, [{ row: oneRow, col: G, value: '=补记' }]))));
    expect(main3.values.filter((r) => typeof r[0] === 'string' && r[0].startsWith('{"a"')).map((r) => r[CONTENT])).toEqual(['=补记']);
  });
});
