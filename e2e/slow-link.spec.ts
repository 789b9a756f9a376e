import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { overSlowLink } from '../bench/lib/slow-link.ts';
import { seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

/**
 * Cadre over the link its users have (issue #11): 400 ms round trip, 400 kbit/s. The loading
 * skeleton shows from the first paint, the sign-in page does not download the editor, assets
 * come compressed and, once cached, are not downloaded again. Times are asserted only loosely,
 * to catch a page that no longer loads in reasonable time; `npm run bench:reach` measures them.
 */

const SHOTS = '/tmp/shots';
// Far above the targets (4 s and 6 s): a shared two-core machine must not make this flaky.
const COLD_LIMIT_MS = 30_000;
test.setTimeout(180_000);

/** `sent` and `done`: when its request left and its last byte came, as positions in one sequence of the page's network events. */
type Fetched = { path: string; status: number; bytes: number; encoding: string | undefined; sent: number; done: number };

/** A tab behind the slow link, in English, noting what it downloads from the server. */
async function slowTab(context: BrowserContext): Promise<{ page: Page; fetched: Fetched[] }> {
  const page = await context.newPage();
  await EditorPage.prepare(page);
  const cdp: CDPSession = await overSlowLink(context, page);
  let events = 0;
  const sent = new Map<string, number>();
  const responses = new Map<string, Omit<Fetched, 'bytes' | 'sent' | 'done'>>();
  const fetched: Fetched[] = [];
  // The status on the wire: DevTools reports a revalidated response (304) as the cached 200.
  const wireStatus = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', ({ requestId }) => sent.set(requestId, events++));
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => wireStatus.set(requestId, statusCode));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    responses.set(requestId, { path: new URL(response.url).pathname, status: response.status, encoding });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) fetched.push({ ...response, status: wireStatus.get(requestId) ?? response.status, bytes: encodedDataLength, sent: sent.get(requestId) ?? -1, done: events++ });
  });
  return { page, fetched };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const body = await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** Opens `path` and checks the loading skeleton is painted while the app's code is on its way. */
async function openWhileLoading(page: Page, path: string, shotName: string): Promise<number> {
  const started = Date.now();
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.locator('.boot__spinner')).toBeVisible();
  await shot(page, shotName);
  return started;
}

const assets = (fetched: Fetched[]) => fetched.filter((f) => f.path.startsWith('/assets/'));

/**
 * The scripts downloaded that hold zod (its error class's name survives minification): a
 * quarter of a page's script, which the pages leave to the forms' first check.
 */
const scriptsWithZod = (fetched: Fetched[]) =>
  assets(fetched)
    .filter((f) => f.path.endsWith('.js') && readFileSync(`dist/client${f.path}`, 'utf8').includes('ZodError'))
    .map((f) => f.path);

/** The first download whose path matches, or one that compares false with any position. */
const fetchOf = (fetched: Fetched[], pattern: RegExp) => fetched.find((f) => pattern.test(f.path)) ?? { sent: Number.NaN, done: Number.NaN };

test.use({ viewport: { width: 390, height: 844 } });

