// The sync budget (../shared/ARCHITECTURE.md): syncs = a constant + ⌈bytes / 4 MB⌉, and no request or
// response reaches 4,000,000 bytes. First how writes are cut into requests, then a plan written through
// ExcelHost on the recording fake, small and large.
import fc from 'fast-check';
import { ExcelHost } from '../../../src/hosts/excel/host';
import { pack, REQUEST_CAP } from '../../../src/hosts/excel/budget';
import type { PlanValue, SheetPlan } from '../../../src/workbook/plan';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const LIMIT = 4_000_000;

function binWeights(weights: readonly number[], binOf: readonly number[], bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  weights.forEach((w, i) => (out[binOf[i]] += w));
  return out;
}

/** Bins a greedy cut needs when none may pass `limit`. */
function greedyBins(weights: readonly number[], limit: number): number {
  let bins = 0;
  let load = Infinity;
  for (const w of weights) {
    if (load + w > limit) {
      bins++;
      load = 0;
    }
    load += w;
  }
  return bins;
}

describe('cutting writes into requests (pack)', () => {
  test('items stay in order, no bin passes the cap, the count asked for is kept, and the heaviest bin is as light as it can be', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 50_000, max: 400_000 }), (weights, asked, cap) => {
        const { binOf, bins } = pack(weights, asked, cap);
        const needed = Math.max(1, greedyBins(weights, cap));
        expect(bins).toBe(Math.max(asked, needed));
        binOf.forEach((b, i) => expect(b - (i === 0 ? 0 : binOf[i - 1])).toBeGreaterThanOrEqual(0));
        binOf.forEach((b, i) => expect(b - (i === 0 ? 0 : binOf[i - 1])).toBeLessThanOrEqual(1));
        const loads = binWeights(weights, binOf, bins);
        const heaviest = Math.max(...loads);
        expect(heaviest).toBeLessThanOrEqual(cap);
        // One byte lighter and the items no longer fit the bins.
        if (heaviest > Math.max(0, ...weights)) expect(greedyBins(weights, heaviest - 1)).toBeGreaterThan(bins);
      }),
    );
  });

  test('rows with 100 KB style pieces among them fill requests to the cap: no request is given up to the pieces', () => {
    // 40 MB of 300-byte rows, then 3 MB of style groups in 100 KB pieces (a large review's shape).
    const weights = [...Array.from({ length: 133_334 }, () => 300), ...Array.from({ length: 30 }, () => 100_000)];
    const total = weights.reduce((s, w) => s + w, 0);
    const { binOf, bins } = pack(weights, 1, REQUEST_CAP);
    expect(bins).toBe(Math.ceil(total / REQUEST_CAP));
    expect(Math.max(...binWeights(weights, binOf, bins))).toBeLessThanOrEqual(REQUEST_CAP);
    // Cutting at equal shares instead leaves each request room for a whole piece: a request more.
    expect(Math.ceil(total / (REQUEST_CAP - 100_000))).toBe(bins + 1);
  });

  test('the count asked for is spread evenly: 1 MB in 5 syncs puts about 200 KB in each', () => {
    const weights = Array.from({ length: 10_000 }, () => 100);
    const { binOf, bins } = pack(weights, 5, REQUEST_CAP);
    expect(binWeights(weights, binOf, bins)).toEqual([200_000, 200_000, 200_000, 200_000, 200_000]);
  });

  test('one write heavier than a request is refused', () => {
    expect(() => pack([10, REQUEST_CAP + 1], 1, REQUEST_CAP)).toThrow(/too large/u);
  });

});

/**
 * A plan shaped like the one-person plans sheet: per person a block of rows where only a few cells need
 * a number format (an ID that looks like a number, a date typed as text, a due date to fill in), the rest
 * none — formatted cells scattered over rows and columns.
 */
