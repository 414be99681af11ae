// Debian's chromium, driven by playwright-core, with a fresh profile. Every request any page makes passes through
// one route and is recorded; a request that would leave localhost is aborted (or, when the test says so, answered
// by a stand-in, e.g. the Office CDN's office.js). That no engineer data leaves is proven here, not by scanning
// bundles.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** What to send back for an off-localhost request instead of aborting it. */
export interface StandIn {
  contentType: string;
  body: string;
}

export interface LaunchOptions {
  /** `locale` sets navigator.language (the standalone page follows it); Chromium's default otherwise. */
  locale?: string;
  /** Answers some requests (off localhost or not) with a stand-in; the request is still recorded. */
  standIn?: (url: URL) => StandIn | undefined;
}

export interface Browser {
  context: BrowserContext;
  /** Every URL any page of this browser requested, in order (data: and blob: URLs never reach the network). */
  requests: string[];
  /** URLs the pages tried to reach outside localhost (each was aborted, unless a stand-in answered it). */
  leaving: string[];
  close(): Promise<void>;
}

export async function launchChromium(viewport: { width: number; height: number }, { locale, standIn }: LaunchOptions = {}): Promise<Browser> {
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
  const requests: string[] = [];
  const leaving: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (!local) leaving.push(url.href);
    const answer = standIn?.(url);
    if (answer) return route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body });
    return local ? route.continue() : route.abort();
  });
  return {
    context,
    requests,
    leaving,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
