import { seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';

test('clicking inside commented text puts the caret where it was clicked', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { doc } = await seedDocument(context, 'Clara Clicker', 'Housing plan');
    const page = await context.newPage();
    await EditorPage.prepare(page);
    const editor = new EditorPage(page);
    await editor.open(doc.id);
    await editor.focusEnd();
    await page.keyboard.type('Housing first.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rents stay affordable everywhere.');
    await page.keyboard.press('Shift+Home');
    const panel = page.getByRole('region', { name: 'Review' });
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel.getByLabel(/Your comment/).fill('Which rents?');
    await panel.getByRole('button', { name: 'Post comment' }).click();
    const highlight = editor.body.locator('.review-mark');
    await expect(highlight).toHaveText('Rents stay affordable everywhere.');

    // Opened afresh, the editor's selection is the start of the document (the first heading of
    // a real draft): a click into the middle of "affordable" must not leave the caret there.
    await page.reload();
    await expect(highlight).toHaveText('Rents stay affordable everywhere.');
    const word = await highlight.evaluate((mark) => {
      const text = mark.firstChild;
      const at = text?.textContent?.indexOf('affordable') ?? -1;
      if (!text || at < 0) throw new Error('no text in the highlight');
      const range = document.createRange();
      range.setStart(text, at + 4);
      range.setEnd(text, at + 5);
      const box = range.getBoundingClientRect();
      return { x: box.left, y: box.top + box.height / 2 };
    });
    await page.mouse.click(word.x, word.y);
    await expect(panel.locator('.thread.active')).toHaveCount(1);
    await page.keyboard.type('X');
    await expect.poll(() => editor.text()).toContain('affoXrdable');
    expect(await editor.text()).toContain('Housing first.');
    // And again, once the thread is active: a second click elsewhere in it.
    await page.mouse.click(word.x, word.y);
    await page.keyboard.type('Y');
    await expect.poll(() => editor.text()).toMatch(/affo(YX|XY)rdable/);
    expect(await editor.text()).toContain('Housing first.');
  } finally {
    await context.close();
  }
});
