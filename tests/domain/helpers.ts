// Small builders for domain tests: an engineer as the reader would hand it over.
import type { Engineer, PerfBand, PotBand } from '../../src/domain';

let row = 0;

export function engineer(over: Partial<Engineer> & { id: string }): Engineer {
  return {
    name: over.id,
    performance: { band: 'qualified', source: { kind: 'rating', raw: 'B', mapped: false } },
    potential: { band: 'medium', source: { kind: 'rating', raw: '中', mapped: false } },
    competencies: {},
    sourceRow: row++,
    ...over,
  };
}

const PERF_WORD: Record<PerfBand, string> = { excellent: 'A', qualified: 'B', needs: 'C' };
const POT_WORD: Record<PotBand, string> = { high: '高', medium: '中', low: '低' };

/** An engineer rated by words into the given bands. */
export function rated(id: string, perf: PerfBand, pot: PotBand, over: Partial<Engineer> = {}): Engineer {
  return engineer({
    id,
    performance: { band: perf, source: { kind: 'rating', raw: PERF_WORD[perf], mapped: false } },
    potential: { band: pot, source: { kind: 'rating', raw: POT_WORD[pot], mapped: false } },
    ...over,
  });
}