test('sign-in over a slow link: a skeleton at once, no editor code, compressed, then cached', async ({ browser }) => {
  const context = await browser.newContext();
  const cold = await slowTab(context);
  const started = await openWhileLoading(cold.page, '/', 'slow-sign-in-loading-390');
  await expect(cold.page.getByLabel('Email')).toBeEditable({ timeout: COLD_LIMIT_MS });
  expect(Date.now() - started).toBeLessThan(COLD_LIMIT_MS);
  await shot(cold.page, 'slow-sign-in-ready-390');

  const scripts = assets(cold.fetched).filter((f) => f.path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((f) => f.encoding === 'br'), JSON.stringify(scripts)).toBe(true);
  // Nobody was signed in on this browser, so the workspace list is not fetched alongside the form
  // it will not show.
  expect(scripts.map((f) => f.path).filter((p) => /EditorPage|MatrixPage|AdminPage|WorkspaceListPage/.test(p))).toEqual([]);
  // The editor engine once made the first script 600 KB, every language's texts once rode in it,
  // then the whole API contract, the home page's code, the English of every screen and zod: 55 KB
  // now on the wire (svelte, the sign-in's routes and texts, the live events), 15 % of room on
  // top. The target is 80 KB of script, gzip.
  expect(scripts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(64_000);
  expect(scriptsWithZod(cold.fetched)).toEqual([]);
  // The app's code is asked for by index.html itself, not once the first script has arrived.
  expect(fetchOf(cold.fetched, /^\/assets\/start-app-[\w-]+\.js$/).sent).toBeLessThan(fetchOf(cold.fetched, /^\/assets\/boot-[\w-]+\.js$/).done);

  const warm = await slowTab(context);
  const warmStarted = Date.now();
  await warm.page.goto('/', { waitUntil: 'commit' });
  await expect(warm.page.getByLabel('Email')).toBeEditable({ timeout: COLD_LIMIT_MS });
  const warmMs = Date.now() - warmStarted;
  // Hashed assets come from the cache without asking; only index.html is revalidated.
  expect(assets(warm.fetched).filter((f) => f.bytes > 0)).toEqual([]);
  // index.html is revalidated (304), or comes from the service worker without any request once
  // it is installed (it then reports no bytes received; e2e/offline.spec.ts covers the worker).
  expect(warm.fetched.filter((f) => f.path === '/').map((f) => f.status === 304 || f.bytes === 0)).toEqual([true]);
  expect(warmMs).toBeLessThan(Date.now() - started);
  await context.close();
});

test('a document over a slow link: a skeleton at once, then editable, cold and warm', async ({ browser }) => {
  const context = await browser.newContext();
  const { doc } = await seedDocument(context, 'Slow Link Sana', 'Draft over a slow link');

  const cold = await slowTab(context);
  const started = await openWhileLoading(cold.page, `/d/${doc.id}`, 'slow-document-loading-390');
  const editor = new EditorPage(cold.page);
  // Read-only until the document's content has arrived; keystrokes before that are refused.
  await expect(editor.body).toBeEditable({ timeout: COLD_LIMIT_MS });
  await editor.body.click();
  await cold.page.keyboard.type('Typed over a slow link');
  await expect(editor.body).toContainText('Typed over a slow link');
  const coldMs = Date.now() - started;
  expect(coldMs).toBeLessThan(COLD_LIMIT_MS);
  await expect(editor.status).toHaveText('Saved', { timeout: COLD_LIMIT_MS });
  await shot(cold.page, 'slow-document-ready-390');
  expect(assets(cold.fetched).filter((f) => f.path.endsWith('.js')).every((f) => f.encoding === 'br')).toBe(true);
  // The editor's code was asked for by the app's first script, not once the app had run and asked
  // who is signed in: on this link the page's code is most of the wait. Who is signed in and the
  // page's words were asked for by that script too, just after, and once.
  const editorCode = fetchOf(cold.fetched, /^\/assets\/EditorPage-[\w-]+\.js$/);
  const session = fetchOf(cold.fetched, /^\/api\/session$/);
  expect(editorCode.sent).toBeLessThan(session.sent);
  expect(session.sent).toBeLessThan(editorCode.done);
  expect(cold.fetched.filter((f) => f.path === '/api/session')).toHaveLength(1);
  expect(fetchOf(cold.fetched, /^\/assets\/en-[\w-]+\.js$/).sent).toBeLessThan(editorCode.done);
  // So were the document's details, which decide whether its text takes typing, and only once.
  expect(fetchOf(cold.fetched, /^\/api\/documents\/[\w-]+$/).sent).toBeLessThan(editorCode.done);
  expect(cold.fetched.filter((f) => f.path === `/api/documents/${doc.id}`)).toHaveLength(1);
  // Its text too, this browser having no copy of it yet: once, beside the editor's code.
  const content = cold.fetched.filter((f) => f.path === `/api/documents/${doc.id}/content`);
  expect(content).toHaveLength(1);
  expect(content[0]?.sent).toBeLessThan(editorCode.done);
  // The service worker, whose installation downloads the whole app, is not started before it
  // has arrived (its own requests are not on this emulated link, so the bench would not see them
  // compete; a person's link would).
  await expect.poll(() => fetchOf(cold.fetched, /^\/assets\/workbox-window[\w.-]*\.js$/).sent, { timeout: COLD_LIMIT_MS }).toBeGreaterThan(editorCode.done);
  // The document's page reads every message, but none of the cycle's, matrices' or templates' tables.
  expect(assets(cold.fetched).filter((f) => /\/tables-\w+-[\w-]+\.js$/.test(f.path))).toEqual([]);
  // Nor does the review panel, fetched after the text is editable: once it is drawn (in its
  // closed drawer at this width), every module it imports has arrived.
  await expect(cold.page.locator('#review-heading')).toBeAttached({ timeout: COLD_LIMIT_MS });
  expect(scriptsWithZod(cold.fetched)).toEqual([]);
  await cold.page.close();

  const warm = await slowTab(context);
  const warmStarted = Date.now();
  await warm.page.goto(`/d/${doc.id}`, { waitUntil: 'commit' });
  const again = new EditorPage(warm.page);
  await expect(again.body).toContainText('Typed over a slow link', { timeout: COLD_LIMIT_MS });
  await expect(again.body).toBeEditable();
  await again.body.click();
  await warm.page.keyboard.type(' again');
  await expect(again.body).toContainText('again');
  expect(assets(warm.fetched).filter((f) => f.bytes > 0)).toEqual([]);
  // The copy kept on the first visit is opened: the text is not downloaded again.
  expect(warm.fetched.filter((f) => f.path.endsWith('/content'))).toEqual([]);
  expect(Date.now() - warmStarted).toBeLessThan(coldMs);
  await context.close();
});
