import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import type { MatrixInput } from '../shared/schemas/matrices/index.ts';
import { callViaApi, createWorkspaceViaApi, inviteViaApi, joinViaApi, seedDocument, signUpViaApi, uniqueEmail } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

/**
 * Small truths on screen (issue #16, item 4): what the pages say matches what is so, in words
 * and shapes rather than colour alone, with no stray errors and no button left unstyled.
 */

type Locale = 'en' | 'fr';

/** The page speaks `locale` from its first load on. */
async function speak(page: Page, locale: Locale): Promise<void> {
  await page.addInitScript((chosen) => window.localStorage.setItem('cadre.locale', chosen), locale);
}

/** A screenshot of the whole page, or of the part `of` it shows, kept with the test's results. */
async function shot(page: Page, name: string, of?: (page: Page) => Locator): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  const body = of ? await of(page).screenshot({ path }) : await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** Screenshots of what `show` opens, in English, in French, and in French on a 390 px phone. */
async function shotsOf(context: BrowserContext, name: string, show: (page: Page) => Promise<void>, of?: (page: Page) => Locator): Promise<void> {
  for (const [locale, width] of [['en', 1280], ['fr', 1280], ['fr', 390]] as const) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 860 });
    await speak(page, locale);
    await show(page);
    await shot(page, `${name}-${locale}-${width}`, of);
    await page.close();
  }
}

/** Errors the page logs to the console or throws, from its first request on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Browsers draw an unstyled button with an outset border: no button of the page may have one. */
async function expectNoDefaultButtons(page: Page): Promise<void> {
  const unstyled = await page.locator('button:visible').evaluateAll((buttons) =>
    buttons.filter((b) => getComputedStyle(b).borderTopStyle === 'outset').map((b) => b.textContent?.trim() || b.getAttribute('aria-label')),
  );
  expect(unstyled).toEqual([]);
}

test('anonymous pages log no error to the console', async ({ browser }) => {
  const owner = await browser.newContext();
  const chair = await browser.newContext();
  const anonymous = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(owner, 'Olu Owner', 'Integration plan');
    const invitation = await inviteViaApi(owner, workspace.id, uniqueEmail('Guest'), 'drafter');
    // A public page needs a version validated by the chair.
    await joinViaApi(owner, chair, workspace.id, 'Chidi Chair', 'chair');
    const ladder = await callViaApi(chair, contract.validation.ladder, { params: { id: doc.id } });
    const signed = await callViaApi(chair, contract.validation.sign, { params: { id: doc.id, stepId: ladder.steps[0]?.id ?? '' }, body: { note: '' } });
    const versionId = signed.steps[0]?.signature?.versionId ?? '';
    const published = await callViaApi(owner, contract.publicLinks.publish, { params: { id: doc.id, versionId } });

    const pages: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
      { path: '/', ready: (page) => expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible() },
      {
        path: '/',
        ready: async (page) => {
          await page.getByRole('button', { name: 'Create an account' }).click();
          await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
        },
      },
      { path: `/invite/${invitation}`, ready: (page) => expect(page.getByTestId('invitation-summary')).toBeVisible() },
      { path: '/reset/0123456789abcdefghijklmnop', ready: (page) => expect(page.getByLabel('New password')).toBeVisible() },
      { path: new URL(published.url).pathname, ready: (page) => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible() },
    ];
    for (const { path, ready } of pages) {
      const page = await anonymous.newPage();
      await speak(page, 'en');
      const errors = consoleErrors(page);
      // The single-page app asks who is signed in; the published page is static and asks nothing.
      const probe = path.startsWith('/p/') ? null : page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session');
      await page.goto(path);
      if (probe) expect((await probe).status()).toBe(200);
      await ready(page);
      expect({ path, errors }).toEqual({ path, errors: [] });
      await page.close();
    }
  } finally {
    await Promise.all([owner.close(), chair.close(), anonymous.close()]);
  }
});

