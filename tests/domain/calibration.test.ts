// DOMAIN.md, Calibration: the last log row per engineer wins; the final box feeds counts and checks; a row
// whose 调整前 no longer matches the computed box still applies and is reported stale; a row naming nobody
// reviewed is reported; undo (a reversing row) restores the computed box. And the sanity warnings the pane
// shows before a move.
import fc from 'fast-check';
import {
  BOXES,
  applyCalibration,
  calibrationSanity,
  defaultSettings,
  isCalibrated,
  originOf,
  reviewEngineers,
  type Box,
  type CalibrationRecord,
} from '../../src/domain';
import { rated } from './helpers';

const settings = defaultSettings();

let row = 1;
function rec(id: string, from: Box | undefined, to: Box, reason = '会议决定'): CalibrationRecord {
  const r: CalibrationRecord = { time: '2025-06-30 10:00', id, name: id, to, reason, decidedBy: '王总', row: row++ };
  if (from !== undefined) r.from = from;
  return r;
}

// E1 优秀×高 → 9; E2 合格×中 → 5; E3 待提升×低 → 1.
const engineers = [rated('E1', 'excellent', 'high'), rated('E2', 'qualified', 'medium'), rated('E3', 'needs', 'low')];
const computed = reviewEngineers(engineers, [], settings);

function finalOf(result: typeof computed, id: string): Box {
  const r = result.reviews.find((x) => x.engineer.id === id);
  if (!r) throw new Error(id);
  return r.finalBox;
}

