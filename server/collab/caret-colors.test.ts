import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CARET_COLORS } from '../../shared/collab/caret-color.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { connectClient, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

describe('caret colours in a document', () => {
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
  const colorSeenBy = (viewer: SyncClient, other: SyncClient) =>
    (viewer.provider.awareness.getStates().get(other.doc.clientID)?.['user'] as { color?: string } | undefined)?.color;

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
