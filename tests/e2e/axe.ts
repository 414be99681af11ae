// axe-core in the page under test. Evaluated through the DevTools protocol, which the page's CSP does not
// govern (a <script> tag with inline content would be refused by it, as it should be).
import * as fs from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes, with axe's summary of what is wrong. */
  nodes: string[];
}

/**
 * Fluent UI's focus sentinels (Tabster's `<i data-tabster-dummy tabindex=0 aria-hidden>` around a TabList)
 * are focusable and hidden by design: they only pass focus on, and screen readers must not announce them.
 * Fluent closed the report as by design (microsoft/fluentui#27517) and Accessibility Insights suppresses
 * exactly these nodes (microsoft/accessibility-insights-web#7605); so do we, and nothing else.
 */
function tabsterSentinel(id: string, html: string): boolean {
  return id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/u.test(html);
}

/** `known(id, html)`: a finding reported to the owner of the file it comes from, left out until fixed there. */
export async function axeViolations(page: Page, known: (id: string, html: string) => boolean = () => false): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ html: n.html, text: `${n.target.join(' ')} — ${n.failureSummary ?? ''}` })),
    }));
  });
  return found
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterSentinel(v.id, n.html) && !known(v.id, n.html)).map((n) => n.text) }))
    .filter((v) => v.nodes.length > 0);
}
