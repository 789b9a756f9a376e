import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { contract } from '../shared/api/index.ts';
import { caretColorFor } from '../shared/collab/caret-color.ts';
import { callViaApi, joinViaApi, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * What ships, looked at as its recipients see it (issue #11): the main screens of the demo
 * workspace in Arabic and French, at a phone's and a laptop's width. Screenshots go to
 * CADRE_E2E_SHOTS (default /tmp/polish) for a person to look at; the test checks that nothing
 * scrolls sideways and that a document's title and workspace stay readable beside the top
 * bar's controls.
 */

const SHOTS = process.env['CADRE_E2E_SHOTS'] ?? '/tmp/polish';
const WIDTHS = [1280, 1024, 390] as const;
test.setTimeout(400_000);

async function fits(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function look(page: Page, name: string): Promise<void> {
  await fits(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The widths, in px, the document's breadcrumb gives the workspace's name and the title. */
function breadcrumbWidths(page: Page) {
  return page.locator('nav.breadcrumb').evaluate((nav) => {
    const width = (selector: string) => nav.querySelector(selector)?.getBoundingClientRect().width ?? 0;
    return { workspace: width('a'), title: width('input, .title-readonly') };
  });
}

async function demoIn(browser: Browser, locale: string) {
  const context = await browser.newContext();
  await context.addInitScript((chosen) => window.localStorage.setItem('cadre.locale', chosen), locale);
  await signUpViaApi(context, 'Aminata Diallo');
  const demo = await callViaApi(context, contract.demo.create, {});
  return { context, demo };
}

for (const locale of ['ar', 'fr'] as const) {
  test(`the main screens in ${locale}, at 1280, 1024 and 390 px`, async ({ browser }) => {
    mkdirSync(SHOTS, { recursive: true });
    const signedOut = await browser.newContext();
    await signedOut.addInitScript((chosen) => window.localStorage.setItem('cadre.locale', chosen), locale);
    const { context, demo } = await demoIn(browser, locale);
    try {
      const signIn = await signedOut.newPage();
      const page = await context.newPage();
      for (const width of WIDTHS) {
        const tag = `${locale}-${width}`;
        await signIn.setViewportSize({ width, height: 860 });
        await signIn.goto('/');
        await expect(signIn.locator('input[type="password"]')).toBeVisible();
        await expect(signIn.locator('html')).toHaveAttribute('lang', locale);
        await look(signIn, `${tag}-sign-in`);

        await page.setViewportSize({ width, height: 860 });
        for (const [name, path] of [
          ['workspaces', '/'],
          ['workspace-home', `/w/${demo.workspaceId}`],
          ['matrix-stakeholders', `/w/${demo.workspaceId}/matrices/stakeholder`],
          ['monitoring', `/w/${demo.workspaceId}/monitoring`],
          ['consultation', `/w/${demo.workspaceId}/consultation`],
        ] as const) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
          await look(page, `${tag}-${name}`);
        }

        await page.goto(`/d/${demo.documentId}`);
        await expect(page.locator('[data-status="saved"]')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/${tag}-document-top.png` });
        const { workspace, title } = await breadcrumbWidths(page);
        if (width >= 1024) {
          // Readable: the workspace's name and the title, not a few letters of each.
          expect(workspace, `${tag}: the workspace's name is cut short`).toBeGreaterThanOrEqual(120);
          expect(title, `${tag}: the title is cut short`).toBeGreaterThanOrEqual(240);
        } else {
          // On a phone the breadcrumb has a row of its own (as narrow.spec.ts checks in English).
          expect(title, `${tag}: the title is cut short`).toBeGreaterThanOrEqual(200);
        }
        const drawerButton = page.locator('button[aria-controls="review-drawer"]');
        if (await drawerButton.isVisible()) await drawerButton.click();
        await expect(page.locator('#review-heading')).toBeInViewport();
        await look(page, `${tag}-document-review`);
      }
    } finally {
      await signedOut.close();
      await context.close();
    }
  });
}

test('one’s own presence shows the caret colour the server gave, also when one’s usual colour is taken', async ({ browser }) => {
  const first = await browser.newContext();
  const contexts = [first];
  try {
    const owner = await signUpViaApi(first, 'Ama Mensah');
    const workspace = await callViaApi(first, contract.workspaces.create, { body: { title: 'Colours', leadInstitution: 'Ministry of the Interior' } });
    const doc = await callViaApi(first, contract.documents.create, { params: { id: workspace.id }, body: { title: 'Shared draft' } });
    // Someone whose usual colour is the owner's: the server gives them another one.
    let second: BrowserContext | null = null;
    for (let attempt = 0; attempt < 80 && second === null; attempt++) {
      const candidate = await browser.newContext();
      contexts.push(candidate);
      const user = await joinViaApi(first, candidate, workspace.id, 'Kofi Boateng', 'drafter');
      if (caretColorFor(user.id) === caretColorFor(owner.id)) second = candidate;
    }
    if (second === null) throw new Error('no member with the owner’s colour in 80 sign-ups');
    const pages = await Promise.all([first, second].map(async (context) => {
      const page = await context.newPage();
      await EditorPage.prepare(page);
      const editor = new EditorPage(page);
      await editor.open(doc.id);
      return editor;
    }));
    const [ama, kofi] = pages as [EditorPage, EditorPage];
    const colourOf = (editor: EditorPage, name: RegExp) => editor.presence.getByTestId('presence-peer').filter({ hasText: name }).evaluate((dot) => getComputedStyle(dot).backgroundColor);
    await expect(ama.presence.getByTestId('presence-peer')).toHaveCount(2);
    await expect(kofi.presence.getByTestId('presence-peer')).toHaveCount(2);
    const seenByAma = await colourOf(ama, /^KB/);
    expect(seenByAma).not.toBe(await colourOf(ama, /^AM/));
    await expect.poll(() => colourOf(kofi, /^KB/)).toBe(seenByAma);
  } finally {
    for (const context of contexts) await context.close();
  }
});
