import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { adminEndpoints } from '../../shared/api/admin.ts';
import { authEndpoints } from '../../shared/api/auth.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { confirmDurable, connectClient, openRawSocket, waitSynced } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { doc, paragraph } from '../versions/fixtures.ts';
import { contract } from '../../shared/api/index.ts';

const PASSWORD = 'correct horse battery';

/** Opens a workspace's event stream and reports when the server ends it. */
async function openEventStream(baseUrl: string, cookie: string, workspaceId: string) {
  const response = await fetch(`${baseUrl}/api/workspaces/${workspaceId}/events`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  let ended = false;
  void (async () => {
    try {
      while (reader && !(await reader.read()).done);
    } catch {
      // A reset connection ends the stream too.
    }
    ended = true;
  })();
  return { ended: () => ended };
}

describe('instance administration', () => {
  let server: CadreServer;
  afterEach(() => server.close());

  it('is for instance administrators only, and /api/me says who is one', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url, 'Admin');
    const member = await signUp(server.url, 'Member');
    expect((await admin.call(authEndpoints.me, {})).abilities).toEqual({ administerInstance: true, deleteForGood: true });
    expect((await member.call(authEndpoints.me, {})).abilities).toEqual({ administerInstance: false, deleteForGood: false });
    for (const path of ['/api/admin/users', '/api/admin/limits', '/api/admin/storage', '/api/admin/signup-policy']) {
      const refused = await member.request('GET', path);
      expect([path, refused.status, refused.body.error?.code]).toEqual([path, 403, 'forbidden']);
      expect((await new ApiClient(server.url).request('GET', path)).status).toBe(401);
    }
  });

  it('lists accounts by name, a page at a time, with a search that treats % and _ literally', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url, 'Zé Admin');
    for (let i = 0; i < 27; i++) await server.services.users.create(`person${String(i).padStart(2, '0')}@ministry.example`, `Person ${String(i).padStart(2, '0')}`, 'unusable');
    await server.services.users.create('under_score@example.org', 'Under Score', 'unusable');

    const first = await admin.call(adminEndpoints.users, {});
    expect([first.total, first.users.length, first.pageSize, first.page]).toEqual([29, 25, 25, 1]);
    expect(first.users[0]).toMatchObject({ name: 'Person 00', isAdmin: false, disabled: false, workspaces: 0 });
    const second = await admin.call(adminEndpoints.users, { query: { page: 2 } });
    expect(second.users.map((u) => u.name)).toEqual(['Person 25', 'Person 26', 'Under Score', 'Zé Admin']);

    const search = await admin.call(adminEndpoints.users, { query: { q: 'PERSON 1' } });
    expect(search.users.map((u) => u.name)).toEqual(['Person 10', 'Person 11', 'Person 12', 'Person 13', 'Person 14', 'Person 15', 'Person 16', 'Person 17', 'Person 18', 'Person 19']);
    expect((await admin.call(adminEndpoints.users, { query: { q: '_' } })).users.map((u) => u.email)).toEqual(['under_score@example.org']);
    expect((await admin.call(adminEndpoints.users, { query: { q: '%' } })).total).toBe(0);
    expect((await admin.request('GET', '/api/admin/users?page=0')).status).toBe(400);
  });

  it('disabling ends every session, socket and event stream of the account at once; it can no longer sign in', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url, 'Admin');
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const otherDevice = new ApiClient(server.url);
    await otherDevice.call(authEndpoints.login, { body: { email: facilitator.email, password: PASSWORD } });
    const socket = await openRawSocket(server.url, documentId, otherDevice.cookie);
    const stream = await openEventStream(server.url, facilitator.cookie, workspaceId);
    const me = await facilitator.call(authEndpoints.me, {});

    const disabled = await admin.call(adminEndpoints.updateUser, { params: { userId: me.user.id }, body: { disabled: true } });
    expect(disabled.user).toMatchObject({ disabled: true, workspaces: 1 });
    expect((await socket.closed).code).toBe(CloseCode.unauthenticated);
    await waitFor(stream.ended, 'the event stream to end');
    expect((await facilitator.request('GET', '/api/me')).status).toBe(401);
    expect((await otherDevice.request('GET', '/api/me')).status).toBe(401);

    const signIn = await new ApiClient(server.url).request('POST', '/api/auth/login', { email: facilitator.email, password: PASSWORD });
    expect([signIn.status, signIn.body.error?.code]).toEqual([403, 'account_disabled']);
    const guess = await new ApiClient(server.url).request('POST', '/api/auth/login', { email: facilitator.email, password: 'a wrong guess' });
    expect([guess.status, guess.body.error?.code]).toEqual([401, 'wrong_credentials']);
    // A session made behind the policy's back (e.g. a race with a sign-in) does not resolve either.
    const planted = new ApiClient(server.url);
    planted.cookie = `cadre_session=${(await server.services.sessions.create(me.user.id)).token}`;
    expect((await planted.request('GET', '/api/me')).status).toBe(401);
    await expect(openRawSocket(server.url, documentId, planted.cookie).then((s) => s.closed)).resolves.toMatchObject({ code: CloseCode.unauthenticated });

    await admin.call(adminEndpoints.updateUser, { params: { userId: me.user.id }, body: { disabled: false } });
    await new ApiClient(server.url).call(authEndpoints.login, { body: { email: facilitator.email, password: PASSWORD } });
  });

  it('promotes and demotes administrators, but never leaves the instance without an enabled one', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url, 'Admin');
    const colleague = await signUp(server.url, 'Colleague');
    const adminId = (await admin.call(authEndpoints.me, {})).user.id;
    const colleagueId = (await colleague.call(authEndpoints.me, {})).user.id;

    const lastDemote = await admin.request('PATCH', `/api/admin/users/${adminId}`, { isAdmin: false });
    expect([lastDemote.status, lastDemote.body.error?.code]).toEqual([409, 'last_admin']);
    const self = await admin.request('PATCH', `/api/admin/users/${adminId}`, { disabled: true });
    expect([self.status, self.body.error?.code]).toEqual([409, 'cannot_disable_self']);

    await admin.call(adminEndpoints.updateUser, { params: { userId: colleagueId }, body: { isAdmin: true } });
    expect((await colleague.call(authEndpoints.me, {})).abilities).toEqual({ administerInstance: true, deleteForGood: true });
    await colleague.call(adminEndpoints.users, {});
    // Two administrators: one may now step down, after which the other is the last one again.
    await admin.call(adminEndpoints.updateUser, { params: { userId: adminId }, body: { isAdmin: false } });
    expect((await admin.request('GET', '/api/admin/users')).status).toBe(403);
    const disableLast = await colleague.request('PATCH', `/api/admin/users/${colleagueId}`, { isAdmin: false });
    expect([disableLast.status, disableLast.body.error?.code]).toEqual([409, 'last_admin']);

    expect((await colleague.request('PATCH', '/api/admin/users/AAAAAAAAAAAAAAAAAAAAAA', { disabled: true })).status).toBe(404);
    expect((await colleague.request('PATCH', `/api/admin/users/${adminId}`, {})).status).toBe(400);
  });

  it('shows the limits in force with the variables that set them', async () => {
    server = await startTestServer({ maxMessageBytes: 2 * 1024 * 1024 });
    const admin = await signUp(server.url);
    const { limits } = await admin.call(adminEndpoints.limits, {});
    expect(limits.find((l) => l.name === 'maxMessageBytes')).toEqual({
      name: 'maxMessageBytes',
      value: 2 * 1024 * 1024,
      unit: 'bytes',
      windowSeconds: null,
      envVariable: 'CADRE_MAX_MESSAGE_BYTES',
    });
    expect(limits.find((l) => l.name === 'signInPerAccountAddress')).toMatchObject({ value: 10, unit: 'count', windowSeconds: 900 });
    expect(limits.find((l) => l.name === 'sessionIdle')).toMatchObject({ value: 3600, envVariable: 'CADRE_SESSION_IDLE_HOURS' });
  });

  it('reports the bytes of document edits and versions per workspace', async () => {
    server = await startTestServer();
    const admin = await signUp(server.url);
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const empty = await facilitator.call(contract.workspaces.create, { body: { title: 'Empty workspace' } });

    const client = connectClient(server.url, documentId, facilitator.cookie);
    await waitSynced(client);
    const words = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the national migration policy draft, written in full. `.repeat(8));
    client.doc.transact(() => replaceDocContent(client.doc as Y.Doc, doc(...words.map((text) => paragraph(text)))));
    await confirmDurable(client, 1);
    client.provider.destroy();
    await facilitator.expect(201, 'POST', `/api/documents/${documentId}/versions`, { name: 'First draft' });

    const report = await admin.call(adminEndpoints.storage, {});
    const [busiest, quiet] = report.workspaces;
    expect(busiest).toMatchObject({ id: workspaceId, title: 'Migration policy', documents: 1 });
    expect(busiest?.updateBytes).toBeGreaterThan(20_000);
    expect(busiest?.versionBytes).toBeGreaterThan(20_000);
    expect(busiest?.totalBytes).toBe((busiest?.updateBytes ?? 0) + (busiest?.versionBytes ?? 0));
    expect(quiet).toMatchObject({ id: empty.id, documents: 0, totalBytes: 0 });
    expect(report.totalBytes).toBe(busiest?.totalBytes);

    // An archived workspace says so: the administrator may delete it for good from this list.
    await facilitator.call(contract.workspaces.archive, { params: { id: empty.id } });
    const after = await admin.call(adminEndpoints.storage, {});
    expect(after.workspaces.map((w) => [w.id, w.archivedAt === null])).toEqual([[workspaceId, true], [empty.id, false]]);
  });
});
