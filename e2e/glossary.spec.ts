import type { Page } from '@playwright/test';
import { contract } from '../shared/api/index.ts';
import { callViaApi, createDocumentViaApi, createWorkspaceViaApi, joinViaApi, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';

/** Screenshots are test artefacts: kept under test-results/, never written into the repository. */
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`glossary-${name}.png`), fullPage: true });

const DEFINITION = 'A person granted international protection by the state.';

test('a drafter proposes a term, the chair agrees it, and it is marked live in another member’s editor', async ({ browser }) => {
  const facilitator = await browser.newContext();
  const drafter = await browser.newContext();
  const chair = await browser.newContext();
  const observer = await browser.newContext();
  await signUpViaApi(facilitator, 'Fatou Facilitator');
  const workspace = await createWorkspaceViaApi(facilitator, 'National asylum policy');
  const doc = await createDocumentViaApi(facilitator, workspace.id, 'Draft policy');
  await joinViaApi(facilitator, drafter, workspace.id, 'Dario Drafter', 'drafter');
  await joinViaApi(facilitator, chair, workspace.id, 'Chidi Chair', 'chair');
  await joinViaApi(facilitator, observer, workspace.id, 'Olga Observer', 'observer');

  // The drafter writes a sentence that uses the term, then proposes the term.
  const writing = await drafter.newPage();
  await EditorPage.prepare(writing);
  const editor = new EditorPage(writing);
  await editor.open(doc.id);
  await editor.focusEnd();
  await writing.keyboard.type('Every refugee may work and study.');
  await expect(editor.status).toHaveText('Saved');

  // The observer reads the document meanwhile: read-only, so marks take keyboard focus.
  const reading = await observer.newPage();
  await EditorPage.prepare(reading);
  const readerEditor = new EditorPage(reading);
  await readerEditor.open(doc.id);
  await expect(readerEditor.body).toContainText('Every refugee may work');
  await expect(reading.locator('.glossary-term')).toHaveCount(0);

  const glossary = await drafter.newPage();
  await EditorPage.prepare(glossary);
  await glossary.goto(`/w/${workspace.id}/matrices/glossary`);
  await glossary.getByRole('button', { name: 'Add' }).click();
  const dialog = glossary.getByTestId('matrix-item-dialog');
  await dialog.getByLabel('Term', { exact: true }).fill('Refugee');
  await dialog.getByLabel('Definition').fill(DEFINITION);
  await dialog.getByLabel('In other languages').fill('fr: Réfugié = Personne qui bénéficie de la protection internationale.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(glossary.getByTestId('matrix-table')).toContainText('Proposed');
  // Only the chair is offered the agreement.
  await expect(glossary.getByRole('button', { name: /Agree the term/ })).toHaveCount(0);

  const chairPage = await chair.newPage();
  await EditorPage.prepare(chairPage);
  await chairPage.goto(`/w/${workspace.id}/matrices/glossary`);
  await chairPage.getByRole('button', { name: 'Agree the term “Refugee”' }).click();
  await expect(chairPage.getByTestId('matrix-table')).toContainText('Agreed by Chidi Chair');
  await shot(chairPage, 'agreed');

  // Live: the reader's open editor marks the term without reloading.
  const mark = reading.locator('.glossary-term', { hasText: 'refugee' });
  await expect(mark).toHaveCount(1);
  const tooltip = reading.getByRole('tooltip');
  await mark.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(DEFINITION);
  await shot(reading, 'hover');
  await reading.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  // Keyboard: the mark takes focus and names the definition as its description.
  await mark.focus();
  await expect(tooltip).toBeVisible();
  await expect(mark).toHaveAttribute('aria-describedby', 'glossary-definition');
  await reading.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  // On a phone the definition stays on screen.
  await reading.setViewportSize({ width: 390, height: 800 });
  await mark.hover();
  await expect(tooltip).toBeInViewport({ ratio: 1 });
  await reading.screenshot({ path: test.info().outputPath('glossary-hover-narrow.png') });

  // Where the text is editable, the caret entering the term shows its definition too.
  await expect(writing.locator('.glossary-term', { hasText: 'refugee' })).toHaveCount(1);
  await writing.locator('.glossary-term').click();
  await expect(writing.getByRole('tooltip')).toContainText(DEFINITION);
  await shot(writing, 'caret');

  // Rewording the agreed term makes it a proposal again, and the marks go.
  await glossary.reload();
  await glossary.getByRole('button', { name: 'Edit “Refugee”' }).click();
  await dialog.getByLabel('Definition').fill('A person recognised as a refugee under national law.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(glossary.getByTestId('matrix-table')).toContainText('Proposed');
  await expect(reading.locator('.glossary-term')).toHaveCount(0);

  for (const context of [facilitator, drafter, chair, observer]) await context.close();
});

test('a workspace of the general preset offers general areas and evidence types', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Gina General');
  const workspace = await callViaApi(context, contract.workspaces.create, {
    body: { title: 'National health financing strategy', preset: 'general', thematicAreas: ['financing', 'serviceDelivery'] },
  });
  const page = await context.newPage();
  await EditorPage.prepare(page);

  await page.goto(`/w/${workspace.id}/matrices/evidence`);
  await page.getByRole('button', { name: 'Add' }).click();
  const type = page.getByTestId('matrix-item-dialog').getByLabel('Type of source');
  await expect(type.locator('option', { hasText: 'Service statistics' })).toHaveCount(1);
  await expect(type.locator('option', { hasText: 'Consular registers' })).toHaveCount(0);
  await page.getByTestId('matrix-item-dialog').getByLabel('Source', { exact: true }).fill('Health facility returns 2025');
  await type.selectOption({ label: 'Service statistics' });
  await page.getByTestId('matrix-item-dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('matrix-table').locator('td[data-field="sourceType"]')).toHaveText('Service statistics');
  await shot(page, 'general-evidence');

  // The facilitator adds an area of their own; the settings offer it at once.
  await page.goto(`/w/${workspace.id}`);
  await expect(page.locator('#workspace-settings')).toContainText('Service delivery');
  await page.getByRole('button', { name: 'Policy areas and evidence types' }).click();
  const vocabulary = page.getByTestId('vocabulary-dialog');
  await vocabulary.getByRole('button', { name: 'Add an area' }).click();
  await vocabulary.getByTestId('vocabulary-areas').getByRole('textbox').last().fill('Climate resilience');
  await shot(page, 'vocabulary-dialog');
  await vocabulary.getByRole('button', { name: 'Save' }).click();
  await expect(vocabulary).toBeHidden();
  await page.getByRole('button', { name: 'Edit settings' }).click();
  await expect(page.getByTestId('workspace-areas')).toContainText('Climate resilience');
  await expect(page.getByTestId('workspace-areas')).not.toContainText('Legal migration');

  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: test.info().outputPath('glossary-settings-narrow.png') });
  await context.close();
});
