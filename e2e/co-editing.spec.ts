import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { joinViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

test('two people co-edit one document and it is saved on the server', async ({ browser }, testInfo) => {
  const aminaContext = await browser.newContext();
  const brunoContext = await browser.newContext();
  const { doc, workspace } = await seedDocument(aminaContext, 'Amina Diallo', 'Stratégie nationale — co-édition');
  await joinViaApi(aminaContext, brunoContext, workspace.id, 'Bruno Costa', 'drafter');
  const freshContext = await browser.newContext();
  await joinViaApi(aminaContext, freshContext, workspace.id, 'Chloé Martin', 'drafter');
  try {
    const amina = await aminaContext.newPage();
    const bruno = await brunoContext.newPage();
    await EditorPage.prepare(amina);
    await EditorPage.prepare(bruno);
    const a = new EditorPage(amina);
    const b = new EditorPage(bruno);
    await a.open(doc.id);
    await b.open(doc.id);

    // Each sees the other in "who is here".
    await expect(a.presence.getByText('Bruno Costa', { exact: true })).toBeAttached();
    await expect(a.presence.getByText('Amina Diallo (you)', { exact: true })).toBeAttached();
    await expect(b.presence.getByText('Amina Diallo', { exact: true })).toBeAttached();
    await expect(b.presence.getByText('Bruno Costa (you)', { exact: true })).toBeAttached();
    await expect(b.presence.getByRole('listitem')).toHaveCount(2);

    await a.focusEnd();
    await amina.keyboard.type('Objectif général : une gouvernance partagée.');
    await expect.poll(() => b.text()).toContain('Objectif général : une gouvernance partagée.');

    await b.focusEnd();
    await bruno.keyboard.press('Enter');
    await bruno.keyboard.type('Specific objective: reliable migration data.');
    await expect.poll(() => a.text()).toContain('Specific objective: reliable migration data.');

    // Each sees the other's caret, labelled with their name, and not their own.
    await expect(a.caretLabel('Bruno Costa')).toBeVisible();
    await expect(b.caretLabel('Amina Diallo')).toBeVisible();
    await expect(a.caretLabel('Amina Diallo')).toHaveCount(0);

    // "Saved" means the server acknowledged the edits as durable.
    await expect(a.status).toHaveText('Saved');
    await expect(b.status).toHaveText('Saved');

    const shot = await amina.locator('body').screenshot({ path: testInfo.outputPath('co-editing.png') });
    await testInfo.attach('co-editing', { body: shot, contentType: 'image/png' });

    await amina.reload();
    await expect.poll(() => a.text()).toContain('Objectif général : une gouvernance partagée.');
    await expect.poll(() => a.text()).toContain('Specific objective: reliable migration data.');
  } finally {
    await aminaContext.close();
    await brunoContext.close();
  }

  // A fresh browser has no IndexedDB copy: the text must come from the server.
  try {
    const fresh = await freshContext.newPage();
    await EditorPage.prepare(fresh);
    const c = new EditorPage(fresh);
    await c.open(doc.id);
    await expect.poll(() => c.text()).toContain('Objectif général : une gouvernance partagée.');
    await expect.poll(() => c.text()).toContain('Specific objective: reliable migration data.');
  } finally {
    await freshContext.close();
  }
});

test('refused for a while by the server (too many changes at once), a person keeps typing and it reaches the others by itself', async ({ browser }, testInfo) => {
  const aminaContext = await browser.newContext();
  const brunoContext = await browser.newContext();
  const { doc, workspace } = await seedDocument(aminaContext, 'Amina Diallo', 'Paused then resumed');
  await joinViaApi(aminaContext, brunoContext, workspace.id, 'Bruno Costa', 'drafter');
  try {
    const amina = await aminaContext.newPage();
    const bruno = await brunoContext.newPage();
    await EditorPage.prepare(amina);
    await EditorPage.prepare(bruno);
    // Amina's sync connections go through here untouched, so that one can be closed as the
    // server closes a connection over its budget (4429); what follows is the app's own doing.
    const connections: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
    await amina.routeWebSocket(/\/collab\//, (page) => {
      connections.push({ page, server: page.connectToServer() });
    });
    const a = new EditorPage(amina);
    const b = new EditorPage(bruno);
    await a.open(doc.id);
    await b.open(doc.id);
    expect(connections).toHaveLength(1);

    const [first] = connections;
    await first?.server.close();
    await first?.page.close({ code: 4429, reason: 'too many messages: wait a moment' });
    await expect(a.status).toContainText('sending is paused for a moment and resumes by itself');
    await a.focusEnd();
    await amina.keyboard.type('Typed while paused.');
    expect(await b.text()).not.toContain('Typed while paused.');
    for (const width of [1280, 390]) {
      await amina.setViewportSize({ width, height: 844 });
      await expect(a.status).toBeInViewport();
      const shot = await amina.screenshot({ path: testInfo.outputPath(`paused-${width}.png`) });
      await testInfo.attach(`paused-${width}`, { body: shot, contentType: 'image/png' });
    }

    // No reload: after its pause (10 s the first time) the page connects again and sends it.
    await expect(a.status).toHaveText('Saved', { timeout: 30_000 });
    await expect.poll(() => b.text()).toContain('Typed while paused.');
    expect(connections).toHaveLength(2);
  } finally {
    await aminaContext.close();
    await brunoContext.close();
  }
});
