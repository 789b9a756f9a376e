import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';
import { clientAddress } from '../http/client-address.ts';
import { HttpError } from '../http/errors.ts';

/**
 * Where attempts are counted: this process's memory, or Redis when several instances serve
 * the same users (`server/cluster/redis-attempts.ts`), so a limit holds across all of them.
 */
export type AttemptCounter = {
  /** Counts one attempt of `key` in the window starting at `windowStart`; returns the attempts so far. */
  count(key: string, windowStart: number, windowMs: number): Promise<number>;
};

/**
 * Fixed-window attempt limits per key (an address, an account). Windows are aligned on
 * multiples of their length, so every instance agrees on them.
 */
export type RateLimiter = {
  /** Records an attempt; returns the seconds to wait if the key is over its limit. */
  hit(key: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  /** The configuration, so the administration page can show the limits in force. */
  readonly max: number;
  readonly windowMs: number;
};

export type RateLimiterOptions = {
  /** Distinguishes limiters sharing one counter. */
  name: string;
  max: number;
  windowMs: number;
  counter: AttemptCounter;
  now?: () => number;
};

export function createRateLimiter({ name, max, windowMs, counter, now = Date.now }: RateLimiterOptions): RateLimiter {
  return {
    max,
    windowMs,
    async hit(key) {
      const time = now();
      const windowStart = time - (time % windowMs);
      const attempts = await counter.count(`${name}\n${key}`, windowStart, windowMs);
      if (attempts <= max) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000)) };
    },
  };
}

/** Counts in this process: a restart forgets them, which is acceptable for one instance. */
export function memoryAttemptCounter(): AttemptCounter {
  const windows = new Map<string, { windowStart: number; windowMs: number; attempts: number }>();
  return {
    async count(key, windowStart, windowMs) {
      const id = `${windowStart}\n${key}`;
      let window = windows.get(id);
      if (!window) {
        // Forget expired windows as we go, so the map cannot grow without bound.
        if (windows.size > 10_000) {
          for (const [k, w] of windows) if (w.windowStart + w.windowMs <= windowStart) windows.delete(k);
        }
        window = { windowStart, windowMs, attempts: 0 };
        windows.set(id, window);
      }
      return ++window.attempts;
    },
  };
}

/** Counts an attempt against `limiter`, answering 429 with `Retry-After` when over the limit. */
export async function throttle(limiter: RateLimiter, key: string): Promise<void> {
  const result = await limiter.hit(key);
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
