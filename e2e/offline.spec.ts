import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { overSlowLink } from '../bench/lib/slow-link.ts';
import { contract } from '../shared/api/index.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, joinViaApi, PASSWORD, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * Offline work (issue #11): the service worker keeps the app and the answers pages were
 * rendered from, each document is kept in IndexedDB per person, and what was typed offline
 * reaches the others once the connection returns, also after a browser restart or a session
 * that ended meanwhile.
 */

const SHOTS = '/tmp/offline';
const SAVED_ON_DEVICE = /Saved on this device \(\d+\)/;
/** What the status says offline when nothing is waiting for the server. */
const OFFLINE_NOTHING_WAITING = 'Offline — your changes are kept';
const KEPT_ANSWERS = 'cadre-account-reads';
test.setTimeout(120_000);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The service worker's own requests fail, as the browser's would without a network. */
const refuseWorkerRequests = (route: Route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue());

/**
 * Cuts the network of `context`. `setOffline` alone leaves the service worker's requests
 * going through (Playwright applies it to pages only), so those are refused too.
 */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.route('**', refuseWorkerRequests);
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**', refuseWorkerRequests);
  await context.setOffline(false);
}

/**
 * Waits until the service worker controls the page and has kept the answers whose addresses
 * contain each of `fragments` (or match it, for a pattern): from then on the page can be opened
 * offline.
 */
async function waitUntilKept(page: Page, fragments: (string | RegExp)[]): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (cache) => {
          if (!navigator.serviceWorker.controller) return [];
          const kept = await (await caches.open(cache)).keys();
          return kept.map((request) => new URL(request.url).pathname);
        }, KEPT_ANSWERS),
      { timeout: 30_000 },
    )
    .toEqual(expect.arrayContaining(fragments.map((fragment) => (typeof fragment === 'string' ? expect.stringContaining(fragment) : expect.stringMatching(fragment)))));
}

/** Opens a document in a new tab of `context`, in English. */
async function openDocument(context: BrowserContext, documentId: string): Promise<EditorPage> {
  const page = await context.newPage();
  await EditorPage.prepare(page);
  const editor = new EditorPage(page);
  await editor.open(documentId);
  return editor;
}

/** A tab opened while offline: the page comes from the service worker, the text from IndexedDB. */
async function openOfflineTab(context: BrowserContext, documentId: string): Promise<EditorPage> {
  const page = await context.newPage();
  await EditorPage.prepare(page);
  await page.goto(`/d/${documentId}`);
  const editor = new EditorPage(page);
  await expect(editor.body).toBeEditable();
  return editor;
}

/** A member of the workspace in a browser of their own reads the document's text from the server. */
async function readByAnotherMember(owner: BrowserContext, workspaceId: string, documentId: string, name: string): Promise<string> {
  const elsewhere = await owner.browser()!.newContext();
  try {
    await joinViaApi(owner, elsewhere, workspaceId, name, 'drafter');
    const other = await openDocument(elsewhere, documentId);
    return await other.text();
  } finally {
    await elsewhere.close();
  }
}

/** The session ended: the document says so, the person signs in, and the page comes back. */
async function signInAgain(page: Page, email: string): Promise<void> {
  const ended = page.getByTestId('access-lost');
  const password = page.getByLabel('Password');
  await expect(ended.or(password)).toBeVisible();
  if (await ended.isVisible()) await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await expect(new EditorPage(page).body).toBeEditable();
}

test('a document visited before opens offline, editable; its tabs stay consistent; the text then reaches the others', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(context, 'Ama Mensah', 'Field notes');
    const editor = await openDocument(context, doc.id);
    await waitUntilKept(editor.page, ['/api/session', `/api/documents/${doc.id}`]);

    await goOffline(context);
    await editor.page.reload();
    await expect(editor.body).toBeEditable();
    // The copy reopened is the one the server has: nothing is waiting, no stray "(1)".
    await expect(editor.status).toHaveText(OFFLINE_NOTHING_WAITING);
    await editor.focusEnd();
    await editor.page.keyboard.type('Typed on the road.');
    await expect(editor.status).toHaveText(SAVED_ON_DEVICE);
    expect(await seriousViolations(editor.page)).toEqual([]);
    await shot(editor.page, 'document-offline');

    // A second tab on the same document, offline too: each sees what the other types.
    const second = await openOfflineTab(context, doc.id);
    await expect(second.body).toContainText('Typed on the road.');
    await second.focusEnd();
    await second.page.keyboard.type(' Added in another tab.');
    await expect(editor.body).toContainText('Added in another tab.');

    await goOnline(context);
    await expect(editor.status).toHaveText('Saved');
    await expect(second.status).toHaveText('Saved');
    expect(await readByAnotherMember(context, workspace.id, doc.id, 'Kwame Boateng')).toContain('Typed on the road. Added in another tab.');
  } finally {
    await context.close();
  }
});

