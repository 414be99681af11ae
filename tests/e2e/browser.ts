// Debian's chromium, driven by playwright-core, with a fresh profile, and every request that would leave
// localhost recorded and aborted: that no engineer data leaves is proven here, not by scanning bundles.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface Browser {
  context: BrowserContext;
  /** URLs the pages tried to reach outside localhost (each was aborted). */
  leaving: string[];
  close(): Promise<void>;
}

/** `locale` sets navigator.language (the standalone page follows it); Chromium's default otherwise. */
export async function launchChromium(viewport: { width: number; height: number }, locale?: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    locale,
  });
  const leaving: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
    leaving.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    leaving,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
