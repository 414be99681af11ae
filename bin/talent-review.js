#!/usr/bin/env node
// Thin launcher: the command is compiled to dist/ by `npm install` (prepare) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('talent-review is not built yet: run `npm install` (or `npm run build:cli`) first.\n');
  process.exit(1);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
