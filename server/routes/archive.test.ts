import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ACTIONS, TEAM_ROLES, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities, expectedInArchivedWorkspace, expectedOnArchivedDocument } from '../../shared/policy/expected-abilities.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { captureLogger } from '../testing/log-capture.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { connectClient, documentText, openRawSocket, paragraphText, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

const api = contract;
/** An anchor at the start of a fresh document, as the roles probes use. */
const anchor = { start: 'AQdjb250ZW50AA==', end: 'AQdjb250ZW50QQ==' };
const expectedFor = (table: typeof expectedAbilities, role: Role) => Object.fromEntries(ACTIONS.map((action) => [action, table[action][role]]));

/** Records the close codes a stock provider sees, across its reconnections. */
function closeCodes(client: SyncClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

describe('archiving and restoring, per role', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  const clients = new Map<Role, ApiClient>();
  let outsider: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    seed = await seedWorkspace(server.url);
    clients.set('facilitator', seed.facilitator);
    for (const role of TEAM_ROLES) if (role !== 'facilitator') clients.set(role, (await addMember(server, seed.workspaceId, role)).client);
    outsider = await signUp(server.url, 'Outsider');
  });
  afterAll(() => server.close());

  const client = (role: Role) => clients.get(role) as ApiClient;
  const newDocument = (title: string) => seed.facilitator.call(api.documents.create, { params: { id: seed.workspaceId }, body: { title } });

  it.each(TEAM_ROLES)('%s archives and restores documents exactly as the roles table says', async (role) => {
    const document = await newDocument(`Annex for ${role}`);
    const params = { id: document.id };
    const archive = await client(role).request('POST', `/api/documents/${document.id}/archive`);
    if (!expectedAbilities.archive[role]) {
      expect([archive.status, archive.body.error?.code]).toEqual([403, 'forbidden']);
      expect((await client(role).request('POST', `/api/documents/${document.id}/restore`)).status).toBe(403);
      return;
    }
    expect(archive.status).toBe(200);
    const archived = await client(role).call(api.documents.get, { params });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.abilities).toEqual(expectedFor(expectedOnArchivedDocument, role));
    // Out of the workspace's list, into its archived view.
    const detail = await client(role).call(api.workspaces.get, { params: { id: seed.workspaceId } });
    expect(detail.documents.map((d) => d.id)).not.toContain(document.id);
    expect(detail.archivedDocuments.map((d) => d.title)).toContain(`Annex for ${role}`);
    // Archiving twice changes nothing; restoring brings it back.
    expect((await client(role).call(api.documents.archive, { params })).archivedAt).toBe(archived.archivedAt);
    const restored = await client(role).call(api.documents.restore, { params });
    expect([restored.archivedAt, restored.abilities]).toEqual([null, expectedFor(expectedAbilities, role)]);
  });

  it('hides documents from non-members as if they did not exist', async () => {
    const document = await newDocument('Not for outsiders');
    expect((await outsider.request('POST', `/api/documents/${document.id}/archive`)).status).toBe(404);
  });

  it('keeps an archived document readable, exportable and named in its versions and the activity record, and nothing else', async () => {
    const document = await newDocument('National strategy 2026');
    const params = { id: document.id };
    await seed.facilitator.call(api.versions.create, { params, body: { name: 'Before the archive' } });
    await seed.facilitator.call(api.documents.archive, { params });

    for (const role of ['facilitator', 'drafter'] as const) {
      const refused = await client(role).request('PATCH', `/api/documents/${document.id}`, { title: 'Renamed' });
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'document_archived']);
    }
    const comment = await client('expert').request('POST', `/api/documents/${document.id}/threads`, { kind: 'comment', anchor, quote: 'Draft', body: 'Late' });
    expect([comment.status, comment.body.error?.code]).toEqual([403, 'document_archived']);
    const version = await seed.facilitator.request('POST', `/api/documents/${document.id}/versions`, { name: 'After' });
    expect([version.status, version.body.error?.code]).toEqual([403, 'document_archived']);

    const { versions } = await client('observer').call(api.versions.list, { params });
    expect(versions.map((v) => v.name)).toContain('Before the archive');
    const exported = await client('observer').request('GET', `/api/documents/${document.id}/export?format=md`);
    expect(exported.status).toBe(200);
    expect(String(exported.body)).toContain('National strategy 2026');
    const { activity } = await client('observer').call(api.activity.list, { params: { id: seed.workspaceId }, query: { action: 'document.archived' } });
    expect(activity.find((entry) => entry.documentId === document.id)).toMatchObject({ summary: 'National strategy 2026', actorName: 'Fatou Facilitator' });
  });

  it.each(TEAM_ROLES)('%s archives and restores a workspace exactly as the roles table says', async (role) => {
    const workspace = await seed.facilitator.call(api.workspaces.create, { body: { title: `Workspace for ${role}` } });
    const member = role === 'facilitator' ? seed.facilitator : (await addMember(server, workspace.id, role)).client;
    const archive = await member.request('POST', `/api/workspaces/${workspace.id}/archive`);
    if (!expectedAbilities.archiveWorkspace[role]) {
      expect([archive.status, archive.body.error?.code]).toEqual([403, 'forbidden']);
      return;
    }
    expect(archive.status).toBe(200);
    const detail = await member.call(api.workspaces.get, { params: { id: workspace.id } });
    expect(detail.workspace.archivedAt).not.toBeNull();
    expect(detail.abilities).toEqual(expectedFor(expectedInArchivedWorkspace, role));
    const listed = (await member.call(api.workspaces.list, {})).workspaces.find((w) => w.id === workspace.id);
    expect(listed?.archivedAt).toBe(detail.workspace.archivedAt);
    expect((await member.call(api.workspaces.restore, { params: { id: workspace.id } })).archivedAt).toBeNull();
  });

  it('makes an archived workspace read-only for everyone, with workspace_archived, until a lead restores it', async () => {
    const { id } = await seed.facilitator.call(api.workspaces.create, { body: { title: 'Finished plan' } });
    const documentId = (await seed.facilitator.call(api.documents.create, { params: { id }, body: { title: 'Final text' } })).id;
    const { item } = await seed.facilitator.call(api.matrices.create, { params: { id, kind: 'glossary' }, body: { data: { term: 'Asylum', definition: 'Protection' } } });
    const drafter = await addMember(server, id, 'drafter');
    await seed.facilitator.call(api.workspaces.archive, { params: { id } });

    const writes: Array<[client: ApiClient, method: string, path: string, body?: unknown]> = [
      [seed.facilitator, 'PATCH', `/api/workspaces/${id}`, { mission: 'Changed' }],
      [seed.facilitator, 'POST', `/api/workspaces/${id}/documents`, { title: 'Another' }],
      [seed.facilitator, 'POST', `/api/workspaces/${id}/institutions`, { name: 'Ministry of Justice' }],
      [seed.facilitator, 'POST', `/api/workspaces/${id}/invitations`, { email: 'late@example.org', role: 'observer' }],
      [seed.facilitator, 'PATCH', `/api/workspaces/${id}/members/${drafter.memberId}`, { role: 'expert' }],
      [seed.facilitator, 'POST', `/api/workspaces/${id}/matrices/glossary`, { data: { term: 'Visa', definition: 'Permit' } }],
      [seed.facilitator, 'POST', `/api/workspaces/${id}/matrices/glossary/${item.id}/archive`],
      [seed.facilitator, 'POST', `/api/documents/${documentId}/archive`],
      [drafter.client, 'PATCH', `/api/documents/${documentId}`, { title: 'Renamed' }],
      [drafter.client, 'POST', `/api/documents/${documentId}/threads`, { kind: 'comment', anchor, quote: 'Draft', body: 'Late' }],
    ];
    for (const [who, method, path, body] of writes) {
      const refused = await who.request(method, path, body);
      expect([method, path, refused.status, refused.body.error?.code]).toEqual([method, path, 403, 'workspace_archived']);
    }
    // Reading, exporting and the activity record stay.
    expect((await drafter.client.call(api.documents.get, { params: { id: documentId } })).workspaceArchived).toBe(true);
    expect((await drafter.client.request('GET', `/api/documents/${documentId}/export?format=md`)).status).toBe(200);
    const { activity } = await drafter.client.call(api.activity.list, { params: { id }, query: { action: 'workspace.archived' } });
    expect(activity.map((entry) => entry.summary)).toEqual(['Finished plan']);
    // A drafter cannot restore it; a lead can, and every change is possible again.
    expect((await drafter.client.request('POST', `/api/workspaces/${id}/restore`)).status).toBe(403);
    await seed.facilitator.call(api.workspaces.restore, { params: { id } });
    await drafter.client.call(api.documents.rename, { params: { id: documentId }, body: { title: 'Renamed' } });
  });

  it('archives institutions for leads: members keep them, nothing new goes under them, and they come back', async () => {
    const members = `/api/workspaces/${seed.workspaceId}`;
    const ministry = await seed.facilitator.call(api.workspaces.createInstitution, { params: { id: seed.workspaceId }, body: { name: 'Ministry of Labour' } });
    const drafter = await addMember(server, seed.workspaceId, 'drafter', 'Dina Drafter');
    await seed.facilitator.expect(200, 'PATCH', `${members}/members/${drafter.memberId}`, { institutionId: ministry.id });
    const params = { id: seed.workspaceId, institutionId: ministry.id };

    for (const role of TEAM_ROLES.filter((r) => !expectedAbilities.manageMembers[r])) {
      const refused = await client(role).request('POST', `${members}/institutions/${ministry.id}/archive`);
      expect([role, refused.status]).toEqual([role, 403]);
    }
    const archived = await client('chair').call(api.workspaces.archiveInstitution, { params });
    expect(archived).toMatchObject({ name: 'Ministry of Labour', archivedAt: expect.any(String) });
    const detail = await client('observer').call(api.workspaces.get, { params: { id: seed.workspaceId } });
    expect(detail.institutions.find((i) => i.id === ministry.id)?.archivedAt).toBe(archived.archivedAt);
    expect(detail.members.find((m) => m.id === drafter.memberId)?.institutionId).toBe(ministry.id);
    const department = await seed.facilitator.request('POST', `${members}/institutions`, { name: 'Labour inspection', parentId: ministry.id });
    expect([department.status, Object.keys(department.body.error?.fields ?? {})]).toEqual([400, ['parentId']]);

    expect((await seed.facilitator.call(api.workspaces.restoreInstitution, { params })).archivedAt).toBeNull();
    await seed.facilitator.expect(201, 'POST', `${members}/institutions`, { name: 'Labour inspection', parentId: ministry.id });
  });

  it('puts nobody new in an archived institution, nor in a department of an archived ministry, nor a department under it', async () => {
    const id = seed.workspaceId;
    const ministry = await seed.facilitator.call(api.workspaces.createInstitution, { params: { id }, body: { name: 'Ministry of Health' } });
    const department = await seed.facilitator.call(api.workspaces.createInstitution, { params: { id }, body: { name: 'Border health', parentId: ministry.id } });
    const kept = await addMember(server, id, 'drafter', 'Kofi Kept');
    const moved = await addMember(server, id, 'expert', 'Mira Moved');
    await seed.facilitator.call(api.members.update, { params: { id, memberId: kept.memberId }, body: { institutionId: ministry.id } });
    await seed.facilitator.call(api.workspaces.archiveInstitution, { params: { id, institutionId: ministry.id } });
    const refusedOn = (answer: { status: number; body: { error?: { fields?: Record<string, Array<{ code: string }>> } } }, field: string) =>
      [answer.status, answer.body.error?.fields?.[field]?.map((issue) => issue.code)];

    for (const institutionId of [ministry.id, department.id]) {
      const member = await seed.facilitator.request('PATCH', `/api/workspaces/${id}/members/${moved.memberId}`, { institutionId });
      expect(refusedOn(member, 'institutionId')).toEqual([400, ['archived']]);
      const invitation = await seed.facilitator.request('POST', `/api/workspaces/${id}/invitations`, { email: 'new@example.org', role: 'expert', institutionId });
      expect(refusedOn(invitation, 'institutionId')).toEqual([400, ['archived']]);
    }
    const sub = await seed.facilitator.request('POST', `/api/workspaces/${id}/institutions`, { name: 'Vaccination', parentId: ministry.id });
    expect(refusedOn(sub, 'parentId')).toEqual([400, ['archived']]);
    // A member already in it keeps it through other changes.
    const { member } = await seed.facilitator.call(api.members.update, { params: { id, memberId: kept.memberId }, body: { role: 'expert', institutionId: ministry.id } });
    expect([member.role, member.institutionId]).toEqual(['expert', ministry.id]);
  });

  it('keeps the lead institution, and the ministry it is part of, out of the archive while it leads', async () => {
    const workspace = await seed.facilitator.call(api.workspaces.create, { body: { title: 'Return and reintegration', leadInstitution: 'Ministry of the Interior' } });
    const id = workspace.id;
    const registry = async () => (await seed.facilitator.call(api.workspaces.get, { params: { id } })).institutions;
    const interior = (await registry()).find((i) => i.name === 'Ministry of the Interior');
    if (!interior) throw new Error('the lead institution should be listed in the registry');
    const archive = (institutionId: string) => seed.facilitator.request('POST', `/api/workspaces/${id}/institutions/${institutionId}/archive`);
    const refused = await archive(interior.id);
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'lead_institution']);

    // A department that leads keeps its ministry in use too.
    const migration = await seed.facilitator.call(api.workspaces.createInstitution, { params: { id }, body: { name: 'Migration directorate', parentId: interior.id } });
    await seed.facilitator.call(api.workspaces.update, { params: { id }, body: { leadInstitution: 'Migration directorate' } });
    for (const institutionId of [migration.id, interior.id]) {
      const answer = await archive(institutionId);
      expect([answer.status, answer.body.error?.code]).toEqual([409, 'lead_institution']);
    }
    expect((await registry()).every((i) => i.archivedAt === null)).toBe(true);

    // Once another institution leads, it can be archived like any other.
    await seed.facilitator.call(api.workspaces.update, { params: { id }, body: { leadInstitution: 'Ministry of Labour' } });
    expect((await seed.facilitator.call(api.workspaces.archiveInstitution, { params: { id, institutionId: interior.id } })).archivedAt).not.toBeNull();
  });

  it('archives matrix items for editors: off the matrix, kept by name, unchangeable until restored', async () => {
    const id = seed.workspaceId;
    const { item } = await seed.facilitator.call(api.matrices.create, {
      params: { id, kind: 'glossary' },
      body: { data: { term: 'Trafficking', definition: 'Recruitment by force' } },
    });
    const itemParams = { id, kind: 'glossary' as const, itemId: item.id };
    for (const role of TEAM_ROLES) {
      if (expectedAbilities.archive[role]) continue;
      expect((await client(role).request('POST', `/api/workspaces/${id}/matrices/glossary/${item.id}/archive`)).status).toBe(403);
    }
    const { item: archived } = await client('drafter').call(api.matrices.archive, { params: itemParams });
    expect(archived.archivedAt).not.toBeNull();
    const live = await client('observer').call(api.matrices.list, { params: { id, kind: 'glossary' } });
    expect(live.items.map((i) => i.id)).not.toContain(item.id);
    const shelf = await client('observer').call(api.matrices.list, { params: { id, kind: 'glossary' }, query: { archived: '1' } });
    expect(shelf.items.map((i) => i.data['term'])).toEqual(['Trafficking']);
    const both = await client('observer').request('GET', `/api/workspaces/${id}/matrices/glossary?deleted=1&archived=1`);
    expect(both.status).toBe(400);

    const update = await client('drafter').request('PATCH', `/api/workspaces/${id}/matrices/glossary/${item.id}`, { version: archived.version, data: { term: 'Smuggling' } });
    expect([update.status, update.body.error?.code]).toEqual([409, 'item_archived']);
    const { activity } = await client('observer').call(api.activity.list, { params: { id }, query: { action: 'matrix.glossary.archived' } });
    expect(activity.map((entry) => entry.summary)).toEqual(['Trafficking']);

    const { item: restored } = await client('chair').call(api.matrices.restore, { params: itemParams });
    expect(restored.archivedAt).toBeNull();
    const again = await client('observer').call(api.matrices.list, { params: { id, kind: 'glossary' } });
    expect(again.items.map((i) => i.id)).toContain(item.id);
  });
});

