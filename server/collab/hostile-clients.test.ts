import fs from 'node:fs';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, DOC_CONTENT_FIELD, MessageType } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import type { ApiClient } from '../testing/api-client.ts';
import { manyTinyItemsUpdate, syncUpdateMessage, tinyValuesUpdate } from '../testing/hostile-updates.ts';
import { spawnServer, type ServerProcess } from '../testing/server-process.ts';
import { createUpdateStore } from './update-store.ts';
import { connectClient, documentText, openRawSocket, paragraphText, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, tempDataDir, waitFor } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

const MiB = 1024 * 1024;
const clients: SyncClient[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.provider.destroy();
});

function track(client: SyncClient): SyncClient {
  clients.push(client);
  return client;
}

function closeCodes(client: SyncClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

/** An awareness update for one client id, with a clock of the sender's choosing. */
function presenceUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return Number(kilobytes) * 1024;
}

describe('memory amplification through the sync socket', () => {
  let server: ServerProcess;

  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  });

  it('keeps the process alive, its memory bounded and others working under a flood of huge decoded updates', async () => {
    // A small heap: on a server that decodes before bounding, a handful of these messages end it.
    server = await spawnServer(tempDataDir(), { nodeFlags: ['--max-old-space-size=256'], env: { CADRE_MAX_DOCUMENT_BYTES: String(16 * MiB) } });
    const attacker = await seedWorkspace(server.url);
    const victim = await seedWorkspace(server.url);
    const bystander = track(connectClient(server.url, victim.documentId, victim.facilitator.cookie));
    const watcher = track(connectClient(server.url, victim.documentId, victim.facilitator.cookie));
    await Promise.all([waitSynced(bystander), waitSynced(watcher)]);

    const tooManyItems = syncUpdateMessage(manyTinyItemsUpdate(550_000)); // ~4 MiB on the wire, ~110 MB decoded
    const tinyValues = syncUpdateMessage(tinyValuesUpdate(1_500_000)); // ~3 MiB on the wire, one long list
    // Within the per-update bounds: two of them take the document past its 16 MiB quota.
    let client = 100;
    const withinBounds = () => syncUpdateMessage(manyTinyItemsUpdate(60_000, client++));
    const codes: number[] = [];
    let healthChecks = 0;
    for (let round = 0; round < 24; round++) {
      const raw = await openRawSocket(server.url, attacker.documentId, attacker.facilitator.cookie);
      const kind = round % 3;
      const payloads = kind === 0 ? [tooManyItems, tooManyItems] : kind === 1 ? [tinyValues, tinyValues] : [withinBounds(), withinBounds()];
      for (const payload of payloads) raw.socket.send(payload);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      healthChecks++;
      codes.push((await raw.closed).code);
    }

    expect(server.child.exitCode).toBeNull();
    expect(healthChecks).toBe(24);
    expect(new Set(codes)).toEqual(new Set(codes.filter((code) => [CloseCode.tooLarge, CloseCode.contentNotAllowed, CloseCode.rateLimited].includes(code as 4413))));
    expect(codes).toContain(CloseCode.tooLarge);
    expect(codes).toContain(CloseCode.contentNotAllowed);
    expect(residentBytes(server.child.pid as number)).toBeLessThan(600 * MiB);

    paragraphText(bystander.doc).insert(0, 'still drafting');
    await waitFor(() => documentText(watcher.doc) === 'still drafting', 'the other workspace to keep working');
  }, 120_000);
});

