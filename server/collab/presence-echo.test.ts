import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendOwnPresenceOnly } from '../../shared/collab/own-presence-only.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { connectClient, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

/** The awareness states (client id → JSON) of each presence message a client sends from now on. */
function presenceSentBy(client: SyncClient): Map<number, string>[] {
  const sent: Map<number, string>[] = [];
  const socket = client.provider.ws;
  if (!socket) throw new Error('client is not connected');
  const send = socket.send.bind(socket);
  socket.send = (data) => {
    const decoder = decoding.createDecoder(data as Uint8Array);
    if (decoding.readVarUint(decoder) === MessageType.awareness) {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const states = new Map<number, string>();
      for (let count = decoding.readVarUint(update); count > 0; count--) {
        const clientId = decoding.readVarUint(update);
        decoding.readVarUint(update);
        states.set(clientId, decoding.readVarString(update));
      }
      sent.push(states);
    }
    send(data);
  };
  return sent;
}

describe('presence sent by Cadre’s client', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  const clients: SyncClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    seed = await seedWorkspace(server.url);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.provider.destroy();
  });
  afterAll(() => server.close());

  const connect = async (name: string) => {
    const { client } = await addMember(server, seed.workspaceId, 'drafter', name);
    const connected = connectClient(server.url, seed.documentId, client.cookie);
    clients.push(connected);
    await waitSynced(connected);
    return connected;
  };
  const caretSeenBy = (viewer: SyncClient, other: SyncClient) =>
    (viewer.provider.awareness.getStates().get(other.doc.clientID)?.['cursor'] as { at?: number } | undefined)?.at;

  it('is its own only: others’ caret moves are not sent back, as the stock client does', async () => {
    const stock = await connect('Stock client');
    const cadre = await connect('Cadre client');
    sendOwnPresenceOnly(cadre.provider);
    const mover = await connect('Mover');
    await waitFor(() => caretSeenBy(stock, mover) === undefined && caretSeenBy(cadre, mover) === undefined, 'a start without carets');
    const sentByStock = presenceSentBy(stock);
    const sentByCadre = presenceSentBy(cadre);

    for (const at of [1, 2, 3, 4, 5]) mover.provider.awareness.setLocalStateField('cursor', { at });
    await waitFor(() => caretSeenBy(stock, mover) === 5 && caretSeenBy(cadre, mover) === 5, 'the caret moves to reach both');
    expect(sentByStock.some((states) => states.has(mover.doc.clientID))).toBe(true);
    expect(sentByCadre).toEqual([]);

    // Its own caret still goes out, and reaches the others.
    cadre.provider.awareness.setLocalStateField('cursor', { at: 7 });
    await waitFor(() => caretSeenBy(mover, cadre) === 7, 'the Cadre client’s caret to reach the mover');
    expect(sentByCadre.map((states) => [...states.keys()])).toEqual([[cadre.doc.clientID]]);
  });

  it('still answers "still here" when told it left', async () => {
    const cadre = await connect('Cadre client told it left');
    sendOwnPresenceOnly(cadre.provider);
    const { awareness } = cadre.provider;
    awareness.setLocalStateField('cursor', { at: 3 });
    const sent = presenceSentBy(cadre);
    const removal = encoding.createEncoder();
    encoding.writeVarUint(removal, 1);
    encoding.writeVarUint(removal, awareness.clientID);
    encoding.writeVarUint(removal, awareness.meta.get(awareness.clientID)?.clock ?? 0);
    encoding.writeVarString(removal, 'null');
    applyAwarenessUpdate(awareness, encoding.toUint8Array(removal), cadre.provider);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.get(awareness.clientID) ?? 'null')).toMatchObject({ cursor: { at: 3 } });
  });
});
