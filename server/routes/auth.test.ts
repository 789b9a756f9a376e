import { afterEach, describe, expect, it } from 'vitest';
import type { CadreServer } from '../server.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { startTestServer } from '../testing/test-server.ts';

const PASSWORD = 'correct horse battery';

describe('sessions, origin checks and rate limits', () => {
  let server: CadreServer;
  afterEach(() => server.close());

  it('rotates the session at sign-in: the previous cookie no longer works', async () => {
    server = await startTestServer();
    const client = await signUp(server.url);
    const before = client.cookie;
    await client.expect(200, 'POST', '/api/auth/login', { email: client.email, password: PASSWORD });
    expect(client.cookie).not.toBe(before);
    await client.expect(200, 'GET', '/api/me');
    const stale = new ApiClient(server.url);
    stale.cookie = before;
    expect((await stale.request('GET', '/api/me')).status).toBe(401);
  });

  it('refuses a state-changing request with a foreign Origin (403 bad_origin), changing nothing', async () => {
    server = await startTestServer();
    const client = await signUp(server.url);
    const forged = await client.request('POST', '/api/workspaces', { title: 'Forged' }, { origin: 'https://evil.example' });
    expect([forged.status, forged.body.error?.code]).toEqual([403, 'bad_origin']);
    const list = await client.expect<{ workspaces: unknown[] }>(200, 'GET', '/api/workspaces');
    expect(list.workspaces).toEqual([]);
  });

  it('limits sign-in attempts per account: 429 with Retry-After', async () => {
    server = await startTestServer();
    const victim = await signUp(server.url);
    const attacker = new ApiClient(server.url);
    const statuses: number[] = [];
    let last: Awaited<ReturnType<ApiClient['request']>> | undefined;
    for (let attempt = 0; attempt < 11; attempt++) {
      last = await attacker.request('POST', '/api/auth/login', { email: victim.email, password: `wrong guess ${attempt}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    expect(last?.body.error?.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits: the limit is per account.
    expect((await victim.request('POST', '/api/auth/login', { email: victim.email, password: PASSWORD })).status).toBe(429);
  });

  it('limits sign-up attempts per address', async () => {
    server = await startTestServer();
    const client = new ApiClient(server.url);
    const statuses: number[] = [];
    // Invalid bodies still count: the limit applies before any parsing.
    for (let attempt = 0; attempt < 31; attempt++) statuses.push((await client.request('POST', '/api/auth/signup', {})).status);
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('limits password reset requests per email (3 an hour) and per address, with Retry-After', async () => {
    server = await startTestServer();
    const client = new ApiClient(server.url);
    const perEmail: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      perEmail.push((await client.request('POST', '/api/auth/password-reset/request', { email: 'someone@example.org' })).status);
    }
    expect(perEmail).toEqual([202, 202, 202, 429]);

    const perAddress: Array<Awaited<ReturnType<ApiClient['request']>>> = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      perAddress.push(await client.request('POST', '/api/auth/password-reset/request', { email: `person${attempt}@example.org` }));
    }
    // 4 requests above + 6 here reach the limit of 10 per address; the 11th is refused.
    expect(perAddress.map((r) => r.status)).toEqual([202, 202, 202, 202, 202, 202, 429]);
    const refused = perAddress[6];
    expect(refused?.body.error?.code).toBe('rate_limited');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await client.request('POST', '/api/auth/password-reset', { token: 'x'.repeat(43), password: 'long enough password' })).status).toBe(429);
  });
});
