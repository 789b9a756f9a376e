import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CARET_COLORS } from '../../shared/collab/caret-color.ts';
import { OWN_PRESENCE_INTERVAL_MS, sendOwnPresenceOnly } from '../../shared/collab/own-presence-only.ts';
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

describe('presence in a document', () => {
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

  const connect = (cookie: string) => {
    const client = connectClient(server.url, seed.documentId, cookie);
    clients.push(client);
    return client;
  };
  const connectMember = async (name: string) => {
    const connected = connect((await addMember(server, seed.workspaceId, 'drafter', name)).client.cookie);
    await waitSynced(connected);
    return connected;
  };
  const colorSeenBy = (viewer: SyncClient, other: SyncClient) =>
    (viewer.provider.awareness.getStates().get(other.doc.clientID)?.['user'] as { color?: string } | undefined)?.color;
  const caretSeenBy = (viewer: SyncClient, other: SyncClient) =>
    (viewer.provider.awareness.getStates().get(other.doc.clientID)?.['cursor'] as { at?: number } | undefined)?.at;

  it('from Cadre’s client is its own only: others’ caret moves are not sent back, as the stock client does', async () => {
    const stock = await connectMember('Stock client');
    const cadre = await connectMember('Cadre client');
    sendOwnPresenceOnly(cadre.provider);
    const mover = await connectMember('Mover');
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

  it('from Cadre’s client goes out at once, then at most every interval while the caret keeps moving; the last place always', async () => {
    const cadre = await connectMember('Cadre client typing');
    sendOwnPresenceOnly(cadre.provider);
    const viewer = await connectMember('Viewer');
    cadre.provider.awareness.setLocalStateField('cursor', { at: 0 });
    await waitFor(() => caretSeenBy(viewer, cadre) === 0, 'the first caret to reach the viewer');
    const sent = presenceSentBy(cadre);
    const started = Date.now();
    // A keystroke's worth of caret moves, faster than the interval.
    for (let at = 1; at <= 20; at++) cadre.provider.awareness.setLocalStateField('cursor', { at });
    await waitFor(() => caretSeenBy(viewer, cadre) === 20, 'the last caret to reach the viewer');
    const elapsed = Date.now() - started;
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(2 + Math.floor(elapsed / OWN_PRESENCE_INTERVAL_MS));
    expect(sent.length).toBeLessThan(20);
  });

  it('from Cadre’s client still answers "still here" when told it left', async () => {
    const cadre = await connectMember('Cadre client told it left');
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

  it('gives five people editing together five different colours of the palette, and a second tab the same one', async () => {
    const cookies = [seed.facilitator.cookie];
    for (const n of [1, 2, 3, 4]) cookies.push((await addMember(server, seed.workspaceId, 'drafter', `Drafter ${n}`)).client.cookie);
    const people: SyncClient[] = [];
    // One after another, as people open a document: each newcomer sees who is there.
    for (const cookie of cookies) {
      const person = connect(cookie);
      await waitSynced(person);
      person.provider.awareness.setLocalStateField('user', { name: 'ignored', color: 'ignored' });
      people.push(person);
      await waitFor(() => people.every((other) => other === person || colorSeenBy(other, person) !== undefined), 'the newcomer to be seen');
    }
    const [viewer, ...others] = people as [SyncClient, ...SyncClient[]];
    await waitFor(() => others.every((other) => colorSeenBy(viewer, other) !== undefined), 'everyone to be seen');
    const colors = others.map((other) => colorSeenBy(viewer, other));
    colors.push(colorSeenBy(others[0] as SyncClient, viewer));
    expect(new Set(colors).size).toBe(5);
    for (const color of colors) expect(CARET_COLORS).toContain(color);

    // The first person opens the document in a second tab: they keep their colour there.
    const secondTab = connect(seed.facilitator.cookie);
    await waitSynced(secondTab);
    secondTab.provider.awareness.setLocalStateField('user', { name: 'ignored', color: 'ignored' });
    await waitFor(() => colorSeenBy(others[0] as SyncClient, secondTab) !== undefined, 'the second tab to be seen');
    expect(colorSeenBy(others[0] as SyncClient, secondTab)).toBe(colorSeenBy(others[0] as SyncClient, viewer));
  });

  /** The colours in the presence the server sends `client` about itself. */
  function ownPresenceSentTo(client: SyncClient): string[] {
    const colors: string[] = [];
    const handle = client.provider.messageHandlers[MessageType.awareness];
    client.provider.messageHandlers[MessageType.awareness] = (encoder, decoder, provider, emitSynced, messageType) => {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoding.clone(decoder)));
      for (let count = decoding.readVarUint(update); count > 0; count--) {
        const clientId = decoding.readVarUint(update);
        decoding.readVarUint(update);
        const state = JSON.parse(decoding.readVarString(update)) as { user?: { color?: string } } | null;
        if (clientId === client.doc.clientID && state?.user?.color) colors.push(state.user.color);
      }
      handle?.(encoder, decoder, provider, emitSynced, messageType);
    };
    return colors;
  }

  it('tells a person once the colour it gave them when they proposed another', async () => {
    const viewer = connect(seed.facilitator.cookie);
    await waitSynced(viewer);
    const person = connect((await addMember(server, seed.workspaceId, 'drafter', 'Drafter told')).client.cookie);
    const told = ownPresenceSentTo(person);
    person.provider.awareness.setLocalStateField('user', { name: 'ignored', color: 'ignored' });
    await waitFor(() => told.length > 0 && colorSeenBy(viewer, person) !== undefined, 'the person to be told their colour');
    expect(told).toEqual([colorSeenBy(viewer, person) ?? 'seen by the viewer']);

    // Still proposing another colour: told once is enough (a stock client never adopts it).
    person.provider.awareness.setLocalStateField('cursor', { at: 1 });
    await waitFor(() => (viewer.provider.awareness.getStates().get(person.doc.clientID)?.['cursor'] as { at?: number } | undefined)?.at === 1, 'the caret move relayed');
    expect(told).toHaveLength(1);
  });
});
