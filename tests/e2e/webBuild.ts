// The production build the standalone page ships as. Built once per test run: reused only when dist/web.html
// is newer than every source file, the config and the lockfile (build.e2e.test.ts builds the same thing),
// so a stale page is never what is tested.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

export function ensureWebBuild(): void {
  const page = path.join(DIST, 'web.html');
  const sources = Math.max(
    newest(path.join(ROOT, 'src')),
    ...['webpack.config.js', 'package-lock.json', 'tsconfig.json'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs),
  );
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs > sources) return;
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}
