import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationsEndpoints } from '../../shared/api/invitations.ts';
import { membersEndpoints } from '../../shared/api/members.ts';
import { workspacesEndpoints } from '../../shared/api/workspaces.ts';
import type { RequestOf } from '../../shared/api/endpoint.ts';
import type { CreatedInvitation } from '../../shared/schemas/invitations.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

const tokenOf = (invitation: CreatedInvitation): string => invitation.link.split('/invite/')[1] ?? '';

describe('invitations', () => {
  let server: CadreServer;
  let facilitator: ApiClient;
  let workspaceId: string;
  const invite = (body: RequestOf<typeof invitationsEndpoints.create>['body']) =>
    facilitator.call(invitationsEndpoints.create, { params: { id: workspaceId }, body }, 201);
  const detail = (client: ApiClient) => client.call(workspacesEndpoints.get, { params: { id: workspaceId } });
  const pending = async () => (await facilitator.call(invitationsEndpoints.listPending, { params: { id: workspaceId } })).invitations;
  const accept = (client: ApiClient, invitation: CreatedInvitation) =>
    client.call(invitationsEndpoints.accept, { params: { token: tokenOf(invitation) } }, 201);

  beforeAll(async () => {
    server = await startTestServer();
    ({ facilitator, workspaceId } = await seedWorkspace(server.url));
  });
  afterAll(() => server.close());

  it('creates a single-use link, previews it without sign-in, and accepting makes a member', async () => {
    const invitee = await signUp(server.url, 'Ines Invitee');
    const created = await invite({ email: invitee.email.toUpperCase(), role: 'expert' });
    expect(created).toMatchObject({ email: invitee.email, role: 'expert' });
    expect(created.link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
    const days = (Date.parse(created.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    expect((await pending()).map((i) => i.id)).toContain(created.id);

    const anonymous = await fetch(`${server.url}/api/invitations/${tokenOf(created)}`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({
      workspaceTitle: 'Migration policy',
      email: invitee.email,
      role: 'expert',
      invitedBy: 'Fatou Facilitator',
      expiresAt: created.expiresAt,
      roundTitle: null,
    });

    const accepted = await accept(invitee, created);
    expect(accepted.workspaceId).toBe(workspaceId);
    expect(accepted.membership.role).toBe('expert');
    expect(accepted.abilities).toMatchObject({ read: true, edit: false, comment: true });
    expect((await detail(invitee)).abilities.edit).toBe(false);

    // Used once: the link is spent, and the invitation is no longer pending.
    const again = await invitee.request('POST', `/api/invitations/${tokenOf(created)}/accept`);
    expect([again.status, again.body.error?.code]).toEqual([410, 'invitation_used']);
    const preview = await invitee.request('GET', `/api/invitations/${tokenOf(created)}`);
    expect([preview.status, preview.body.error?.code]).toEqual([410, 'invitation_used']);
    expect((await pending()).map((i) => i.id)).not.toContain(created.id);
  });

  it('refuses an account with another email (403 invitation_wrong_email), and a signed-out caller (401)', async () => {
    const intended = await signUp(server.url);
    const other = await signUp(server.url);
    const created = await invite({ email: intended.email, role: 'drafter' });
    const wrong = await other.request('POST', `/api/invitations/${tokenOf(created)}/accept`);
    expect([wrong.status, wrong.body.error?.code]).toEqual([403, 'invitation_wrong_email']);
    const anonymous = await fetch(`${server.url}/api/invitations/${tokenOf(created)}/accept`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect((await detail(facilitator)).members.some((m) => m.userId === other.email)).toBe(false);
    await accept(intended, created);
  });

  it('expires after seven days (410 invitation_expired)', async () => {
    const invitee = await signUp(server.url);
    const created = await invite({ email: invitee.email, role: 'observer' });
    await server.database.db.updateTable('invitations').set({ expires_at: Date.now() - 1 }).where('id', '=', created.id).execute();
    const preview = await invitee.request('GET', `/api/invitations/${tokenOf(created)}`);
    expect([preview.status, preview.body.error?.code]).toEqual([410, 'invitation_expired']);
    const accept = await invitee.request('POST', `/api/invitations/${tokenOf(created)}/accept`);
    expect([accept.status, accept.body.error?.code]).toEqual([410, 'invitation_expired']);
  });

  it('can be revoked (410 invitation_revoked); re-inviting the same email revokes the older link', async () => {
    const invitee = await signUp(server.url);
    const first = await invite({ email: invitee.email, role: 'observer' });
    const second = await invite({ email: invitee.email, role: 'drafter' });
    const stale = await invitee.request('GET', `/api/invitations/${tokenOf(first)}`);
    expect([stale.status, stale.body.error?.code]).toEqual([410, 'invitation_revoked']);

    await facilitator.call(invitationsEndpoints.revoke, { params: { id: workspaceId, invitationId: second.id } });
    const accept = await invitee.request('POST', `/api/invitations/${tokenOf(second)}/accept`);
    expect([accept.status, accept.body.error?.code]).toEqual([410, 'invitation_revoked']);
    expect((await facilitator.request('DELETE', `/api/workspaces/${workspaceId}/invitations/${second.id}`)).status).toBe(404);
  });

  it('answers unknown links with 404 invitation_not_found', async () => {
    const response = await facilitator.request('GET', `/api/invitations/${'x'.repeat(43)}`);
    expect([response.status, response.body.error?.code]).toEqual([404, 'invitation_not_found']);
  });

  it('hands a role over: the old membership ends, linked to the new one', async () => {
    const leaving = await addMember(server, workspaceId, 'chair', 'Outgoing chair');
    const successor = await signUp(server.url, 'New chair');
    const created = await invite({ email: successor.email, role: 'chair', handoverFromMemberId: leaving.memberId });
    const accepted = await accept(successor, created);

    const members = (await detail(facilitator)).members;
    expect(members.find((m) => m.id === accepted.membership.id)?.role).toBe('chair');
    expect(members.some((m) => m.id === leaving.memberId)).toBe(false);
    const ended = await server.database.db
      .selectFrom('memberships')
      .select(['ended_at', 'handed_over_to'])
      .where('id', '=', leaving.memberId)
      .executeTakeFirstOrThrow();
    expect(ended.ended_at).not.toBeNull();
    expect(ended.handed_over_to).toBe(accepted.membership.id);
    expect((await leaving.client.request('GET', `/api/workspaces/${workspaceId}`)).status).toBe(404);
  });

  it('answers bad bodies with 400 and per-field errors, creating nothing', async () => {
    const path = `/api/workspaces/${workspaceId}/invitations`;
    const before = await pending();
    const bad = await facilitator.request('POST', path, { email: 'not-an-email', role: 'king', extra: 1 });
    expect(bad.status).toBe(400);
    const fields = (bad.body.error as unknown as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual(['_', 'email', 'role']);
    const ghost = await facilitator.request('POST', path, { email: 'a@example.org', role: 'drafter', institutionId: 'AAAAAAAAAAAAAAAA' });
    expect(ghost.status).toBe(400);
    expect(Object.keys((ghost.body.error as unknown as { fields: object }).fields)).toEqual(['institutionId']);
    const notJson = await facilitator.request('POST', path, undefined, { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(await pending()).toEqual(before);
  });
});

describe('members: role changes, removal and the last lead', () => {
  let server: CadreServer;
  let facilitator: ApiClient;
  let workspaceId: string;
  const memberPath = (id: string) => `/api/workspaces/${workspaceId}/members/${id}`;
  const params = (memberId: string) => ({ id: workspaceId, memberId });

  beforeAll(async () => {
    server = await startTestServer();
    ({ facilitator, workspaceId } = await seedWorkspace(server.url));
  });
  afterAll(() => server.close());

  it('changes a role and an institution; the member’s abilities change at once', async () => {
    const member = await addMember(server, workspaceId, 'observer');
    const ministry = await facilitator.call(
      workspacesEndpoints.createInstitution,
      { params: { id: workspaceId }, body: { name: 'Ministry of Interior' } },
      201,
    );
    const updated = await facilitator.call(membersEndpoints.update, {
      params: params(member.memberId),
      body: { role: 'drafter', institutionId: ministry.id },
    });
    expect(updated.member).toMatchObject({ role: 'drafter', institutionId: ministry.id });
    const seen = await member.client.call(workspacesEndpoints.get, { params: { id: workspaceId } });
    expect(seen.abilities.edit).toBe(true);
    const bad = await facilitator.request('PATCH', memberPath(member.memberId), { role: 'owner' });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body.error as unknown as { fields: object }).fields)).toEqual(['role']);
  });

  it('keeps at least one facilitator or chair (409 last_lead)', async () => {
    const own = (await facilitator.call(workspacesEndpoints.get, { params: { id: workspaceId } })).membership.id;
    const demote = await facilitator.request('PATCH', memberPath(own), { role: 'drafter' });
    expect([demote.status, demote.body.error?.code]).toEqual([409, 'last_lead']);
    const leave = await facilitator.request('DELETE', memberPath(own));
    expect([leave.status, leave.body.error?.code]).toEqual([409, 'last_lead']);

    // With a chair in place, the facilitator may step down.
    await addMember(server, workspaceId, 'chair');
    const stepDown = await facilitator.call(membersEndpoints.update, { params: params(own), body: { role: 'drafter' } });
    expect(stepDown.abilities.manageMembers).toBe(false);
  });

  it('removes a member: history kept, 404 for them afterwards', async () => {
    const lead = await addMember(server, workspaceId, 'facilitator');
    const member = await addMember(server, workspaceId, 'drafter');
    await lead.client.call(membersEndpoints.remove, { params: params(member.memberId) });
    const row = await server.database.db.selectFrom('memberships').select('ended_at').where('id', '=', member.memberId).executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
    expect((await member.client.request('GET', `/api/workspaces/${workspaceId}`)).status).toBe(404);
    expect((await lead.client.request('DELETE', memberPath(member.memberId))).status).toBe(404);
  });
});
