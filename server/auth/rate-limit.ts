import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import { clientAddress } from '../http/client-address.ts';
import { HttpError } from '../http/errors.ts';

/**
 * Fixed-window attempt counters per key (an address, an account). In memory: limits protect
 * one server process against guessing; a restart forgets them, which is acceptable.
 */
export type RateLimiter = {
  /** Records an attempt; returns the seconds to wait if the key is over its limit. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** The configuration, so the administration page can show the limits in force. */
  readonly max: number;
  readonly windowMs: number;
};

export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    max: options.max,
    windowMs: options.windowMs,
    hit(key) {
      const time = now();
      let window = windows.get(key);
      if (!window || time - window.start >= options.windowMs) {
        // Forget expired windows as we go, so the map cannot grow without bound.
        if (windows.size > 10_000) {
          for (const [k, w] of windows) if (time - w.start >= options.windowMs) windows.delete(k);
        }
        window = { start: time, count: 0 };
        windows.set(key, window);
      }
      window.count++;
      if (window.count <= options.max) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.ceil((window.start + options.windowMs - time) / 1000) };
    },
  };
}

/** Counts an attempt against `limiter`, answering 429 with `Retry-After` when over the limit. */
export function throttle(limiter: RateLimiter, key: string): void {
  const result = limiter.hit(key);
  if (!result.allowed) {
    throw new HttpError(429, 'rate_limited', 'too many attempts: wait before trying again', undefined, result.retryAfterSeconds);
  }
}

/** A route's `before` check: counts each request, even a malformed one, against its client address. */
export const throttleClientAddress = (limiter: RateLimiter) => (c: Context) => throttle(limiter, addressKey(clientAddress(c)));

/**
 * The key an address is throttled under. One IPv6 host usually holds a whole /64 and can pick
 * any address in it, so IPv6 addresses count per /64; IPv4 addresses (also when written as
 * IPv4-mapped IPv6) count one by one.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = address.includes('::') ? [...headGroups, ...missing, ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Throttle key of one account tried from one address (emails are lower-cased by the schema). */
export const accountAddressKey = (email: string, address: string): string => `${email}\n${addressKey(address)}`;
