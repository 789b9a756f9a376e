/**
 * What a page tells the service worker (client/src/service-worker/). `SKIP_WAITING` is the one
 * workbox-window's `messageSkipWaiting()` sends.
 */
export type WorkerMessage =
  /** The person accepted the update offered: the waiting worker takes over. */
  | { type: 'SKIP_WAITING' }
  /** Reads this page made before the worker controlled it, to keep for offline use. */
  | { type: 'remember'; urls: string[] }
  /** Signed out: drop what was kept for this person. */
  | { type: 'forget' };

/** A first page makes a dozen reads; anything beyond this is not a page's worth. */
export const MAX_REMEMBERED = 50;

export function readWorkerMessage(data: unknown): WorkerMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message['type'] === 'SKIP_WAITING' || message['type'] === 'forget') return { type: message['type'] };
  const urls = message['urls'];
  if (message['type'] === 'remember' && Array.isArray(urls)) {
    return { type: 'remember', urls: urls.filter((url): url is string => typeof url === 'string').slice(0, MAX_REMEMBERED) };
  }
  return null;
}
