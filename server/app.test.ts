import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CadreServer } from './server.ts';
import { startTestServer } from './testing/test-server.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('sends security headers: no referrer, a strict script policy, no framing', async () => {
  const response = await fetch(`${server.url}/api/health`);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
});
