// The workbook the browser tests open: one roster sheet of sample engineers plus a few rows with mistakes a
// real roster has, shared by the page (which seeds the fake Excel with it) and the test (which checks the same
// rows in Node to know what the pane should show).
import type { PlanValue } from '../../src/workbook/plan';
import { SAMPLE_HEADERS, sampleRoster } from '../../src/workbook/sample';

export const E2E_ROSTER_SHEET = '工程师名单';
export const E2E_SAMPLE_SIZE = 40;

export function e2eRosterRows(): PlanValue[][] {
  const rows = sampleRoster(E2E_SAMPLE_SIZE);
  const [first, second] = rows;
  const mistakes: PlanValue[][] = [
    // a rating nobody defined, and a competency out of 1–5
    first.map((v, c) => (SAMPLE_HEADERS[c] === '绩效等级' ? '待定' : SAMPLE_HEADERS[c] === '创新变革能力' ? 7 : v)).map(
      (v, c) => (c === 0 ? '100901' : v),
    ),
    // an ID already used above
    second.map((v, c) => (SAMPLE_HEADERS[c] === '姓名' ? '王重号' : v)),
  ];
  return [[...SAMPLE_HEADERS], ...rows, ...mistakes];
}