describe('open sync sockets follow the archive', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  const open: SyncClient[] = [];
  const connect = (documentId: string, cookie: string) => {
    const client = connectClient(server.url, documentId, cookie);
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

  it('archiving the workspace closes its editors, which reconnect read-only; restoring makes them editable again', async () => {
    const params = { id: seed.workspaceId };
    const editor = connect(seed.documentId, seed.facilitator.cookie);
    const codes = closeCodes(editor);
    await waitSynced(editor);
    paragraphText(editor.doc).insert(0, 'kept ');

    await seed.facilitator.call(api.workspaces.archive, { params });
    await waitFor(() => codes.includes(CloseCode.accessChanged), 'the socket to close with accessChanged', 1000);
    await waitFor(() => editor.provider.wsconnected && editor.provider.synced, 'the editor to reconnect');
    // The new connection is read-only: typing closes it and reaches nobody.
    paragraphText(editor.doc).insert(0, 'refused ');
    await waitFor(() => codes.includes(CloseCode.forbidden), 'the read-only socket to refuse the edit');
    const reader = connect(seed.documentId, seed.facilitator.cookie);
    await waitSynced(reader);
    expect(documentText(reader.doc)).toBe('kept ');

    const readerCodes = closeCodes(reader);
    await seed.facilitator.call(api.workspaces.restore, { params });
    await waitFor(() => readerCodes.includes(CloseCode.accessChanged), 'the reader to be told its access changed', 1000);
    await waitFor(() => reader.provider.wsconnected && reader.provider.synced, 'the reader to reconnect');
    paragraphText(reader.doc).insert(0, 'editable again ');
    const watcher = connect(seed.documentId, seed.facilitator.cookie);
    await waitFor(() => watcher.provider.synced && documentText(watcher.doc).includes('editable again'), 'the edit to be stored');
  });

  it('archiving one document makes only that one read-only', async () => {
    const other = await seed.facilitator.call(api.documents.create, { params: { id: seed.workspaceId }, body: { title: 'Other' } });
    const archivedEditor = connect(seed.documentId, seed.facilitator.cookie);
    const otherEditor = connect(other.id, seed.facilitator.cookie);
    const archivedCodes = closeCodes(archivedEditor);
    const otherCodes = closeCodes(otherEditor);
    await Promise.all([waitSynced(archivedEditor), waitSynced(otherEditor)]);

    await seed.facilitator.call(api.documents.archive, { params: { id: seed.documentId } });
    await waitFor(() => archivedCodes.includes(CloseCode.accessChanged), 'the archived document’s socket to close', 1000);
    await waitFor(() => archivedEditor.provider.wsconnected && archivedEditor.provider.synced, 'the editor to reconnect');
    paragraphText(archivedEditor.doc).insert(0, 'refused ');
    await waitFor(() => archivedCodes.includes(CloseCode.forbidden), 'the read-only socket to refuse the edit');
    paragraphText(otherEditor.doc).insert(0, 'still editable');
    const watcher = connect(other.id, seed.facilitator.cookie);
    await waitFor(() => watcher.provider.synced && documentText(watcher.doc) === 'still editable', 'the other document’s edit to be stored');
    expect(otherCodes).toEqual([]);
    await seed.facilitator.call(api.documents.restore, { params: { id: seed.documentId } });
  });
});

