import { describe, expect, it } from 'vitest';
import { CloseCode, FINAL_CLOSE_CODES, pauseAfterRateLimit } from './protocol.ts';

describe('after a rate limit', () => {
  it('is not final: the client connects again by itself', () => {
    expect(FINAL_CLOSE_CODES.has(CloseCode.rateLimited)).toBe(false);
  });

  it('waits 10 s, then twice as long each time in a row, never more than 160 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(pauseAfterRateLimit)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 160_000, 160_000]);
  });
});
