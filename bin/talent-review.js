#!/usr/bin/env node
// Thin launcher: the command is compiled to dist/ by `npm install` (prepare) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('talent-review is not built yet: run `npm install` (or `npm run build:cli`) first.\n');
  process.exit(1);
}
// V8 start-up flags (bin/v8flags.json; the bench gives its I/O floor the same ones). A review allocates many
// short-lived objects (cells, XML): a larger young generation halves the time V8 spends collecting them on
// a roster of 10,000. With allocation-site pretenuring on, about one run in three (it depends on timing)
// began moving the output's short-lived objects straight to the old generation while writing — V8 judges
// by what survived at the same allocation sites before, likely the input's cells, which live long — and
// spent 3 s instead of 1.3 s collecting garbage (10,000 engineers: 11 s instead of 9). The flags only work
// at start-up, so the command runs itself once more with them.
const FLAGS = require('./v8flags.json');
if (!FLAGS.every((f) => process.execArgv.includes(f)) && process.env.TALENT_REVIEW_UNTUNED !== '1') {
  const child = spawn(process.execPath, [...process.execArgv, ...FLAGS, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C or a kill reaches the command itself, which removes its temporary file before it ends: a kill
  // sent to this launcher alone would otherwise leave the command writing on its own.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code !== null ? code : 128 + (require('os').constants.signals[signal] || 0));
  });
} else {
  // Output piped into a reader that stops early (`talent-review check x.xlsx | head`): stop quietly, as other
  // command-line tools do, instead of a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e && e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
