import type { Browser, Page, TestInfo } from '@playwright/test';
import { contract } from '../shared/api/index.ts';
import { callViaApi, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';
import { startOwnServer } from './support/own-server.ts';

const WIDTHS = [1280, 1024, 390] as const;

async function keepShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Nothing wider than the screen, and the top bar's controls all inside it. */
async function expectFits(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
  const outside = await page.locator('header.topbar').evaluate((bar) => {
    const width = document.documentElement.clientWidth;
    return [...bar.querySelectorAll('a, button, input, select')]
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.width > 0 && (box.left < 0 || box.right > width + 0.5);
      })
      .map((control) => control.outerHTML.slice(0, 80));
  });
  expect(outside, `${what}: top bar controls outside the screen`).toEqual([]);
}

async function demoContext(browser: Browser, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 860 } });
  await context.addInitScript(() => window.localStorage.setItem('cadre.locale', 'en'));
  await signUpViaApi(context, 'Nadia Narrow');
  const demo = await callViaApi(context, contract.demo.create, {});
  return { context, demo };
}

for (const width of WIDTHS) {
  test(`the main pages work at ${width} px`, async ({ browser }, testInfo) => {
    const { context, demo } = await demoContext(browser, width);
    try {
      const page = await context.newPage();
      for (const [name, path] of [
        ['workspaces', '/'],
        ['workspace-home', `/w/${demo.workspaceId}`],
        ['stakeholders', `/w/${demo.workspaceId}/matrices/stakeholder`],
        ['swot', `/w/${demo.workspaceId}/matrices/swot`],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectFits(page, `${path} at ${width} px`);
        await keepShot(page, testInfo, `${width}-${name}`);
      }

      const editor = new EditorPage(page);
      await editor.open(demo.documentId);
      await expectFits(page, `the editor at ${width} px`);
      // The title keeps a readable width beside the other controls of the top bar.
      const title = await editor.title.boundingBox();
      expect(title?.width ?? 0, 'the title field is cut short').toBeGreaterThanOrEqual(Math.min(200, width - 80));
      await keepShot(page, testInfo, `${width}-editor`);

      // Down in the text, the formatting stays on the screen, and nothing covers it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      const bold = editor.button('Bold');
      await expect(bold).toBeInViewport({ ratio: 1 });
      const boldOnTop = await bold.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
      });
      expect(boldOnTop, 'the toolbar is covered').toBe(true);
      // And whether the text is saved stays in view too (on a phone, beside the formatting).
      await expect(editor.status).toBeInViewport();
      await keepShot(page, testInfo, `${width}-editor-scrolled`);
      await page.evaluate(() => window.scrollTo(0, 0));

      const review = page.getByRole('region', { name: 'Review' });
      if (width >= 1100) {
        await expect(review).toBeInViewport();
      } else {
        // Below 1,100 px the review opens as a drawer, from a button that is always in view.
        const toggle = page.getByRole('button', { name: /^Review · / });
        await expect(review).toBeHidden();
        await expect(toggle).toBeInViewport();
        await toggle.click();
        await expect(review).toBeInViewport();
        await keepShot(page, testInfo, `${width}-editor-review`);
        await page.keyboard.press('Escape');
        await expect(review).toBeHidden();
        await expect(toggle).toBeFocused();
      }
    } finally {
      await context.close();
    }
  });
}

test('the administration page works at 1024 and 390 px', async ({ browser }, testInfo) => {
  const server = await startOwnServer();
  const context = await browser.newContext({ baseURL: server.baseURL });
  try {
    await context.addInitScript(() => window.localStorage.setItem('cadre.locale', 'en'));
    // The first account of an instance administers it.
    await signUpViaApi(context, 'Ada Admin');
    const page = await context.newPage();
    for (const width of [1024, 390]) {
      await page.setViewportSize({ width, height: 860 });
      await page.goto('/admin');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectFits(page, `/admin at ${width} px`);
      await keepShot(page, testInfo, `${width}-admin`);
    }
  } finally {
    await context.close();
    await server.stop();
  }
});
