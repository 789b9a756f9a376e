import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ROLES, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import type { CadreServer } from '../server.ts';
import { signUp } from '../testing/api-client.ts';
import { connectClient, documentText, paragraphText, openRawSocket, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

/** Records the close codes a stock provider sees, across its reconnections. */
function closeCodes(client: SyncClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

/** A fresh client's view of the server's document: what anyone opening it now would see. */
async function serverText(url: string, documentId: string, cookie: string): Promise<string> {
  const fresh = connectClient(url, documentId, cookie);
  try {
    await waitSynced(fresh);
    return documentText(fresh.doc);
  } finally {
    fresh.provider.destroy();
  }
}

describe('the sync socket enforces the roles table', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  let watcher: SyncClient;
  const open: SyncClient[] = [];
  const connect = (cookie: string) => {
    const client = connectClient(server.url, seed.documentId, cookie);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer();
    seed = await seedWorkspace(server.url);
    watcher = connect(seed.facilitator.cookie);
    await waitSynced(watcher);
  });
  afterEach(() => {
    for (const client of open.splice(1)) client.provider.destroy();
  });
  afterAll(async () => {
    watcher.provider.destroy();
    await server.close();
  });

  const editCases = ROLES.filter((role) => expectedAbilities.edit[role]);
  const readOnlyCases = ROLES.filter((role) => expectedAbilities.read[role] && !expectedAbilities.edit[role]);

  it('the table has both editing and read-only roles to check', () => {
    expect(editCases).toEqual(['facilitator', 'chair', 'drafter']);
    expect(readOnlyCases).toEqual(['expert', 'observer']);
  });

  it.each(editCases)('%s may edit: the update reaches another client', async (role: Role) => {
    const { client: member } = role === 'facilitator' ? { client: seed.facilitator } : await addMember(server, seed.workspaceId, role);
    const client = connect(member.cookie);
    await waitSynced(client);
    paragraphText(client.doc).insert(0, `written by ${role}`);
    await waitFor(() => documentText(watcher.doc).includes(`written by ${role}`), 'the edit to reach the watcher');
  });

  it.each(readOnlyCases)('%s reads only: syncs, but a content update closes it with 4403 and nobody sees it', async (role: Role) => {
    paragraphText(watcher.doc).insert(0, `${role} can read this`);
    const { client: member } = await addMember(server, seed.workspaceId, role);
    const client = connect(member.cookie);
    const codes = closeCodes(client);
    await waitSynced(client);
    await waitFor(() => documentText(client.doc).includes(`${role} can read this`), 'the read-only client to receive content');

    paragraphText(client.doc).insert(0, 'should be refused');
    await waitFor(() => codes.includes(CloseCode.forbidden), 'the server to close the read-only socket with 4403');
    client.provider.destroy();
    expect(await serverText(server.url, seed.documentId, seed.facilitator.cookie)).not.toContain('should be refused');
    expect(documentText(watcher.doc)).not.toContain('should be refused');
  });

  it('a signed-in non-member is closed with 4404', async () => {
    const outsider = await signUp(server.url, 'Outsider');
    const raw = await openRawSocket(server.url, seed.documentId, outsider.cookie);
    expect((await raw.closed).code).toBe(CloseCode.notFound);
  });

  it('a connection without a session cookie is closed with 4401', async () => {
    const raw = await openRawSocket(server.url, seed.documentId, '');
    expect((await raw.closed).code).toBe(CloseCode.unauthenticated);
  });

  it('an upgrade from a foreign Origin is refused before any socket opens', async () => {
    await expect(openRawSocket(server.url, seed.documentId, seed.facilitator.cookie, 'https://evil.example')).rejects.toThrow(/403/);
  });
});

