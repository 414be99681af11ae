// `npm run -s bench -- <name>`: runs one benchmark and prints its result as one JSON line on stdout,
// nothing else (progress and errors go to stderr). Benchmarks are measurements, never timed tests.
import { benchExcel } from './excel';

const BENCHES: Record<string, () => Promise<unknown>> = {
  excel: benchExcel,
};

async function main(): Promise<void> {
  const name = process.argv[2];
  const bench = name === undefined ? undefined : BENCHES[name];
  if (!bench) {
    process.stderr.write(`usage: npm run -s bench -- <${Object.keys(BENCHES).join('|')}>\n`);
    process.exitCode = 2;
    return;
  }
  const result = await bench();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
