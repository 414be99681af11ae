// The Excel host's sync budget, measured on the recording fake: a full review of each size through
// ExcelHost, as the pane runs it. ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, and no
// request or response above 4 MB (Excel on the web refuses 5 MB).
import { fakeWithRoster, reviewOnFake } from '../tests/hosts/excel/review';

export const EXCEL_SIZES = [100, 1000, 10000, 50000] as const;
const MB4 = 4_000_000;

export interface ExcelSize {
  syncs: number;
  bytes: number;
  /** syncs − ⌈bytes / 4 MB⌉: the same at every size when the budget holds. */
  constant: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export async function benchExcelSize(engineers: number): Promise<ExcelSize> {
  const fake = fakeWithRoster(engineers);
  const outcome = await reviewOnFake(fake);
  if (!outcome.ok) throw new Error(`The sample roster of ${engineers} did not review: ${outcome.fatal.message.en}`);
  const { syncs, bytes, maxRequestBytes, maxResponseBytes } = fake.stats;
  return { syncs, bytes, constant: syncs - Math.ceil(bytes / MB4), maxRequestBytes, maxResponseBytes };
}

export async function benchExcel(sizes: readonly number[] = EXCEL_SIZES): Promise<Record<string, ExcelSize>> {
  const out: Record<string, ExcelSize> = {};
  for (const n of sizes) out[String(n)] = await benchExcelSize(n);
  return out;
}
