/**
 * One timer per key that fires once the key has gone `idleMs` without activity. Marking
 * activity (`touch`) only stamps the time: a burst of a thousand keystrokes costs one timer,
 * not a thousand clear-and-set pairs. When the timer comes due while activity went on, it
 * re-arms for the time that remains.
 */
export function createIdleTimers<K>(idleMs: number, onIdle: (key: K) => void, now: () => number = () => performance.now()) {
  const entries = new Map<K, { lastAt: number; timer: NodeJS.Timeout }>();

  function arm(key: K, delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => due(key), Math.max(1, Math.ceil(delayMs)));
    timer.unref();
    return timer;
  }

  function due(key: K): void {
    const entry = entries.get(key);
    if (!entry) return;
    const remaining = entry.lastAt + idleMs - now();
    if (remaining > 0) {
      entry.timer = arm(key, remaining);
      return;
    }
    entries.delete(key);
    onIdle(key);
  }

  return {
    touch(key: K): void {
      const entry = entries.get(key);
      if (entry) entry.lastAt = now();
      else entries.set(key, { lastAt: now(), timer: arm(key, idleMs) });
    },
    get size(): number {
      return entries.size;
    },
    /** Forgets every key without firing. */
    clear(): void {
      for (const { timer } of entries.values()) clearTimeout(timer);
      entries.clear();
    },
  };
}
