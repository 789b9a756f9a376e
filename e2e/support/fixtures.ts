import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility.ts';

export { expect };

/** How long a page may keep changing after a navigation before it is checked as it is. */
const SETTLE_LIMIT_MS = 3_000;
/** A page that changed nothing for this long has finished drawing what it loaded. */
const QUIET_MS = 250;

/**
 * `/w/Ab3…/matrices/swot?thread=…` → `/w/:id/matrices/swot`: a page is checked once per test
 * and language, whichever workspace or document it shows. Identifiers are long and hold a digit
 * or a capital; words of the paths do not.
 */
export function pageKind(url: string): string {
  const { pathname } = new URL(url);
  return pathname
    .split('/')
    .map((part) => (part.length >= 10 && /[0-9A-Z_-]/.test(part) ? ':id' : part))
    .join('/');
}

/**
 * Runs axe on every page a journey visits, in every browser context it opens (the `page`
 * fixture's and those from `browser.newContext()`), once the page has settled after each
 * navigation (also client-side ones). Serious and critical violations fail the test at its end,
 * named with the page they were found on.
 */
class PageAudit {
  private readonly checked = new Set<string>();
  private readonly watched = new WeakSet<BrowserContext>();
  private readonly pending = new Map<Page, Promise<void>>();
  readonly found: string[] = [];
  readonly summary: string[] = [];

  watchContext(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    for (const page of context.pages()) this.watchPage(page);
    context.on('page', (page) => this.watchPage(page));
    // A journey that closes its context right after a navigation still has that page checked.
    const close = context.close.bind(context);
    context.close = async (options) => {
      await this.settle(context.pages());
      return close(options);
    };
  }

  /** Waits for the checks under way on these pages. */
  async settle(pages: readonly Page[] = [...this.pending.keys()]): Promise<void> {
    await Promise.all(pages.map((page) => this.pending.get(page)));
  }

  private watchPage(page: Page): void {
    // A journey going on to the next page first lets the check of this one finish.
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const close = page.close.bind(page);
    page.goto = async (url, options) => {
      await this.settle([page]);
      return goto(url, options);
    };
    page.reload = async (options) => {
      await this.settle([page]);
      return reload(options);
    };
    page.close = async (options) => {
      await this.settle([page]);
      return close(options);
    };
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const previous = this.pending.get(page) ?? Promise.resolve();
      this.pending.set(page, previous.then(() => this.check(page)));
    });
  }

  private async check(page: Page): Promise<void> {
    try {
      await page.waitForLoadState('load');
      await page.locator('main').first().waitFor({ state: 'visible', timeout: SETTLE_LIMIT_MS });
      await waitUntilQuiet(page);
      const key = `${await page.evaluate(() => document.documentElement.lang)} ${pageKind(page.url())}`;
      if (this.checked.has(key)) return;
      const violations = await seriousViolations(page);
      this.checked.add(key);
      this.summary.push(`${key}: ${violations.length === 0 ? 'no serious violation' : `${violations.length} serious`}`);
      for (const violation of violations) this.found.push(`${key} — ${violation}`);
    } catch (error) {
      // Gone (closed, or navigated again while being checked) or without a <main>, as a
      // download or a bare API answer is: the next page it shows is checked in its turn.
      if (page.isClosed() || !(error instanceof Error)) return;
      if (/closed|destroyed|detached|navigat|Timeout/i.test(error.message)) return;
      this.found.push(`${page.url()} — axe could not run: ${error.message}`);
    }
  }
}

/** Resolves once the page's DOM has not changed for QUIET_MS, or after SETTLE_LIMIT_MS. */
async function waitUntilQuiet(page: Page): Promise<void> {
  await page.evaluate(
    ({ quiet, limit }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quiet);
        const deadline = setTimeout(done, limit);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function done(): void {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(deadline);
          resolve();
        }
      }),
    { quiet: QUIET_MS, limit: SETTLE_LIMIT_MS },
  );
}

/** Makes every context the browser opens during one test known to the audit. */
function watchNewContexts(browser: Browser, audit: PageAudit): () => void {
  const original = browser.newContext;
  browser.newContext = async (options) => {
    const context = await original.call(browser, options);
    audit.watchContext(context);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}

/**
 * Playwright's `test` with an accessibility check of every page visited. Journeys import
 * `test` and `expect` from here, not from '@playwright/test' (the lint rule says so).
 */
export const test = base.extend<{ pageAudit: PageAudit }>({
  pageAudit: [
    async ({ browser }, use, testInfo) => {
      const audit = new PageAudit();
      const restore = watchNewContexts(browser, audit);
      try {
        await use(audit);
      } finally {
        restore();
      }
      await audit.settle();
      for (const line of audit.summary) testInfo.annotations.push({ type: 'axe', description: line });
      expect(audit.found, 'serious or critical accessibility violations on the pages visited').toEqual([]);
    },
    { auto: true },
  ],
  // The default context is made before this file's fixtures could patch `browser.newContext`.
  context: async ({ context, pageAudit }, use) => {
    pageAudit.watchContext(context);
    await use(context);
    await pageAudit.settle(context.pages());
  },
});
