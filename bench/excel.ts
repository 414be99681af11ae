// The Excel host, measured through the real Office.js client library (tests/hosts/excel/officeJs.ts): a full
// review of each size through ExcelHost, as the pane runs it, every request as Office.js serializes it.
// ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, no request or response above 4 MB (Excel on
// the web refuses 5 MB), no address past 8,192 characters, no sheet past 1,026 page breaks.
import { fakeWithRoster } from '../tests/hosts/excel/review';
import { reviewThroughOfficeJs } from '../tests/hosts/excel/reviewOfficeJs';

export const EXCEL_SIZES = [100, 1000, 10000, 50000] as const;
const MB4 = 4_000_000;

export interface ExcelSize {
  /** Requests (syncs) of the whole review: reads and writes. */
  syncs: number;
  /** Bytes of every request as Office.js serializes it. */
  requestBytes: number;
  /** Bytes of every response. */
  responseBytes: number;
  /** JSON of the cell values written (Range.values): what a review must send. */
  valueBytes: number;
  /** requestBytes ÷ valueBytes: everything else a review sends, as a multiple of its values. */
  ratio: number;
  /** syncs − ⌈(request + response bytes) / 4 MB⌉. */
  constant: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  longestAddress: number;
  mostPageBreaks: number;
}

export async function benchExcelSize(engineers: number): Promise<ExcelSize> {
  const fake = fakeWithRoster(engineers);
  const { outcome, office } = await reviewThroughOfficeJs(fake);
  if (!outcome.ok) throw new Error(`The sample roster of ${engineers} did not review: ${outcome.fatal.message.en}`);
  const rq = office.requests;
  const refused = rq.filter((r) => r.error);
  if (refused.length > 0) throw new Error(`${refused.length} requests refused: ${refused[0].error}`);
  const sum = (f: (r: (typeof rq)[number]) => number): number => rq.reduce((s, r) => s + f(r), 0);
  const requestBytes = sum((r) => r.bytes);
  const responseBytes = sum((r) => r.responseBytes);
  const valueBytes = sum((r) => r.valueBytes);
  return {
    syncs: rq.length,
    requestBytes,
    responseBytes,
    valueBytes,
    ratio: Math.round((requestBytes / valueBytes) * 100) / 100,
    constant: rq.length - Math.ceil((requestBytes + responseBytes) / MB4),
    maxRequestBytes: Math.max(...rq.map((r) => r.bytes)),
    maxResponseBytes: Math.max(...rq.map((r) => r.responseBytes)),
    longestAddress: Math.max(...rq.map((r) => r.longestAddress)),
    mostPageBreaks: Math.max(...fake.workbook.sheets.map((s) => s.page.rowBreaks.length)),
  };
}

export async function benchExcel(sizes: readonly number[] = EXCEL_SIZES): Promise<Record<string, ExcelSize>> {
  const out: Record<string, ExcelSize> = {};
  for (const n of sizes) out[String(n)] = await benchExcelSize(n);
  return out;
}
