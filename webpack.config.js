// Add-in bundles: the task pane and the ribbon commands page, the manifest and the icons, into dist/.
//
//   npm run build                                  production, office.js from the Office CDN (required by AppSource)
//   npm run build -- --env officejs=local          office.js served from dist/office-js/ (offline, on-premises)
//   npm run build -- --env url=https://host/path   rewrite the manifest's URLs for where dist/ is published
//   npm run dev-server                             https://localhost:3000 with the office-addin-dev-certs files
//   npx webpack --mode development --env fake      the real pane on the fake Excel host, into dist/e2e/ (tests only)
//
// dist/web.html is the standalone page: the same pane on the xlsx host in the browser, no Office, served by any
// static file server. Wherever a page reads files (the standalone page; the pane's previous-cycle workbook),
// exceljs comes in as its own browser build (package.json "browser": dist/exceljs.min.js, which carries its
// own Buffer and stream shims) in a chunk loaded on first use, and iconv-lite is replaced by src/web/gbk.ts,
// the browser's own GBK decoder, so no Buffer polyfill or code-page tables ship.
//
// dist/ is shared: `tsc -p tsconfig.cli.json` writes dist/cli, dist/domain, …, the bench dist/bench and the
// browser tests dist/e2e. Cleaning therefore removes only what this build writes at the top level.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The origin manifest.xml is written for: the dev server. */
const DEV_ORIGIN = 'https://localhost:3000';
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const CDN_OFFICE_JS = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
/** office.js loads its host and locale files from beside itself, so the whole dist folder is served. */
const LOCAL_OFFICE_JS_DIR = 'office-js';
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/**
 * The page's Content-Security-Policy: no connection but the add-in's own origin (engineer data never
 * leaves the workbook). Scripts only from the add-in, plus the Office CDN when office.js comes from
 * there. Inline styles are allowed because Fluent UI (griffel) injects its styles at run time.
 */
function contentSecurityPolicy(officeJsFromCdn) {
  return [
    "default-src 'self'",
    officeJsFromCdn ? `script-src 'self' ${CDN_ORIGIN}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The https base the published add-in is served from: an origin, optionally with a path. */
function publicBase(url) {
  if (url === undefined || url === true || url === '') return DEV_ORIGIN;
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`--env url=${url} is not a URL; expected e.g. --env url=https://addin.example.com`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`--env url=${url}: Office loads add-ins over https only`);
  if (parsed.search || parsed.hash) throw new Error(`--env url=${url}: give a base without ? or #`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** manifest.xml with every dev-server URL moved to `base` (AppDomain takes the origin only). */
function manifestForBase(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .replace(new RegExp(`<AppDomain>${DEV_ORIGIN}/?</AppDomain>`, 'g'), `<AppDomain>${origin}</AppDomain>`)
    .replace(new RegExp(`${DEV_ORIGIN}(?=[/"<])`, 'g'), base);
}

/** The https options of the dev server, read from the files office-addin-dev-certs writes. */
function devServerHttps() {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(CERT_DIR, f)));
  if (missing.length > 0) {
    // Only `webpack serve` gets here: say what to do and stop, without a stack trace to bury it.
    console.error(
      [
        `The dev server needs the development certificates in ${CERT_DIR} (missing: ${missing.join(', ')}).`,
        'Create and trust them once with:  npx office-addin-dev-certs install',
        '(on Linux trusting the CA needs sudo; without it the files are still written, and the browser',
        'must be told to accept https://localhost:3000 by hand).',
      ].join('\n'),
    );
    process.exit(1);
  }
  const read = (f) => fs.readFileSync(path.join(CERT_DIR, f));
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

/** Keeps what other builds wrote into dist/: every top-level folder except the ones written here. */
function keptByClean(asset) {
  const top = asset.split(/[\\/]/)[0];
  const isFolder = asset.includes('/') || asset.includes('\\') || !/\.[a-z0-9]+$/i.test(asset);
  return isFolder && top !== 'assets' && top !== LOCAL_OFFICE_JS_DIR;
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      // ES modules out of TypeScript so webpack can tree-shake Fluent UI; type-checking is `npm run typecheck`.
      options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020' } },
    },
  };
}

/** Browser stand-ins for Node packages (see the top of this file). */
const BROWSER_ALIASES = { 'iconv-lite$': path.resolve(__dirname, 'src/web/gbk.ts') };

function page(filename, template, chunks, officeJsSrc) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    templateParameters: { officeJsSrc, csp: contentSecurityPolicy(officeJsSrc.startsWith(CDN_ORIGIN)) },
  });
}

/** The test page: the real pane on the fake Excel host, without office.js; never part of a release. */
function fakeHostConfig(mode) {
  return {
    mode,
    devtool: false,
    entry: { pane: './tests/e2e/paneOnFake.tsx' },
    output: { path: path.resolve(__dirname, 'dist', 'e2e'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: BROWSER_ALIASES },
    module: { rules: [tsRule()] },
    performance: { hints: false },
    plugins: [page('index.html', './src/taskpane/taskpane.html', ['pane'], '')],
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  if (env.fake) return fakeHostConfig(mode);

  const localOfficeJs = env.officejs === 'local';
  if (env.officejs !== undefined && env.officejs !== 'local' && env.officejs !== 'cdn') {
    throw new Error(`--env officejs=${env.officejs}: expected local or cdn`);
  }
  const officeJsSrc = localOfficeJs ? `${LOCAL_OFFICE_JS_DIR}/office.js` : CDN_OFFICE_JS;
  const base = publicBase(env.url);

  const copies = [
    { from: 'assets', to: 'assets' },
    { from: 'src/help/help.html', to: 'help.html' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (base === DEV_ORIGIN ? content : manifestForBase(content.toString('utf8'), base)),
    },
  ];
  if (localOfficeJs) {
    // Copied as Microsoft ships it: `minimized` keeps Terser off its 86 MB of scripts.
    copies.push({ from: 'node_modules/@microsoft/office-js/dist', to: LOCAL_OFFICE_JS_DIR, info: { minimized: true } });
  }

  return {
    mode,
    // No eval-based source maps: the CSP forbids eval.
    devtool: mode === 'production' ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: { keep: keptByClean },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: BROWSER_ALIASES },
    module: { rules: [tsRule()] },
    // exceljs is loaded on demand (by the standalone page and the pane), under a name a person recognises in dist/.
    optimization: {
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 } },
      },
    },
    // The pane (React + Fluent UI) is one chunk loaded from the add-in's own server; warn past 2 MB.
    performance:
      mode === 'production'
        ? {
            hints: 'warning',
            maxEntrypointSize: 2_000_000,
            maxAssetSize: 2_000_000,
            // office.js's own files are Microsoft's, loaded on demand by office.js; only our bundles count.
            assetFilter: (file) => file.endsWith('.js') && !file.startsWith(`${LOCAL_OFFICE_JS_DIR}/`),
          }
        : { hints: false },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], officeJsSrc),
      page('commands.html', './src/commands/commands.html', ['commands'], officeJsSrc),
      // No office.js at all: its CSP allows scripts from the page's own folder only.
      page('web.html', './src/web/web.html', ['web'], ''),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          server: { type: 'https', options: devServerHttps() },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

// For tests/build: the pieces whose behaviour a user notices.
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.publicBase = publicBase;
module.exports.manifestForBase = manifestForBase;
module.exports.keptByClean = keptByClean;
module.exports.BROWSER_ALIASES = BROWSER_ALIASES;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.CDN_OFFICE_JS = CDN_OFFICE_JS;