test('an unknown page or matrix says so in words, with a way back', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signUpViaApi(context, 'Nadia Nowhere');
    const workspace = await createWorkspaceViaApi(context, 'Lost and found');
    const page = await context.newPage();
    await speak(page, 'en');

    await page.goto('/nothing/here');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('There is nothing at this address.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to your workspaces', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Lost and found' })).toBeVisible();

    await page.goto(`/w/${workspace.id}/matrices/wishes`);
    await expect(page.getByText('There is no matrix called “wishes”.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the workspace' }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${workspace.id}$`));
    await expect(page.getByTestId('cycle-guide')).toBeVisible();

    await shotsOf(context, 'not-found-matrix', async (shown) => {
      await shown.goto(`/w/${workspace.id}/matrices/wishes`);
      await expect(shown.getByTestId('not-found')).toBeVisible();
    });
    await shotsOf(context, 'not-found-page', async (shown) => {
      await shown.goto('/nothing/here');
      await expect(shown.getByTestId('not-found')).toBeVisible();
    });
  } finally {
    await context.close();
  }
});

test('a stage passed with unmet criteria shows its reason on keyboard focus and hover; a completed one does not', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signUpViaApi(context, 'Sami Stages');
    const workspace = await createWorkspaceViaApi(context, 'Cycle truths');
    const params = { id: workspace.id };
    const reason = 'The minister asked to start the analysis before the roadmap is dated';
    await callViaApi(context, contract.cycle.advanceStage, { params, body: { to: 2, reason } });
    // Stage 2 is left with its criteria met: completed.
    const add = <K extends 'problem' | 'evidence'>(kind: K, data: MatrixInput<K>) =>
      callViaApi(context, contract.matrices.create, { params: { id: workspace.id, kind }, body: { data } });
    await add('problem', { statement: 'Municipalities have no common plan' });
    await add('evidence', { source: 'Census 2021', gaps: 'Nothing on emigration' });
    await callViaApi(context, contract.cycle.advanceStage, { params, body: { to: 3 } });

    const page = await context.newPage();
    await speak(page, 'en');
    await page.goto(`/w/${workspace.id}`);
    const stepper = page.getByRole('list', { name: 'Stages of the policy cycle' });
    const passed = stepper.getByRole('button', { name: 'Mandate and scoping (passed with exit criteria unmet)' });
    const completed = stepper.getByRole('button', { name: 'Problem identification (completed)' });
    await expect(completed).toBeVisible();
    await expect(completed).not.toHaveAttribute('aria-describedby');

    // Keyboard focus shows the reason and makes it the button's description; Escape hides it.
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeHidden();
    await completed.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(passed).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(`Reason given: ${reason}`);
    await expect(passed).toHaveAccessibleDescription(new RegExp(`^Passed with exit criteria unmet\\s*Reason given: ${reason}$`));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(passed).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(completed).toBeFocused();
    await expect(tip).toBeHidden();

    // Hovering shows it too; the stage's own page says which criteria were left unmet.
    await passed.hover();
    await expect(tip).toBeVisible();
    await passed.click();
    const note = page.getByTestId('passed-unmet-note');
    await expect(note).toContainText('with exit criteria unmet');
    await expect(note).toContainText(reason);
    await expect(note.getByRole('listitem')).toHaveText([
      'A lead institution and a mission statement are set',
      'The core group has members from at least 3 institutions',
      'The roadmap has milestones, all of them dated',
    ]);

    await shotsOf(context, 'stage-passed-unmet', async (shown) => {
      await shown.goto(`/w/${workspace.id}`);
      await shown.getByRole('list', { name: /Stages|Étapes/ }).getByRole('button').first().focus();
      await expect(shown.getByRole('tooltip')).toBeVisible();
    }, (shown) => shown.getByTestId('cycle-guide'));
    await shotsOf(context, 'stage-passed-unmet-note', async (shown) => {
      await shown.goto(`/w/${workspace.id}`);
      await shown.getByRole('list', { name: /Stages|Étapes/ }).getByRole('button').first().click();
      // The reason's box shows on focus: Escape puts it away to see the stage's own note.
      await shown.keyboard.press('Escape');
      await shown.mouse.move(0, 0);
      await expect(shown.getByTestId('passed-unmet-note')).toBeVisible();
    }, (shown) => shown.getByTestId('cycle-guide'));
  } finally {
    await context.close();
  }
});

test('the registry lists the lead institution, counted as represented; "Part of" resets after adding', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signUpViaApi(context, 'Lea Lead');
    const workspace = await createWorkspaceViaApi(context, 'Registry truths');
    const page = await context.newPage();
    await speak(page, 'en');
    await page.goto(`/w/${workspace.id}`);

    const registry = page.getByRole('region', { name: 'Institution registry' });
    await expect(registry.getByRole('listitem').filter({ hasText: 'Ministry of the Interior' })).toContainText('Lead institution');
    await expect(page.getByTestId('coverage')).toHaveText('Institutions represented in the core group, lead institution included: 1');

    const parent = registry.getByRole('combobox', { name: 'Part of' });
    await registry.getByRole('textbox', { name: 'Institution name' }).fill('Border police');
    await parent.selectOption({ label: 'Ministry of the Interior' });
    await registry.getByRole('button', { name: 'Add institution' }).click();
    // Listed under its ministry.
    await expect(registry.getByRole('listitem').filter({ hasText: 'Ministry of the Interior' }).getByRole('listitem')).toContainText('Border police');
    await expect(parent).toHaveValue('');
    await expect(registry.getByRole('textbox', { name: 'Institution name' })).toHaveValue('');
    await expectNoDefaultButtons(page);

    await shotsOf(context, 'workspace-home', async (shown) => {
      await shown.goto(`/w/${workspace.id}`);
      await expect(shown.getByTestId('coverage')).toBeVisible();
      await expect(shown.getByTestId('cycle-guide').getByRole('list').first()).toBeVisible();
    });
  } finally {
    await context.close();
  }
});

test('stakeholder chips on the grid show their position by shape and in words', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signUpViaApi(context, 'Gita Grid');
    const workspace = await createWorkspaceViaApi(context, 'Stakeholder truths');
    const stakeholders: Array<MatrixInput<'stakeholder'>> = [
      { name: 'Ministry of Finance', category: 'ministryAgency', influence: 5, interest: 4, position: 'opposed' },
      { name: 'Municipal councils', category: 'localAuthority', influence: 2, interest: 5, position: 'supportive' },
      { name: 'Chamber of commerce', category: 'privateSector', influence: 4, interest: 2, position: 'neutral' },
    ];
    for (const data of stakeholders) {
      await callViaApi(context, contract.matrices.create, { params: { id: workspace.id, kind: 'stakeholder' }, body: { data } });
    }
    const page = await context.newPage();
    await speak(page, 'en');
    await page.goto(`/w/${workspace.id}/matrices/stakeholder`);
    const grid = page.getByTestId('power-interest-grid');
    await expect(grid.getByRole('button', { name: 'Ministry of Finance, Opposed: influence 5, interest 4' })).toBeVisible();
    await expect(grid.getByRole('button', { name: 'Municipal councils, Supportive: influence 2, interest 5' })).toBeVisible();
    await expect(grid.getByRole('button', { name: 'Chamber of commerce, Neutral: influence 4, interest 2' })).toBeVisible();
    // The shapes are explained in words next to the grid.
    await expect(page.getByRole('list', { name: 'Position of each stakeholder' }).getByRole('listitem')).toHaveText(['Supportive', 'Neutral', 'Opposed']);
    await expectNoDefaultButtons(page);

    await shotsOf(context, 'stakeholder-grid', async (shown) => {
      await shown.goto(`/w/${workspace.id}/matrices/stakeholder`);
      await expect(shown.getByTestId('power-interest-grid').getByRole('button')).toHaveCount(3);
    });
  } finally {
    await context.close();
  }
});

test('every button has the product’s look: workspace settings, the review composer, the matrices', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(context, 'Bea Buttons', 'Styled plan');
    const page = await context.newPage();
    await EditorPage.prepare(page);
    await page.goto(`/w/${workspace.id}`);
    await expect(page.getByRole('button', { name: 'Edit settings' })).toHaveCSS('border-top-style', 'solid');
    await expectNoDefaultButtons(page);
    await page.goto(`/w/${workspace.id}/matrices/swot`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoDefaultButtons(page);

    const editor = new EditorPage(page);
    await editor.open(doc.id);
    await editor.focusEnd();
    await page.keyboard.type('Migrants have access to basic services.');
    await expect(editor.status).toHaveText('Saved');
    await page.keyboard.press('Shift+Home');
    const suggest = page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Suggest', exact: true });
    await expect(suggest).toHaveCSS('border-top-style', 'solid');
    await expectNoDefaultButtons(page);
    await shot(page, 'review-composer-en-1280');
  } finally {
    await context.close();
  }
});
