import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, documentText, paragraphText, typeContinuously, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { spawnServer, type ServerProcess } from '../testing/server-process.ts';
import { seedWorkspace, tempDataDir, waitFor } from '../testing/test-server.ts';

const processes: ServerProcess[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  for (const server of processes.splice(0)) {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
});

async function spawnTracked(dataDir: string) {
  const server = await spawnServer(dataDir);
  processes.push(server);
  return server;
}

let cookie = '';

async function newDocument(url: string): Promise<string> {
  const seeded = await seedWorkspace(url);
  cookie = seeded.facilitator.cookie;
  return seeded.documentId;
}

function connect(url: string, documentId: string) {
  const client = connectClient(url, documentId, cookie);
  clients.push(client);
  return client;
}

const textOf = (client: SyncClient) => documentText(client.doc);

async function readAfterRestart(dataDir: string, documentId: string): Promise<string> {
  const restarted = await spawnTracked(dataDir);
  const reader = connect(restarted.url, documentId);
  await waitSynced(reader, 20_000);
  return textOf(reader);
}

describe('durability of the sync server process', () => {
  it('keeps content across a clean restart', async () => {
    const dataDir = tempDataDir();
    const server = await spawnTracked(dataDir);
    const documentId = await newDocument(server.url);
    const writer = connect(server.url, documentId);
    const observer = connect(server.url, documentId);
    await Promise.all([waitSynced(writer), waitSynced(observer)]);
    paragraphText(writer.doc).insert(0, 'Objectives of the national migration policy');
    await waitFor(() => textOf(observer) === textOf(writer), 'the observer to receive the edit');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await readAfterRestart(dataDir, documentId)).toBe('Objectives of the national migration policy');
  });

  it('loses no update that another client saw when the server is killed with SIGKILL mid-typing', async () => {
    const random = prng.create(7);
    for (let round = 0; round < 3; round++) {
      const dataDir = tempDataDir();
      const server = await spawnTracked(dataDir);
      const documentId = await newDocument(server.url);
      const writer = connect(server.url, documentId);
      const observer = connect(server.url, documentId);
      await Promise.all([waitSynced(writer), waitSynced(observer)]);

      // Continuous typing, one character per tick, until the kill.
      const stopTyping = typeContinuously(writer);
      const killAfter = prng.uint32(random, 50, 400);
      await waitFor(() => textOf(observer).length >= killAfter, 'the observer to see enough typing');
      server.child.kill('SIGKILL');
      await server.exited;
      stopTyping();
      const seenByObserver = textOf(observer);
      for (const client of clients.splice(0)) client.provider.destroy();

      const restored = await readAfterRestart(dataDir, documentId);
      expect(restored.length, `round ${round}`).toBeGreaterThanOrEqual(seenByObserver.length);
      expect(restored.startsWith(seenByObserver), `round ${round}: restored text keeps all seen typing`).toBe(true);
    }
  });
});
