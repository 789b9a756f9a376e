import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { findTemplate, templateHeadings } from '../shared/templates/index.ts';
import { callViaApi, createWorkspaceViaApi, joinViaApi, seedDocument, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test('toolbar formats text, the outline lists headings and jumps to them', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Lucía Pérez', 'Formatting');
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.focusEnd();

  await page.keyboard.type('Context');
  await editor.button('Heading 1').click();
  await expect(editor.button('Heading 1')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 40; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('Objectives');
  await editor.button('Heading 2').click();
  await page.keyboard.press('Enter');

  await editor.button('Bold').click();
  await expect(editor.button('Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Essential');
  await expect(editor.body.locator('strong')).toHaveText('Essential');

  const outline = page.getByRole('navigation', { name: 'Document outline' });
  await expect(outline.getByRole('button')).toHaveText(['Context', 'Objectives']);
  await outline.getByRole('button', { name: 'Context' }).click();
  await expect(editor.body.locator('h1')).toBeInViewport();
  await expect(editor.button('Heading 1')).toHaveAttribute('aria-pressed', 'true');

  // Undo is the collaborative one: it removes this user's last change.
  await editor.focusEnd();
  await page.keyboard.press('Control+z');
  await expect(editor.body.locator('strong')).toHaveCount(0);
  await expect(editor.status).toHaveText('Saved');
});

test('on a busy page, letters typed right after Enter stay in the order typed', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Fast typist', 'Busy page');
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.focusEnd();
  const words = ['Context', 'Objectives', 'Measures', 'Budget'];
  await page.keyboard.type(words[0]!);
  for (const word of words.slice(1)) {
    // A long task holds the keys below in the queue; the browser then handles them before the
    // selectionchange of the caret that Enter placed (where Chromium misreported the caret).
    await page.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 300;
        while (performance.now() < end);
      });
    });
    await Promise.all([page.keyboard.press('Enter'), page.keyboard.type(word)]);
  }
  await expect.poll(() => editor.body.evaluate((body) => [...body.children].map((block) => block.textContent))).toEqual(words);
});

test('the text stays read-only, and says why, until the server tells what this person may do', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Slow answer', 'Access');
  await EditorPage.prepare(page);
  // The document's details (which carry this person's abilities) are held back until released.
  let release = (): void => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route(`**/api/documents/${doc.id}`, async (route) => {
    asked++;
    await released;
    await route.continue();
  });
  const editor = new EditorPage(page);
  await page.goto(`/d/${doc.id}`);
  await expect(editor.status).toHaveText('Saved');
  await expect(page.getByRole('status').filter({ hasText: 'Checking whether you may edit this document…' })).toBeVisible();
  await expect(editor.body).not.toBeEditable();
  await expect(editor.toolbar).toHaveCount(0);

  release();
  await expect(editor.button('Bold')).toBeVisible();
  await expect(page.getByText('Checking whether you may edit this document…')).toHaveCount(0);
  await editor.focusEnd();
  await page.keyboard.type('Typed once allowed');
  await expect(editor.body).toContainText('Typed once allowed');
  // The export and versions tools take the page's answer rather than ask again.
  await expect(page.getByRole('button', { name: 'Versions', exact: true })).toBeVisible();
  expect(asked).toBe(1);
});

test('offline edits are kept and saved when the connection returns', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Omar', 'Offline');
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.focusEnd();

  await context.setOffline(true);
  await page.keyboard.type('Written on a train');
  await expect(editor.status).toHaveText(/Saved on this device \(\d+\)/);
  await context.setOffline(false);
  await expect(editor.status).toHaveText('Saved');
  await page.reload();
  await expect(editor.body).toContainText('Written on a train');
});

test('the toolbar supports arrow-key navigation', async ({ page, context }) => {
  const { doc } = await seedDocument(context, 'Keyboard user', 'Keyboard');
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await editor.button('Normal text').focus();
  await page.keyboard.press('ArrowRight');
  await expect(editor.button('Heading 1')).toBeFocused();
  await page.keyboard.press('End');
  await expect(editor.button('Insert table')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.body.locator('table')).toBeVisible();
  await expect(editor.button('Add row below')).toBeVisible();
  await editor.button('Add row below').click();
  await expect(editor.body.locator('tr')).toHaveCount(4);
});

test('edits made while the server is unreachable survive closing the tab', async ({
  browser,
  context,
}) => {
  const { user, doc, workspace } = await seedDocument(context, 'Nadia', 'Unreachable');
  const cut = await context.newPage();
  await EditorPage.prepare(cut);
  // The socket opens but nothing answers: like a proxy that swallows the connection.
  await cut.routeWebSocket(/\/collab\//, () => {});
  const editor = new EditorPage(cut);
  await cut.goto(`/d/${doc.id}`);
  await editor.focusEnd();
  await cut.keyboard.type('Drafted without a connection');
  await expect(editor.status).toHaveText(/Saved on this device \(\d+\)/);
  // Wait until y-indexeddb has written the edit, then close the tab.
  await expect
    .poll(() =>
      cut.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const count = db.transaction('updates').objectStore('updates').count();
              count.onsuccess = () => {
                resolve(count.result);
                db.close();
              };
            };
          }),
        `cadre:${user.id}:${doc.id}`,
      ),
    )
    .toBeGreaterThan(1);
  await cut.close();

  const back = await context.newPage();
  const reopened = new EditorPage(back);
  await reopened.open(doc.id);
  await expect(reopened.body).toContainText('Drafted without a connection');
  await expect(reopened.status).toHaveText('Saved');

  const elsewhere = await browser.newContext();
  try {
    await joinViaApi(context, elsewhere, workspace.id, 'Nadia elsewhere', 'drafter');
    const other = new EditorPage(await elsewhere.newPage());
    await other.open(doc.id);
    await expect(other.body).toContainText('Drafted without a connection');
  } finally {
    await elsewhere.close();
  }
});

test('a first visit shows the document’s text before its sync socket has said anything, and only once when it has', async ({ context }) => {
  await signUpViaApi(context, 'Ines');
  const workspace = await createWorkspaceViaApi(context, 'Workspace of Ines');
  const doc = await callViaApi(context, contract.documents.create, {
    params: { id: workspace.id },
    body: { title: 'Municipal action plan', templateId: 'municipal-action-plan', templateLanguage: 'en' },
  });
  const template = findTemplate('municipal-action-plan');
  if (!template) throw new Error('no such template');
  const headings = templateHeadings(template, 'en');
  expect(headings.length).toBeGreaterThan(3);

  // The socket opens but nothing answers: the text can only have come over HTTP.
  const cut = await context.newPage();
  await EditorPage.prepare(cut);
  await cut.routeWebSocket(/\/collab\//, () => {});
  const silent = new EditorPage(cut);
  await cut.goto(`/d/${doc.id}`);
  await expect(silent.body.locator('h1, h2, h3')).toHaveText(headings);
  // Taken as the server's, not as changes of this browser's still to be sent.
  await expect(silent.status).toHaveText('Connecting…');
  await silent.focusEnd();
  await cut.keyboard.type('Added before any sync');
  await expect(silent.status).toHaveText(/Saved on this device \(\d+\)/);
  await cut.close();

  // With the socket answering, the kept copy and the server's merge: each heading once, the edit sent.
  const page = await context.newPage();
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(doc.id);
  await expect(editor.status).toHaveText('Saved');
  await expect(editor.body.locator('h1, h2, h3')).toHaveText(headings);
  await expect(editor.body).toContainText('Added before any sync');
});
