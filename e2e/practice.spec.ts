import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, createDocumentViaApi, createWorkspaceViaApi, joinViaApi, signUpViaApi } from './support/api.ts';
import { seriousViolations } from './support/accessibility.ts';

const SHOTS = '/tmp/practice';

/** Screenshots at desktop and phone widths, for looking at, then back to desktop. */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function withContexts(browser: import('@playwright/test').Browser, count: number, run: (contexts: BrowserContext[]) => Promise<void>) {
  const contexts = await Promise.all(Array.from({ length: count }, () => browser.newContext()));
  try {
    await run(contexts);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
}

test('a lead rates the ten good-practice criteria and sees them on the workspace home', async ({ browser }) => {
  await withContexts(browser, 1, async ([lead]) => {
    if (!lead) return;
    await signUpViaApi(lead, 'Carla Chair');
    const workspace = await createWorkspaceViaApi(lead, 'Second integration plan');
    const page = await lead.newPage();
    await page.goto(`/w/${workspace.id}`);
    const summary = page.getByTestId('practice-summary');
    await expect(summary).toContainText('Not assessed yet');
    await summary.getByRole('link', { name: 'Rate the criteria' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Good-practice self-assessment' })).toBeVisible();

    const form = page.getByTestId('practice-form');
    const criteria = form.locator('fieldset[data-criterion]');
    await expect(criteria).toHaveCount(10);
    for (let i = 0; i < 10; i += 1) await criteria.nth(i).getByLabel('3 · Established').check();
    await form.locator('fieldset[data-criterion="ownership"]').getByLabel('Evidence').fill('The ministry chairs every drafting session.');
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Assessment saved.' })).toBeVisible();
    await expect(page.getByTestId('practice-ratings').locator('li[data-criterion="ownership"]')).toContainText('The ministry chairs every drafting session.');

    // A second snapshot: one criterion moves up, and the history shows it.
    await page.getByTestId('practice-form').locator('fieldset[data-criterion="endorsement"]').getByLabel('4 · Exemplary').check();
    await page.getByTestId('practice-form').getByRole('button', { name: 'Save the assessment' }).click();
    const history = page.getByTestId('practice-history');
    await expect(history.locator('thead th')).toHaveCount(3);
    await expect(history.getByRole('row', { name: /High-level endorsement/ })).toContainText('4 ↑');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'practice-page');

    await page.getByRole('link', { name: 'Back to the workspace' }).click();
    await expect(summary).toContainText('Average rating: 3.1 of 4 over 10 criteria');
    await expect(summary.locator('li[data-criterion="endorsement"]')).toContainText('4 of 4');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'practice-home');
  });
});

test('a member who returns after others acted sees what happened, until they mark it read', async ({ browser }) => {
  await withContexts(browser, 2, async ([lead, member]) => {
    if (!lead || !member) return;
    await signUpViaApi(lead, 'Fatou Facilitator');
    const workspace = await createWorkspaceViaApi(lead, 'Municipal action plan of Praia');
    const doc = await createDocumentViaApi(lead, workspace.id, 'Action plan');
    await joinViaApi(lead, member, workspace.id, 'Dario Drafter', 'drafter');

    const page = await member.newPage();
    await page.goto(`/w/${workspace.id}`);
    await expect(page.getByTestId('practice-summary')).toBeVisible();
    await expect(page.getByTestId('digest')).toHaveCount(0);

    const params = { id: workspace.id };
    await callViaApi(lead, contract.matrices.create, { params: { id: workspace.id, kind: 'decision' }, body: { data: { decision: 'Hold the validation workshop in Praia', date: '2026-05-04' } } });
    await callViaApi(lead, contract.cycle.advanceStage, { params, body: { to: 2, reason: 'Mandate signed by the mayor' } });
    await callViaApi(lead, contract.versions.create, { params: { id: doc.id }, body: { name: 'Draft for the municipal council' } });

    await page.reload();
    const digest = page.getByTestId('digest');
    await expect(digest.getByRole('heading', { name: 'Since you were last here' })).toBeVisible();
    await expect(digest).toContainText('Decisions recorded: 1');
    await expect(digest).toContainText('Stage moves: 1');
    await expect(digest).toContainText('New versions: 1');
    await expect(digest.getByRole('link', { name: /Draft for the municipal council/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'digest-home');

    await digest.getByRole('button', { name: 'Mark as read' }).click();
    await expect(digest).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('practice-summary')).toBeVisible();
    await expect(page.getByTestId('digest')).toHaveCount(0);
  });
});

test('a lead starts the next cycle from an evaluated workspace, with its glossary and stakeholders', async ({ browser }) => {
  await withContexts(browser, 1, async ([lead]) => {
    if (!lead) return;
    await signUpViaApi(lead, 'Fatou Facilitator');
    const workspace = await createWorkspaceViaApi(lead, 'First integration plan');
    const matrix = (kind: 'glossary' | 'stakeholder', data: Record<string, unknown>) =>
      callViaApi(lead, contract.matrices.create, { params: { id: workspace.id, kind }, body: { data } });
    await matrix('glossary', { term: 'Integration', definition: 'A two-way process of mutual adaptation' });
    await matrix('stakeholder', { name: 'Association of Cabo Verdean migrants', category: 'migrantDiasporaAssociation' });
    await callViaApi(lead, contract.cycle.advanceStage, { params: { id: workspace.id }, body: { to: 8, reason: 'Implementation period ended' } });

    const page = await lead.newPage();
    await page.goto(`/w/${workspace.id}`);
    await page.getByRole('button', { name: 'Start the next cycle' }).click();
    const dialog = page.getByTestId('next-cycle-dialog');
    await dialog.getByRole('button', { name: 'Start the cycle' }).click();
    await expect(dialog.getByLabel('Title of the new workspace')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('Title of the new workspace').fill('Second integration plan');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/next-cycle-dialog-1280.png` });
    await dialog.getByRole('button', { name: 'Start the cycle' }).click();

    await expect(page).not.toHaveURL(new RegExp(`/w/${workspace.id}$`));
    await expect(page.getByTestId('cycle-origin')).toContainText('This cycle started from First integration plan');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'next-cycle-home');
    const nextId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.goto(`/w/${nextId}/matrices/glossary`);
    await expect(page.getByText('Integration', { exact: true }).first()).toBeVisible();
    await page.goto(`/w/${nextId}/matrices/stakeholder`);
    await expect(page.getByText('Association of Cabo Verdean migrants').first()).toBeVisible();
    await page.goto(`/w/${nextId}`);
    await page.getByTestId('cycle-origin').getByRole('link', { name: 'Open the previous cycle' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${workspace.id}$`));
  });
});
