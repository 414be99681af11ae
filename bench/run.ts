// `npm run bench`: measures, prints a table and writes bench/results.json. Benchmarks are measurements,
// never timed tests. `npm run -s bench -- excel` (or engine, cli) runs one part and prints its JSON line.
// BENCH_SIZES=1000,10000 limits the sizes; the floor (FLOOR_SIZES, default 1000,10000,50000) is the
// slowest part, since it first runs the whole review untimed to know what the output holds.
import { promises as fs } from 'fs';
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

interface CliRun {
  ms: number;
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

interface SizeResult {
  engine: EngineTimes;
  cli: CliRun;
  floor?: FloorRun;
  /** CLI end to end ÷ floor. */
  ratio?: number;
  excel: ExcelSize;
}

async function benchCli(engineers: number): Promise<CliRun> {
  const input = await rosterFile(engineers);
  const output = path.join(BENCH_DIR, `review-${engineers}.xlsx`);
  await fs.rm(output, { force: true });
  const run = await runChild(CLI, ['run', input, '-o', output, '--lang', 'zh-CN']);
  const { size } = await fs.stat(output);
  return { ms: run.ms, maxRssMB: run.maxRssBytes / MB, outputBytes: size };
}

async function benchFloor(engineers: number): Promise<FloorRun> {
  const input = await rosterFile(engineers);
  const output = path.join(BENCH_DIR, `floor-${engineers}.xlsx`);
  // Under the same V8 start-up flag the command's launcher gives itself (bin/talent-review.js).
  const run = await runChild(FLOOR, [input, output], ['--max-semi-space-size=64']);
  await fs.rm(output, { force: true });
  const { readMs, writeMs } = JSON.parse(run.stdout) as { readMs: number; writeMs: number };
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) starts.push((await runChild(STARTUP, [], ['--max-semi-space-size=64'])).ms);
  const startMs = starts.sort((a, b) => a - b)[1];
  return { startMs, readMs, writeMs, ms: startMs + readMs + writeMs };
}

const s = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

function table(results: Record<string, SizeResult>): string {
  const head = ['engineers', 'review s', 'follow-up s', 'plans s', 'CLI s', 'floor s', 'CLI ÷ floor', 'CLI peak MB', 'Excel syncs', 'syncs − ⌈bytes/4MB⌉', 'Excel MB', 'largest request MB'];
  const rows = Object.entries(results).map(([n, r]) => [
    Number(n).toLocaleString('en-US'),
    s(r.engine.reviewMs),
    s(r.engine.followUpMs),
    s(r.engine.plansMs),
    s(r.cli.ms),
    r.floor ? s(r.floor.ms) : '—',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
    r.cli.maxRssMB.toFixed(0),
    String(r.excel.syncs),
    String(r.excel.constant),
    (r.excel.bytes / MB).toFixed(1),
    (Math.max(r.excel.maxRequestBytes, r.excel.maxResponseBytes) / MB).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function all(): Promise<void> {
  const results: Record<string, SizeResult> = {};
  for (const n of SIZES) {
    process.stderr.write(`${n} engineers: engine…\n`);
    const engine = await benchEngine(n);
    process.stderr.write(`${n} engineers: command line…\n`);
    const cli = await benchCli(n);
    let floor: FloorRun | undefined;
    if (FLOOR_SIZES.includes(n)) {
      process.stderr.write(`${n} engineers: I/O floor…\n`);
      floor = await benchFloor(n);
    }
    process.stderr.write(`${n} engineers: Excel host on the fake…\n`);
    const excel = await benchExcelSize(n);
    results[String(n)] = { engine, cli, floor, ratio: floor ? cli.ms / floor.ms : undefined, excel };
  }
  const out = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, platform: process.platform },
    notes: [
      'CLI: `talent-review run` as a child process, wall time end to end (start-up, read, review, write) and peak resident memory.',
      'floor: starting node and loading exceljs (median of three), then exceljs reading the same roster and writing the same output workbook (same cells, styles, merges, streaming writer and flow control), nothing else.',
      'Excel: a full review through ExcelHost on the recording fake (tests/hosts/excel/fakeExcel.ts).',
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
