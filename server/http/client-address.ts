import type { Context } from 'hono';

/** The peer address of the connection; Cadre does not trust forwarding headers by default. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * The origin links in emails and invitation responses point at: the configured public origin,
 * else the origin the browser used (already checked by the origin guard), else the request URL's.
 */
export function linkOrigin(c: Context, publicOrigin: string | undefined): string {
  return publicOrigin ?? c.req.header('origin') ?? new URL(c.req.url).origin;
}
