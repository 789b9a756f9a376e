/**
 * Which API answers the service worker keeps so that pages visited before open offline, and
 * when it must forget them. Plain functions (no worker globals) so the rules are unit-tested.
 *
 * The kept answers are one person's: they are dropped whenever who is signed in may change or
 * has ended, so another account on the same browser never reads them.
 */

import { SESSION_PATH } from '../../../shared/api/early-paths.ts';

// Never kept: event streams (endless, and replaying old events would mislead), the probes of
// the server's health, and the administration, which is never needed offline.
const NEVER_KEPT = [/\/events$/, /^\/api\/(health|ready|openapi\.json)$/, /^\/api\/admin\//];

/** A read the page makes to render a page: GET on the API of this origin. */
export function isKeptRead(url: URL, method: string, origin: string): boolean {
  if (method !== 'GET' || url.origin !== origin || !url.pathname.startsWith('/api/')) return false;
  return !NEVER_KEPT.some((pattern) => pattern.test(url.pathname));
}

/**
 * A change that may sign someone in or out (sign-in, sign-up, sign-out, password reset): what
 * was kept for the previous person is dropped before and after it.
 */
export function mayChangeAccount(url: URL, method: string, origin: string): boolean {
  return method !== 'GET' && url.origin === origin && url.pathname.startsWith('/api/auth/');
}

/** Successful JSON and images only: not exports, files to download or failures. */
export function isKeptAnswer(response: Response): boolean {
  if (response.status !== 200) return false;
  const type = response.headers.get('content-type') ?? '';
  return type.startsWith('application/json') || type.startsWith('image/');
}

/** The server answered that nobody is signed in (the session probe's `{ user: null }`). */
export async function saysSignedOut(url: URL, response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  if (url.pathname !== SESSION_PATH || response.status !== 200) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return typeof body === 'object' && body !== null && (body as { user?: unknown }).user === null;
}
