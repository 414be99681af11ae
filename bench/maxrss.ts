// Preloaded into a child process through NODE_OPTIONS (`-r`), so it also runs in any node process that
// child starts (the command's launcher re-runs itself with a start-up flag): at exit each writes its peak
// resident memory, in bytes, to BENCH_MAXRSS_FILE unless a larger one is there already.
import { readFileSync, writeFileSync } from 'fs';

const out = process.env.BENCH_MAXRSS_FILE;
if (out) {
  process.on('exit', () => {
    const mine = process.resourceUsage().maxRSS * 1024; // kilobytes on every platform
    let before = 0;
    try {
      before = Number(readFileSync(out, 'utf8')) || 0;
    } catch {
      before = 0;
    }
    writeFileSync(out, String(Math.max(before, mine)));
  });
}
