/**
 * Cadre's service worker, built as its own bundle (scripts/service-worker.ts) and served as
 * /sw.js. It keeps the app's files (so every page opens offline) and, per person, the API
 * answers pages were rendered from (account-cache.ts). Documents themselves are kept by the
 * page in IndexedDB (lib/collab/), and never pass through here.
 *
 * A new version waits until the person accepts it (lib/offline/app-update.svelte.ts): it is
 * never forced on a page that may hold unsaved work.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { readWorkerMessage } from '../lib/offline/worker-messages.ts';
import { forgetAccount, rememberReads, routeAccountReads } from './account-cache.ts';
import { scope } from './worker-scope.ts';

/** The app's files, inlined by the build. */
declare const __CADRE_PRECACHE__: { url: string; revision: string | null }[];

precacheAndRoute(__CADRE_PRECACHE__);
cleanupOutdatedCaches();
// Every page of the app is index.html; the server's own pages and endpoints are not.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/collab\//, /^\/p\//, /^\/metrics/] }));
routeAccountReads();
// The first install takes the open pages at once, so the page that installed it works offline.
clientsClaim();

scope.addEventListener('message', (event) => {
  const message = readWorkerMessage(event.data);
  if (message?.type === 'SKIP_WAITING') event.waitUntil(scope.skipWaiting());
  else if (message?.type === 'forget') event.waitUntil(forgetAccount());
  else if (message?.type === 'remember') event.waitUntil(rememberReads(message.urls, event));
});
