// Bundles officeStandIn.ts into one script with webpack (the same loaders and browser aliases as the add-in),
// once per test file, into a temporary folder; returns the script's text for a route to answer with.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { ROOT } from './webBuild';

const { BROWSER_ALIASES } = require('../../webpack.config.js') as { BROWSER_ALIASES: Record<string, string> };

export async function buildOfficeStandIn(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'office-stand-in-'));
  const config: webpack.Configuration = {
    mode: 'development',
    context: ROOT,
    devtool: false,
    entry: path.join(__dirname, 'officeStandIn.ts'),
    output: { path: out, filename: 'office.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: BROWSER_ALIASES },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020' } } },
        },
      ],
    },
    performance: { hints: false },
  };
  try {
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => {
        if (err) reject(err);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      }),
    );
    return fs.readFileSync(path.join(out, 'office.js'), 'utf8');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
