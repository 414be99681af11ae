// `npm run bench`: measures, prints a table and writes bench/results.json. Benchmarks are measurements,
// never timed tests. `npm run -s bench -- excel` (or engine, cli, ratio) runs one part and prints its JSON line.
// BENCH_SIZES=1000,10000 limits the sizes; the floor (FLOOR_SIZES, default 1000,10000,50000) is the
// slowest part, since it first runs the whole review untimed to know what the output holds.
import { promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runChild } from './child';
import { benchEngine, type EngineTimes } from './engine';
import { benchExcel, benchExcelSize, type ExcelSize } from './excel';
import { BENCH_DIR, rosterFile } from './rosters';

function sizesFrom(name: string, fallback: number[]): number[] {
  const given = (process.env[name] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return given.length > 0 ? given : fallback;
}

const SIZES = sizesFrom('BENCH_SIZES', [1000, 10000, 50000]);
const FLOOR_SIZES = sizesFrom('FLOOR_SIZES', SIZES);
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'bin', 'talent-review.js');
const FLOOR = path.join(__dirname, 'floor.js');
const STARTUP = path.join(__dirname, 'startup.js');
const MB = 1e6;
/** The V8 flags the command's launcher starts itself with (bin/talent-review.js): the floor runs under them too. */
const V8_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'bin', 'v8flags.json'), 'utf8')) as string[];

interface CliRun {
  /** Median over the runs. */
  ms: number;
  runsMs: number[];
  /** The largest over the runs. */
  maxRssMB: number;
  outputBytes: number;
}

interface FloorRun {
  /** Starting node and loading exceljs: any command that reads and writes .xlsx with exceljs pays it. */
  startMs: number;
  readMs: number;
  writeMs: number;
  ms: number;
}

/** The floor over several runs: `ms` the median, each run as measured. */
interface FloorRuns {
  ms: number;
  runs: FloorRun[];
}

/**
 * Runs of the command line and of the floor at a size, taken in turns (CLI, floor, CLI, floor, …) so a
 * machine that gets busier for a while slows both: BENCH_RUNS, else three up to 10,000 engineers and one
 * above (a 50,000 pair takes minutes).
 */
function runsAt(engineers: number): number {
  const given = Number(process.env.BENCH_RUNS);
  if (Number.isInteger(given) && given > 0) return given;
  return engineers <= 10_000 ? 3 : 1;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface SizeResult {
  engine: EngineTimes;
  cli: CliRun;
  floor?: FloorRuns;
  /** Median CLI end to end ÷ median floor. */
  ratio?: number;
  /** CLI ÷ floor of each pair of runs taken one after the other. */
  pairRatios?: number[];
  excel: ExcelSize;
}

async function benchCliOnce(engineers: number): Promise<{ ms: number; maxRssMB: number; outputBytes: number }> {
  const input = await rosterFile(engineers);
  const output = path.join(BENCH_DIR, `review-${engineers}.xlsx`);
  await fs.rm(output, { force: true });
  const run = await runChild(CLI, ['run', input, '-o', output, '--lang', 'zh-CN']);
  const { size } = await fs.stat(output);
  return { ms: run.ms, maxRssMB: run.maxRssBytes / MB, outputBytes: size };
}

function cliOf(runs: readonly { ms: number; maxRssMB: number; outputBytes: number }[]): CliRun {
  return {
    ms: median(runs.map((r) => r.ms)),
    runsMs: runs.map((r) => r.ms),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
    outputBytes: runs[runs.length - 1].outputBytes,
  };
}

async function benchCli(engineers: number): Promise<CliRun> {
  const runs = [];
  for (let i = 0; i < runsAt(engineers); i++) runs.push(await benchCliOnce(engineers));
  return cliOf(runs);
}

/** The command line and the floor in turns; the ratio of the medians and of each pair. */
async function benchCliAndFloor(engineers: number): Promise<{ cli: CliRun; floor: FloorRuns; ratio: number; pairRatios: number[] }> {
  const clis = [];
  const floors: FloorRun[] = [];
  for (let i = 0; i < runsAt(engineers); i++) {
    process.stderr.write(`${engineers} engineers: command line and I/O floor, run ${i + 1} of ${runsAt(engineers)}…\n`);
    clis.push(await benchCliOnce(engineers));
    floors.push(await benchFloor(engineers));
  }
  const cli = cliOf(clis);
  const floor = { ms: median(floors.map((f) => f.ms)), runs: floors };
  return { cli, floor, ratio: cli.ms / floor.ms, pairRatios: clis.map((c, i) => c.ms / floors[i].ms) };
}

async function benchFloor(engineers: number): Promise<FloorRun> {
  const input = await rosterFile(engineers);
  const output = path.join(BENCH_DIR, `floor-${engineers}.xlsx`);
  const run = await runChild(FLOOR, [input, output], V8_FLAGS);
  await fs.rm(output, { force: true });
  const { readMs, writeMs } = JSON.parse(run.stdout) as { readMs: number; writeMs: number };
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) starts.push((await runChild(STARTUP, [], V8_FLAGS)).ms);
  const startMs = starts.sort((a, b) => a - b)[1];
  return { startMs, readMs, writeMs, ms: startMs + readMs + writeMs };
}