function scatteredPlan(people: number): SheetPlan {
  const values: PlanValue[][] = [];
  const dueDates: string[] = [];
  for (let p = 0; p < people; p++) {
    const id = String(100_000 + p);
    const top = values.length;
    values.push([`个人发展计划 · ${id}`, null, null, null, null]);
    values.push(['工号', id, '姓名', `工程师${p}`, null]);
    values.push(['部门', '研发中心', '岗位', '算法工程师', null]);
    values.push(['盘点日期', '2026-01-15', '复盘日期', '2026-07-15', null]);
    values.push(['发展行动', '专家通道，技艺传承（带教他人）', null, null, null]);
    values.push(['行动', '联合攻关', '负责人', null, null]);
    dueDates.push(`E${top + 6}`);
  }
  return {
    role: 'plans',
    name: '个人发展计划',
    lang: 'zh-CN',
    visibility: 'visible',
    values,
    columnWidths: [12, 30, 12, 16, 12],
    numberFormats: [{ format: 'yyyy-mm-dd', ranges: dueDates }],
    styles: [],
    merges: [],
  };
}

/** Writes the plan on a fresh fake. */
async function applied(people: number): Promise<FakeExcel> {
  const fake = createFakeExcel([{ name: 'Notes', rows: [['mine']] }]);
  const host = new ExcelHost(fake.run);
  await host.apply([scatteredPlan(people)]);
  return fake;
}

/** Data syncs (those with a payload): request JSON over the payload the budget counted. */
function overheads(f: FakeExcel): number[] {
  return f.stats.perSync.filter((s) => s.requestPayload > 100_000).map((s) => s.requestBytes / s.requestPayload);
}

describe('a plan of scattered number formats written through ExcelHost', () => {
  const runs = new Map<string, FakeExcel>();
  beforeAll(async () => {
    runs.set('small', await applied(50));
    // ~18 MB: several requests.
    runs.set('large', await applied(40_000));
  }, 120_000);
  const run = (k: string): FakeExcel => runs.get(k) as FakeExcel;

  test('no request or response reaches 4,000,000 bytes, and the writes take the fewest syncs the cap allows', () => {
    for (const f of runs.values()) {
      expect(f.stats.maxRequestBytes).toBeLessThan(LIMIT);
      expect(f.stats.maxResponseBytes).toBeLessThan(LIMIT);
    }
    // Filled: the writes take the fewest syncs requests of REQUEST_CAP allow for what they carry.
    const data = run('large').stats.perSync.filter((s) => s.requestPayload > 0);
    const carried = data.reduce((n, s) => n + s.requestBytes, 0);
    expect(data.length).toBeGreaterThan(2);
    expect(data.length).toBeLessThanOrEqual(Math.ceil(carried / REQUEST_CAP) + 1);
  });

  test('a request carries little beyond the payload the budget counts: no range per formatted row', () => {
    // Short rows: a comma and brackets a row are most of the rest.
    for (const ratio of overheads(run('large'))) expect(ratio).toBeLessThan(1.1);
  });

  test('each cell gets its format and only it: IDs and dates typed as text are text (@), due dates dated, the rest General', () => {
    const f = run('small');
    const sheet = '个人发展计划';
    expect(f.cell(sheet, 'B2')).toMatchObject({ value: '100000', numberFormat: '@' });
    expect(f.cell(sheet, 'B4')).toMatchObject({ value: '2026-01-15', numberFormat: '@' });
    expect(f.cell(sheet, 'D4')).toMatchObject({ value: '2026-07-15', numberFormat: '@' });
    expect(f.cell(sheet, 'E6')?.numberFormat).toBe('yyyy-mm-dd');
    expect(f.cell(sheet, 'D2')).toMatchObject({ value: '工程师0', numberFormat: 'General' });
    // Cells between formatted ones keep General (a null format leaves a cell as it is).
    const formats = new Map<string, number>();
    for (const cell of f.sheet(sheet)?.cells.values() ?? []) formats.set(cell.numberFormat, (formats.get(cell.numberFormat) ?? 0) + 1);
    expect(formats.get('@')).toBe(50 * 3);
    expect(formats.get('yyyy-mm-dd')).toBe(50);
  });
});