test('after a browser restart, a document opens offline and what is typed reaches the others', async ({ browser, launchOptions, baseURL }) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'cadre-offline-profile-'));
  const launch = () => chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, viewport: { width: 1280, height: 860 } });
  // Only to seed the document and read it back as another member.
  const owner = await browser.newContext();
  try {
    const { user, workspace, doc } = await seedDocument(owner, 'Bintou Diallo', 'Restart');
    let profile = await launch();
    await profile.addCookies(await owner.cookies());
    const first = await openDocument(profile, doc.id);
    await waitUntilKept(first.page, ['/api/session', `/api/documents/${doc.id}`]);
    await profile.close();

    // A real restart: a new browser process on the same profile, which goes offline at once.
    profile = await launch();
    try {
      const page = profile.pages()[0] ?? (await profile.newPage());
      await EditorPage.prepare(page);
      // Wakes the service worker with a server page it lets through (no API call), so that it
      // runs before the network is cut: a worker starting after the cut may still reach it.
      await page.goto('/p/not-a-link');
      await expect.poll(() => profile.serviceWorkers().length).toBeGreaterThan(0);
      await goOffline(profile);
      await page.goto(`/d/${doc.id}`);
      const editor = new EditorPage(page);
      await expect(editor.body).toBeEditable();
      await expect(editor.status).toHaveText(OFFLINE_NOTHING_WAITING);
      await editor.focusEnd();
      await page.keyboard.type('Written after a restart.');
      await expect(editor.status).toHaveText(SAVED_ON_DEVICE);
      await shot(page, 'document-after-restart');

      // The session cookie does not outlive the browser: back online, the server asks who this
      // is; the edits wait in IndexedDB meanwhile and go out once signed in again.
      await goOnline(profile);
      await signInAgain(page, user.email);
      await expect(editor.status).toHaveText('Saved');
      await expect(editor.body).toContainText('Written after a restart.');
      expect(await readByAnotherMember(owner, workspace.id, doc.id, 'Seydou Traore')).toContain('Written after a restart.');
    } finally {
      await profile.close();
    }
  } finally {
    await owner.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a session that ended while offline loses nothing: signed in again, the edits are sent', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { user, workspace, doc } = await seedDocument(context, 'Chiara Rossi', 'Expired');
    const editor = await openDocument(context, doc.id);
    await goOffline(context);
    await editor.focusEnd();
    await editor.page.keyboard.type('Kept through a lost session.');
    await expect(editor.status).toHaveText(SAVED_ON_DEVICE);

    // The session ends on the server (signed out elsewhere); the browser still holds its cookie.
    const cookies = await context.cookies();
    await callViaApi(context, contract.auth.logout, {});
    await context.addCookies(cookies);

    await goOnline(context);
    await signInAgain(editor.page, user.email);
    await expect(editor.status).toHaveText('Saved');
    expect(await readByAnotherMember(context, workspace.id, doc.id, 'Luca Bianchi')).toContain('Kept through a lost session.');
  } finally {
    await context.close();
  }
});

test('a matrix visited before is readable offline, its changes disabled with the reason', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { workspace } = await seedDocument(context, 'Dembe Okello', 'Unused');
    await callViaApi(context, contract.matrices.create, {
      params: { id: workspace.id, kind: 'glossary' },
      body: { data: { term: 'Resilience', definition: 'Capacity to recover from shocks' } },
    });
    const page = await context.newPage();
    await EditorPage.prepare(page);
    await page.goto(`/w/${workspace.id}/matrices/glossary`);
    await expect(page.getByTestId('matrix-table')).toContainText('Resilience');
    const add = page.getByRole('button', { name: 'Add' });
    await expect(add).toBeVisible();
    await waitUntilKept(page, [`/api/workspaces/${workspace.id}/matrices/glossary`]);

    await goOffline(context);
    await page.reload();
    await expect(page.getByTestId('matrix-table')).toContainText('Capacity to recover from shocks');
    await expect(page.getByTestId('matrix-offline')).toContainText('You are offline');
    await expect(add).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit “Resilience”' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'matrix-offline-390');

    await goOnline(context);
    await expect(add).toBeVisible();
    await expect(page.getByTestId('matrix-offline')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a workspace first opened over a slow link opens offline afterwards', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { workspace } = await seedDocument(context, 'Ama Boateng', 'Unused');
    const page = await context.newPage();
    await EditorPage.prepare(page);
    // On this link the worker takes the tab over while the workspace's own answer is still on
    // its way: that answer never passes through it, and must be kept all the same.
    const link = await overSlowLink(context, page);
    await page.goto(`/w/${workspace.id}`);
    await expect(page.getByRole('heading', { level: 1, name: workspace.title })).toBeVisible({ timeout: 30_000 });
    await waitUntilKept(page, [new RegExp(`^/api/workspaces/${workspace.id}$`)]);
    await link.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await link.detach();

    await goOffline(context);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: workspace.title })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('signing out removes the copies and answers kept for that person', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { user, doc } = await seedDocument(context, 'Esi Owusu', 'Private');
    const editor = await openDocument(context, doc.id);
    await waitUntilKept(editor.page, [`/api/documents/${doc.id}`]);
    const page = editor.page;
    const copies = () => page.evaluate(async (prefix) => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.startsWith(prefix)), `cadre:${user.id}:`);
    expect(await copies()).toEqual([`cadre:${user.id}:${doc.id}`]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('Password')).toBeVisible();
    await expect.poll(copies).toEqual([]);
    // What the sign-in page reads (who may sign up) is nobody's: it alone may be kept.
    const kept = () => page.evaluate(async (cache) => (await (await caches.open(cache)).keys()).map((request) => new URL(request.url).pathname), KEPT_ANSWERS);
    await expect.poll(kept).toEqual(expect.not.arrayContaining([expect.stringMatching(/^\/api\/(session|documents|workspaces|notifications)/)]));
    expect((await kept()).filter((path) => path !== '/api/auth/signup-policy')).toEqual([]);
  } finally {
    await context.close();
  }
});
