// What the build decides that a user or an administrator notices: the page's content security policy, where
// office.js comes from, the manifest published for another server, and that a build leaves the command
// line's files in dist/ alone. (That `npm run build` really writes dist/ is checked by `npm run test:e2e`.)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';

jest.mock('@microsoft/app-manifest', () => ({}));
jest.mock('../../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js', () => ({ v4: () => '' }));

interface CopyPattern {
  from: string;
  to: string;
}
interface HtmlPlugin {
  userOptions?: { filename?: string; templateParameters?: { officeJsSrc: string; csp: string } };
  patterns?: CopyPattern[];
}
interface Config {
  entry: Record<string, string>;
  resolve: { alias?: Record<string, string> };
  output: { path: string };
  plugins: HtmlPlugin[];
}
interface Build {
  (env: Record<string, string | boolean>, argv: { mode?: string }): Config;
  contentSecurityPolicy(officeJsFromCdn: boolean): string;
  publicBase(url: string | undefined): string;
  manifestForBase(xml: string, base: string): string;
  keptByClean(asset: string): boolean;
  CDN_OFFICE_JS: string;
}
const build: Build = require('../../webpack.config.js');

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** The CSP directives as a map: `script-src` → [`'self'`, …]. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

function pages(config: Config): Map<string, { officeJsSrc: string; csp: string }> {
  const found = new Map<string, { officeJsSrc: string; csp: string }>();
  for (const p of config.plugins) {
    const params = p.userOptions?.templateParameters;
    if (p.userOptions?.filename && params) found.set(p.userOptions.filename, params);
  }
  return found;
}

function copied(config: Config): CopyPattern[] {
  return config.plugins.flatMap((p) => p.patterns ?? []);
}

describe('content security policy', () => {
  test.each([true, false])('with office.js from the CDN: %s, nothing connects anywhere but the add-in', (cdn) => {
    const csp = directives(build.contentSecurityPolicy(cdn));
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const sources of csp.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  test('scripts come from the Office CDN only when office.js is loaded from there', () => {
    expect(directives(build.contentSecurityPolicy(true)).get('script-src')).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com',
    ]);
    expect(directives(build.contentSecurityPolicy(false)).get('script-src')).toEqual(["'self'"]);
  });
});

describe('office.js', () => {
  test('a default build loads office.js from the Office CDN in both pages and allows exactly that host', () => {
    const built = pages(build({}, { mode: 'production' }));
    expect([...built.keys()].sort()).toEqual(['commands.html', 'taskpane.html', 'web.html']);
    built.delete('web.html');
    for (const page of built.values()) {
      expect(page.officeJsSrc).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(directives(page.csp).get('script-src')).toContain(new URL(page.officeJsSrc).origin);
    }
    expect(copied(build({}, { mode: 'production' })).map((c) => c.to)).not.toContain('office-js');
  });

  test('officejs=local serves the whole office-js dist folder beside the pages and allows no other host', () => {
    const config = build({ officejs: 'local' }, { mode: 'production' });
    for (const [name, page] of pages(config)) {
      if (name === 'web.html') continue; // no office.js at all (below)
      expect(page.officeJsSrc).toBe('office-js/office.js');
      expect(directives(page.csp).get('script-src')).toEqual(["'self'"]);
    }
    const folder = copied(config).find((c) => c.to === 'office-js');
    expect(folder?.from).toBe('node_modules/@microsoft/office-js/dist');
    // office.js loads its host and locale files from its own folder, so they must be there.
    const dist = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
    for (const f of ['office.js', 'excel-web-16.00.js', 'excel-win32-16.01.js', 'zh-cn/office_strings.js']) {
      expect({ f, present: fs.existsSync(path.join(dist, f)) }).toEqual({ f, present: true });
    }
  });

  test('an unknown officejs value is refused instead of silently using the CDN', () => {
    expect(() => build({ officejs: 'offline' }, {})).toThrow(/local or cdn/);
  });
});

describe('the standalone page (web.html)', () => {
  test.each<Record<string, string>>([{}, { officejs: 'local' }])('loads no office.js and allows scripts from its own folder only (env %j)', (env) => {
    const web = pages(build(env, { mode: 'production' })).get('web.html');
    expect(web?.officeJsSrc).toBe('');
    const csp = directives(web?.csp ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  test('pages read GBK with the browser’s own decoder (src/web/gbk.ts) in place of iconv-lite', () => {
    const aliases = (build as unknown as { BROWSER_ALIASES: Record<string, string> }).BROWSER_ALIASES;
    expect(aliases).toEqual({ 'iconv-lite$': path.join(ROOT, 'src', 'web', 'gbk.ts') });
    expect(build({}, { mode: 'production' }).resolve.alias).toBe(aliases);
  });
});

describe('the manifest for another server (url=…)', () => {
  test('the base must be https', () => {
    expect(() => build.publicBase('http://addin.example.com')).toThrow(/https/);
    expect(() => build.publicBase('addin.example.com')).toThrow(/not a URL/);
    expect(build.publicBase(undefined)).toBe('https://localhost:3000');
    expect(build.publicBase('https://addin.example.com/')).toBe('https://addin.example.com');
  });

  test.each([
    ['https://addin.example.com', 'https://addin.example.com'],
    ['https://intranet.example.cn/tools/talent-review/', 'https://intranet.example.cn/tools/talent-review'],
  ])('%s: every URL moves there, the app domain is its origin, and Office still reads it', async (url, base) => {
    const xml = build.manifestForBase(MANIFEST_XML, build.publicBase(url));
    expect(xml).not.toContain('localhost');
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(`${base}/`)).toBe(true);
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([new URL(base).origin]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, xml);
    const info = await OfficeAddinManifest.readManifestFile(file).finally(() => fs.rmSync(dir, { recursive: true }));
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}/taskpane.html`);
    expect(info.id).toBe(/<Id>([^<]+)<\/Id>/.exec(MANIFEST_XML)?.[1]);
  });
});

describe('dist/ is shared with the command line, the bench and the browser tests', () => {
  test.each(['cli', 'domain', 'workbook', 'hosts', 'bench', 'e2e'])('a build keeps dist/%s', (folder) => {
    expect(build.keptByClean(folder)).toBe(true);
  });

  test.each(['taskpane.0a1b2c3d.js', 'commands.html', 'manifest.xml', 'assets', 'office-js', 'help.html'])(
    'a build replaces its own %s',
    (asset) => {
      expect(build.keptByClean(asset)).toBe(false);
    },
  );

  test('the production build has the pane and the commands entries and writes into dist/ itself', () => {
    const config = build({}, { mode: 'production' });
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/web/index.tsx',
    });
    expect(config.output.path).toBe(path.join(ROOT, 'dist'));
  });

  test('the fake-host page for the browser tests is built only on request, into dist/e2e', () => {
    const config = build({ fake: true }, { mode: 'development' });
    expect(Object.values(config.entry)).toEqual(['./tests/e2e/paneOnFake.tsx']);
    expect(config.output.path).toBe(path.join(ROOT, 'dist', 'e2e'));
    expect([...pages(config).values()].map((p) => p.officeJsSrc)).toEqual(['']);
    expect(JSON.stringify(build({}, { mode: 'production' }).entry)).not.toContain('e2e');
  });
});
