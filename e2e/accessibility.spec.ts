import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test('the main screens have no serious accessibility violation, in English and French', async ({ browser }) => {
  // Ten pages, each also checked by the fixtures' automatic axe run.
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await signUpViaApi(context, 'Ana Accessible');
  const demo = await callViaApi(context, contract.demo.create, {});
  const page = await context.newPage();
  const screens: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
    { path: '/', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { path: `/w/${demo.workspaceId}`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { path: `/w/${demo.workspaceId}/matrices/swot`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { path: `/w/${demo.workspaceId}/matrices/stakeholder`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { path: `/d/${demo.documentId}`, ready: (p) => expect(new EditorPage(p).status).toHaveText(/Saved|Enregistré/) },
  ];
  try {
    for (const locale of ['en', 'fr']) {
      await page.goto('/');
      await page.evaluate((value) => window.localStorage.setItem('cadre.locale', value), locale);
      for (const screen of screens) {
        await page.goto(screen.path);
        await screen.ready(page);
        expect(await seriousViolations(page), `${locale} ${screen.path}`).toEqual([]);
      }
    }
  } finally {
    await context.close();
  }
});

test('the sign-in screen has no serious accessibility violation', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto('/');
    await expect(page.getByLabel('Password')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the main screens fit a 390 px phone without sideways scrolling', async ({ browser }) => {
  // Ten pages, each also checked by the fixtures' automatic axe run.
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signUpViaApi(context, 'Pia Phone');
  const demo = await callViaApi(context, contract.demo.create, {});
  const page = await context.newPage();
  try {
    for (const locale of ['en', 'fr']) {
      await page.goto('/');
      await page.evaluate((value) => window.localStorage.setItem('cadre.locale', value), locale);
      for (const path of ['/', `/w/${demo.workspaceId}`, `/w/${demo.workspaceId}/matrices/swot`, `/w/${demo.workspaceId}/matrices/stakeholder`, `/d/${demo.documentId}`]) {
        await page.goto(path);
        await expect(page.getByRole('main')).toBeVisible();
        await page.screenshot({ path: test.info().outputPath(`phone-${locale}${path.replaceAll('/', '-')}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale} ${path} is wider than the screen`).toBeLessThanOrEqual(0);
      }
    }
  } finally {
    await context.close();
  }
});
