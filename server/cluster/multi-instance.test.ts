import { Redis } from 'ioredis';
import * as prng from 'lib0/prng';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { spawnServer, type ServerProcess } from '../testing/server-process.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { connectClient, documentText, paragraphText, typeContinuously, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { freshPostgresDatabase, testDatabaseUrl, testRedisUrl } from '../testing/test-database.ts';
import { seedWorkspace, tempDataDir, waitFor } from '../testing/test-server.ts';

/**
 * Several real server processes on one PostgreSQL database and one Redis, as in a deployment
 * behind a load balancer. Run by `.ci/run` with CADRE_TEST_DATABASE_URL and CADRE_TEST_REDIS_URL.
 */
describe.runIf(testDatabaseUrl && testRedisUrl)('several instances on one PostgreSQL and Redis', () => {
  const processes: ServerProcess[] = [];
  const clients: SyncClient[] = [];
  let databaseUrl = '';

  beforeEach(async () => {
    databaseUrl = await freshPostgresDatabase(testDatabaseUrl as string);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.provider.destroy();
    for (const server of processes.splice(0)) {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      await server.exited;
    }
  });

  async function startInstance({ redis = true } = {}): Promise<ServerProcess> {
    const server = await spawnServer(tempDataDir(), {
      env: {
        CADRE_DATABASE_URL: databaseUrl,
        ...(redis ? { CADRE_REDIS_URL: testRedisUrl as string } : {}),
        CADRE_DATABASE_POOL_SIZE: '4',
        CADRE_AUTH_ATTEMPTS_PER_ADDRESS: '100000',
      },
    });
    processes.push(server);
    return server;
  }

  const startThree = () => Promise.all([startInstance(), startInstance(), startInstance()]);

  function connect(server: ServerProcess, documentId: string, cookie: string): SyncClient {
    const client = connectClient(server.url, documentId, cookie);
    clients.push(client);
    return client;
  }

  const textOf = (client: SyncClient) => documentText(client.doc);

  /** The document as a fresh client of `server` receives it. */
  async function freshRead(server: ServerProcess, documentId: string, cookie: string): Promise<string> {
    const reader = connect(server, documentId, cookie);
    await waitSynced(reader, 20_000);
    return textOf(reader);
  }

  it('makes clients on different instances converge, through random edits and disconnections', async () => {
    const instances = await startThree();
    const seed = await seedWorkspace(instances[0].url);
    const editors = Array.from({ length: 6 }, (_, index) => connect(instances[index % 3] as ServerProcess, seed.documentId, seed.facilitator.cookie));
    await Promise.all(editors.map((editor) => waitSynced(editor, 20_000)));

    const random = prng.create(1414);
    for (let step = 0; step < 300; step++) {
      const editor = prng.oneOf(random, editors);
      const text = paragraphText(editor.doc);
      if (text.length > 0 && prng.bool(random) && prng.uint32(random, 0, 3) === 0) {
        text.delete(prng.uint32(random, 0, text.length - 1), 1);
      } else {
        text.insert(prng.uint32(random, 0, text.length), prng.word(random, 1, 3));
      }
      // Now and then a client drops off and comes back, editing meanwhile.
      if (prng.uint32(random, 0, 40) === 0) editor.provider.disconnect();
      if (!editor.provider.shouldConnect && prng.uint32(random, 0, 5) === 0) editor.provider.connect();
      if (step % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const editor of editors) if (!editor.provider.shouldConnect) editor.provider.connect();

    await waitFor(() => new Set(editors.map(textOf)).size === 1, 'every client to hold the same text', 30_000);
    const converged = textOf(editors[0] as SyncClient);
    expect(converged.length).toBeGreaterThan(100);
    for (const instance of instances) expect(await freshRead(instance, seed.documentId, seed.facilitator.cookie)).toBe(converged);
  });

  it('carries live events, sessions and their end from one instance to the others', async () => {
    const [first, second] = await startThree();
    const person = await signUp(first.url, 'Ana Facilitator');
    const onSecond = new ApiClient(second.url);
    onSecond.cookie = person.cookie;
    // A session opened on one instance is valid on the others.
    expect((await onSecond.call(contract.auth.me, {})).user.name).toBe('Ana Facilitator');

    const workspace = await person.call(contract.workspaces.create, { body: { title: 'Employment policy' } });
    const stream = await subscribeToWorkspace(second.url, person.cookie, workspace.id);
    await waitFor(() => stream.isReady(), 'the stream on the second instance to open');
    const document = await person.call(contract.documents.create, { params: { id: workspace.id }, body: { title: 'Draft' } });
    await waitFor(
      () => stream.received.some((event) => event.resource === 'documents' && event.action === 'created' && event.id === document.id),
      'the event made on the first instance to reach the stream on the second',
    );

    // Signing out on one instance ends the session's live channels on the others.
    const socket = connect(second, document.id, person.cookie);
    await waitSynced(socket);
    await person.call(contract.auth.logout, {});
    await waitFor(() => stream.isEnded(), 'the stream on the second instance to end');
    await waitFor(() => !socket.provider.wsconnected, 'the sync socket on the second instance to close');
    expect((await onSecond.request('GET', '/api/me')).status).toBe(401);
    stream.close();
  });

  it('loses nothing another client saw when an instance is killed (SIGKILL) mid-typing', async () => {
    const [writing, observing, reading] = await startThree();
    const seed = await seedWorkspace(writing.url);
    const writer = connect(writing, seed.documentId, seed.facilitator.cookie);
    const observer = connect(observing, seed.documentId, seed.facilitator.cookie);
    await Promise.all([waitSynced(writer), waitSynced(observer)]);

    const stopTyping = typeContinuously(writer);
    await waitFor(() => textOf(observer).length >= 150, 'the observer, on another instance, to see typing');
    writing.child.kill('SIGKILL');
    await writing.exited;
    stopTyping();
    const seen = textOf(observer);

    const restored = await freshRead(reading, seed.documentId, seed.facilitator.cookie);
    expect(restored.startsWith(seen), 'every character the observer saw is stored').toBe(true);
  });

  it('loses nothing when Redis drops every connection mid-run, and serves whole documents without Redis', async () => {
    const [writing, observing] = await startThree();
    const seed = await seedWorkspace(writing.url);
    const writer = connect(writing, seed.documentId, seed.facilitator.cookie);
    const observer = connect(observing, seed.documentId, seed.facilitator.cookie);
    await Promise.all([waitSynced(writer), waitSynced(observer)]);

    const admin = new Redis(testRedisUrl as string);
    const stopTyping = typeContinuously(writer, 2);
    try {
      await waitFor(() => textOf(observer).length >= 50, 'typing to reach the observer');
      // Every client connection of every instance, subscribers and publishers alike.
      await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
      const atDrop = textOf(writer).length;
      await waitFor(() => textOf(writer).length >= atDrop + 100, 'typing to go on after the drop');
    } finally {
      stopTyping();
      admin.disconnect();
    }
    await waitFor(() => textOf(observer) === textOf(writer), 'the observer to catch up from the log', 30_000);

    const alone = await startInstance({ redis: false });
    expect(await freshRead(alone, seed.documentId, seed.facilitator.cookie)).toBe(textOf(writer));
  });
});
