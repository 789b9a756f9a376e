import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUpdateStore } from './update-store.ts';
import { connectClient, documentText, paragraphText, confirmDurable, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import type { CadreServer } from '../server.ts';

const servers: CadreServer[] = [];
const clients: SyncClient[] = [];

async function start() {
  const server = await startTestServer();
  servers.push(server);
  return server;
}

let cookie = '';

async function newDocument(server: CadreServer): Promise<string> {
  const seeded = await seedWorkspace(server.url);
  cookie = seeded.facilitator.cookie;
  return seeded.documentId;
}

function connect(server: CadreServer, documentId: string) {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  for (const server of servers.splice(0)) await server.close();
});

const textOf = (client: SyncClient) => documentText(client.doc);

describe('sync server', () => {
  it('relays edits between stock y-websocket clients and serves them to late joiners', async () => {
    const server = await start();
    const documentId = await newDocument(server);
    const alice = connect(server, documentId);
    const bob = connect(server, documentId);
    await Promise.all([waitSynced(alice), waitSynced(bob)]);

    paragraphText(alice.doc).insert(0, 'Vision: ');
    await waitFor(() => textOf(bob) === 'Vision: ', 'bob to see alice');
    paragraphText(bob.doc).insert(8, 'safe migration');
    await waitFor(() => textOf(alice) === 'Vision: safe migration', 'alice to see bob');

    const carol = connect(server, documentId);
    await waitSynced(carol);
    expect(textOf(carol)).toBe('Vision: safe migration');
  });

  it('converges when clients edit concurrently and drop and rejoin at random points', async () => {
    const server = await start();
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = prng.create(seed);
      const documentId = await newDocument(server);
      const group = Array.from({ length: 4 }, () => connect(server, documentId));
      await Promise.all(group.map((client) => waitSynced(client)));

      for (let step = 0; step < 150; step++) {
        const client = prng.oneOf(random, group);
        const text = paragraphText(client.doc);
        const roll = prng.uint32(random, 0, 99);
        if (roll < 10) {
          if (client.provider.wsconnected) client.provider.disconnect();
          else client.provider.connect();
        } else if (roll < 25 && text.length > 0) {
          const index = prng.uint32(random, 0, text.length - 1);
          text.delete(index, Math.min(prng.uint32(random, 1, 5), text.length - index));
        } else {
          text.insert(prng.uint32(random, 0, text.length), prng.word(random, 1, 6));
        }
        // Let the event loop deliver some messages between edits, as real typing would.
        if (step % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      }

      for (const client of group) if (!client.provider.wsconnected) client.provider.connect();
      await Promise.all(group.map((client) => waitSynced(client)));
      await waitFor(
        () => group.every((client) => textOf(client) === textOf(group[0] as SyncClient)),
        `clients to converge (seed ${seed})`,
      );
      const latecomer = connect(server, documentId);
      await waitSynced(latecomer);
      expect(textOf(latecomer), `seed ${seed}`).toBe(textOf(group[0] as SyncClient));
    }
  });

  it('removes a client’s presence when it disconnects', async () => {
    const server = await start();
    const documentId = await newDocument(server);
    const alice = connect(server, documentId);
    const bob = connect(server, documentId);
    await Promise.all([waitSynced(alice), waitSynced(bob)]);

    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    const aliceId = alice.doc.clientID;
    await waitFor(() => bob.provider.awareness.getStates().has(aliceId), 'bob to see alice’s presence');
    alice.provider.disconnect();
    await waitFor(() => !bob.provider.awareness.getStates().has(aliceId), 'alice’s presence to be removed');
  });

  it('unloads a document after its last client leaves and keeps its content on disk, compacted', async () => {
    const server = await start();
    const documentId = await newDocument(server);
    const writer = connect(server, documentId);
    await waitSynced(writer);
    for (const word of ['one ', 'two ', 'three ']) paragraphText(writer.doc).insert(paragraphText(writer.doc).length, word);
    await confirmDurable(writer, 1);
    expect(server.sync.stats()).toEqual({ rooms: 1, connections: 1 });

    writer.provider.destroy();
    await waitFor(() => server.sync.stats().rooms === 0, 'the room to unload');
    expect(await createUpdateStore(server.database).count(documentId)).toBe(1);

    const reader = connect(server, documentId);
    await waitSynced(reader);
    expect(textOf(reader)).toBe('one two three ');
  });

  it('keeps only durable updates visible: an acknowledged edit is in the store', async () => {
    const server = await start();
    const documentId = await newDocument(server);
    const writer = connect(server, documentId);
    await waitSynced(writer);
    paragraphText(writer.doc).insert(0, 'Rationale');
    await confirmDurable(writer, 7);

    const stored = new Y.Doc();
    for (const update of await createUpdateStore(server.database).load(documentId)) Y.applyUpdate(stored, update.data);
    expect(documentText(stored)).toBe('Rationale');
  });
});

describe('server-side changes', () => {
  it('applies a change through the room: persisted, and live for connected clients', async () => {
    const server = await start();
    const documentId = await newDocument(server);
    const reader = connect(server, documentId);
    await waitSynced(reader);

    await server.services.collab.change(documentId, (doc) => paragraphText(doc).insert(0, 'restored text'));
    await waitFor(() => textOf(reader) === 'restored text', 'the client to see the server-side change');
    reader.provider.destroy();
    await waitFor(() => server.sync.stats().rooms === 0, 'the room to unload');
    expect(await server.services.collab.read(documentId, (doc) => documentText(doc))).toBe('restored text');
  });
});
