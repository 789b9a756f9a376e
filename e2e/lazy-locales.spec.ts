import { expect, test } from './support/fixtures.ts';
import { createWorkspaceViaApi, signUpViaApi } from './support/api.ts';

/**
 * Each interface language but English is its own script, downloaded when chosen, in parts: the
 * words of the pages before signing in, then those of every other screen when a page needs them,
 * and the cycle's, matrices' and templates' tables for the pages that show them
 * (client/src/lib/i18n/shell-loaders.ts, text-loaders.ts). The app waits for them behind the loading skeleton
 * rather than showing English first, and the other languages are not downloaded at all.
 */

test('a stored language is shown from the start, and only its own texts are downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('cadre.locale', 'pt');
    // Notes any moment the page shows the English sign-in text, however briefly.
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Forgot your password?')) document.documentElement.dataset['sawEnglish'] = 'yes';
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.push(path.slice('/assets/'.length));
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Esqueceu-se da palavra-passe?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  await expect(page.locator('html')).not.toHaveAttribute('data-saw-english', 'yes');
  // Only the Portuguese words of the pages before signing in: not those of the other screens
  // (they come with the first page that needs them), nor any other language's (the English of
  // the pages before signing in, `shell-en`, is part of the app's first script).
  const texts = scripts.map((name) => /^((?:shell-)?(?:pt|fr|es|ar)|en)-/.exec(name)?.[1]).filter((text) => text !== undefined);
  expect([...new Set(texts)]).toEqual(['shell-pt']);
});

test('the template picker names the templates in the language picked for the document', async ({ page, context }) => {
  await signUpViaApi(context, 'Template Tomás');
  const workspace = await createWorkspaceViaApi(context, 'Templates in French');
  await page.goto(`/w/${workspace.id}`);
  const template = page.getByRole('combobox', { name: 'Template', exact: true });
  await expect(template.locator('option').first()).toHaveText('National migration policy');
  await page.getByRole('combobox', { name: 'Language of the template' }).selectOption('fr');
  await expect(template.locator('option').first()).toHaveText('Politique migratoire nationale');
  await expect(page.getByRole('textbox', { name: 'Document title', exact: true })).toHaveAttribute('placeholder', 'Politique migratoire nationale');
  // The interface stays in English.
  await expect(page.getByRole('button', { name: 'Create from template' })).toBeEnabled();
});
