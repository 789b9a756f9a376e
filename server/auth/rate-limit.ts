import { HttpError } from '../http/errors.ts';

/**
 * Fixed-window attempt counters per key (an address, an account). In memory: limits protect
 * one server process against guessing; a restart forgets them, which is acceptable.
 */
export type RateLimiter = {
  /** Records an attempt; returns the seconds to wait if the key is over its limit. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
};

export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
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
