import { expect, test } from './support/fixtures.ts';
import { createDocumentViaApi, signUpViaApi, uniqueEmail } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { WorkspacePage } from './support/workspace-page.ts';

test('a facilitator invites an expert and a drafter; roles decide who edits; removal cuts access at once', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const facilitatorContext = await browser.newContext();
  const expertContext = await browser.newContext();
  const drafterContext = await browser.newContext();
  const contexts = [facilitatorContext, expertContext, drafterContext];
  try {
    const facilitator = await facilitatorContext.newPage();
    const expert = await expertContext.newPage();
    const drafter = await drafterContext.newPage();
    for (const page of [facilitator, expert, drafter]) await EditorPage.prepare(page);
    await signUpViaApi(facilitatorContext, 'Maria Tavares');

    // The facilitator creates the workspace through the UI.
    await facilitator.goto('/');
    await facilitator.getByRole('button', { name: 'New workspace' }).click();
    const create = facilitator.getByRole('dialog', { name: 'Create a workspace' });
    await create.getByRole('textbox', { name: 'Title' }).fill('Politique nationale de la diaspora');
    await create.getByRole('textbox', { name: 'Lead institution' }).fill('Ministry of Foreign Affairs');
    await create.getByRole('textbox', { name: 'Mission' }).fill('Draft the national diaspora engagement policy with every ministry concerned.');
    await create.getByRole('checkbox', { name: 'Migration and development' }).check();
    await create.getByRole('button', { name: 'Create workspace' }).click();
    await expect(facilitator).toHaveURL(/\/w\/[A-Za-z0-9_-]{8,}$/);
    const workspaceId = facilitator.url().split('/w/')[1] ?? '';
    const home = new WorkspacePage(facilitator);

    // Institution registry: the lead institution is listed with the workspace; add one of its departments.
    await expect(facilitator.getByRole('combobox', { name: 'Part of' })).toContainText('Ministry of Foreign Affairs');
    await facilitator.getByRole('textbox', { name: 'Institution name' }).fill('Diaspora Affairs Department');
    await facilitator.getByRole('combobox', { name: 'Part of' }).selectOption({ label: 'Ministry of Foreign Affairs' });
    await facilitator.getByRole('button', { name: 'Add institution' }).click();
    await expect(facilitator.getByRole('region', { name: 'Diaspora Affairs Department' })).toBeVisible();

    const doc = await createDocumentViaApi(facilitatorContext, workspaceId, 'Diaspora policy — draft');

    const expertEmail = uniqueEmail('expert');
    const drafterEmail = uniqueEmail('drafter');
    const expertLink = await home.invite(expertEmail, 'Expert');
    await facilitator.getByTestId('invite-dialog').screenshot({ path: testInfo.outputPath('invite-dialog.png') });
    await home.closeDialog();
    const drafterLink = await home.invite(drafterEmail, 'Drafter', 'Ministry of Foreign Affairs › Diaspora Affairs Department');
    await home.closeDialog();
    await expect(facilitator.getByTestId('pending-invitation')).toHaveCount(2);

    // Each accepts through the link, creating their account on the invitation page.
    await new WorkspacePage(expert).acceptAsNewAccount(expertLink, 'Eamon Walsh');
    await new WorkspacePage(drafter).acceptAsNewAccount(drafterLink, 'Djeneba Keita');
    await expect(expert.getByTestId('own-role')).toHaveText('Expert');
    await expect(drafter.getByTestId('own-role')).toHaveText('Drafter');

    // The facilitator's home updates live: members grouped by institution, no pending invitation.
    await expect(home.memberRow(drafterEmail)).toBeVisible();
    await expect(facilitator.getByRole('region', { name: 'Diaspora Affairs Department' })).toContainText('Djeneba Keita');
    await expect(facilitator.getByTestId('pending-invitation')).toHaveCount(0);
    await facilitator.screenshot({ path: testInfo.outputPath('workspace-home.png'), fullPage: true });
    // Nothing may widen the page beyond the viewport (long institution names in selects).
    expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    // The expert sees no management controls: rendered from abilities.
    await expect(expert.getByRole('button', { name: 'Invite a member' })).toHaveCount(0);
    await expect(expert.getByRole('button', { name: 'Create document' })).toHaveCount(0);

    const drafterEditor = new EditorPage(drafter);
    const expertEditor = new EditorPage(expert);
    await drafterEditor.open(doc.id);
    await expertEditor.open(doc.id);
    await expect(expert.getByTestId('read-only-notice')).toHaveText('Read only — you can view this document but not edit it.');
    await expect(expertEditor.toolbar).toHaveCount(0);
    await expect(expertEditor.body).toHaveAttribute('contenteditable', 'false');

    await drafterEditor.focusEnd();
    await drafter.keyboard.type('The diaspora is a partner in national development.');
    await expect(expertEditor.body).toContainText('The diaspora is a partner in national development.');
    await expect(drafterEditor.status).toHaveText('Saved');

    // Typing in the expert's view changes nothing.
    await expertEditor.body.click();
    await expert.keyboard.type('expert text');
    await expect(expertEditor.body).not.toContainText('expert text');
    await expect(drafterEditor.body).not.toContainText('expert text');

    // The facilitator removes the drafter; the drafter's open editor loses access at once.
    await facilitator.goto(`/w/${workspaceId}`);
    await home.memberRow(drafterEmail).getByRole('button', { name: 'Remove Djeneba Keita' }).click();
    await facilitator.getByRole('dialog', { name: 'Remove Djeneba Keita?' }).getByRole('button', { name: 'Remove member' }).click();
    await expect(home.memberRow(drafterEmail)).toHaveCount(0);
    await expect(drafter.getByTestId('access-lost')).toHaveText('You no longer have access to this document.');
    await expect(drafterEditor.body).toHaveCount(0);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
