import { describe, expect, it } from 'vitest';
import { latestLoad } from './latest-load.ts';

describe('latestLoad', () => {
  it('lets only the newest load count, and none after drop()', () => {
    const latest = latestLoad();
    const first = latest.begin();
    const second = latest.begin();
    expect([first(), second()]).toEqual([false, true]);
    latest.drop();
    expect(second()).toBe(false);
  });
});
