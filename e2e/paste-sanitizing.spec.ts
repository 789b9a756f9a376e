import { expect, test } from './support/fixtures.ts';
import { seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

const HOSTILE_HTML = [
  '<p>Before</p>',
  '<img src=x onerror="window.__pwned = 1; alert(1)">',
  '<script>window.__pwned = 2</script>',
  '<p><a href="javascript:window.__pwned=3">click me</a> and',
  ' <a href="https://example.org/safe">safe link</a>',
  ' <a href="JaVaScRiPt&#58;window.__pwned=4">sneaky</a></p>',
  '<p onclick="window.__pwned=5" style="color:red">After</p>',
  '<iframe src="javascript:window.__pwned=6"></iframe>',
].join('');

test('pasted HTML keeps its text but nothing executable', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Paster', 'Paste check');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.focusEnd();

  await editor.body.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE_HTML);

  await expect(editor.body).toContainText('Before');
  await expect(editor.body).toContainText('After');
  await expect(editor.body).toContainText('click me');
  await expect(editor.body.locator('a[href="https://example.org/safe"]')).toHaveText('safe link');

  const html = await editor.body.innerHTML();
  expect(html).not.toMatch(/<script|<img|<iframe/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/style="color/i);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // What reaches the server (and other users) is the same sanitized content.
  await expect(editor.status).toHaveText('Saved');
  await page.reload();
  await expect(editor.body).toContainText('After');
  expect(await editor.body.innerHTML()).not.toMatch(/javascript:|<script|\son[a-z]+=/i);
});
