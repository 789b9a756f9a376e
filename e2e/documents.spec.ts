import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, PASSWORD, seedDocument, signUpViaApi, uniqueEmail } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test.beforeEach(async ({ page }) => {
  await EditorPage.prepare(page);
});

test('sign up, create a workspace, then create, rename and open a document', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Cadre', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sign-in.png'), fullPage: true });

  await page.getByRole('button', { name: 'Create an account' }).click();
  // Invalid fields are explained under each field, and nothing is sent.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#auth-name-error')).toHaveText('This is required.');
  await expect(page.locator('#auth-password-error')).toHaveText('Use at least 10 characters.');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Your name' }).fill('Fatou Ndiaye');
  await page.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('fatou'));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText('Fatou Ndiaye');

  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Plan municipal — Praia');
  await dialog.getByRole('textbox', { name: 'Lead institution' }).fill('Câmara Municipal da Praia');
  await dialog.getByRole('checkbox', { name: 'Migration and development' }).check();
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]{8,}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan municipal — Praia' })).toBeVisible();
  await expect(page.getByTestId('own-role')).toHaveText('Facilitator');

  // The facilitator can complete the settings later, e.g. the mission the cycle guide asks for.
  await page.getByRole('button', { name: 'Edit settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Workspace settings' });
  await expect(settings.getByRole('textbox', { name: 'Lead institution' })).toHaveValue('Câmara Municipal da Praia');
  await settings.getByRole('textbox', { name: 'Mission' }).fill('Give every migrant in Praia a clear path to local services.');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Give every migrant in Praia a clear path to local services.')).toBeVisible();

  const title = `Plan d’action ${Date.now()}`;
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.locator('#new-document-title-error')).toHaveText('This is required.');
  await expect(page.getByRole('textbox', { name: 'New document title' })).toBeFocused();
  await page.getByRole('textbox', { name: 'New document title' }).fill(title);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page).toHaveURL(/\/d\/[A-Za-z0-9_-]{8,}$/);
  const editor = new EditorPage(page);
  await expect(editor.title).toHaveValue(title);
  await expect(editor.status).toHaveText('Saved');

  // The page names the workspace (breadcrumb) and its language (the document's language choice),
  // read from the server once for both, then kept up to date by the workspace's events.
  const workspacePath = new URL(await page.getByTestId('breadcrumb-workspace').evaluate((link: HTMLAnchorElement) => link.href)).pathname;
  const workspaceId = workspacePath.split('/').pop() ?? '';
  const workspaceReads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/workspaces/${workspaceId}`) workspaceReads.push(request.url());
  });
  await page.reload();
  await expect(page.getByTestId('breadcrumb-workspace')).toHaveText('Plan municipal — Praia');
  await expect(page.getByTestId('document-language').locator('option').first()).toHaveText('Workspace’s language (English)');
  await callViaApi(page.context(), contract.workspaces.update, { params: { id: workspaceId }, body: { title: 'Plan municipal — Praia 2027', language: 'pt' } });
  await expect(page.getByTestId('breadcrumb-workspace')).toHaveText('Plan municipal — Praia 2027');
  await expect(page.getByTestId('document-language').locator('option').first()).toHaveText('Workspace’s language (Portuguese)');
  expect(workspaceReads).toHaveLength(1);

  await page.getByTestId('breadcrumb-workspace').click();
  const row = page.getByTestId('document-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  const renamed = `${title} (v2)`;
  await row.getByRole('button', { name: `Rename “${title}”` }).click();
  const input = page.getByRole('textbox', { name: `New title for “${title}”` });
  await input.fill(renamed);
  await input.press('Enter');
  const renamedRow = page.getByTestId('document-row').filter({ hasText: renamed });
  await expect(renamedRow.getByRole('link', { name: renamed })).toBeVisible();

  await page.reload();
  await renamedRow.getByRole('link', { name: renamed }).click();
  await expect(editor.title).toHaveValue(renamed);
  const final = `${title} (final)`;
  await editor.title.fill(final);
  await editor.title.press('Enter');
  await page.goBack();
  await expect(page.getByTestId('document-row').filter({ hasText: final })).toBeVisible();
});

test('sign-in explains a wrong password and an existing email', async ({ page, context }) => {
  const email = uniqueEmail('kofi');
  await signUpViaApi(context, 'Kofi Mensah', email);
  await context.clearCookies();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');

  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Kofi again');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Sign-up does not say whether the address has an account; it points to sign-in and reset.
  await expect(page.getByRole('alert')).toHaveText(
    'An account could not be created with these details. If you already have an account, sign in or reset your password.',
  );

  await page.getByRole('button', { name: 'Sign in', exact: true }).first().click();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
});

test('an unknown document shows a clear message', async ({ page, context }) => {
  await signUpViaApi(context, 'Lost reader');
  await page.goto('/d/doesNotExist123');
  await expect(page.getByText('This document does not exist or you may not open it.')).toBeVisible();
});

test('the language is chosen by the user and remembered', async ({ page, context }) => {
  const { workspace } = await seedDocument(context, 'Fatou Ndiaye', 'Langue');
  await page.goto(`/w/${workspace.id}`);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Créer le document' })).toBeVisible();
  await expect(page.getByTestId('own-role')).toHaveText('Facilitateur');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Membres par institution' })).toBeVisible();
});
