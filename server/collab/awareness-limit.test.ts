import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { connectClient, documentText, paragraphText, openRawSocket, waitSynced } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer({
    sync: { unloadDelayMs: 0, limits: { awarenessBurst: 5, awarenessPerSecond: 1, awarenessDropsBeforeClose: 50 } },
  });
});
afterAll(() => server.close());

function awarenessMessage(awareness: Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(encoder);
}

it('drops awareness beyond the rate limit and closes a connection that keeps flooding', async () => {
  const { facilitator, documentId } = await seedWorkspace(server.url);
  const watcher = connectClient(server.url, documentId, facilitator.cookie);
  await waitSynced(watcher);
  let seenUpdates = 0;
  watcher.provider.awareness.on('update', () => seenUpdates++);

  const flooder = await openRawSocket(server.url, documentId, facilitator.cookie);
  const awareness = new Awareness(new Y.Doc());
  for (let i = 0; i < 200; i++) {
    awareness.setLocalState({ cursor: i });
    flooder.socket.send(awarenessMessage(awareness));
  }
  expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
  // Only the burst got through (plus the removal of the flooder's state when it was closed).
  await waitFor(() => !watcher.provider.awareness.getStates().has(awareness.clientID), 'the flooder’s presence to go');
  expect(seenUpdates).toBeLessThanOrEqual(7);

  paragraphText(watcher.doc).insert(0, 'still working');
  const other = connectClient(server.url, documentId, facilitator.cookie);
  await waitSynced(other);
  await waitFor(() => documentText(other.doc) === 'still working', 'the room to keep working');
  watcher.provider.destroy();
  other.provider.destroy();
  awareness.destroy();
});
