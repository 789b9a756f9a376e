/**
 * Time from navigation to an editable document in Chromium: until the document's text is
 * shown, and until a typed character appears in the editor's DOM.
 */
import { chromium } from 'playwright-core';

export interface BrowserTiming {
  textVisibleMs: number;
  editableMs: number;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Not present in any generated document, so its appearance proves our keystroke landed. */
const MARKER = '§';

export async function measureEditable(url: string, firstHeading: string, cookie: string | undefined, timeoutMs: number): Promise<BrowserTiming> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext();
    if (cookie) {
      const [name, ...rest] = cookie.split('=');
      await context.addCookies([{ name: name ?? '', value: rest.join('='), url: new URL(url).origin }]);
    }
    const page = await context.newPage();
    // Warm Chromium's process and the HTTP cache for the app bundle is NOT done on purpose:
    // a first visit is what the target is about.
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const heading = page.locator('.ProseMirror h1, .ProseMirror h2').first();
    await heading.waitFor({ state: 'visible', timeout: timeoutMs });
    await page.waitForFunction((t) => document.querySelector('.ProseMirror h1, .ProseMirror h2')?.textContent?.includes(t) === true, firstHeading, { timeout: timeoutMs, polling: 'raf' });
    const textVisibleMs = performance.now() - t0;
    await heading.click();
    await page.keyboard.press('End');
    await page.keyboard.type(MARKER);
    await page.waitForFunction((m) => document.querySelector('.ProseMirror h1, .ProseMirror h2')?.textContent?.includes(m) === true, MARKER, { timeout: timeoutMs, polling: 'raf' });
    return { textVisibleMs, editableMs: performance.now() - t0 };
  } finally {
    await browser.close();
  }
}