describe('bindings of identity on the sync socket', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  let drafter: ApiClient;
  let drafterId: string;
  let observer: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ sync: { unloadDelayMs: 0, limits: { maxSocketsPerUser: 6, maxRoomsPerUser: 3 } } });
    seed = await seedWorkspace(server.url);
    const member = await addMember(server, seed.workspaceId, 'drafter', 'Dara Drafter');
    drafter = member.client;
    drafterId = member.user.id;
    observer = (await addMember(server, seed.workspaceId, 'observer', 'Oumar Observer')).client;
  });
  afterAll(() => server.close());

  const connect = (cookie: string, documentId = seed.documentId) => track(connectClient(server.url, documentId, cookie));

  it("refuses an editor's update made with another member's client id, and keeps the authorship", async () => {
    const owner = connect(seed.facilitator.cookie);
    await waitSynced(owner);
    paragraphText(owner.doc).insert(0, 'Written by the facilitator. ');
    await waitFor(async () => (await server.services.collab.read(seed.documentId, (doc) => documentText(doc))).includes('facilitator'), 'the edit to be stored');

    const forger = new Y.Doc();
    const raw = await openRawSocket(server.url, seed.documentId, drafter.cookie);
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(owner.doc));
    // Taken after the state is in: Yjs itself picks a new id when it sees its own in an update.
    forger.clientID = owner.doc.clientID;
    const before = Y.encodeStateVector(forger);
    paragraphText(forger).insert(0, 'Forged. ');
    raw.socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(forger, before)));
    expect((await raw.closed).code).toBe(CloseCode.forbidden);
    expect(server.services.collab.read(seed.documentId, (doc) => documentText(doc))).not.toContain('Forged');
    expect(server.services.clientOwners.ownerOf(seed.documentId, owner.doc.clientID)).not.toBe(drafterId);
  });

  it('refuses content outside the editor schema, and read-only members stay connected', async () => {
    const reader = connect(observer.cookie);
    const readerCodes = closeCodes(reader);
    await waitSynced(reader);
    const attacker = new Y.Doc();
    const raw = await openRawSocket(server.url, seed.documentId, drafter.cookie);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 100_000_000 as unknown as string);
    attacker.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [heading]);
    raw.socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(attacker)));
    expect((await raw.closed).code).toBe(CloseCode.contentNotAllowed);

    // Nothing of it was stored: the markdown export stays small and the reader is untouched.
    const exported = await fetch(`${server.url}/api/documents/${seed.documentId}/export?format=md`, {
      headers: { cookie: seed.facilitator.cookie },
    });
    expect(exported.status).toBe(200);
    expect((await exported.text()).length).toBeLessThan(10_000);
    expect(reader.provider.wsconnected).toBe(true);
    expect(readerCodes).toEqual([]);
  });

  it("stamps presence with the server's identity and refuses taking over another person's", async () => {
    const facilitator = connect(seed.facilitator.cookie);
    const peer = connect(drafter.cookie);
    await Promise.all([waitSynced(facilitator), waitSynced(peer)]);
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Fatou', color: '#000' });
    peer.provider.awareness.setLocalStateField('user', { name: 'The Minister', color: '#fff' });
    await waitFor(() => facilitator.provider.awareness.getStates().get(peer.doc.clientID)?.['user'] !== undefined, 'the peer presence');
    expect(facilitator.provider.awareness.getStates().get(peer.doc.clientID)?.['user']).toMatchObject({ name: 'Dara Drafter' });

    // An observer sends presence under the facilitator's client id: refused, and it stays hers.
    const raw = await openRawSocket(server.url, seed.documentId, observer.cookie);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, presenceUpdate(facilitator.doc.clientID, 1000, { user: { name: 'Fatou' } }));
    raw.socket.send(encoding.toUint8Array(encoder));
    expect((await raw.closed).code).toBe(CloseCode.forbidden);
    expect(peer.provider.awareness.getStates().get(facilitator.doc.clientID)?.['user']).toMatchObject({ name: expect.stringMatching(/Fatou/) });

    // A presence state past the size bound is refused too.
    const big = await openRawSocket(server.url, seed.documentId, observer.cookie);
    const bigEncoder = encoding.createEncoder();
    encoding.writeVarUint(bigEncoder, MessageType.awareness);
    encoding.writeVarUint8Array(bigEncoder, presenceUpdate(424242, 1, { padding: 'x'.repeat(64 * 1024) }));
    big.socket.send(encoding.toUint8Array(bigEncoder));
    expect((await big.closed).code).toBe(CloseCode.tooLarge);
  });

  it('caps sockets and open documents per user, without touching anyone else', async () => {
    const documents = await Promise.all(
      [1, 2, 3, 4].map((n) => seed.facilitator.call(contract.documents.create, { params: { id: seed.workspaceId }, body: { title: `Annex ${n}` } })),
    );
    const [first, , , fourthDocument] = documents.map((doc) => doc.id) as [string, string, string, string];
    const sockets = await Promise.all(documents.slice(0, 3).map((doc) => openRawSocket(server.url, doc.id, drafter.cookie)));
    const fourth = await openRawSocket(server.url, fourthDocument, drafter.cookie);
    expect((await fourth.closed).code).toBe(CloseCode.rateLimited);

    const sameDocument = await Promise.all([1, 2, 3].map(() => openRawSocket(server.url, first, drafter.cookie)));
    const seventh = await openRawSocket(server.url, first, drafter.cookie);
    expect((await seventh.closed).code).toBe(CloseCode.rateLimited);

    // The refusals closed only the sockets past the caps, and nobody else's.
    for (const raw of [...sockets, ...sameDocument]) expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    const someoneElse = connect(seed.facilitator.cookie, fourthDocument);
    await waitSynced(someoneElse);
    expect(someoneElse.provider.wsconnected).toBe(true);
    for (const raw of [...sockets, ...sameDocument]) raw.socket.close();
  });
});

describe('a document stored before updates were validated', () => {
  it('is not loaded when it would pass its quota in memory: the socket is told why, the server goes on', async () => {
    const server = await startTestServer({ sync: { unloadDelayMs: 0, limits: { maxDocumentBytes: 2 * MiB } } });
    try {
      const seed = await seedWorkspace(server.url);
      // 60,000 tiny items: about 400 KB stored, about 12 MB once decoded.
      await createUpdateStore(server.database).append(seed.documentId, [manyTinyItemsUpdate(60_000)]);
      const raw = await openRawSocket(server.url, seed.documentId, seed.facilitator.cookie);
      expect((await raw.closed).code).toBe(CloseCode.tooLarge);
      expect(server.sync.stats().rooms).toBe(0);

      const other = await seed.facilitator.call(contract.documents.create, { params: { id: seed.workspaceId }, body: { title: 'Annex' } });
      const writer = track(connectClient(server.url, other.id, seed.facilitator.cookie));
      await waitSynced(writer);
      expect(writer.provider.wsconnected).toBe(true);
    } finally {
      await server.close();
    }
  });
});
