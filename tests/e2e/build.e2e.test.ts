// `npm run build` writes what Office loads: the pane, the commands page, the manifest and the icons, with the
// content security policy in each page, and leaves the command line's files in dist/ alone.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

function build(...env: string[]): void {
  execFileSync('npx', ['webpack', '--mode', 'production', ...env.flatMap((e) => ['--env', e])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), 'utf8');
}

/** The page as a browser parses it (the build minifies the HTML). */
function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The CSP a page declares in its meta tag. */
function csp(html: string): string {
  const meta = dom(html).querySelector('meta[http-equiv="Content-Security-Policy"]');
  const content = meta?.getAttribute('content');
  if (!content) throw new Error('no Content-Security-Policy meta');
  return content;
}

/** The scripts a page loads, in order. */
function scripts(html: string): string[] {
  return Array.from(dom(html).querySelectorAll('script[src]')).map((el) => el.getAttribute('src') ?? '');
}

/**
 * Opens the offline build's pane in Chromium (outside Office, so the pane itself cannot start): office.js and
 * the files it loads come from the add-in's server, and nothing is requested anywhere else.
 */
async function expectOfficeJsServedLocally(): Promise<void> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium({ width: 360, height: 700 });
  try {
    const page = await browser.context.newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual(expect.arrayContaining(['/office-js/office.js', expect.stringMatching(/^\/taskpane\.[0-9a-f]{8}\.js$/)]));
    expect(browser.leaving).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('npm run build', () => {
  // A folder the command line's build would have written: the add-in build must keep it.
  const marker = path.join(DIST, 'cli', '.e2e-keep-marker');

  beforeAll(() => {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(marker, 'kept');
    build();
  });
  afterAll(() => fs.rmSync(marker, { force: true }));

  test('writes the pane, the commands page, the help page, the manifest and every icon', () => {
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']) {
      expect({ f, built: fs.existsSync(path.join(DIST, f)) }).toEqual({ f, built: true });
    }
    expect(fs.readdirSync(path.join(DIST, 'assets')).sort()).toEqual(fs.readdirSync(path.join(ROOT, 'assets')).sort());
    expect(read('manifest.xml')).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  });

  test('each page loads office.js from the CDN first, then its own script, which exists', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const [office, own, ...rest] = scripts(read(page));
      expect(office).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(own).toMatch(new RegExp(`^${page.replace('.html', '')}\\.[0-9a-f]{8}\\.js$`));
      expect(rest).toEqual([]);
      expect(fs.statSync(path.join(DIST, own)).size).toBeGreaterThan(0);
    }
  });

  test('each page carries the content security policy: connections to its own origin only', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const policy = csp(read(page));
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(policy).not.toContain('unsafe-eval');
    }
    expect(csp(read('help.html'))).toContain("default-src 'none'");
  });

  test('keeps what the command line wrote into dist/', () => {
    expect(fs.readFileSync(marker, 'utf8')).toBe('kept');
  });

  test('officejs=local and url=…: office.js beside the pages, no CDN, and the manifest for that server', async () => {
    build('officejs=local', 'url=https://addin.example.com');
    try {
      for (const page of ['taskpane.html', 'commands.html']) {
        const html = read(page);
        expect(scripts(html)[0]).toBe('office-js/office.js');
        expect(html).not.toContain('appsforoffice.microsoft.com');
        expect(csp(html)).toContain("script-src 'self';");
      }
      for (const f of ['office.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js']) {
        expect({ f, copied: fs.existsSync(path.join(DIST, 'office-js', f)) }).toEqual({ f, copied: true });
      }
      await expectOfficeJsServedLocally();
      const manifest = read('manifest.xml');
      expect(manifest).not.toContain('localhost');
      expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.example.com/taskpane.html"/>');
      expect(csp(read('taskpane.html'))).toContain("connect-src 'self'");
    } finally {
      build(); // leave dist/ as a default build, without the 86 MB office.js copy
    }
    expect(fs.existsSync(path.join(DIST, 'office-js'))).toBe(false);
  });
});
