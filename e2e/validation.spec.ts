import fs from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { joinViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test('the chair signs two steps, the facilitator downloads the validated DOCX, an edit asks for re-validation', async ({ browser }, testInfo) => {
  const facilitatorContext = await browser.newContext();
  const chairContext = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(facilitatorContext, 'Fatou Facilitator', 'Diaspora engagement policy');
    await joinViaApi(facilitatorContext, chairContext, workspace.id, 'Charles Chair', 'chair');

    const facilitatorPage = await facilitatorContext.newPage();
    await EditorPage.prepare(facilitatorPage);
    const editor = new EditorPage(facilitatorPage);
    await editor.open(doc.id);
    await editor.focusEnd();
    await facilitatorPage.keyboard.type('The ministry will publish the plan in March.');
    await expect(editor.status).toHaveText('Saved');

    const chairPage = await chairContext.newPage();
    await EditorPage.prepare(chairPage);
    await chairPage.goto(`/w/${workspace.id}`);
    const ladder = chairPage.getByTestId('validation-ladder');
    const steps = ladder.getByTestId('ladder-step');
    await expect(steps).toHaveCount(5);
    await expect(ladder.getByTestId('ladder-standing')).toHaveText('Step 1 of 5: Core group');

    for (const [index, note] of [[0, 'Core group meeting, 3 March'], [1, 'Validation workshop minutes']] as const) {
      await steps.nth(index).getByRole('button', { name: 'Sign', exact: true }).click();
      await steps.nth(index).getByLabel('Meeting or decree reference').fill(note);
      await steps.nth(index).getByRole('button', { name: 'Sign and freeze this text' }).click();
      await expect(steps.nth(index)).toHaveAttribute('data-step-status', 'signed');
      await expect(steps.nth(index)).toContainText(note);
    }
    await expect(ladder.getByTestId('ladder-standing')).toHaveText('Step 3 of 5: Steering committee');
    await chairPage.screenshot({ path: testInfo.outputPath('ladder-signed.png'), fullPage: true });

    // The facilitator may not sign, and sees no sign button.
    const facilitatorHome = await facilitatorContext.newPage();
    await EditorPage.prepare(facilitatorHome);
    await facilitatorHome.goto(`/w/${workspace.id}`);
    await expect(facilitatorHome.getByTestId('ladder-step').first()).toHaveAttribute('data-step-status', 'signed');
    await expect(facilitatorHome.getByTestId('validation-ladder').getByRole('button', { name: 'Sign', exact: true })).toHaveCount(0);
    await facilitatorHome.close();

    await facilitatorPage.getByTestId('export-menu').click();
    const [download] = await Promise.all([facilitatorPage.waitForEvent('download'), facilitatorPage.locator('a[data-format="docx"]').click()]);
    expect(download.suggestedFilename()).toBe('diaspora-engagement-policy.docx');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    await facilitatorPage.getByTestId('versions-toggle').click();
    const panel = facilitatorPage.getByTestId('versions-panel');
    await expect(panel.getByTestId('version-item')).toHaveCount(2);
    await facilitatorPage.screenshot({ path: testInfo.outputPath('versions-panel.png') });

    await editor.focusEnd();
    await facilitatorPage.keyboard.type(' Adopted in June.');
    await expect(editor.status).toHaveText('Saved');
    await panel.getByRole('button', { name: 'Compare “Validation workshop” with the current draft' }).click();
    await expect(panel.getByTestId('version-diff').locator('ins')).toHaveText(['Adopted in June.']);
    await facilitatorPage.screenshot({ path: testInfo.outputPath('versions-compare.png') });

    // No reload: the ladder hears that the text changed and refreshes itself.
    await expect(steps.nth(0)).toHaveAttribute('data-step-status', 'needsRevalidation');
    await expect(steps.nth(1)).toHaveAttribute('data-step-status', 'needsRevalidation');
    await expect(ladder.getByTestId('ladder-standing')).toHaveText('Step 1 of 5: Core group');
    await steps.nth(0).getByRole('button', { name: 'Show changes since signature' }).click();
    await expect(steps.nth(0).locator('ins')).toContainText(['Adopted in June.']);
    await expect(steps.nth(0).getByRole('button', { name: 'Re-sign' })).toBeVisible();
    await chairPage.screenshot({ path: testInfo.outputPath('ladder-revalidation.png'), fullPage: true });
  } finally {
    await facilitatorContext.close();
    await chairContext.close();
  }
});
