import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe-core violations of the page as it is now, in a readable form. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A run cut short on our side (its page navigated within the document) may still be going
  // on in the page, and axe refuses a second run meanwhile: wait for it to end.
  await page.waitForFunction(() => !(window as { axe?: { _running?: boolean } }).axe?._running);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
