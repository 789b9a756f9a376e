import { isIP } from 'node:net';
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * The address a request comes from, for rate limits and logs. Forwarding headers are believed
 * only from the reverse proxies the host lists (`CADRE_TRUSTED_PROXIES`): behind one, the client
 * is the last `X-Forwarded-For` hop that is not itself a trusted proxy; anyone else could write
 * any address there.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trustedProxies: ReadonlySet<string>): string {
  if (!trustedProxies.has(peer) || !forwardedFor) return peer;
  const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] as string;
    if (!trustedProxies.has(hop)) return hop;
  }
  return peer;
}

/** The peer address of the connection, as Node.js reports it. */
export function peerAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The client's address, resolved once per request by the app's middleware. */
export const clientAddress = (c: Context<AppEnv>): string => c.get('clientAddress');
