// Child process of memory.test.ts: runs the command line (from src/, compiled on the fly by TypeScript's
// transpiler) once per argument list given as JSON, then prints the exit codes and the process's peak
// resident memory. A process of its own, so the peak is this work's alone, not the test runner's.
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};

const { main } = require('../../src/cli/main.ts');

(async () => {
  const codes = [];
  const said = [];
  const io = { out: (s) => said.push(s), err: (s) => said.push(s), env: {}, today: () => '2026-06-30' };
  for (const args of JSON.parse(process.argv[2])) codes.push(await main(args, io));
  process.stdout.write(JSON.stringify({ codes, said, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
})();
