// What the privacy tests look at (issue 7, part 4): the content security policy a page declares, CSP violations
// the browser reports while a page runs, requests off the page's origin, and everything a page could have left
// in the browser (storage, caches, cookies, service workers). Engineer data must stay in the workbook.
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';

/** Requests whose origin is not `origin` (the page's own), in the order they were made. */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => new URL(u).origin !== origin);
}

/** Records every `securitypolicyviolation` event of every page in the context (read with cspViolations). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['(not watched)']);
}

/** Everything a page can keep in the browser beyond its own lifetime. */
export interface BrowserStorage {
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
  documentCookie: string;
  cookies: string[];
  serviceWorkers: string[];
}

export const NOTHING_STORED: BrowserStorage = {
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  cacheStorage: [],
  documentCookie: '',
  cookies: [],
  serviceWorkers: [],
};

/** What `page` (and its browser context, for cookies) holds now; each entry as `key=value` or a name. */
export async function browserStorage(page: Page): Promise<BrowserStorage> {
  const inPage = await page.evaluate(async () => {
    const entries = (s: Storage): string[] => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`);
    // Missing APIs are reported, not read as empty: the probe must not go blind quietly.
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : ['(indexedDB.databases unavailable)'];
    const cacheStorage = typeof caches === 'undefined' ? ['(caches unavailable)'] : await caches.keys();
    const serviceWorkers =
      'serviceWorker' in navigator
        ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)
        : ['(navigator.serviceWorker unavailable)'];
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      indexedDB: databases,
      cacheStorage,
      documentCookie: document.cookie,
      serviceWorkers,
    };
  });
  const cookies = (await page.context().cookies()).map((c) => `${c.domain} ${c.name}=${c.value}`);
  return { ...inPage, cookies };
}

/** A page's CSP as its meta tag declares it, and the elements that load or run something before that tag. */
export function declaredCsp(html: string): { policy?: string; before: string[] } {
  const doc = new JSDOM(html).window.document;
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const before: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('script, link, style, img, iframe, object'))) {
    if (meta && meta.compareDocumentPosition(el) & doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING) continue;
    before.push(el.outerHTML.slice(0, 80));
  }
  return { policy: meta?.getAttribute('content') ?? undefined, before };
}

/** Sources any directive may name: the page's own origin, or nothing. */
const ALWAYS = new Set(["'self'", "'none'"]);
/** Further sources a directive may name: inline styles (Fluent UI injects them), data: images and fonts. */
const ALSO: Record<string, readonly string[]> = {
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
};
/** Fetch directives that fall back to default-src when absent. */
const FETCH = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'object-src', 'frame-src', 'worker-src', 'manifest-src'];

/**
 * What is wrong with a policy, as sentences (empty when nothing is): default-src 'self' or 'none'; connect-src
 * 'self' or 'none' only; scripts from the page's origin and `scriptOrigins` only; no 'unsafe-eval'; no host or
 * scheme wildcard anywhere; forms, when the page runs scripts, posted nowhere else.
 */
export function cspProblems(policy: string, scriptOrigins: readonly string[] = []): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const problems: string[] = [];
  const fallback = directives.get('default-src');
  const effective = (d: string): string[] | undefined => directives.get(d) ?? fallback;
  if (!fallback || fallback.length !== 1 || !ALWAYS.has(fallback[0])) {
    problems.push(`default-src must be 'self' or 'none', is ${fallback?.join(' ') ?? 'missing'}`);
  }
  const connect = effective('connect-src') ?? [];
  if (connect.length !== 1 || !ALWAYS.has(connect[0])) problems.push(`connect-src must be 'self' or 'none', is ${connect.join(' ')}`);
  for (const [name, sources] of directives) {
    const allowed = new Set([...ALWAYS, ...(ALSO[name] ?? []), ...(name === 'script-src' ? scriptOrigins : [])]);
    for (const s of sources) if (!allowed.has(s)) problems.push(`${name} allows ${s}`);
  }
  for (const d of FETCH) if (!effective(d)) problems.push(`${d} is unrestricted (no default-src)`);
  const scripts = effective('script-src') ?? [];
  if (!(scripts.length === 1 && scripts[0] === "'none'")) {
    for (const d of ['form-action', 'base-uri']) {
      const sources = directives.get(d);
      if (!sources || sources.some((s) => !ALWAYS.has(s))) problems.push(`${d} must be 'self' or 'none' on a page that runs scripts`);
    }
  }
  return problems;
}