describe('applyCalibration', () => {
  it('lets the last row per engineer win and leaves the others at their computed box', () => {
    const out = applyCalibration(computed, [rec('E2', 5, 8), rec('E3', 1, 2), rec('E2', 8, 6)], settings);
    expect(finalOf(out.result, 'E2')).toBe(6);
    expect(finalOf(out.result, 'E3')).toBe(2);
    expect(finalOf(out.result, 'E1')).toBe(9);
    expect(out.result.reviews[1].calibration?.to).toBe(6);
    expect(out.result.reviews[1].placement.box).toBe(5);
    expect(out.stale).toEqual([]);
    expect(out.unknown).toEqual([]);
    // The input result is left as it was.
    expect(finalOf(computed, 'E2')).toBe(5);
  });

  it('counts and checks the final boxes', () => {
    const out = applyCalibration(computed, [rec('E2', 5, 9)], settings);
    expect(out.result.counts[9]).toBe(2);
    expect(out.result.counts[5]).toBe(0);
    expect(out.result.total).toBe(3);
    expect(out.result.distribution[0].counts[9]).toBe(2);
  });

  it('still applies a row whose 调整前 is not the computed box, and reports it stale', () => {
    // The meeting moved E2 from 4 to 8; E2's data now give 5.
    const out = applyCalibration(computed, [rec('E2', 4, 8)], settings);
    expect(finalOf(out.result, 'E2')).toBe(8);
    expect(out.stale).toHaveLength(1);
    expect(out.stale[0]).toMatchObject({ origin: 4, computed: 5 });
  });

  it('follows a chain of moves back to where it started before calling a row stale', () => {
    expect(applyCalibration(computed, [rec('E2', 5, 8), rec('E2', 8, 6)], settings).stale).toEqual([]);
    expect(originOf([rec('E2', 5, 8), rec('E2', 8, 6)])).toBe(5);
    expect(originOf([rec('E2', 4, 8), rec('E2', 8, 6)])).toBe(4);
    expect(originOf([rec('E2', undefined, 8)])).toBeUndefined();
  });

  it('reports rows naming an engineer who is not in the review', () => {
    const stranger = rec('X9', 5, 8);
    const out = applyCalibration(computed, [stranger, rec('E1', 9, 8)], settings);
    expect(out.unknown).toEqual([stranger]);
    expect(finalOf(out.result, 'E1')).toBe(8);
  });

  it('restores the computed box after an undo (a reversing row), which is then not marked calibrated', () => {
    const out = applyCalibration(computed, [rec('E2', 5, 8), rec('E2', 8, 5, '撤销：会议决定')], settings);
    const e2 = out.result.reviews[1];
    expect(e2.finalBox).toBe(5);
    expect(isCalibrated(e2)).toBe(false);
    expect(out.stale).toEqual([]);
  });

  it('compares IDs as the roster\'s repeat check does: after NFKC and trimming, spaces and case ignored', () => {
    const out = applyCalibration(computed, [rec(' Ｅ2 ', 5, 8), rec('e 3', 1, 4)], settings);
    expect(finalOf(out.result, 'E2')).toBe(8);
    expect(finalOf(out.result, 'E3')).toBe(4);
    expect(out.unknown).toEqual([]);
  });

  it('never loses an engineer: any log gives each one the last row’s box or the computed one', () => {
    const ids = ['E1', 'E2', 'E3', 'X'];
    const box = fc.constantFrom(...BOXES);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), box, box), { maxLength: 30 }), (rows) => {
        const log = rows.map(([id, from, to]) => rec(id, from, to));
        const out = applyCalibration(computed, log, settings).result;
        expect(out.total).toBe(3);
        expect(BOXES.reduce((n, b) => n + out.counts[b], 0)).toBe(3);
        for (const r of out.reviews) {
          const last = log.filter((x) => x.id === r.engineer.id).at(-1);
          expect(r.finalBox).toBe(last ? last.to : r.placement.box);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('calibrationSanity', () => {
  // Department 研发 of 10: one in box 9 (10%, guidance 5%), nine in box 5 (90%, guidance 30%: already off).
  const dept = [
    rated('D0', 'excellent', 'high', { department: '研发', manager: '李' }),
    ...Array.from({ length: 9 }, (_, i) => rated(`D${i + 1}`, 'qualified', 'medium', { department: '研发', manager: i < 5 ? '李' : '张' })),
  ];
  const result = reviewEngineers(dept, [], settings);

  it('does not cry wolf: one more in box 9 of a 10-person department is not significant, so no warning', () => {
    // Box 9 would go from 10% to 20%, 15 points off the 5% guidance, but 2 of 10 is within chance.
    expect(calibrationSanity(result, 'D1', 9, settings).filter((x) => x.kind === 'department')).toEqual([]);
  });

  it('warns, as the data check would flag it, when the move makes a large department’s box significantly further off', () => {
    // 研发中心 of 40: 13 in box 9 (guidance 5%), 27 in box 5. Moving one more into box 9 gives 14 of 40 (35%).
    const big = reviewEngineers(
      [
        ...Array.from({ length: 13 }, (_, i) => rated(`S${i}`, 'excellent', 'high', { department: '研发中心' })),
        ...Array.from({ length: 27 }, (_, i) => rated(`Q${i}`, 'qualified', 'medium', { department: '研发中心' })),
      ],
      [],
      settings,
    );
    const w = calibrationSanity(big, 'Q0', 9, settings).filter((x) => x.kind === 'department');
    expect(w.map((x) => x.message.zh)).toEqual([expect.stringMatching(/^调整后，部门「研发中心」第 9 格 14\/40 人（35%），显著偏离指引 5%（校正后 p < 0\.001）$/u)]);
    expect(w[0].message.en).toContain('14 of 40 in box 9 (35%)');
    // Moving one out of box 9 into box 6 (0 of 40 against 10%) brings both boxes closer: no warning.
    expect(calibrationSanity(big, 'S0', 6, settings).filter((x) => x.kind === 'department')).toEqual([]);
  });

  it('does not warn when the move brings the department closer to the guidance', () => {
    // Box 5 is already 90%; moving one to box 6 (guidance 10%, share 10%) only helps.
    expect(calibrationSanity(result, 'D1', 6, settings).filter((x) => x.kind === 'department')).toEqual([]);
  });

  it('warns when the manager’s mean index would differ from everyone’s by more than the tolerance', () => {
    // 李 has D0 (9: index 4) and D1–D5 (5: index 2): mean 2.33 against 2.2 overall. Moving D1–D4 up to 9
    // one at a time; the fourth move makes 李's mean 3.67 against 3.0.
    const tight = { ...settings, managerBiasTolerance: 0.5 };
    let r = result;
    for (const id of ['D1', 'D2', 'D3']) r = applyCalibration(r, [rec(id, 5, 9)], tight).result;
    const w = calibrationSanity(r, 'D4', 9, tight).filter((x) => x.kind === 'manager');
    expect(w).toHaveLength(1);
    expect(w[0].group).toBe('李');
  });

  it('says nothing for a move to the box the engineer is in, or for small departments', () => {
    expect(calibrationSanity(result, 'D1', 5, settings)).toEqual([]);
    const small = reviewEngineers(dept.slice(0, 5), [], settings);
    expect(calibrationSanity(small, 'D1', 9, settings).filter((x) => x.kind === 'department')).toEqual([]);
  });
});
