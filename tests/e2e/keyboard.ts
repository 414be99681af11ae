// Walks a page with the Tab key as a keyboard user would, and records for each stop what has focus, its
// name and whether focus is visible: the stop's pixels while focused differ from the same pixels once focus
// has moved on.
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** tag#role, e.g. `button`, `select`, `button#tab`. */
  what: string;
  /** The accessible name as a screen reader would start to read it (aria-label, labels, text, title). */
  name: string;
  visible: boolean;
}

interface Focused {
  what: string;
  name: string;
  rect: { x: number; y: number; width: number; height: number } | null;
  key: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', name: '', rect: null, key: '' };
    const byIds = (ids: string | null): string =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '') : [];
    const name = (
      el.getAttribute('aria-label') ||
      byIds(el.getAttribute('aria-labelledby')) ||
      labels.join(' ') ||
      el.innerText ||
      el.getAttribute('title') ||
      ''
    ).trim();
    const r = el.getBoundingClientRect();
    const role = el.getAttribute('role');
    const path: string[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) path.push(`${n.tagName}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`);
    return {
      what: `${el.tagName.toLowerCase()}${role ? `#${role}` : ''}`,
      name,
      rect: { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height },
      key: path.join('/'),
    };
  });
}

async function shot(page: Page, rect: NonNullable<Focused['rect']>): Promise<Buffer> {
  const pad = 4;
  return page.screenshot({
    fullPage: true,
    clip: { x: Math.max(0, rect.x - pad), y: Math.max(0, rect.y - pad), width: rect.width + 2 * pad, height: rect.height + 2 * pad },
  });
}

/** Up to `max` Tab stops from the top of the page; stops early when focus leaves the page or comes round again. */
export async function tabWalk(page: Page, max: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.click(1, 1);
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  let previous: { focus: Focused; image: Buffer } | undefined;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(50);
    const now = await focused(page);
    if (previous?.focus.rect) {
      const after = await shot(page, previous.focus.rect);
      stops.push({ what: previous.focus.what, name: previous.focus.name, visible: !after.equals(previous.image) });
    }
    if (!now.rect || seen.has(now.key)) {
      previous = undefined;
      break;
    }
    seen.add(now.key);
    previous = { focus: now, image: await shot(page, now.rect) };
  }
  return stops;
}
