import fs from 'node:fs';
import { contract } from '../shared/api/index.ts';
import { expect, test } from './support/fixtures.ts';
import { acceptViaApi, callViaApi, createWorkspaceViaApi, signUpViaApi, uniqueEmail } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

const OFFICE = 'Every municipality opens a support office for immigrants.';

test('a facilitator opens a round, a consultee comments on the published version, the inputs get dispositions and stage 5 is met', async ({ browser }, testInfo) => {
  const facilitatorContext = await browser.newContext();
  const consulteeContext = await browser.newContext();
  try {
    await signUpViaApi(facilitatorContext, 'Fatou Facilitator');
    const workspace = await createWorkspaceViaApi(facilitatorContext, 'Municipal integration plan');
    const doc = await callViaApi(facilitatorContext, contract.documents.create, {
      params: { id: workspace.id },
      body: { title: 'Municipal action plan', templateId: 'municipal-action-plan', templateLanguage: 'en' },
    });
    const facilitator = await facilitatorContext.newPage();
    await EditorPage.prepare(facilitator);
    const editor = new EditorPage(facilitator);
    await editor.open(doc.id);
    await editor.focusEnd();
    await facilitator.keyboard.type(OFFICE);
    await expect(editor.status).toHaveText('Saved');
    await callViaApi(facilitatorContext, contract.versions.create, { params: { id: doc.id }, body: { name: 'For consultation' } });

    // The facilitator opens the round on the named version.
    await facilitator.goto(`/w/${workspace.id}/consultation`);
    await facilitator.getByRole('button', { name: 'Open a round' }).click();
    await facilitator.getByLabel('Title').fill('Online consultation of associations');
    await facilitator.getByLabel('What do you ask the stakeholders?').fill('Is the plan realistic for your municipality?');
    await facilitator.getByRole('combobox', { name: /Municipal action plan/ }).selectOption({ label: 'For consultation' });
    await facilitator.getByRole('button', { name: 'Open the round' }).click();
    await expect(facilitator.getByRole('heading', { level: 1, name: 'Online consultation of associations' })).toBeVisible();

    // …and invites an association's representative, who sees only this round.
    const email = uniqueEmail('Nadia NGO');
    await facilitator.getByLabel('Email address').fill(email);
    await facilitator.getByRole('button', { name: 'Invite', exact: true }).click();
    const link = await facilitator.getByTestId('consultee-link').inputValue();
    await signUpViaApi(consulteeContext, 'Nadia NGO', email);
    await acceptViaApi(consulteeContext, link.split('/invite/')[1] ?? '');

    const consultee = await consulteeContext.newPage();
    await consultee.goto(`/w/${workspace.id}/consultation`);
    await expect(consultee.getByRole('heading', { level: 1, name: 'Online consultation of associations' })).toBeVisible();
    await expect(consultee.getByRole('heading', { name: 'What we ask you' })).toBeVisible();
    await expect(consultee.getByText('Is the plan realistic for your municipality?')).toBeVisible();

    // First input: on a passage, quoted from a selection in the published text.
    const section = consultee.locator('.section', { hasText: OFFICE });
    await section.getByText(OFFICE).selectText();
    await section.locator('xpath=following-sibling::button[1]').click();
    const form = consultee.locator('form.input-form');
    await form.getByRole('button', { name: 'Quote the selected words' }).click();
    await expect(form.getByLabel('Passage you comment on (optional)')).toHaveValue(OFFICE);
    await form.getByLabel('Your input').fill('Small islands share one office between two municipalities.');
    await form.getByRole('button', { name: 'Submit the input' }).click();
    await expect(form.getByRole('status')).toHaveText('Thank you: your input was received.');

    // Second input: on the first section as a whole.
    await consultee.getByRole('button', { name: /^Comment on this section/ }).first().click();
    const second = consultee.locator('form.input-form').first();
    await second.getByLabel('Your input').fill('Say who pays for the office after the first year.');
    await second.getByRole('button', { name: 'Submit the input' }).click();
    const yours = consultee.getByRole('region', { name: 'Your inputs' });
    await expect(yours.getByTestId('consultation-input')).toHaveCount(2);
    await consultee.screenshot({ path: testInfo.outputPath('consultee-round.png'), fullPage: true });
    await consultee.setViewportSize({ width: 390, height: 844 });
    await consultee.screenshot({ path: testInfo.outputPath('consultee-round-390.png'), fullPage: true });

    const criterion = async () =>
      (await callViaApi(facilitatorContext, contract.cycle.status, { params: { id: workspace.id } })).stages
        .find((s) => s.stage === 5)
        ?.criteria.find((c) => c.id === 'inputsDispositioned');
    expect(await criterion()).toMatchObject({ met: false, progress: { current: 2 } });

    // The facilitator sees both inputs live, awaiting dispositions, and gives each one.
    const inputs = facilitator.getByRole('region', { name: 'Inputs', exact: true }).getByTestId('consultation-input');
    await expect(inputs).toHaveCount(2);
    await expect(facilitator.getByText('2 awaiting a disposition')).toBeVisible();
    for (const [value, reason] of [['Accepted', 'The plan now allows one office for two municipalities.'], ['Deferred', 'Funding is settled in the national budget law.']] as const) {
      const card = inputs.filter({ hasText: 'Awaiting a disposition' }).first();
      await card.getByRole('button', { name: 'Record the disposition' }).click();
      await card.getByLabel(value, { exact: true }).check();
      await card.getByLabel('Reason').fill(reason);
      await card.getByRole('button', { name: 'Record the disposition' }).click();
      await expect(facilitator.getByText(reason)).toBeVisible();
    }
    await expect(facilitator.getByText('Every input has a disposition')).toBeVisible();
    expect(await criterion()).toMatchObject({ met: true, tracked: true });
    await facilitator.screenshot({ path: testInfo.outputPath('round-page.png'), fullPage: true });

    const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('link', { name: 'Report (Word)' }).click()]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    fs.copyFileSync(file, testInfo.outputPath('consultation-report.docx'));

    // On screen too: stage 5's checklist in the workspace's guide shows the criterion met.
    await facilitator.goto(`/w/${workspace.id}`);
    await facilitator.getByRole('button', { name: /^Drafting and consultation/ }).click();
    const met = facilitator.getByRole('listitem').filter({ hasText: 'Every consultation input has a disposition' });
    await expect(met.getByRole('img', { name: 'Met' })).toBeVisible();
  } finally {
    await facilitatorContext.close();
    await consulteeContext.close();
  }
});
