import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { isKeptAnswer, isKeptRead, mayChangeAccount, saysSignedOut } from './account-reads.ts';
import { scope, type ExtendableEvent } from './worker-scope.ts';

const CACHE = 'cadre-account-reads';
// Bounds what one browser holds: a few hundred answers cover the pages a person works in.
const expiration = new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 30, purgeOnQuotaError: true });

/**
 * Bumped each time the kept answers are dropped: an answer requested before (possibly with the
 * previous person's cookie) is then not kept when it arrives.
 */
let generation = 0;

export async function forgetAccount(): Promise<void> {
  generation++;
  await expiration.deleteCacheAndMetadata();
  // The plugin only deletes caches it used since the worker started.
  await caches.delete(CACHE);
}

const accountGuard: WorkboxPlugin = {
  requestWillFetch: async ({ request, state }) => {
    if (state) state['generation'] = generation;
    return request;
  },
  fetchDidSucceed: async ({ request, response }) => {
    if (await saysSignedOut(new URL(request.url), response)) await forgetAccount();
    return response;
  },
  cacheWillUpdate: async ({ response, state }) => (state?.['generation'] === generation && isKeptAnswer(response) ? response : null),
};

/**
 * Network first, so an online page always shows the server's current answer (and what the
 * person may do now); the kept answer only when the server cannot be reached. A link that
 * hangs falls back after a while rather than leaving the page blank.
 */
const reads = new NetworkFirst({ cacheName: CACHE, networkTimeoutSeconds: 10, plugins: [accountGuard, expiration] });

export function routeAccountReads(): void {
  const origin = scope.location.origin;
  registerRoute(({ url, request }) => isKeptRead(url, request.method, origin), reads);
  // Never kept, only watched: drop the kept answers before and after a change of account.
  registerRoute(
    ({ url, request }) => mayChangeAccount(url, request.method, origin),
    async ({ request }) => {
      await forgetAccount();
      try {
        return await fetch(request);
      } finally {
        await forgetAccount();
      }
    },
    'POST',
  );
}

/** Keeps the answers to reads a page made before this worker controlled it. */
export async function rememberReads(urls: readonly string[], event: ExtendableEvent): Promise<void> {
  const origin = scope.location.origin;
  const kept = urls.map((url) => new URL(url, origin)).filter((url) => isKeptRead(url, 'GET', origin));
  await Promise.all(kept.map((url) => reads.handle({ event, request: new Request(url, { credentials: 'same-origin' }) }).catch(() => undefined)));
}
