import type { Browser, BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, createWorkspaceViaApi, inviteViaApi, PASSWORD, signUpViaApi, uniqueEmail } from './support/api.ts';
import { startOwnServer } from './support/own-server.ts';
import { WorkspacePage } from './support/workspace-page.ts';

// This journey changes the instance's sign-up policy and disables an account, and needs the
// instance's first account (its administrator): it runs against a server of its own.
let server: Awaited<ReturnType<typeof startOwnServer>>;
test.beforeAll(async () => {
  server = await startOwnServer();
});
test.afterAll(async () => {
  await server?.stop();
});

async function newContext(browser: Browser, viewport = { width: 1280, height: 860 }, locale: 'en' | 'fr' = 'en'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.baseURL, viewport });
  await context.addInitScript((chosen) => window.localStorage.setItem('cadre.locale', chosen), locale);
  return context;
}

test('an administrator makes sign-up invitation-only and disables an account; the stranger and the disabled user are told why', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const adminContext = await newContext(browser);
  const userContext = await newContext(browser);
  const strangerContext = await newContext(browser);
  const inviteeContext = await newContext(browser);
  const contexts = [adminContext, userContext, strangerContext, inviteeContext];
  try {
    // The first account of an instance administers it; a second one is an ordinary user.
    await signUpViaApi(adminContext, 'Amélia Administrator');
    const userEmail = uniqueEmail('daniel');
    await signUpViaApi(userContext, 'Daniel Drafter', userEmail);

    const user = await userContext.newPage();
    await user.goto('/');
    await expect(user.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
    await expect(user.getByRole('link', { name: 'Administration' })).toHaveCount(0);

    // The administrator reaches the page from the header, with the keyboard.
    const admin = await adminContext.newPage();
    await admin.goto('/');
    const adminLink = admin.getByRole('link', { name: 'Administration' });
    await adminLink.focus();
    await admin.keyboard.press('Enter');
    await expect(admin).toHaveURL(/\/admin$/);
    await expect(admin.getByRole('heading', { name: 'Administration', level: 1 })).toBeVisible();
    const accounts = admin.getByRole('region', { name: 'Accounts' });
    await expect(accounts.getByTestId('admin-user')).toHaveCount(2);

    // The only administrator cannot step down: the server refuses, and the page says why.
    await accounts.getByRole('button', { name: 'Remove administrator role: Amélia Administrator' }).click();
    await expect(accounts.getByRole('alert')).toHaveText('The server must keep at least one enabled administrator.');

    // Sign-up becomes invitation-only.
    const signup = admin.getByRole('region', { name: 'Sign-up' });
    await expect(signup.getByRole('radio', { name: 'Anyone who reaches this server' })).toBeChecked();
    await signup.getByRole('radio', { name: 'Only people invited to a workspace' }).check();
    await signup.getByRole('button', { name: 'Save the sign-up rule' }).click();
    await expect(signup.getByText('Sign-up rule saved.')).toBeVisible();
    await admin.screenshot({ path: testInfo.outputPath('administration.png'), fullPage: true });

    // A stranger is told before trying, and refused with a clear message when trying anyway.
    const stranger = await strangerContext.newPage();
    await stranger.goto('/');
    await stranger.getByRole('button', { name: 'Create an account' }).click();
    await expect(stranger.getByTestId('signup-policy-note')).toHaveText(/invitation only/);
    await stranger.getByRole('textbox', { name: 'Your name' }).fill('Sam Stranger');
    await stranger.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('stranger'));
    await stranger.getByLabel('Password').fill(PASSWORD);
    await stranger.getByRole('button', { name: 'Create account' }).click();
    await expect(stranger.getByRole('alert')).toHaveText(
      'Accounts on this server are created by invitation only. Ask a workspace facilitator to invite you, then open the link they send.',
    );
    await expect(stranger.getByRole('heading', { name: 'Your workspaces' })).toHaveCount(0);
    await stranger.screenshot({ path: testInfo.outputPath('signup-refused.png') });

    // Someone invited to a workspace still creates their account from the invitation link.
    const workspace = await createWorkspaceViaApi(adminContext, 'Política nacional de migração');
    const inviteeEmail = uniqueEmail('invitee');
    const token = await inviteViaApi(adminContext, workspace.id, inviteeEmail, 'expert');
    const invitee = await inviteeContext.newPage();
    await new WorkspacePage(invitee).acceptAsNewAccount(`/invite/${token}`, 'Inês Invited');

    // The administrator disables Daniel: his sessions end, and he cannot sign in again.
    await accounts.getByRole('searchbox', { name: 'Search by name or email' }).fill('daniel');
    await accounts.getByRole('button', { name: 'Search' }).click();
    const daniel = accounts.getByTestId('admin-user').and(admin.locator(`[data-email="${userEmail}"]`));
    await expect(accounts.getByTestId('admin-user')).toHaveCount(1);
    await daniel.getByRole('button', { name: 'Disable Daniel Drafter' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Disable Daniel Drafter?' });
    await confirm.getByRole('button', { name: 'Disable the account' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(daniel.getByText('Disabled', { exact: true })).toBeVisible();
    await expect(daniel.getByRole('button', { name: 'Re-enable Daniel Drafter' })).toBeVisible();

    await user.reload();
    await expect(user.getByRole('heading', { name: 'Sign in to Cadre' })).toBeAttached();
    await user.getByRole('textbox', { name: 'Email' }).fill(userEmail);
    await user.getByLabel('Password').fill(PASSWORD);
    await user.getByRole('form').getByRole('button', { name: 'Sign in' }).click();
    await expect(user.getByRole('alert')).toHaveText('This account has been disabled. Contact the administrator of this server.');

    // The page stays usable on a phone.
    const phone = await newContext(browser, { width: 390, height: 844 });
    contexts.push(phone);
    await phone.addCookies(await adminContext.cookies());
    const small = await phone.newPage();
    await small.goto('/admin');
    await expect(small.getByRole('region', { name: 'Accounts' }).getByTestId('admin-user')).toHaveCount(3);
    // The sections opened now list what exists now: the workspace's storage and the limits.
    await expect(small.getByRole('region', { name: 'Storage' }).getByRole('rowheader', { name: /Política nacional de migração/ })).toBeVisible();
    await expect(small.getByRole('region', { name: 'Limits in force' }).getByRole('rowheader', { name: 'Largest exported file' })).toBeVisible();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await small.screenshot({ path: testInfo.outputPath('administration-390.png'), fullPage: true });
    await small.getByRole('region', { name: 'Limits in force' }).screenshot({ path: testInfo.outputPath('administration-390-limits.png') });

    // A workspace the administrator is no member of: once archived, the storage list says so
    // and offers to delete it for good, naming what goes with it.
    const foreign = await createWorkspaceViaApi(inviteeContext, 'Seasonal work permits');
    await callViaApi(inviteeContext, contract.workspaces.archive, { params: { id: foreign.id } });
    await admin.reload();
    const storage = admin.getByRole('region', { name: 'Storage' });
    const rowOf = (title: string) => storage.getByTestId('storage-workspace').filter({ hasText: title });
    await expect(rowOf('Seasonal work permits').getByText('Archived', { exact: true })).toBeVisible();
    await expect(storage.getByRole('button', { name: /Política nacional de migração/ })).toHaveCount(0);
    await storage.screenshot({ path: testInfo.outputPath('administration-storage-en.png') });
    await storage.getByRole('button', { name: 'Delete “Seasonal work permits” for good' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Delete the workspace “Seasonal work permits” for good?' });
    await expect(dialog.getByTestId('deletion-counts')).toContainText('Members');
    await admin.screenshot({ path: testInfo.outputPath('administration-delete-en.png') });
    expect(await seriousViolations(admin)).toEqual([]);

    for (const width of [1280, 390]) {
      const french = await newContext(browser, { width, height: 860 }, 'fr');
      contexts.push(french);
      await french.addCookies(await adminContext.cookies());
      const page = await french.newPage();
      await page.goto('/admin');
      const section = page.getByRole('region', { name: 'Stockage' });
      const row = section.getByTestId('storage-workspace').filter({ hasText: 'Seasonal work permits' });
      await expect(row.getByText('Archivé', { exact: true })).toBeVisible();
      await row.scrollIntoViewIfNeeded();
      await section.screenshot({ path: testInfo.outputPath(`administration-storage-fr-${width}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The action stays within reach: the table needs no sideways scrolling either.
      expect(await section.locator('table').evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0))).toBeLessThanOrEqual(0);
      await section.getByRole('button', { name: 'Supprimer définitivement « Seasonal work permits »' }).click();
      await expect(page.getByRole('dialog').getByTestId('deletion-counts')).toContainText('Membres');
      await page.screenshot({ path: testInfo.outputPath(`administration-delete-fr-${width}.png`) });
    }

    await dialog.getByRole('textbox').fill('Seasonal work permits');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(storage.getByText('The workspace “Seasonal work permits” was deleted for good.')).toBeVisible();
    await expect(rowOf('Seasonal work permits')).toHaveCount(0);
    await expect(storage.getByRole('button', { name: /Seasonal work permits/ })).toHaveCount(0);
    await expect(rowOf('Política nacional de migração')).toBeVisible();
  } finally {
    for (const context of contexts) await context.close();
  }
});
