import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

/** Pastes plain text where the caret or selection is, as the clipboard would. */
async function pastePlainText(page: Page, editor: EditorPage, text: string): Promise<void> {
  await editor.body.evaluate((element, plain) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function selectBack(page: Page, characters: number): Promise<void> {
  for (let i = 0; i < characters; i++) await page.keyboard.press('Shift+ArrowLeft');
}

test('addresses become links when typed, pasted or set in the link form; others stay text', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Amina Diallo', 'Sources');
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.focusEnd();

  // Typed, then ended by a space; the full stop after it belongs to the sentence.
  await page.keyboard.type('Statistics: www.ine.cv. Not a link: javascript:alert(1) ');
  await expect(editor.body.locator('a')).toHaveCount(1);
  await expect(editor.body.locator('a[href="https://www.ine.cv"]')).toHaveText('www.ine.cv');

  // Pasted text keeps its addresses as links.
  await page.keyboard.press('Enter');
  await pastePlainText(page, editor, 'Report at https://gouv.cv/plan?year=2026 (draft)');
  await expect(editor.body.locator('a[href="https://gouv.cv/plan?year=2026"]')).toHaveText('https://gouv.cv/plan?year=2026');

  // An address pasted onto selected words links them.
  await page.keyboard.press('Enter');
  await page.keyboard.type('the budget');
  await selectBack(page, 'budget'.length);
  await pastePlainText(page, editor, 'https://mof.gov.cv/budget');
  await expect(editor.body.locator('a[href="https://mof.gov.cv/budget"]')).toHaveText('budget');

  // Typing after a link does not lengthen it.
  await page.keyboard.press('End');
  await page.keyboard.type(' and the census');
  await expect(editor.body.locator('a[href="https://mof.gov.cv/budget"]')).toHaveText('budget');

  // The toolbar's form: a bare domain gets https://, a refused scheme is said so.
  await selectBack(page, 'census'.length);
  await editor.button('Link').click();
  const address = page.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await address.fill('ine.cv/census');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(editor.body.locator('a[href="https://ine.cv/census"]')).toHaveText('census');

  // Removed from the form again, with the caret inside it.
  await editor.body.locator('a[href="https://ine.cv/census"]').click();
  await editor.button('Link').click();
  await page.getByRole('button', { name: 'Remove link' }).click();
  await expect(editor.body.locator('a[href="https://ine.cv/census"]')).toHaveCount(0);

  // The server keeps what the editor made.
  await expect(editor.status).toHaveText('Saved');
  await page.reload();
  await expect(editor.body.locator('a')).toHaveText(['www.ine.cv', 'https://gouv.cv/plan?year=2026', 'budget']);
});
