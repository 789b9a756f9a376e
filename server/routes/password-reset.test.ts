import { afterEach, describe, expect, it } from 'vitest';
import { adminEndpoints } from '../../shared/api/admin.ts';
import { authEndpoints } from '../../shared/api/auth.ts';
import { passwordResetsEndpoints } from '../../shared/api/password-resets.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { createApp } from '../app.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { appClient } from '../testing/app-client.ts';
import { captureLogger } from '../testing/log-capture.ts';
import { openRawSocket } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';

const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset by one-time link', () => {
  let server: CadreServer;
  afterEach(() => server.close());

  const start = async () => {
    const logger = captureLogger();
    server = await startTestServer({ logger });
    return logger;
  };
  const linksLogged = (logger: ReturnType<typeof captureLogger>) =>
    logger.events.filter((e) => e.event === 'auth.password-reset-link').map((e) => String(e.link));

  it('answers 202 whether or not the account exists, and logs a link only for a real account (no SMTP)', async () => {
    const logger = await start();
    const admin = await signUp(server.url, 'Instance admin');
    const anonymous = new ApiClient(server.url);
    const unknown = await anonymous.request('POST', '/api/auth/password-reset/request', { email: 'nobody@example.org' });
    expect([unknown.status, unknown.body]).toEqual([202, null]);
    expect(linksLogged(logger)).toEqual([]);

    const known = await anonymous.request('POST', '/api/auth/password-reset/request', { email: admin.email });
    expect(known.status).toBe(202);
    const [link] = linksLogged(logger);
    expect(link).toMatch(new RegExp(`^${server.url}/reset/[A-Za-z0-9_-]{43}$`));
    // Only the hash is stored.
    const stored = await server.database.db.selectFrom('password_resets').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(link?.split('/').pop());
  });

  it('sends no link for a disabled account, and answers exactly as for any other address', async () => {
    const logger = await start();
    const admin = await signUp(server.url, 'Instance admin');
    const member = await signUp(server.url, 'Member');
    const { user } = await member.call(authEndpoints.me, {});
    await admin.call(adminEndpoints.updateUser, { params: { userId: user.id }, body: { disabled: true } });

    const answer = await new ApiClient(server.url).request('POST', '/api/auth/password-reset/request', { email: member.email });
    expect([answer.status, answer.body]).toEqual([202, null]);
    expect(linksLogged(logger)).toEqual([]);
  });

  it('builds the link from the configured origin, whatever Host and X-Forwarded-* headers say', async () => {
    const logger = await start();
    const admin = await signUp(server.url, 'Instance admin');
    // A script, not a browser: no Origin, and every header the attacker can write.
    const attacker = appClient(createApp(server.services), { address: '203.0.113.9', baseUrl: 'http://evil.example' });
    const answer = await attacker.request('POST', '/api/auth/password-reset/request', { email: admin.email }, {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      forwarded: 'host=evil.example;proto=https',
    });
    expect(answer.status).toBe(202);
    const [link] = linksLogged(logger);
    expect(link).toMatch(new RegExp(`^${server.url}/reset/[A-Za-z0-9_-]{43}$`));
    const listed = await admin.call(adminEndpoints.passwordResets, {});
    expect(listed.passwordResets[0]?.link).toBe(link);
  });

  it('refuses a common password or one made of the email address, without spending the link', async () => {
    const logger = await start();
    const user = await signUp(server.url);
    await new ApiClient(server.url).call(passwordResetsEndpoints.request, { body: { email: user.email } });
    const token = linksLogged(logger)[0]?.split('/').pop() ?? '';
    const resetter = new ApiClient(server.url);
    const localPart = user.email.split('@')[0] ?? '';
    for (const [password, code, message] of [
      ['Password2024!', 'passwordCommon', 'this password is among the most common ones: choose another'],
      [`My ${localPart} secret`, 'passwordPersonal', 'do not use your email address or its name part in your password'],
    ] as const) {
      const refused = await resetter.request('POST', '/api/auth/password-reset', { token, password });
      expect([refused.status, refused.body.error?.code]).toEqual([400, 'invalid_request']);
      expect(refused.body.error?.fields?.['password']).toEqual([{ code, message }]);
    }
    await resetter.call(passwordResetsEndpoints.reset, { body: { token, password: NEW_PASSWORD } });
  });

  it('shows pending links to the instance administrator only', async () => {
    await start();
    const admin = await signUp(server.url, 'Instance admin');
    const someone = await signUp(server.url, 'Someone');
    await new ApiClient(server.url).call(passwordResetsEndpoints.request, { body: { email: someone.email } });

    const listed = await admin.call(adminEndpoints.passwordResets, {});
    expect(listed.passwordResets).toHaveLength(1);
    expect(listed.passwordResets[0]).toMatchObject({ email: someone.email, name: 'Someone' });
    expect(listed.passwordResets[0]?.link).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);
    const minutes = (Date.parse(listed.passwordResets[0]?.expiresAt ?? '') - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);

    const refused = await someone.request('GET', '/api/admin/password-resets');
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'forbidden']);
    expect((await new ApiClient(server.url).request('GET', '/api/admin/password-resets')).status).toBe(401);
  });

  it('sets the password once, ends every session of the account and closes its sockets', async () => {
    const logger = await start();
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const otherDevice = new ApiClient(server.url);
    await otherDevice.call(authEndpoints.login, { body: { email: facilitator.email, password: 'correct horse battery' } });
    const socket = await openRawSocket(server.url, documentId, otherDevice.cookie);

    await new ApiClient(server.url).call(passwordResetsEndpoints.request, { body: { email: facilitator.email } });
    const token = linksLogged(logger)[0]?.split('/').pop() ?? '';
    const resetter = new ApiClient(server.url);
    await resetter.call(passwordResetsEndpoints.reset, { body: { token, password: NEW_PASSWORD } });

    expect((await socket.closed).code).toBe(CloseCode.unauthenticated);
    expect((await facilitator.request('GET', '/api/me')).status).toBe(401);
    expect((await otherDevice.request('GET', '/api/me')).status).toBe(401);
    const oldPassword = await resetter.request('POST', '/api/auth/login', { email: facilitator.email, password: 'correct horse battery' });
    expect(oldPassword.status).toBe(401);
    await resetter.call(authEndpoints.login, { body: { email: facilitator.email, password: NEW_PASSWORD } });

    const reuse = await resetter.request('POST', '/api/auth/password-reset', { token, password: 'yet another passphrase' });
    expect([reuse.status, reuse.body.error?.code]).toEqual([410, 'reset_link_used']);
    const admin = await resetter.call(adminEndpoints.passwordResets, {});
    expect(admin.passwordResets).toEqual([]);
  });

  it('refuses expired and unknown links, and bad bodies with per-field errors', async () => {
    const logger = await start();
    const user = await signUp(server.url);
    await new ApiClient(server.url).call(passwordResetsEndpoints.request, { body: { email: user.email } });
    const token = linksLogged(logger)[0]?.split('/').pop() ?? '';
    await server.database.db.updateTable('password_resets').set({ expires_at: Date.now() - 1 }).execute();
    const expired = await user.request('POST', '/api/auth/password-reset', { token, password: NEW_PASSWORD });
    expect([expired.status, expired.body.error?.code]).toEqual([410, 'reset_link_expired']);
    const unknown = await user.request('POST', '/api/auth/password-reset', { token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect([unknown.status, unknown.body.error?.code]).toEqual([400, 'reset_link_invalid']);

    const bad = await user.request('POST', '/api/auth/password-reset', { token: 'short', password: 'short' });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body.error as unknown as { fields: object }).fields).sort()).toEqual(['password', 'token']);
    const badEmail = await user.request('POST', '/api/auth/password-reset/request', { email: 'nope' });
    expect(badEmail.status).toBe(400);
    expect(Object.keys((badEmail.body.error as unknown as { fields: object }).fields)).toEqual(['email']);
    expect((await user.request('GET', '/api/me')).status).toBe(200);
  });
});