describe('deleting for good', () => {
  let server: CadreServer;
  const logger = captureLogger();
  let admin: ApiClient;
  const open: SyncClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ logger });
    // The first account of an instance administers it.
    admin = await signUp(server.url, 'Ada Administrator');
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.provider.destroy();
  });
  afterAll(() => server.close());

  /** Rows of `table` whose `column` is `value`, on either engine. */
  const count = async (table: string, column: 'document_id' | 'workspace_id', value: string): Promise<number> => {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${value}`.execute(server.database.db);
    return Number(rows[0]?.n);
  };
  /** Polls an asynchronous condition until it holds or the deadline passes, as `waitFor` does. */
  /** Archiving closed the editor; it is back, read-only, in a loaded room, when deletion comes. */
  async function reconnected(editor: SyncClient, codes: number[]): Promise<void> {
    await waitFor(() => codes.includes(CloseCode.accessChanged), 'archiving to close the editor', 1000);
    await waitFor(() => editor.provider.wsconnected && editor.provider.synced && server.services.collab.loadedCount() === 1, 'the editor to reconnect');
  }

  /** A workspace of the administrator's with a document that has text, a version, a thread with a reply. */
  async function workspaceWithContent(title: string) {
    const workspace = await admin.call(api.workspaces.create, { body: { title } });
    const document = await admin.call(api.documents.create, { params: { id: workspace.id }, body: { title: `${title}: text` } });
    const editor = connectClient(server.url, document.id, admin.cookie);
    open.push(editor);
    await waitSynced(editor);
    paragraphText(editor.doc).insert(0, 'Draft');
    await waitFor(async () => (await count('document_updates', 'document_id', document.id)) > 0, 'the text to be stored');
    await admin.call(api.versions.create, { params: { id: document.id }, body: { name: 'First draft' } });
    const thread = await admin.call(api.review.createThread, { params: { id: document.id }, body: { kind: 'comment', anchor, quote: 'Draft', body: 'Check this' } });
    const chair = await addMember(server, workspace.id, 'chair', 'Chidi Chair');
    await chair.client.call(api.review.reply, { params: { id: document.id, threadId: thread.id }, body: { body: 'Checked' } });
    await admin.call(api.matrices.create, { params: { id: workspace.id, kind: 'glossary' }, body: { data: { term: 'Refugee', definition: 'A person' } } });
    return { workspace, document, editor, chair };
  }

  it('deletes an archived document and all it holds for an administrator, names it, and closes its editors', async () => {
    const { workspace, document, editor, chair } = await workspaceWithContent('Labour migration');
    const path = `/api/documents/${document.id}`;
    const codes = closeCodes(editor);

    // A lead of the workspace is no administrator of the instance.
    for (const refused of [await chair.client.request('DELETE', path), await chair.client.request('GET', `${path}/deletion-preview`)]) {
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'forbidden']);
    }
    const early = await admin.request('DELETE', path);
    expect([early.status, early.body.error?.code]).toEqual([409, 'not_archived']);

    await admin.call(api.documents.archive, { params: { id: document.id } });
    await reconnected(editor, codes);
    expect(await admin.call(api.documents.deletionPreview, { params: { id: document.id } })).toEqual({
      title: 'Labour migration: text',
      versions: 1,
      threads: 1,
      comments: 2,
    });
    expect(await count('notifications', 'document_id', document.id)).toBeGreaterThan(0);

    await admin.call(api.documents.remove, { params: { id: document.id } });
    await waitFor(() => codes.includes(CloseCode.notFound), 'the open editor to be closed as not found', 1000);
    expect((await admin.request('GET', path)).status).toBe(404);
    for (const table of ['document_updates', 'document_versions', 'review_threads', 'notifications', 'document_clients', 'validation_signatures']) {
      expect([table, await count(table, 'document_id', document.id)]).toEqual([table, 0]);
    }
    const orphans = await server.database.db
      .selectFrom('review_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('thread_id', 'not in', (eb) => eb.selectFrom('review_threads').select('id'))
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
    await waitFor(() => server.services.collab.loadedCount() === 0, 'the room to unload');
    const raw = await openRawSocket(server.url, document.id, admin.cookie);
    expect((await raw.closed).code).toBe(CloseCode.notFound);

    const { activity } = await chair.client.call(api.activity.list, { params: { id: workspace.id }, query: { action: 'document.deleted' } });
    expect(activity).toMatchObject([{ summary: 'Labour migration: text', actorName: 'Ada Administrator', documentId: document.id }]);
  });

  it('deletes an archived workspace with everything in it in one go, logs it and ends its live channels', async () => {
    const { workspace, document, editor, chair } = await workspaceWithContent('Diaspora engagement');
    const id = workspace.id;
    const codes = closeCodes(editor);
    const stream = await subscribeToWorkspace(server.url, chair.client.cookie, id);
    await waitFor(stream.isReady, 'the event stream to be live');

    expect((await chair.client.request('DELETE', `/api/workspaces/${id}`)).status).toBe(403);
    const early = await admin.request('DELETE', `/api/workspaces/${id}`);
    expect([early.status, early.body.error?.code]).toEqual([409, 'not_archived']);
    await admin.call(api.workspaces.archive, { params: { id } });
    await reconnected(editor, codes);
    expect(await admin.call(api.workspaces.deletionPreview, { params: { id } })).toEqual({
      title: 'Diaspora engagement',
      documents: 1,
      versions: 1,
      comments: 2,
      matrixItems: 1,
      members: 2,
    });

    await admin.call(api.workspaces.remove, { params: { id } });
    await waitFor(stream.isEnded, 'the workspace’s event stream to end', 1000);
    await waitFor(() => codes.includes(CloseCode.notFound), 'the open editor to be closed as not found', 1000);
    expect((await chair.client.request('GET', `/api/workspaces/${id}`)).status).toBe(404);
    expect((await admin.call(api.workspaces.list, {})).workspaces.map((w) => w.id)).not.toContain(id);
    const tables = ['documents', 'memberships', 'institutions', 'invitations', 'matrix_items', 'review_threads', 'notifications', 'activity', 'validation_steps'];
    for (const table of tables) expect([table, await count(table, 'workspace_id', id)]).toEqual([table, 0]);
    for (const table of ['document_updates', 'document_versions']) {
      expect([table, await count(table, 'document_id', document.id)]).toEqual([table, 0]);
    }
    expect(logger.events.find((line) => line.event === 'workspace.deleted')).toMatchObject({
      workspaceId: id,
      title: 'Diaspora engagement',
      byName: 'Ada Administrator',
      documents: 1,
    });
  });
});
