import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, createDocumentViaApi, createWorkspaceViaApi, signUpViaApi } from './support/api.ts';
import { startOwnServer } from './support/own-server.ts';

/** Screenshots are test artefacts: kept under test-results/, never written into the repository. */
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`form-errors-${name}.png`), fullPage: true });

test('a form error shown in French next to its field', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Fatou Facilitator');
  const workspace = await createWorkspaceViaApi(context, 'Plan municipal');
  const page = await context.newPage();
  await page.goto(`/w/${workspace.id}/matrices/milestone`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Feuille de route', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter' }).click();
  const dialog = page.getByTestId('matrix-item-dialog');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();

  // Checked before sending with the shared schema: the words are French, right after the field,
  // which is marked invalid, points at them, and has the focus.
  await expect(dialog.getByRole('textbox', { name: 'Titre' })).toBeVisible();
  const title = dialog.locator('#item-title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  const error = dialog.locator('#item-title-error');
  await expect(error).toHaveText('Ce champ est obligatoire.');
  await expect(title).toHaveAttribute('aria-describedby', /\bitem-title-error\b/);
  expect(await title.evaluate((input) => input.nextElementSibling?.id)).toBe('item-title-error');
  await expect(dialog).not.toContainText('Invalid input');
  await shot(page, 'milestone-fr');

  // Switching language rewords the error already shown.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(error).toHaveText('This is required.');
  await shot(page, 'milestone-en');

  // Once filled in, it saves.
  await title.fill('Validation workshop');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('matrix-table')).toContainText('Validation workshop');
  await context.close();
});

