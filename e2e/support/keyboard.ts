import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab, as a keyboard user would, until `target` has the focus; fails if it is not
 * reached within `presses` (a page whose order skips it, or a trap).
 */
export async function tabTo(page: Page, target: Locator, presses = 60): Promise<void> {
  for (let pressed = 0; pressed < presses; pressed++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reached with ${presses} presses of Tab`).toBeFocused({ timeout: 1 });
}
