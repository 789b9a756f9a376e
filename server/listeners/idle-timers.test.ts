import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimers } from './idle-timers.ts';

describe('idle timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once per key when its burst of activity ends, never in the middle of it', () => {
    const fired: Array<{ key: string; at: number }> = [];
    const timers = createIdleTimers<string>(40, (key) => fired.push({ key, at: Date.now() }), () => Date.now());
    const start = Date.now();
    timers.touch('b');
    // "a" is touched every 5 ms for 120 ms: three times the idle time.
    for (let elapsed = 0; elapsed <= 120; elapsed += 5) {
      timers.touch('a');
      vi.advanceTimersByTime(5);
    }
    expect(fired).toEqual([{ key: 'b', at: start + 40 }]);
    vi.advanceTimersByTime(40);
    expect(fired).toEqual([
      { key: 'b', at: start + 40 },
      { key: 'a', at: start + 120 + 40 },
    ]);
    expect(timers.size).toBe(0);
  });

  it('forgets pending keys on clear, without firing them', () => {
    const fired: string[] = [];
    const timers = createIdleTimers<string>(10, (key) => fired.push(key), () => Date.now());
    timers.touch('a');
    timers.clear();
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([]);
    timers.touch('a');
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['a']);
  });
});
