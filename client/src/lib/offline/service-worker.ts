import type { AppUpdate, UpdateChannel } from './app-update.svelte.ts';
import type { WorkerMessage } from './worker-messages.ts';

const WORKER_URL = '/sw.js';
// A tab stays open for days: look for a new version now and then, not only on navigation.
const UPDATE_CHECK_MS = 60 * 60 * 1000;
// How long reads still on their way when the worker took over are waited for (a slow link's
// answers take seconds; one that takes longer has failed).
const IN_FLIGHT_READS_MS = 60 * 1000;

/** Tells the worker that controls this tab, if any. */
export function postToWorker(message: WorkerMessage): void {
  if ('serviceWorker' in navigator) navigator.serviceWorker.controller?.postMessage(message);
}

/**
 * Registers the service worker of the production build (client/src/service-worker/), once the
 * page has loaded (Workbox waits for `load`; App waits for the first page's code, which comes
 * after): installing downloads the whole app, which must not compete with the page's own files
 * on a slow link. New versions are handed to `update`, which offers them.
 */
export async function startServiceWorker(update: AppUpdate): Promise<void> {
  if (!isProductionBuild() || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(WORKER_URL, { scope: '/' });
  let requested = false;
  const channel: UpdateChannel = {
    activate: () => {
      requested = true;
      workbox.messageSkipWaiting();
    },
    reload: () => window.location.reload(),
  };
  workbox.addEventListener('waiting', () => update.ready(channel));
  workbox.addEventListener('controlling', (event) => {
    // This tab asked for the new version: run its code.
    if (requested) window.location.reload();
    else if (event.isUpdate) update.appliedElsewhere(channel);
    // The first worker took this tab over: what the tab read before is kept now.
    else rememberReadsBeforeControl();
  });
  await workbox.register();
  setInterval(() => void workbox.update(), UPDATE_CHECK_MS);
}

/**
 * Vite writes `import.meta.env` into the build; the project does not load Vite's client types
 * (they would declare asset imports for every module), hence the local type. The development
 * server has no worker: pages would otherwise be served stale while their code is edited.
 */
function isProductionBuild(): boolean {
  return (import.meta as ImportMeta & { env?: { PROD?: boolean } }).env?.PROD === true;
}

/**
 * Sends the worker the API reads this tab made before it took the tab over, for it to keep:
 * those done, at once, and those still on their way, as each arrives. On a slow link the
 * worker often takes over while the page's first answers (the workspace, the document) are
 * still coming, and these never pass through it: without them the page would not open offline.
 */
function rememberReadsBeforeControl(): void {
  const controlledAt = performance.now();
  postToWorker({ type: 'remember', urls: apiReads(performance.getEntriesByType('resource')) });
  // A resource is listed once its answer has come: the observer sees those still on their way.
  const inFlight = new PerformanceObserver((list) => {
    const urls = apiReads(list.getEntries().filter((entry) => entry.startTime < controlledAt));
    if (urls.length > 0) postToWorker({ type: 'remember', urls });
  });
  inFlight.observe({ type: 'resource' });
  setTimeout(() => inFlight.disconnect(), IN_FLIGHT_READS_MS);
}

/** The API addresses among `entries` fetched by this tab (the worker keeps only the GET ones it may). */
function apiReads(entries: PerformanceEntryList): string[] {
  const urls = entries
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/api/'))
    .map((url) => url.pathname + url.search);
  return [...new Set(urls)];
}
