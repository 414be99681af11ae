// Preloaded into a child process (`node -r`): at exit, writes the process's peak resident memory in bytes
// to the file named by BENCH_MAXRSS_FILE. resourceUsage().maxRSS is in kilobytes on every platform.
import { writeFileSync } from 'fs';

const out = process.env.BENCH_MAXRSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
