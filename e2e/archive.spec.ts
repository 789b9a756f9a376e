import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, createDocumentViaApi, createWorkspaceViaApi, joinViaApi, signUpViaApi } from './support/api.ts';
import { startOwnServer } from './support/own-server.ts';

// Deleting for good takes the instance's administrator, its first account: these journeys run
// against a server of their own, where that account is known.
let server: Awaited<ReturnType<typeof startOwnServer>>;
let administrator: BrowserContext;
test.beforeAll(async ({ browser }) => {
  server = await startOwnServer();
  administrator = await newContext(browser);
  await signUpViaApi(administrator, 'Amélia Administrator');
});
test.afterAll(async () => {
  await administrator?.close();
  await server?.stop();
});

async function newContext(browser: Browser, locale: 'en' | 'fr' = 'en', viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.baseURL, viewport });
  await context.addInitScript((chosen) => window.localStorage.setItem('cadre.locale', chosen), locale);
  return context;
}

/** The number a deletion dialog gives for `label` (Documents, Versions…). */
const counted = (dialog: Locator, label: string) =>
  dialog.getByTestId('deletion-counts').locator('div').filter({ has: dialog.page().getByText(label, { exact: true }) }).locator('dd');

/** A page of the same account in another language or width, for screenshots. */
async function pageAs(browser: Browser, from: BrowserContext, locale: 'en' | 'fr', width = 1280): Promise<Page> {
  const context = await newContext(browser, locale, { width, height: 860 });
  await context.addCookies(await from.cookies());
  return context.newPage();
}

