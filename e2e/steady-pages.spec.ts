import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { createDocumentViaApi, createWorkspaceViaApi, signUpViaApi } from './support/api.ts';
import { startOwnServer } from './support/own-server.ts';

// A page whose parts arrive one after the other moves what is under the pointer: a click meant for
// one button lands on another. These pages read their parts together and appear whole; Chromium's
// Layout Instability API reports every move not caused by input, with the elements moved.

/** Records, in every page of `context`, each element moved without input, as its ancestors' path. */
async function recordMoves(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
    const name = (element: Element) => `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList[0] ? `.${element.classList[0]}` : ''}`;
    const path = (node: Node | null) => {
      const names: string[] = [];
      for (let element = node instanceof Element ? node : (node?.parentElement ?? null); element; element = element.parentElement) names.unshift(name(element));
      return names.join(' > ');
    };
    const moves: string[] = [];
    Object.assign(window, { layoutMoves: moves });
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as Shift[]) {
        if (shift.hadRecentInput || shift.value < 0.001) continue;
        for (const source of shift.sources) moves.push(`${path(source.node)} (${Math.round(source.previousRect.y)} → ${Math.round(source.currentRect.y)})`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const movesIn = async (page: Page, region: string): Promise<string[]> =>
  (await page.evaluate(() => (window as unknown as { layoutMoves: string[] }).layoutMoves)).filter((move) => move.includes(region));

test('the workspace home and the document’s review panel appear whole', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'Sami Steady');
  const workspace = await createWorkspaceViaApi(context, 'Steady plan');
  const document = await createDocumentViaApi(context, workspace.id, 'Strategy');
  await recordMoves(context);

  const home = await context.newPage();
  // The cycle guide heads the main column: its answer is held until the page has drawn the
  // workspace's, the order that once moved everything below it by some 740 px.
  let releaseGuide = () => {};
  const guideHeld = new Promise<void>((resolve) => (releaseGuide = resolve));
  await home.route(`**/api/workspaces/${workspace.id}/cycle`, async (route) => {
    await guideHeld;
    await route.continue();
  });
  const workspaceRead = home.waitForResponse((response) => new URL(response.url()).pathname === `/api/workspaces/${workspace.id}`);
  await home.goto(`/w/${workspace.id}`);
  await workspaceRead;
  await home.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  releaseGuide();
  await expect(home.getByTestId('cycle-guide').getByRole('heading', { name: '1. Mandate and scoping' })).toBeVisible();
  await expect(home.getByTestId('document-row')).toHaveCount(1);
  expect(await movesIn(home, 'div.columns')).toEqual([]);

  const editor = await context.newPage();
  // The threads' answer, which says whether one may comment, is held until the text is shown:
  // meanwhile the panel says it is loading, neither a count nor a composer that would then grow.
  let releaseThreads = () => {};
  const threadsHeld = new Promise<void>((resolve) => (releaseThreads = resolve));
  await editor.route(`**/api/documents/${document.id}/threads`, async (route) => {
    await threadsHeld;
    await route.continue();
  });
  await editor.goto(`/d/${document.id}`);
  const review = editor.getByRole('region', { name: 'Review', exact: true });
  await expect(editor.getByRole('textbox', { name: 'Document text' })).toBeVisible();
  await expect(review.getByText('Loading…')).toBeVisible();
  await expect(review).not.toContainText('open');
  releaseThreads();
  await expect(review.getByText('0 open')).toBeVisible();
  await expect(review.getByRole('button', { name: 'Suggest', exact: true })).toBeVisible();
  await expect(review.getByRole('group', { name: 'Filter threads' })).toBeVisible();
  expect(await movesIn(editor, 'section.review')).toEqual([]);
  await context.close();
});

test.describe('the administration page', () => {
  let server: Awaited<ReturnType<typeof startOwnServer>>;
  test.beforeAll(async () => {
    server = await startOwnServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('appears whole once every section has its first answer', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.baseURL });
    await signUpViaApi(context, 'Amélia Administrator');
    await recordMoves(context);
    const page = await context.newPage();
    await page.goto('/admin');
    await expect(page.getByTestId('admin-user')).toHaveCount(1);
    await expect(page.locator('#limits table')).toBeVisible();
    expect(await movesIn(page, 'main#main.admin-page')).toEqual([]);
    await context.close();
  });
});
