// The Excel host's sync budget, measured on the recording fake: a full review of 100 and of 20,000
// engineers. ../shared/ARCHITECTURE.md: syncs = a constant + ⌈bytes / 4 MB⌉, no request above 4 MB.
import { fakeWithRoster, reviewOnFake } from '../tests/hosts/excel/review';

export const SIZES = [100, 20000] as const;

export interface ExcelBench {
  syncs: Record<string, number>;
  bytes: Record<string, number>;
  maxRequestBytes: number;
}

export async function benchExcel(): Promise<ExcelBench> {
  const out: ExcelBench = { syncs: {}, bytes: {}, maxRequestBytes: 0 };
  for (const n of SIZES) {
    const fake = fakeWithRoster(n);
    const outcome = await reviewOnFake(fake);
    if (!outcome.ok) throw new Error(`The sample roster of ${n} did not review: ${outcome.fatal.message.en}`);
    out.syncs[String(n)] = fake.stats.syncs;
    out.bytes[String(n)] = fake.stats.bytes;
    out.maxRequestBytes = Math.max(out.maxRequestBytes, fake.stats.maxRequestBytes, fake.stats.maxResponseBytes);
  }
  return out;
}