test('a facilitator archives a document, undoes it, archives it again, finds it under Archived and restores it; an open editor follows', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const facilitatorContext = await newContext(browser);
  const drafterContext = await newContext(browser);
  const extra: BrowserContext[] = [];
  try {
    await signUpViaApi(facilitatorContext, 'Fatou Facilitator');
    const workspace = await createWorkspaceViaApi(facilitatorContext, 'Labour migration');
    const doc = await createDocumentViaApi(facilitatorContext, workspace.id, 'Labour migration strategy');
    await createDocumentViaApi(facilitatorContext, workspace.id, 'Consultation notes');
    await joinViaApi(facilitatorContext, drafterContext, workspace.id, 'Dora Drafter', 'drafter');

    // The drafter has the document open while it is archived.
    const drafter = await drafterContext.newPage();
    await drafter.goto(`/d/${doc.id}`);
    await expect(drafter.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();

    const page = await facilitatorContext.newPage();
    await page.goto(`/w/${workspace.id}`);
    const list = page.getByRole('list', { name: 'All documents' });
    await expect(list.getByRole('link', { name: 'Labour migration strategy' })).toBeVisible();

    // Archiving asks nothing (nothing is lost) and offers an undo, with the keyboard too.
    await page.getByRole('button', { name: 'Archive “Labour migration strategy”' }).click();
    const toast = page.getByTestId('undo-toast');
    await expect(toast).toContainText('“Labour migration strategy” was archived.');
    await expect(list.getByRole('link', { name: 'Labour migration strategy' })).toHaveCount(0);
    await toast.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(list.getByRole('link', { name: 'Labour migration strategy' })).toBeVisible();

    await page.getByRole('button', { name: 'Archive “Labour migration strategy”' }).click();
    await expect(list.getByRole('link', { name: 'Labour migration strategy' })).toHaveCount(0);
    // The open editor turns read-only at once and says why.
    await expect(drafter.getByTestId('read-only-notice')).toContainText('This document was archived');
    await expect(drafter.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
    await drafter.screenshot({ path: testInfo.outputPath('editor-archived-en.png') });

    // Found again under "Archived documents".
    const archived = page.getByTestId('archived-documents');
    await archived.getByText('Archived documents (1)').click();
    await expect(archived.getByTestId('archived-document')).toContainText('Labour migration strategy');
    await expect(archived.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await archived.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('archived-documents-en.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(drafter)).toEqual([]);
    for (const [locale, width] of [['fr', 1280], ['en', 390]] as const) {
      const other = await pageAs(browser, facilitatorContext, locale, width);
      extra.push(other.context());
      await other.goto(`/w/${workspace.id}`);
      const section = other.getByTestId('archived-documents');
      await section.locator('summary').click();
      await expect(section.getByTestId('archived-document')).toBeVisible();
      // "Documents" in both languages.
      const panel = other.getByRole('region', { name: 'Documents', exact: true });
      await panel.screenshot({ path: testInfo.outputPath(`archived-documents-${locale}-${width}.png`) });
    }

    // Restored: back in the list, and the editor may type again.
    await archived.getByRole('button', { name: 'Restore “Labour migration strategy”' }).click();
    await expect(list.getByRole('link', { name: 'Labour migration strategy' })).toBeVisible();
    await expect(page.getByTestId('archived-documents')).toHaveCount(0);
    await expect(drafter.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
    const { activity } = await callViaApi(facilitatorContext, contract.activity.list, { params: { id: workspace.id }, query: { document: doc.id } });
    expect(activity.map((entry) => [entry.action, entry.summary])).toEqual(
      expect.arrayContaining([
        ['document.archived', 'Labour migration strategy'],
        ['document.restored', 'Labour migration strategy'],
      ]),
    );
  } finally {
    for (const context of [facilitatorContext, drafterContext, ...extra]) await context.close();
  }
});

test('an administrator archives a workspace, which turns read-only for a member at once, then deletes it for good after typing its name', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const memberContext = await newContext(browser);
  const extra: BrowserContext[] = [];
  try {
    const workspace = await createWorkspaceViaApi(administrator, 'Diaspora engagement');
    const doc = await createDocumentViaApi(administrator, workspace.id, 'Diaspora bonds note');
    await callViaApi(administrator, contract.versions.create, { params: { id: doc.id }, body: { name: 'First draft' } });
    await joinViaApi(administrator, memberContext, workspace.id, 'Omar Drafter', 'drafter');
    const member = await memberContext.newPage();
    await member.goto(`/w/${workspace.id}`);
    await expect(member.getByRole('heading', { name: 'Diaspora engagement', level: 1 })).toBeVisible();

    const page = await administrator.newPage();
    await page.goto(`/w/${workspace.id}`);

    // A document's deletion names the document and what goes with it.
    await page.getByRole('button', { name: 'Archive “Diaspora bonds note”' }).click();
    await page.getByTestId('archived-documents').locator('summary').click();
    await page.getByRole('button', { name: 'Delete “Diaspora bonds note” for good' }).click();
    const deleteDocument = page.getByRole('dialog', { name: 'Delete the document “Diaspora bonds note” for good?' });
    await expect(counted(deleteDocument, 'Versions')).toHaveText('1');
    await expect(counted(deleteDocument, 'Comment threads')).toHaveText('0');
    await page.screenshot({ path: testInfo.outputPath('delete-document-en.png') });
    await deleteDocument.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Restore “Diaspora bonds note”' }).click();

    // Archiving the workspace stops everyone's work, so it asks first, naming it.
    await page.getByRole('button', { name: 'Archive workspace' }).click();
    const confirm = page.getByRole('dialog', { name: 'Archive the workspace “Diaspora engagement”?' });
    await expect(confirm).toContainText('read-only for all its members');
    await page.screenshot({ path: testInfo.outputPath('archive-workspace-en.png') });
    await confirm.getByRole('button', { name: 'Archive workspace' }).click();
    await expect(page.getByTestId('workspace-archived')).toContainText('read-only for everyone');
    await expect(page.getByRole('button', { name: 'Archive workspace' })).toHaveCount(0);

    // The member's open page says so without a reload, and offers nothing to change.
    await expect(member.getByTestId('workspace-archived')).toBeVisible();
    await expect(member.getByRole('button', { name: 'Create document' })).toHaveCount(0);
    await expect(member.getByRole('button', { name: 'Restore workspace' })).toHaveCount(0);
    await member.screenshot({ path: testInfo.outputPath('workspace-archived-member-en.png'), fullPage: true });
    expect(await seriousViolations(member)).toEqual([]);

    for (const [locale, width] of [['fr', 1280], ['en', 390]] as const) {
      const other = await pageAs(browser, administrator, locale, width);
      extra.push(other.context());
      await other.goto(`/w/${workspace.id}`);
      await expect(other.getByTestId('workspace-archived')).toBeVisible();
      await other.screenshot({ path: testInfo.outputPath(`workspace-archived-${locale}-${width}.png`), fullPage: true });
      await other.getByTestId('workspace-archived').getByRole('button', { name: locale === 'fr' ? 'Supprimer définitivement' : 'Delete for good' }).click();
      await expect(other.getByTestId('delete-for-good').getByRole('textbox')).toBeVisible();
      await other.screenshot({ path: testInfo.outputPath(`delete-workspace-${locale}-${width}.png`) });
    }

    // Deleting for good names what is lost, and waits for the workspace's name.
    await page.getByTestId('workspace-archived').getByRole('button', { name: 'Delete for good' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the workspace “Diaspora engagement” for good?' });
    await expect(counted(dialog, 'Documents')).toHaveText('1');
    await expect(counted(dialog, 'Versions')).toHaveText('1');
    await expect(counted(dialog, 'Members')).toHaveText('2');
    const submit = dialog.getByRole('button', { name: 'Delete for good' });
    await expect(submit).toBeDisabled();
    const name = dialog.getByRole('textbox', { name: /Type the workspace’s name to confirm/ });
    await name.fill('Diaspora');
    await expect(submit).toBeDisabled();
    await name.fill('Diaspora engagement');
    await page.screenshot({ path: testInfo.outputPath('delete-workspace-en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await submit.click();

    await expect(page).toHaveURL(`${server.baseURL}/`);
    await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Diaspora engagement' })).toHaveCount(0);
    // The member's page finds it gone.
    await expect(member.getByText('This workspace does not exist')).toBeVisible();
  } finally {
    for (const context of [memberContext, ...extra]) await context.close();
  }
});

test('matrix items and institutions are archived with an undo and restored from their archived lists; a matrix item’s deletion asks first; archived workspaces are listed apart', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const context = await newContext(browser);
  const extra: BrowserContext[] = [];
  /** The same screen in French and on a phone, after `open` brings it up. */
  async function otherViews(name: string, path: string, open: (page: Page) => Promise<void>): Promise<void> {
    for (const [locale, width] of [['fr', 1280], ['en', 390]] as const) {
      const other = await pageAs(browser, context, locale, width);
      extra.push(other.context());
      await other.goto(path);
      await open(other);
      await other.screenshot({ path: testInfo.outputPath(`${name}-${locale}-${width}.png`) });
    }
  }
  try {
    await signUpViaApi(context, 'Chidi Chair');
    const workspace = await createWorkspaceViaApi(context, 'Border management');
    const params = { id: workspace.id, kind: 'glossary' as const };
    for (const term of ['Asylum', 'Refugee']) {
      await callViaApi(context, contract.matrices.create, { params, body: { data: { term, definition: `${term}, as the law defines it` } } });
    }
    await callViaApi(context, contract.workspaces.createInstitution, { params: { id: workspace.id }, body: { name: 'Ministry of Labour' } });
    const page = await context.newPage();

    // A matrix item: archived with an undo, found under "Archived", restored.
    const matrixPath = `/w/${workspace.id}/matrices/glossary`;
    await page.goto(matrixPath);
    const table = page.getByTestId('matrix-table');
    await page.getByRole('button', { name: 'Archive “Asylum”' }).click();
    await expect(page.getByTestId('undo-toast')).toContainText('“Asylum” was archived.');
    await expect(table).not.toContainText('Asylum');
    await page.getByRole('button', { name: 'Archived (1)' }).click();
    const shelf = page.getByTestId('archived-items');
    await expect(shelf).toContainText('Asylum');
    await page.screenshot({ path: testInfo.outputPath('matrix-archived-en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await otherViews('matrix-archived', matrixPath, async (other) => {
      await other.getByRole('button', { name: /\((1)\)$/ }).click();
      await expect(other.getByTestId('archived-items')).toContainText('Asylum');
    });
    await shelf.getByRole('button', { name: 'Restore “Asylum”' }).click();
    await expect(shelf).toContainText('Nothing is archived in this matrix.');
    await page.getByRole('button', { name: 'Back to the matrix' }).click();
    await expect(table).toContainText('Asylum');

    // Deleting asks first, naming the item; the undo brings it back.
    await page.getByRole('button', { name: 'Delete “Refugee”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Refugee”?' });
    await expect(confirm).toContainText('can be brought back for a day');
    await page.screenshot({ path: testInfo.outputPath('matrix-delete-en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await otherViews('matrix-delete', matrixPath, async (other) => {
      await other.getByRole('button', { name: /Refugee/ }).last().click();
      await expect(other.getByRole('dialog')).toBeVisible();
    });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(table).not.toContainText('Refugee');
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect(table).toContainText('Refugee');

    // An institution: archived with an undo, restorable from the registry's archived list.
    const homePath = `/w/${workspace.id}`;
    await page.goto(homePath);
    const registry = page.getByRole('region', { name: 'Institution registry' });
    // The lead institution stays in use while it leads: no "Archive" for it, and the page says why.
    await expect(registry.getByRole('button', { name: 'Archive “Ministry of the Interior”' })).toHaveCount(0);
    await expect(registry.getByTestId('lead-kept')).toContainText('The lead institution, Ministry of the Interior, cannot be archived');
    await registry.getByRole('button', { name: 'Archive “Ministry of Labour”' }).click();
    await expect(page.getByTestId('undo-toast')).toContainText('“Ministry of Labour” was archived.');
    const archivedInstitutions = registry.getByTestId('archived-institutions');
    await archivedInstitutions.locator('summary').click();
    await expect(archivedInstitutions).toContainText('Ministry of Labour');
    await expect(page.getByRole('combobox', { name: 'Part of' }).getByRole('option', { name: 'Ministry of Labour' })).toHaveCount(0);
    await registry.screenshot({ path: testInfo.outputPath('institutions-archived-en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await otherViews('institutions-archived', homePath, async (other) => {
      const section = other.getByTestId('archived-institutions');
      await section.locator('summary').click();
      await section.scrollIntoViewIfNeeded();
    });
    await archivedInstitutions.getByRole('button', { name: 'Restore “Ministry of Labour”' }).click();
    await expect(registry.getByTestId('archived-institutions')).toHaveCount(0);

    // Archived workspaces stay reachable from the list, apart from those in use.
    await callViaApi(context, contract.workspaces.archive, { params: { id: workspace.id } });
    await createWorkspaceViaApi(context, 'Labour mobility');
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Your workspaces' }).getByRole('link')).toHaveText(['Labour mobility']);
    const archivedWorkspaces = page.getByTestId('archived-workspaces');
    await archivedWorkspaces.getByText('Archived workspaces (1)').click();
    await expect(archivedWorkspaces.getByRole('link', { name: 'Border management' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('workspaces-archived-en.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await otherViews('workspaces-archived', '/', async (other) => {
      await other.getByTestId('archived-workspaces').locator('summary').click();
    });
  } finally {
    for (const opened of [context, ...extra]) await opened.close();
  }
});
