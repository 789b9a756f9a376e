import { describe, expect, it } from 'vitest';
import { addressKey, createRateLimiter, memoryAttemptCounter } from './rate-limit.ts';

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:aa:bb::1', '2001:db8:aa:bb::/64'],
    ['2001:0db8:00aa:00bb:1234:5678:9abc:def0', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});

describe('createRateLimiter', () => {
  it('allows `max` attempts per window, then says how long to wait', async () => {
    let time = 0;
    const limiter = createRateLimiter({ name: 'test', max: 2, windowMs: 10_000, counter: memoryAttemptCounter(), now: () => time });
    expect([await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('b')].every((r) => r.allowed)).toBe(true);
    time = 4_000;
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    time = 10_000;
    expect((await limiter.hit('a')).allowed).toBe(true);
  });
});
