import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, createWorkspaceViaApi, joinViaApi, signUpViaApi } from './support/api.ts';

/** Screenshots are test artefacts: kept under test-results/, never written into the repository. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`matrices-${name}.png`), fullPage: true });

test('a facilitator fills the SWOT and a second member sees it live', async ({ browser }) => {
  const facilitator = await browser.newContext();
  const drafter = await browser.newContext();
  await signUpViaApi(facilitator, 'Fatou Facilitator');
  const workspace = await createWorkspaceViaApi(facilitator, 'Municipal action plan');
  await joinViaApi(facilitator, drafter, workspace.id, 'Dario Drafter', 'drafter');

  const mine = await facilitator.newPage();
  const theirs = await drafter.newPage();
  await mine.goto(`/w/${workspace.id}/matrices/swot`);
  await theirs.goto(`/w/${workspace.id}/matrices/swot`);
  await expect(theirs.getByRole('heading', { name: 'SWOT', level: 1 })).toBeVisible();

  const strengths = mine.getByTestId('swot-strengths');
  await strengths.getByRole('textbox').fill('Local support offices already operate in several municipalities');
  await strengths.getByRole('textbox').press('Enter');
  const threats = mine.getByTestId('swot-threats');
  await threats.getByRole('textbox').fill('High staff turnover in local administrations');
  await threats.getByRole('button', { name: /Threats/ }).click();

  await expect(theirs.getByTestId('swot-strengths')).toContainText('Local support offices already operate');
  await expect(theirs.getByTestId('swot-threats')).toContainText('High staff turnover');
  // The second member votes; the first sees the count change.
  await theirs.getByRole('button', { name: /Vote for “High staff turnover/ }).click();
  await expect(mine.getByTestId('swot-threats').getByRole('button', { name: /Remove your priority vote|Vote for/ })).toHaveText(/:\s*1$/);
  await shot(theirs, 'swot-live');

  await facilitator.close();
  await drafter.close();
});

test('dragging a stakeholder on the power–interest grid updates the table', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Grace Grid');
  const workspace = await createWorkspaceViaApi(context, 'Stakeholder mapping');
  await callViaApi(context, contract.matrices.create, {
    params: { id: workspace.id, kind: 'stakeholder' },
    body: { data: { name: 'Municipal Council of Praia', category: 'localAuthority', influence: 2, interest: 2 } },
  });

  const page = await context.newPage();
  await page.goto(`/w/${workspace.id}/matrices/stakeholder`);
  const chip = page.getByRole('button', { name: /Municipal Council of Praia, Neutral: influence 2, interest 2/ });
  const target = page.locator('[data-cell="5-4"]');
  const from = await chip.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('grid not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();

  const row = page.getByTestId('matrix-table').locator('tr[data-item-id]');
  await expect(row.locator('td[data-field="influence"]')).toHaveText('5');
  await expect(row.locator('td[data-field="interest"]')).toHaveText('4');
  await expect(row.locator('td[data-field="engagement"]')).toHaveText('Manage closely');

  // Keyboard works too: one step down lowers influence.
  await page.getByRole('button', { name: /Municipal Council of Praia, Neutral: influence 5/ }).press('ArrowDown');
  await expect(row.locator('td[data-field="influence"]')).toHaveText('4');
  await shot(page, 'stakeholder-grid');
  await context.close();
});

test('the demo workspace opens on the cycle guide', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Curious Official');
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Create the demo workspace' }).click();
  const guide = page.getByTestId('cycle-guide');
  await expect(guide.getByRole('heading', { name: '3. Policy analysis' })).toBeVisible();
  await expect(guide).toContainText('All objectives are agreed');
  await shot(page, 'demo-home');

  // One click from an unmet criterion to the matrix that satisfies it.
  await guide.getByRole('link', { name: 'Open Objectives' }).first().click();
  await expect(page.getByRole('heading', { name: 'Objectives', level: 1 })).toBeVisible();
  await shot(page, 'objectives');

  // The partly drafted plan shows the template's guidance between headings, as notes.
  await page.goBack();
  await page.getByRole('link', { name: /Municipal action plan — national template/ }).first().click();
  await expect(page.locator('.ProseMirror h1', { hasText: 'Local context' })).toBeVisible();
  await expect(page.locator('.ProseMirror [data-guidance-hint]').first()).toBeVisible();
  await expect(page.locator('.ProseMirror')).toContainText('main destinations of immigrants');
  await shot(page, 'demo-draft');
  await context.close();
});

test('a stale edit shows the current value and can be re-applied; a deletion can be undone', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  await signUpViaApi(first, 'Chidi Chair');
  const workspace = await createWorkspaceViaApi(first, 'Conflicts');
  await joinViaApi(first, second, workspace.id, 'Dora Drafter', 'drafter');
  await callViaApi(first, contract.matrices.create, {
    params: { id: workspace.id, kind: 'glossary' },
    body: { data: { term: 'Integration', definition: 'A one-way process' } },
  });

  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto(`/w/${workspace.id}/matrices/glossary`);
  await b.goto(`/w/${workspace.id}/matrices/glossary`);
  await a.getByRole('button', { name: 'Edit “Integration”' }).click();
  await b.getByRole('button', { name: 'Edit “Integration”' }).click();

  await a.getByLabel('Definition').fill('A two-way process of mutual accommodation');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(b.getByTestId('matrix-table')).toContainText('A two-way process');

  await b.getByLabel('Source').fill('National strategy glossary');
  await b.getByRole('button', { name: 'Save' }).click();
  const conflict = b.getByTestId('conflict-dialog');
  await expect(conflict).toContainText('Chidi Chair saved a newer version');
  await expect(conflict).toContainText('A two-way process of mutual accommodation');
  await shot(b, 'conflict');
  await conflict.getByRole('button', { name: 'Apply my change on top' }).click();
  // Both changes survive: theirs (definition) and mine (source, not a table column).
  await expect(a.getByTestId('matrix-table')).toContainText('Last changed by Dora Drafter');
  await expect(a.getByTestId('matrix-table')).toContainText('A two-way process');

  await a.getByRole('button', { name: 'Delete “Integration”' }).click();
  // Deleting asks first, naming the item, then offers an undo.
  await a.getByRole('dialog', { name: 'Delete “Integration”?' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(b.getByTestId('matrix-table')).toContainText('Nothing here yet');
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(b.getByTestId('matrix-table')).toContainText('Integration');
  await first.close();
  await second.close();
});
