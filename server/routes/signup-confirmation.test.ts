import { afterEach, describe, expect, it } from 'vitest';
import { adminEndpoints } from '../../shared/api/admin.ts';
import { authEndpoints } from '../../shared/api/auth.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { mailText, signUpConfirmed, waitForMail } from '../testing/mailbox.ts';
import { startSmtpSink } from '../testing/smtp-sink.ts';
import { startTestServer, waitFor } from '../testing/test-server.ts';

const PASSWORD = 'correct horse battery';
const CONFIRM_LINK = /(\S+\/confirm\/[A-Za-z0-9_-]{43})/;

describe('email confirmation of new accounts, when the server sends email', () => {
  let server: CadreServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  const start = async () => {
    sink = await startSmtpSink();
    server = await startTestServer({ smtpUrl: sink.url });
  };

  it('creates the account only once the emailed link is opened; until then sign-in says to confirm', async () => {
    await start();
    const newcomer = new ApiClient(server.url);
    const answer = await newcomer.request('POST', '/api/auth/signup', { email: 'ana@gov.example', password: PASSWORD, name: 'Ana' });
    expect([answer.status, answer.body, answer.headers.get('set-cookie')]).toEqual([202, { confirmationSent: true }, null]);
    expect((await new ApiClient(server.url).call(authEndpoints.signupPolicy, {})).emailConfirmation).toBe(true);

    const unconfirmed = await newcomer.request('POST', '/api/auth/login', { email: 'ana@gov.example', password: PASSWORD });
    expect([unconfirmed.status, unconfirmed.body.error?.code]).toEqual([403, 'email_unconfirmed']);
    const wrong = await newcomer.request('POST', '/api/auth/login', { email: 'ana@gov.example', password: 'not her password' });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'wrong_credentials']);

    const link = await waitForMail(sink, 'ana@gov.example', CONFIRM_LINK);
    expect(link).toMatch(new RegExp(`^${server.url}/confirm/`));
    const confirmed = await newcomer.call(authEndpoints.confirm, { body: { token: link.split('/confirm/')[1] ?? '' } });
    expect(confirmed.user).toMatchObject({ email: 'ana@gov.example', isAdmin: true });
    await newcomer.call(authEndpoints.me, {});
    const reused = await new ApiClient(server.url).request('POST', '/api/auth/confirm', { token: link.split('/confirm/')[1] });
    expect([reused.status, reused.body.error?.code]).toEqual([400, 'confirm_link_invalid']);
    await new ApiClient(server.url).call(authEndpoints.login, { body: { email: 'ana@gov.example', password: PASSWORD } });
  });

  it('answers a sign-up for a taken address exactly as for a new one, and tells the owner by email', async () => {
    await start();
    const owner = await signUpConfirmed(server.url, sink, 'Owner');
    sink.received.splice(0);

    const forTaken = await new ApiClient(server.url).request('POST', '/api/auth/signup', { email: owner.email, password: 'an attacker passphrase', name: 'X' });
    const forNew = await new ApiClient(server.url).request('POST', '/api/auth/signup', { email: 'new@example.org', password: 'an attacker passphrase', name: 'X' });
    expect([forTaken.status, forTaken.body]).toEqual([forNew.status, forNew.body]);
    expect([forTaken.headers.get('set-cookie'), forNew.headers.get('set-cookie')]).toEqual([null, null]);

    await waitFor(() => sink.received.length === 2, 'both emails');
    const notice = sink.received.find((m) => m.to.includes(`<${owner.email}>`));
    expect(mailText(notice?.data ?? '')).toContain('already has one');
    expect(mailText(notice?.data ?? '')).not.toMatch(/\/confirm\//);
    // Nothing changed for the owner: the old password still works, the attacker's does not.
    await new ApiClient(server.url).call(authEndpoints.login, { body: { email: owner.email, password: PASSWORD } });
    const attacker = await new ApiClient(server.url).request('POST', '/api/auth/login', { email: owner.email, password: 'an attacker passphrase' });
    expect(attacker.status).toBe(401);
  });

  it('applies the policy again at confirmation, and refuses expired links', async () => {
    await start();
    const admin = await signUpConfirmed(server.url, sink, 'Admin');
    await new ApiClient(server.url).call(authEndpoints.signUp, { body: { email: 'late@example.org', password: PASSWORD, name: 'Late' } }, 202);
    const link = await waitForMail(sink, 'late@example.org', CONFIRM_LINK);
    await admin.call(adminEndpoints.setSignupPolicy, { body: { mode: 'invite' } });
    const refused = await new ApiClient(server.url).request('POST', '/api/auth/confirm', { token: link.split('/confirm/')[1] });
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'signup_invitation_required']);

    await admin.call(adminEndpoints.setSignupPolicy, { body: { mode: 'open' } });
    await server.database.db.updateTable('pending_signups').set({ expires_at: Date.now() - 1 }).execute();
    const expired = await new ApiClient(server.url).request('POST', '/api/auth/confirm', { token: link.split('/confirm/')[1] });
    expect([expired.status, expired.body.error?.code]).toEqual([410, 'confirm_link_expired']);
  });

  it('limits sign-up emails per address to three an hour, for taken and new addresses alike', async () => {
    await start();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await new ApiClient(server.url).request('POST', '/api/auth/signup', { email: 'flood@example.org', password: PASSWORD, name: 'F' })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});
