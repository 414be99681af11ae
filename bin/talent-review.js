#!/usr/bin/env node
// Thin launcher: the command is compiled to dist/ by `npm install` (prepare) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('talent-review is not built yet: run `npm install` (or `npm run build:cli`) first.\n');
  process.exit(1);
}
// A review allocates many short-lived objects (cells, XML): a larger young generation halves the time V8
// spends collecting them on a roster of 10,000 (bench/, README). The flag only works at start-up, so the
// command runs itself once more with it.
const TUNED = '--max-semi-space-size=64';
if (!process.execArgv.includes(TUNED) && process.env.TALENT_REVIEW_UNTUNED !== '1') {
  const child = spawnSync(process.execPath, [...process.execArgv, TUNED, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) {
    process.stderr.write(`${child.error.message}\n`);
    process.exit(1);
  }
  process.exit(child.status === null ? 1 : child.status);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
