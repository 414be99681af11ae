// Shared by the Excel host tests and the bench: a workbook with a sample roster on the fake, reviewed
// through ExcelHost exactly as the pane runs it (runReview with the same host as source and target).
import { ExcelHost } from '../../../src/hosts/excel/host';
import { runReview, type RunOutcome } from '../../../src/workbook/run';
import { SAMPLE_HEADERS, sampleRoster } from '../../../src/workbook/sample';
import { createFakeExcel, type FakeExcel, type SeedCell } from './fakeExcel';

export const ROSTER = '工程师名单';

export function rosterRows(engineers: number): SeedCell[][] {
  return [[...SAMPLE_HEADERS], ...sampleRoster(engineers)];
}

export function fakeWithRoster(engineers: number, rows: SeedCell[][] = rosterRows(engineers)): FakeExcel {
  return createFakeExcel([{ name: ROSTER, rows }]);
}

export async function reviewOnFake(fake: FakeExcel, today = '2026-01-15'): Promise<RunOutcome> {
  const host = new ExcelHost(fake.run);
  return runReview(host, host, { today, copyInputs: false, now: () => new Date('2026-01-15T09:00:00Z') });
}
