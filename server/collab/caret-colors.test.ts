import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CARET_COLORS } from '../../shared/collab/caret-color.ts';
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
});
