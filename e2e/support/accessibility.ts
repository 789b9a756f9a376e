import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe refuses to start while another run is going on in the same page, and a page is audited
// both by the automatic audit of every page (fixtures.ts) and by journeys that check a state
// of their own: runs on one page therefore take turns.
const runsByPage = new WeakMap<Page, Promise<unknown>>();

/** Serious and critical axe-core violations of the page as it is now, in a readable form. */
export function seriousViolations(page: Page): Promise<string[]> {
  const previous = runsByPage.get(page) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => analyze(page));
  runsByPage.set(page, run);
  return run;
}

async function analyze(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