describe('access changes take effect on open sockets at once', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  const open: SyncClient[] = [];
  const connect = (cookie: string) => {
    const client = connectClient(server.url, seed.documentId, cookie);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer();
    seed = await seedWorkspace(server.url);
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.provider.destroy();
  });
  afterAll(() => server.close());

  const membersPath = (memberId: string) => `/api/workspaces/${seed.workspaceId}/members/${memberId}`;

  it('a role change closes the socket within 1 s (accessChanged) and it re-authorizes with the new level', async () => {
    const observer = await addMember(server, seed.workspaceId, 'observer');
    const watcher = connect(seed.facilitator.cookie);
    const client = connect(observer.client.cookie);
    const codes = closeCodes(client);
    await Promise.all([waitSynced(watcher), waitSynced(client)]);

    await seed.facilitator.expect(200, 'PATCH', membersPath(observer.memberId), { role: 'drafter' });
    await waitFor(() => codes.includes(CloseCode.accessChanged), 'the socket to close with accessChanged', 1000);

    // The stock client reconnects by itself; its new connection may edit.
    await waitFor(() => client.provider.wsconnected && client.provider.synced, 'the client to reconnect');
    paragraphText(client.doc).insert(0, 'now a drafter');
    await waitFor(() => documentText(watcher.doc).includes('now a drafter'), 'the new drafter’s edit to arrive');
  });

  it('a demoted drafter reconnects read-only: its next edit is refused with 4403', async () => {
    const drafter = await addMember(server, seed.workspaceId, 'drafter');
    const raw = await openRawSocket(server.url, seed.documentId, drafter.client.cookie);
    await seed.facilitator.expect(200, 'PATCH', membersPath(drafter.memberId), { role: 'observer' });
    expect((await raw.closed).code).toBe(CloseCode.accessChanged);

    const client = connect(drafter.client.cookie);
    const codes = closeCodes(client);
    await waitSynced(client);
    paragraphText(client.doc).insert(0, 'refused');
    await waitFor(() => codes.includes(CloseCode.forbidden), 'the read-only edit to be refused');
  });

  it('a removed member is closed and then gets 4404 on the socket and 404 on every route', async () => {
    const drafter = await addMember(server, seed.workspaceId, 'drafter');
    const client = connect(drafter.client.cookie);
    const codes = closeCodes(client);
    await waitSynced(client);

    await seed.facilitator.expect(204, 'DELETE', membersPath(drafter.memberId));
    await waitFor(() => codes.includes(CloseCode.accessChanged), 'the socket to close with accessChanged', 1000);
    await waitFor(() => codes.includes(CloseCode.notFound), 'the reconnection to be refused with 4404');

    const raw = await openRawSocket(server.url, seed.documentId, drafter.client.cookie);
    expect((await raw.closed).code).toBe(CloseCode.notFound);
    const routes: Array<[string, string, unknown?]> = [
      ['GET', `/api/workspaces/${seed.workspaceId}`],
      ['PATCH', `/api/workspaces/${seed.workspaceId}`, { mission: 'x' }],
      ['POST', `/api/workspaces/${seed.workspaceId}/documents`, { title: 'x' }],
      ['GET', `/api/documents/${seed.documentId}`],
      ['PATCH', `/api/documents/${seed.documentId}`, { title: 'x' }],
      ['GET', `/api/workspaces/${seed.workspaceId}/invitations`],
    ];
    for (const [method, path, body] of routes) expect((await drafter.client.request(method, path, body)).status, `${method} ${path}`).toBe(404);
    const list = await drafter.client.call(contract.workspaces.list, {});
    expect(list.workspaces).toEqual([]);
  });

  it('signing out closes that session’s sockets with 4401', async () => {
    const member = await signUp(server.url, 'Leaving soon');
    const invitation = await seed.facilitator.call(contract.invitations.create, { params: { id: seed.workspaceId }, body: {
      email: member.email,
      role: 'drafter',
    } });
    await member.expect(201, 'POST', `/api/invitations/${invitation.link.split('/invite/')[1]}/accept`);
    const raw = await openRawSocket(server.url, seed.documentId, member.cookie);
    await member.expect(204, 'POST', '/api/auth/logout');
    expect((await raw.closed).code).toBe(CloseCode.unauthenticated);
  });
});
