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

/** The workbooks the size tests open (`?seed=`): what a person meets first in each state of Home. */
export type E2eSeed = 'roster' | 'blank' | 'nopotential' | 'foreign' | 'ibm';

/** The public IBM HR sample, which the test page fetches from beside itself for `?seed=ibm` (paneOnFake.tsx). */
export const IBM_SAMPLE_FILE = 'ibm-hr-attrition.csv';

/** Headers of the public IBM HR sample, which the reader knows none of but the ID. */
const FOREIGN_HEADERS = ['Age', 'Department', 'EmployeeNumber', 'JobInvolvement', 'JobLevel', 'PerformanceRating', 'TotalWorkingYears'];

export function e2eSeedSheets(seed: E2eSeed): { name: string; rows: PlanValue[][] }[] {
  switch (seed) {
    case 'blank':
      return [{ name: 'Sheet1', rows: [] }];
    case 'nopotential': {
      // Only ID, name, department and performance: nobody can be placed in the grid.
      const keep = ['工号', '姓名', '部门', '绩效等级'].map((h) => SAMPLE_HEADERS.indexOf(h as (typeof SAMPLE_HEADERS)[number]));
      return [{ name: E2E_ROSTER_SHEET, rows: e2eRosterRows().map((r) => keep.map((c) => r[c])) }];
    }
    case 'foreign':
      return [
        {
          name: 'HR data',
          rows: [FOREIGN_HEADERS, ...Array.from({ length: 30 }, (_, i) => [25 + (i % 30), i % 3 === 0 ? 'Sales' : 'Research & Development', i + 1, 1 + (i % 4), 1 + (i % 5), 3 + (i % 2), 2 + i])],
        },
      ];
    case 'roster':
      return [{ name: E2E_ROSTER_SHEET, rows: e2eRosterRows() }];
    case 'ibm':
      // Fetched by the page (paneOnFake.tsx), not made here.
      return [];
  }
}
