// Property 2 — every valid engineer in exactly one box: over random rosters (columns in any order, Chinese
// or English headers, title rows, rating words and numbers on both scales, missing optional columns, empty
// and messy cells, Excel error values, duplicate IDs), the review keeps exactly the rows DOMAIN.md keeps —
// a usable first-seen ID, a usable performance, a potential given or derivable — each in the box its bands
// give; the box counts add up to the number reviewed; no engineer is invented; the rows left out are
// exactly the rows with an error; and 盘点结果 has one row per engineer. The oracle (arbitraries.ts,
// `expected`) reads the generated model, not the product.
import fc from 'fast-check';
import { params, XLSX_SHARE, rosterArb } from './arbitraries';
import { bench, expectReviewed, nowOf } from './harness';

describe('every valid engineer lands in exactly one box', () => {
  it('on a roster in memory', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb(30), fc.constantFrom('zh-CN' as const, 'en-US' as const), async (roster, lang) => {
        const b = bench('memory');
        await b.setRoster(roster);
        expectReviewed(roster, await b.run({ lang, now: nowOf(0) }));
      }),
      params(1.5),
    );
  });

  it('on a roster read from an .xlsx file (exceljs cells, error values as Excel errors)', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb(30), async (roster) => {
        const b = bench('xlsx');
        await b.setRoster(roster);
        expectReviewed(roster, await b.run({ lang: 'zh-CN', now: nowOf(0) }));
      }),
      params(XLSX_SHARE),
    );
  });
});
