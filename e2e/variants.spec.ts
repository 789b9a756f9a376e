import { expect, test } from './support/fixtures.ts';
import { seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test('a variant is tailored from the national text and shows the parent’s later edit until reviewed', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  try {
    const { doc } = await seedDocument(context, 'Fatou Facilitator', 'National migration strategy');
    const page = await context.newPage();
    await EditorPage.prepare(page);
    const editor = new EditorPage(page);
    await editor.open(doc.id);
    await editor.focusEnd();
    await page.keyboard.type('Municipalities coordinate local integration services.');
    await expect(editor.status).toHaveText('Saved');

    await page.getByTestId('tailor-toggle').click();
    await page.getByLabel('Title of the variant').fill('Praia municipal action plan');
    await page.getByRole('button', { name: 'Create variant' }).click();
    await expect(page).not.toHaveURL(new RegExp(`/d/${doc.id}$`));
    const variantUrl = page.url();
    await expect(editor.body).toContainText('Municipalities coordinate local integration services.');
    await expect(page.getByTestId('parent-changes-summary')).toContainText('No changes in the national template');

    // The national text changes after tailoring.
    await page.getByRole('link', { name: 'Open the national template' }).click();
    await expect(editor.status).toHaveText('Saved');
    await editor.focusEnd();
    await page.keyboard.type(' Each island reports yearly.');
    await expect(editor.status).toHaveText('Saved');

    await page.goto(variantUrl);
    await expect(page.getByTestId('parent-changes-summary')).toContainText('changed in 1 section since');
    await page.getByTestId('parent-changes-toggle').click();
    const section = page.getByTestId('parent-change-section');
    await expect(section).toHaveCount(1);
    await expect(section.locator('ins')).toContainText('Each island reports yearly.');
    await page.screenshot({ path: testInfo.outputPath('variant-parent-changes.png'), fullPage: true });

    await page.getByTestId('parent-changes-review').click();
    await expect(page.getByTestId('parent-changes-summary')).toContainText('No changes in the national template');
  } finally {
    await context.close();
  }
});
