// A review through ExcelHost and the real Office.js client library (officeJs.ts), for the protocol tests and
// the bench. Apart from review.ts: loading jsdom here would break the pane's tests, which share review.ts.
import { ExcelHost } from '../../../src/hosts/excel/host';
import { runReview, type RunOutcome } from '../../../src/workbook/run';
import type { FakeExcel } from './fakeExcel';
import { viaOfficeJs, type OfficeJsExcel } from './officeJs';

/** The same review through the real Office.js client library (officeJs.ts): every request as Office.js sends it. */
export async function reviewThroughOfficeJs(fake: FakeExcel, office: OfficeJsExcel = viaOfficeJs(fake), today = '2026-01-15'): Promise<{ outcome: RunOutcome; office: OfficeJsExcel; host: ExcelHost }> {
  const host = new ExcelHost(office.run);
  const outcome = await runReview(host, host, { today, copyInputs: false, now: () => new Date('2026-01-15T09:00:00Z') });
  return { outcome, office, host };
}