const s = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

function table(results: Record<string, SizeResult>): string {
  const head = ['engineers', 'review s', 'follow-up s', 'plans s', 'CLI s', 'floor s', 'CLI ÷ floor', 'each pair', 'CLI peak MB', 'Excel syncs', 'syncs − ⌈bytes/4MB⌉', 'Excel request MB', 'value MB', 'request ÷ value', 'largest request/response MB', 'longest address', 'most page breaks'];
  const rows = Object.entries(results).map(([n, r]) => [
    Number(n).toLocaleString('en-US'),
    s(r.engine.reviewMs),
    s(r.engine.followUpMs),
    s(r.engine.plansMs),
    s(r.cli.ms),
    r.floor ? s(r.floor.ms) : '—',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
    r.pairRatios && r.pairRatios.length > 1 ? `${Math.min(...r.pairRatios).toFixed(2)}–${Math.max(...r.pairRatios).toFixed(2)}×` : '—',
    r.cli.maxRssMB.toFixed(0),
    String(r.excel.syncs),
    String(r.excel.constant),
    (r.excel.requestBytes / MB).toFixed(1),
    (r.excel.valueBytes / MB).toFixed(1),
    `${r.excel.ratio.toFixed(2)}×`,
    `${(r.excel.maxRequestBytes / MB).toFixed(2)} / ${(r.excel.maxResponseBytes / MB).toFixed(2)}`,
    String(r.excel.longestAddress),
    String(r.excel.mostPageBreaks),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function all(): Promise<void> {
  // The child processes first, while this process is small and idle: the engine runs in it later, and a heap
  // of hundreds of MB that V8 may still be collecting in the background would share the 2 cores with them.
  const timed: Record<string, { cli: CliRun; floor?: FloorRuns; ratio?: number; pairRatios?: number[] }> = {};
  for (const n of SIZES) {
    if (FLOOR_SIZES.includes(n)) {
      timed[String(n)] = await benchCliAndFloor(n);
    } else {
      process.stderr.write(`${n} engineers: command line…\n`);
      timed[String(n)] = { cli: await benchCli(n) };
    }
  }
  const results: Record<string, SizeResult> = {};
  for (const n of SIZES) {
    process.stderr.write(`${n} engineers: engine…\n`);
    const engine = await benchEngine(n);
    process.stderr.write(`${n} engineers: Excel host through Office.js…\n`);
    const excel = await benchExcelSize(n);
    results[String(n)] = { engine, ...timed[String(n)], excel };
  }
  const out = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, platform: process.platform },
    notes: [
      'CLI: `talent-review run` as a child process, wall time end to end (start-up, read, review, write) and peak resident memory; the median of BENCH_RUNS runs (default three up to 10,000 engineers, one above), taken in turns with the floor\'s.',
      'floor: starting node and loading exceljs (median of three), then exceljs reading the same roster and writing the same output workbook (same cells, styles, merges, streaming writer and flow control), nothing else.',
      'Excel: a full review through ExcelHost and the real Office.js client library (excel-web-16.00.debug.js in jsdom, tests/hosts/excel/officeJs.ts), answered by the recording fake; bytes are the request bodies as Office.js serializes them.',
    ],
    sizes: results,
  };
  await fs.writeFile(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${table(results)}\n\nWritten to bench/results.json\n`);
}

const PARTS: Record<string, () => Promise<unknown>> = {
  excel: () => benchExcel(),
  engine: async () => {
    // One size after another: interleaved, one size's awaits would run inside another's timing.
    const out: Record<string, EngineTimes> = {};
    for (const n of SIZES) out[String(n)] = await benchEngine(n);
    return out;
  },
  cli: async () => {
    const out: Record<string, CliRun> = {};
    for (const n of SIZES) out[String(n)] = await benchCli(n);
    return out;
  },
  // The command line against its floor only: `BENCH_SIZES=10000 npm run -s bench -- ratio`.
  ratio: async () => {
    const out: Record<string, { cliMs: number[]; floorMs: number[]; ratio: number; pairRatios: number[] }> = {};
    for (const n of FLOOR_SIZES) {
      const both = await benchCliAndFloor(n);
      out[String(n)] = { cliMs: both.cli.runsMs, floorMs: both.floor.runs.map((f) => f.ms), ratio: both.ratio, pairRatios: both.pairRatios };
    }
    return out;
  },
};

async function main(): Promise<void> {
  const name = process.argv[2];
  if (name === undefined) return all();
  const part = PARTS[name];
  if (!part) {
    process.stderr.write(`usage: npm run bench [-- <${Object.keys(PARTS).join('|')}>]\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`${JSON.stringify(await part())}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
