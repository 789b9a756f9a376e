import { afterEach, describe, expect, it } from 'vitest';
import { adminEndpoints } from '../../shared/api/admin.ts';
import { authEndpoints } from '../../shared/api/auth.ts';
import type { FieldIssues } from '../../shared/schemas/field-issues.ts';
import { createApp } from '../app.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { appClient } from '../testing/app-client.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

const PASSWORD = 'correct horse battery';
const fields = (body: { error?: { fields?: FieldIssues } }) => body.error?.fields;

describe('sign-up policy, chosen by the instance administrator', () => {
  let server: CadreServer;
  afterEach(() => server.close());

  const tryToSignUp = (email: string, password = PASSWORD) =>
    new ApiClient(server.url).request('POST', '/api/auth/signup', { email, password, name: 'Someone' });

  it('is open by default; the administrator switches to invitation only, and strangers are refused with a clear code', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url, 'First account');
    const member = await signUp(server.url, 'Second account');
    expect(await admin.call(adminEndpoints.signupPolicy, {})).toEqual({
      policy: { mode: 'open' },
      fixedByHost: false,
      envVariable: 'CADRE_SIGNUP',
      emailConfirmation: false,
    });
    const notAdmin = await member.request('PUT', '/api/admin/signup-policy', { mode: 'invite' });
    expect([notAdmin.status, notAdmin.body.error?.code]).toEqual([403, 'forbidden']);

    await admin.call(adminEndpoints.setSignupPolicy, { body: { mode: 'invite' } });
    expect(await new ApiClient(server.url).call(authEndpoints.signupPolicy, {})).toEqual({
      policy: { mode: 'invite' },
      emailConfirmation: false,
    });
    const stranger = await tryToSignUp('stranger@example.org');
    expect([stranger.status, stranger.body.error?.code]).toEqual([403, 'signup_invitation_required']);
    expect(stranger.headers.get('set-cookie')).toBeNull();

    // Someone with a pending invitation signs up, then accepts it.
    const workspace = await admin.call(contract.workspaces.create, { body: { title: 'Migration policy' } });
    const invitation = await admin.call(contract.invitations.create, { params: { id: workspace.id }, body: {
      email: 'Invited@Example.org',
      role: 'drafter',
    } });
    const invitee = new ApiClient(server.url);
    await invitee.call(authEndpoints.signUp, { body: { email: 'invited@example.org', password: PASSWORD, name: 'Invited' } }, 201);
    await invitee.expect(201, 'POST', `/api/invitations/${invitation.link.split('/invite/')[1]}/accept`);
    // A used invitation opens no door for a second account of the same address... nor a revoked one.
    const again = await admin.call(contract.invitations.create, { params: { id: workspace.id }, body: {
      email: 'revoked@example.org',
      role: 'expert',
    } });
    await admin.expect(204, 'DELETE', `/api/workspaces/${workspace.id}/invitations/${again.id}`);
    expect((await tryToSignUp('revoked@example.org')).body.error?.code).toBe('signup_invitation_required');
  });

  it('limits sign-up to listed domains and their subdomains; an invitation still opens the door', async () => {
    server = await startTestServer();
    const { facilitator: admin, workspaceId } = await seedWorkspace(server.url);
    const badDomains = await admin.request('PUT', '/api/admin/signup-policy', { mode: 'domains', domains: ['not a domain'] });
    expect([badDomains.status, Object.keys(fields(badDomains.body) ?? {})]).toEqual([400, ['domains.0']]);
    await admin.call(adminEndpoints.setSignupPolicy, { body: { mode: 'domains', domains: ['Gov.CV', 'gov.cv'] } });
    expect(await admin.call(adminEndpoints.signupPolicy, {})).toMatchObject({ policy: { mode: 'domains', domains: ['gov.cv'] } });

    expect((await tryToSignUp('ana@gov.cv')).status).toBe(201);
    expect((await tryToSignUp('rui@mj.gov.cv')).status).toBe(201);
    for (const email of ['eve@example.org', 'eve@evilgov.cv', 'eve@gov.cv.example.org']) {
      const refused = await tryToSignUp(email);
      expect([email, refused.status, refused.body.error?.code, Object.keys(fields(refused.body) ?? {})]).toEqual([
        email, 403, 'signup_domain_not_allowed', ['email'],
      ]);
    }
    await admin.expect(201, 'POST', `/api/workspaces/${workspaceId}/invitations`, { email: 'expert@un.example', role: 'expert' });
    expect((await tryToSignUp('expert@un.example')).status).toBe(201);
  });

  it('lets the host fix the policy (CADRE_SIGNUP); the first account is allowed whatever it says', async () => {
    server = await startTestServer({ signupPolicy: { mode: 'invite' } });
    expect(await new ApiClient(server.url).call(authEndpoints.signupPolicy, {})).toMatchObject({ policy: { mode: 'open' } });
    const first = new ApiClient(server.url);
    const created = await first.call(authEndpoints.signUp, { body: { email: 'first@example.org', password: PASSWORD, name: 'First' } }, 201);
    expect(created).toMatchObject({ user: { isAdmin: true }, abilities: { administerInstance: true } });
    expect((await tryToSignUp('second@example.org')).body.error?.code).toBe('signup_invitation_required');
    expect(await first.call(adminEndpoints.signupPolicy, {})).toMatchObject({ policy: { mode: 'invite' }, fixedByHost: true });
    const change = await first.request('PUT', '/api/admin/signup-policy', { mode: 'open' });
    expect([change.status, change.body.error?.code]).toEqual([409, 'policy_fixed_by_host']);
  });

  it('without email confirmation, answers a taken address with a generic refusal that names no field', async () => {
    server = await startTestServer();
    const existing = await signUp(server.url);
    const taken = await tryToSignUp(existing.email.toUpperCase(), 'another long passphrase');
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({
      error: {
        code: 'signup_not_possible',
        message: 'an account could not be created with these details: if you already have one, sign in or reset your password',
      },
    });
    expect(taken.headers.get('set-cookie')).toBeNull();
    // The existing account is untouched.
    await new ApiClient(server.url).call(authEndpoints.login, { body: { email: existing.email, password: PASSWORD } });
  });

  it('refuses common passwords (server list) and passwords made of the email address (shared schema)', async () => {
    server = await startTestServer();
    for (const password of ['qwertyuiop', 'Password2024!', 'Sunshine12345', 'aaaaaaaaaaaa']) {
      const refused = await tryToSignUp('maria.tavares@example.org', password);
      expect([password, refused.status, fields(refused.body)]).toEqual([
        password, 400, { password: [{ code: 'passwordCommon', message: 'this password is among the most common ones: choose another' }] },
      ]);
    }
    for (const password of ['MariaTavares-2026', 'my maria.tavares@example.org', 'x-maria_tavares-x']) {
      const refused = await tryToSignUp('maria.tavares@example.org', password);
      expect([password, refused.status, fields(refused.body)]).toEqual([
        password, 400, { password: [{ code: 'passwordPersonal', message: 'do not use your email address or its name part in your password' }] },
      ]);
    }
    expect((await tryToSignUp('maria.tavares@example.org', 'short')).status).toBe(400);
    expect((await tryToSignUp('maria.tavares@example.org', 'river lantern copper')).status).toBe(201);
  });

  it('builds invitation links from the configured origin, whatever Host or forwarding headers say', async () => {
    server = await startTestServer();
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    // A script holding the cookie (no Origin), with a Host of its choosing.
    const script = appClient(createApp(server.services), { address: '198.51.100.4', baseUrl: 'http://evil.example' });
    script.cookie = facilitator.cookie;
    const invitation = await script.request(
      'POST',
      `/api/workspaces/${workspaceId}/invitations`,
      { email: 'expert@gov.example', role: 'expert' },
      { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    );
    expect(invitation.status).toBe(201);
    expect(String(invitation.body.link)).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
  });
});
