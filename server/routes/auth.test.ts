import { afterEach, describe, expect, it } from 'vitest';
import { authEndpoints } from '../../shared/api/auth.ts';
import { createApp } from '../app.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { appClient } from '../testing/app-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

const PASSWORD = 'correct horse battery';

describe('sessions, origin checks and rate limits', () => {
  let server: CadreServer;
  afterEach(() => server.close());

  it('rotates the session at sign-in: the previous cookie no longer works', async () => {
    server = await startTestServer();
    const client = await signUp(server.url);
    const before = client.cookie;
    await client.call(authEndpoints.login, { body: { email: client.email, password: PASSWORD } });
    expect(client.cookie).not.toBe(before);
    await client.call(authEndpoints.me, {});
    const stale = new ApiClient(server.url);
    stale.cookie = before;
    expect((await stale.request('GET', '/api/me')).status).toBe(401);
  });

  it('answers the session probe without failing: nobody for an anonymous or ended session, the account once signed in', async () => {
    server = await startTestServer();
    const anonymous = new ApiClient(server.url);
    expect(await anonymous.call(authEndpoints.session, {})).toEqual({ user: null });
    const client = await signUp(server.url);
    const me = await client.call(authEndpoints.me, {});
    expect(await client.call(authEndpoints.session, {})).toEqual(me);
    const ended = client.cookie;
    await client.call(authEndpoints.logout, {});
    const stale = new ApiClient(server.url);
    stale.cookie = ended;
    expect(await stale.call(authEndpoints.session, {})).toEqual({ user: null });
    // `/api/me` keeps its contract: 401 without a session.
    expect((await stale.request('GET', '/api/me')).status).toBe(401);
  });

  it('refuses a state-changing request with a foreign Origin (403 bad_origin), changing nothing', async () => {
    server = await startTestServer();
    const client = await signUp(server.url);
    const forged = await client.request('POST', '/api/workspaces', { title: 'Forged' }, { origin: 'https://evil.example' });
    expect([forged.status, forged.body.error?.code]).toEqual([403, 'bad_origin']);
    const list = await client.call(contract.workspaces.list, {});
    expect(list.workspaces).toEqual([]);
  });

  it('refuses an Origin that differs from the public origin only by scheme or port', async () => {
    server = await startTestServer();
    const client = await signUp(server.url);
    const port = new URL(server.url).port;
    for (const origin of [`https://localhost:${port}`, `http://localhost:${Number(port) + 1}`, 'null']) {
      const forged = await client.request('POST', '/api/workspaces', { title: 'Forged' }, { origin });
      expect([origin, forged.status, forged.body.error?.code]).toEqual([origin, 403, 'bad_origin']);
    }
    expect((await client.call(contract.workspaces.list, {})).workspaces).toEqual([]);
    // The same origin written differently (upper case) is the same origin.
    await client.request('POST', '/api/workspaces', { title: 'Allowed' }, { origin: server.url.toUpperCase() }).then((r) => expect(r.status).toBe(201));
  });

  it('throttles sign-in per account and address: failures from one address never lock the owner out elsewhere', async () => {
    server = await startTestServer();
    const owner = await signUp(server.url);
    const app = createApp(server.services);
    const attacker = appClient(app, { address: '203.0.113.7', origin: server.url });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof attacker.request>> | undefined;
    for (let attempt = 0; attempt < 12; attempt++) {
      last = await attacker.request('POST', '/api/auth/login', { email: owner.email, password: `wrong guess ${attempt}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    expect(last?.body.error?.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits at the attacker's address...
    expect((await attacker.request('POST', '/api/auth/login', { email: owner.email, password: PASSWORD })).status).toBe(429);

    // ...but the owner, elsewhere, signs in at once.
    const ownerElsewhere = appClient(app, { address: '198.51.100.20', origin: server.url });
    const signedIn = await ownerElsewhere.request('POST', '/api/auth/login', { email: owner.email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    expect((await ownerElsewhere.request('GET', '/api/me')).status).toBe(200);
  });

  it('counts an IPv6 /64 as one address: rotating through it does not escape the per-address limit', async () => {
    server = await startTestServer();
    const owner = await signUp(server.url);
    const app = createApp(server.services);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const rotating = appClient(app, { address: `2001:db8:aa:bb::${(attempt + 1).toString(16)}`, origin: server.url });
      statuses.push((await rotating.request('POST', '/api/auth/login', { email: owner.email, password: `guess ${attempt}` })).status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    const otherNetwork = appClient(app, { address: '2001:db8:aa:cc::1', origin: server.url });
    expect((await otherNetwork.request('POST', '/api/auth/login', { email: owner.email, password: PASSWORD })).status).toBe(200);
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

  it('lets the host raise the per-address limit for a ministry behind one address', async () => {
    server = await startTestServer({ authAttemptsPerAddress: 40 });
    const client = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 41; attempt++) statuses.push((await client.request('POST', '/api/auth/signup', {})).status);
    expect(statuses.filter((status) => status === 400)).toHaveLength(40);
    expect(statuses[40]).toBe(429);
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
