import { describe, expect, it } from 'vitest';
import { resolveClientAddress } from './client-address.ts';

describe('resolveClientAddress', () => {
  const proxies = new Set(['10.0.0.2', '10.0.0.3']);

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1', proxies)).toBe('198.51.100.1');
  });

  it('takes the last hop no trusted proxy added, so a forged first hop changes nothing', () => {
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 198.51.100.1, 10.0.0.3', proxies)).toBe('198.51.100.1');
    expect(resolveClientAddress('10.0.0.2', 'not-an-address', proxies)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
  });
});
