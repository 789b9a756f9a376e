import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { syncUpdateMessage } from '../testing/hostile-updates.ts';
import { documentText, openRawSocket, paragraphText } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

function durabilityCheck(nonce: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.durabilityCheck);
  encoding.writeVarUint(encoder, nonce);
  return encoding.toUint8Array(encoder);
}

function queryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}

const firstVarUint = (message: Uint8Array): number => decoding.readVarUint(decoding.createDecoder(message));

function acknowledged(received: Uint8Array[], nonce: number): boolean {
  return received.some((message) => {
    const decoder = decoding.createDecoder(message);
    return decoding.readVarUint(decoder) === MessageType.durabilityCheck && decoding.readVarUint(decoder) === nonce;
  });
}

describe('updates that arrive before what they build on', () => {
  let server: CadreServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    server = await startTestServer();
    seed = await seedWorkspace(server.url);
  });
  afterAll(() => server.close());

  it('waits for the missing edits, then applies both, and only then confirms durability', async () => {
    // Offline edits, then typing right after reconnecting: the live update can overtake them.
    const client = new Y.Doc();
    paragraphText(client).insert(0, 'offline draft');
    const offline = Y.encodeStateAsUpdate(client);
    const before = Y.encodeStateVector(client);
    paragraphText(client).insert(13, ', typed on reconnection');
    const live = Y.encodeStateAsUpdate(client, before);

    const raw = await openRawSocket(server.url, seed.documentId, seed.facilitator.cookie);
    raw.socket.send(syncUpdateMessage(live));
    raw.socket.send(durabilityCheck(1));
    raw.socket.send(durabilityCheck(2));
    // The server answers in order: once this query is answered, the messages before it are handled.
    raw.socket.send(queryAwareness());
    await waitFor(() => raw.received.some((message) => firstVarUint(message) === MessageType.awareness), 'the query to be answered');
    const readText = () => server.services.collab.read(seed.documentId, (doc) => documentText(doc));
    expect(await readText()).toBe('');
    expect(acknowledged(raw.received, 1)).toBe(false);

    raw.socket.send(syncUpdateMessage(offline));
    await waitFor(() => acknowledged(raw.received, 2), 'the durability checks to be answered');
    expect(await readText()).toBe('offline draft, typed on reconnection');
    expect(acknowledged(raw.received, 1)).toBe(true);
    raw.socket.close();
  });

  it('reconnects a client whose updates keep waiting for something that never comes', async () => {
    const server2 = await startTestServer({ sync: { unloadDelayMs: 0, limits: { maxWaitingUpdates: 3 } } });
    try {
      const seed2 = await seedWorkspace(server2.url);
      const client = new Y.Doc();
      paragraphText(client).insert(0, 'never sent');
      const raw = await openRawSocket(server2.url, seed2.documentId, seed2.facilitator.cookie);
      for (let i = 0; i < 4; i++) {
        const before = Y.encodeStateVector(client);
        paragraphText(client).insert(0, `${i}`);
        raw.socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(client, before)));
      }
      // Not final: the stock client reconnects and sends its whole state in the handshake.
      expect((await raw.closed).code).toBe(CloseCode.overloaded);
    } finally {
      await server2.close();
    }
  });
});