test('the option appraisal’s criteria editor saves a score per named criterion', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Omar Options');
  const workspace = await createWorkspaceViaApi(context, 'Options appraisal');
  await callViaApi(context, contract.matrices.create, { params: { id: workspace.id, kind: 'objective' }, body: { data: { title: 'Clear local roles' } } });
  const page = await context.newPage();
  await page.goto(`/w/${workspace.id}/matrices/option`);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByTestId('matrix-item-dialog');
  await dialog.getByRole('combobox', { name: 'Objective' }).selectOption({ label: 'Clear local roles' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('One-stop offices');

  // Keyboard only: add a row, name it, choose its score; an empty row is refused by row.
  const criteria = dialog.getByTestId('criteria-editor');
  await criteria.getByRole('button', { name: 'Add a criterion' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Criterion 1' })).toBeFocused();
  await page.keyboard.type('Cost');
  await page.keyboard.press('Tab');
  await expect(criteria.getByRole('combobox', { name: 'Score of Cost' })).toBeFocused();
  await criteria.getByRole('combobox', { name: 'Score of Cost' }).selectOption('4');
  await criteria.getByRole('button', { name: 'Add a criterion' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const second = criteria.getByRole('textbox', { name: 'Criterion 2' });
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(second).toBeFocused();
  await expect(criteria.locator('#item-scores-1-name-error')).toHaveText('This is required.');
  await expect(criteria.locator('#item-scores-1-score-error')).toHaveText('This is required.');
  await shot(page, 'criteria-errors-en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(criteria.locator('#item-scores-1-name-error')).toHaveText('Ce champ est obligatoire.');
  await shot(page, 'criteria-errors-fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');

  // Removing the empty row moves focus back to the previous one; the option saves as { Cost: 4 }.
  await criteria.getByRole('button', { name: 'Remove Criterion 2' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Criterion 1' })).toBeFocused();
  await shot(page, 'criteria-editor-en');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('matrix-table').locator('tr[data-item-id]');
  await expect(row.locator('td[data-field="scores"]')).toHaveText('Cost 4');
  const { items } = await callViaApi(context, contract.matrices.list, { params: { id: workspace.id, kind: 'option' }, query: {} });
  expect(items[0]?.data['scores']).toEqual({ Cost: 4 });

  // Editing shows the saved criterion as a row, in French too.
  await page.getByRole('button', { name: 'Edit “One-stop offices”' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(criteria.getByRole('textbox', { name: 'Critère 1' })).toHaveValue('Cost');
  await expect(criteria.getByRole('combobox', { name: 'Note de Cost' })).toHaveValue('4');
  await criteria.scrollIntoViewIfNeeded();
  await shot(page, 'criteria-editor-fr');
  await page.setViewportSize({ width: 390, height: 844 });
  await criteria.scrollIntoViewIfNeeded();
  await criteria.screenshot({ path: test.info().outputPath('form-errors-criteria-editor-fr-390.png') });
  await context.close();
});

/** What the tour reads and clicks, in each language. */
const WORDS = {
  en: { required: 'This is required.', invalidEmail: 'Enter an email address such as name@ministry.gov.', duplicate: 'This name is already listed.', invalidFormat: 'This is not written in the expected form.', tooShort: 'Use at least 10 characters.', edit: 'Edit settings', invite: 'Invite a member', rename: 'Rename “Strategy”' },
  fr: { required: 'Ce champ est obligatoire.', invalidEmail: 'Saisissez une adresse e-mail comme nom@ministere.gouv.', duplicate: 'Ce nom figure déjà dans la liste.', invalidFormat: 'Ceci n’est pas écrit sous la forme attendue.', tooShort: 'Saisissez au moins 10 caractères.', edit: 'Modifier les paramètres', invite: 'Inviter un membre', rename: 'Renommer « Strategy »' },
} as const;

/** The field is marked invalid, points at its error, and the error right after it says `words`. */
async function expectFieldError(field: Locator, words: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /-error\b/);
  const errorId = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  await expect(field.page().locator(`[id="${errorId}"]`)).toHaveText(words);
}

const submitOf = (field: Locator) => field.locator('xpath=ancestor::form[1]').locator('button[type="submit"]');

test('a form whose schemas cannot be downloaded still says what is wrong, in the server’s words', async ({ browser }) => {
  // The forms' schemas come on a form's first check; here a newer build has replaced them. No
  // service worker, which would otherwise answer from the copy it keeps.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let refused = 0;
  await context.route(/\/assets\/form-schemas-[\w-]+\.js$/, (route) => {
    refused += 1;
    return route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('.modes button').nth(1).click();
  await page.locator('#auth-name').fill('Ana Analyst');
  await page.locator('#auth-email').fill('not an address');
  await page.locator('#auth-password').fill('long enough password');
  await submitOf(page.locator('#auth-email')).click();
  await expectFieldError(page.locator('#auth-email'), 'Enter an email address such as name@ministry.gov.');
  expect(refused).toBeGreaterThan(0);
  await context.close();
});

test.describe('every form', () => {
  // The administrator's form needs the instance's first account: a server of its own.
  let server: Awaited<ReturnType<typeof startOwnServer>>;
  test.beforeAll(async () => {
    server = await startOwnServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('names its errors next to its fields, in English and in French', async ({ browser }) => {
    test.setTimeout(180_000);
    const admin = await browser.newContext({ baseURL: server.baseURL });
    await signUpViaApi(admin, 'Amélia Administrator');
    const workspace = await createWorkspaceViaApi(admin, 'National plan');
    const document = await createDocumentViaApi(admin, workspace.id, 'Strategy');
    await callViaApi(admin, contract.workspaces.createInstitution, { params: { id: workspace.id }, body: { name: 'Civil registry' } });

    for (const locale of ['en', 'fr'] as const) {
      const words = WORDS[locale];
      const snap = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`form-errors-${name}-${locale}.png`) });

      // Sign-up, checked before sending.
      const visitor = await browser.newContext({ baseURL: server.baseURL });
      await visitor.addInitScript((language) => window.localStorage.setItem('cadre.locale', language), locale);
      const signUp = await visitor.newPage();
      await signUp.goto('/');
      await signUp.locator('.modes button').nth(1).click();
      await submitOf(signUp.locator('#auth-email')).click();
      await expectFieldError(signUp.locator('#auth-name'), words.required);
      await expectFieldError(signUp.locator('#auth-email'), words.invalidEmail);
      await expectFieldError(signUp.locator('#auth-password'), words.tooShort);
      await expect(signUp.locator('#auth-name')).toBeFocused();
      await snap(signUp, 'sign-up');
      await signUp.setViewportSize({ width: 390, height: 844 });
      await snap(signUp, 'sign-up-390');
      await visitor.close();

      await admin.addInitScript((language) => window.localStorage.setItem('cadre.locale', language), locale);
      const page = await admin.newPage();
      await page.goto(`/w/${workspace.id}`);

      const newTitle = page.locator('#new-document-title');
      await submitOf(newTitle).click();
      await expectFieldError(newTitle, words.required);
      await expect(newTitle).toBeFocused();
      await newTitle.scrollIntoViewIfNeeded();
      await snap(page, 'new-document');

      // The only document: while renamed, its row shows a field instead of the title.
      const row = page.getByTestId('document-row').first();
      await row.getByRole('button', { name: words.rename }).click();
      const rename = row.getByRole('textbox');
      await rename.fill(' ');
      await rename.press('Enter');
      await expectFieldError(rename, words.required);
      await snap(page, 'rename-document');
      await rename.press('Escape');

      // A refusal only the server can make arrives in the same words, next to the same field.
      const institution = page.locator('#institution-name');
      await submitOf(institution).click();
      await expectFieldError(institution, words.required);
      await institution.fill('civil registry');
      await submitOf(institution).click();
      await expectFieldError(institution, words.duplicate);
      await institution.scrollIntoViewIfNeeded();
      await snap(page, 'institution');

      await page.getByRole('button', { name: words.edit }).click();
      const settings = page.getByTestId('edit-workspace-dialog');
      await settings.locator('#ws-title').fill('');
      await submitOf(settings.locator('#ws-title')).click();
      await expectFieldError(settings.locator('#ws-title'), words.required);
      await settings.screenshot({ path: test.info().outputPath(`form-errors-workspace-settings-${locale}.png`) });
      await settings.locator('#ws-title').press('Escape');

      await page.getByRole('button', { name: words.invite }).click();
      const invite = page.getByTestId('invite-dialog');
      await invite.locator('#invite-email').fill('ana-at-gov.cv');
      await submitOf(invite.locator('#invite-email')).click();
      await expectFieldError(invite.locator('#invite-email'), words.invalidEmail);
      await invite.screenshot({ path: test.info().outputPath(`form-errors-invite-${locale}.png`) });
      await invite.locator('#invite-email').press('Escape');

      await page.goto(`/w/${workspace.id}/matrices/swot`);
      const point = page.locator('#new-threats');
      await point.press('Enter');
      await expectFieldError(point, words.required);
      await snap(page, 'swot');

      await page.goto(`/d/${document.id}`);
      await page.getByTestId('versions-toggle').click();
      const versionName = page.locator('#version-name');
      await submitOf(versionName).click();
      await expectFieldError(versionName, words.required);
      await snap(page, 'version-name');

      await page.goto('/admin');
      await page.locator('input[name="signup-mode"][value="domains"]').check();
      const domains = page.locator('#signup-domains');
      await domains.fill('gov.cv, not a domain');
      await submitOf(domains).click();
      await expectFieldError(domains, words.invalidFormat);
      await domains.scrollIntoViewIfNeeded();
      await snap(page, 'admin-sign-up-policy');
      await page.close();
    }
    await admin.close();
  });
});
