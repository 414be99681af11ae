// 评价汇总 written by the Excel host through the real Office.js client library (officeJs.ts): a workbook with
// 能力评价 beside the roster is reviewed with every request as Office.js sends it, none refused, the new sheet
// holding what its plan says, and the input sheets as they were.
import { SAMPLE_HEADERS, sampleRoster } from '../../../src/workbook/sample';
import { ASSESSMENT_HEADERS, sampleAssessments } from '../../../src/workbook/sampleAssessments';
import { createFakeExcel } from './fakeExcel';
import { reviewThroughOfficeJs } from './reviewOfficeJs';

it('writes 评价汇总 through Office.js and leaves 能力评价 as it was', async () => {
  const roster = sampleRoster(30);
  const ratings = sampleAssessments(roster);
  const fake = createFakeExcel([
    { name: '工程师名单', rows: [[...SAMPLE_HEADERS], ...roster] },
    { name: '能力评价', rows: [[...ASSESSMENT_HEADERS], ...ratings] },
  ]);
  const before = fake.valuesOf('能力评价');
  const { outcome, office } = await reviewThroughOfficeJs(fake);
  if (!outcome.ok) throw new Error(outcome.fatal.message.en);
  expect(office.requests.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  const plan = outcome.plans.find((p) => p.role === 'assessment');
  expect(plan?.name).toBe('评价汇总');
  const written = fake.valuesOf('评价汇总');
  expect(written.length).toBe(plan?.values.length);
  // The assessed engineers' rows, as planned (an empty planned cell reads back as null).
  expect(written.slice(3).map((r) => r.slice(0, 6))).toEqual(plan?.values.slice(3).map((r) => r.slice(0, 6)));
  expect(fake.sheet('评价汇总')?.freeze).toEqual({ rows: 4, cols: 2 });
  expect(fake.valuesOf('能力评价')).toEqual(before);
}, 60_000);
