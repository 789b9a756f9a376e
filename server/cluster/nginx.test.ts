import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { signUp } from '../testing/api-client.ts';
import { spawnServer, type ServerProcess } from '../testing/server-process.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { connectClient, documentText, paragraphText, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { freshPostgresDatabase, testDatabaseUrl, testRedisUrl } from '../testing/test-database.ts';
import { tempDataDir, waitFor } from '../testing/test-server.ts';

const exampleConfig = path.resolve(import.meta.dirname, '../../deploy/nginx.conf');
const nginxInstalled = spawnSync('nginx', ['-v']).status === 0;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The README's example configuration, with this test's ports and a private prefix. */
function renderConfig(listenPort: number, upstreams: number[], prefix: string): string {
  const example = fs.readFileSync(exampleConfig, 'utf8');
  const [first, second] = upstreams;
  return example
    .replace('listen 8080;', `listen 127.0.0.1:${listenPort};`)
    .replace('127.0.0.1:8081', `127.0.0.1:${first}`)
    .replace('127.0.0.1:8082', `127.0.0.1:${second}`)
    .replace('http {', `http {\n  access_log off;\n  client_body_temp_path ${prefix}/body;\n  proxy_temp_path ${prefix}/proxy;`);
}

/**
 * The deployment example of the README, run for real: two instances on one PostgreSQL and
 * Redis behind `deploy/nginx.conf`. Runs where nginx is installed (`.ci/run` installs it).
 */
describe.runIf(testDatabaseUrl && testRedisUrl && nginxInstalled)('two instances behind the example nginx configuration', () => {
  const instances: ServerProcess[] = [];
  const clients: SyncClient[] = [];
  let nginx: ChildProcess;
  let origin = '';

  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase(testDatabaseUrl as string);
    const listenPort = await freePort();
    origin = `http://localhost:${listenPort}`;
    const upstreamPorts = [await freePort(), await freePort()];
    for (const port of upstreamPorts) {
      instances.push(
        await spawnServer(tempDataDir(), {
          env: {
            PORT: String(port),
            CADRE_DATABASE_URL: databaseUrl,
            CADRE_REDIS_URL: testRedisUrl as string,
            CADRE_PUBLIC_ORIGIN: origin,
            CADRE_TRUSTED_PROXIES: '127.0.0.1',
            CADRE_DATABASE_POOL_SIZE: '4',
          },
        }),
      );
    }
    const prefix = tempDataDir();
    fs.writeFileSync(path.join(prefix, 'nginx.conf'), renderConfig(listenPort, upstreamPorts, prefix));
    nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${prefix}/nginx.pid; error_log stderr;`], {
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`${origin}/api/ready`).catch(() => undefined))?.status === 200, 'nginx to reach a ready instance', 20_000);
  });

  afterAll(async () => {
    for (const client of clients) client.provider.destroy();
    nginx?.kill('SIGTERM');
    for (const instance of instances) {
      if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
      await instance.exited;
    }
  });

  it('serves sign-in, live events and editing through the proxy, and goes on when an instance dies', async () => {
    const person = await signUp(origin, 'Ana Facilitator');
    const workspace = await person.call(contract.workspaces.create, { body: { title: 'Employment policy' } });
    const stream = await subscribeToWorkspace(origin, person.cookie, workspace.id);
    await waitFor(() => stream.isReady(), 'the event stream through nginx');
    const document = await person.call(contract.documents.create, { params: { id: workspace.id }, body: { title: 'Draft' } });
    await waitFor(() => stream.received.some((event) => event.id === document.id), 'the creation to arrive on the stream, unbuffered');

    const editors = [connectClient(origin, document.id, person.cookie), connectClient(origin, document.id, person.cookie)];
    clients.push(...editors);
    await Promise.all(editors.map((editor) => waitSynced(editor)));
    paragraphText((editors[0] as SyncClient).doc).insert(0, 'Before. ');
    await waitFor(() => editors.every((editor) => documentText(editor.doc) === 'Before. '), 'both editors to see the first edit');

    // An instance dies (perhaps the one holding the document): editors reconnect through nginx.
    const [dying] = instances as [ServerProcess];
    dying.child.kill('SIGKILL');
    await dying.exited;
    paragraphText((editors[1] as SyncClient).doc).insert(0, 'After. ');
    await waitFor(() => editors.every((editor) => documentText(editor.doc) === 'After. Before. '), 'both editors to converge again', 30_000);
    expect((await fetch(`${origin}/api/ready`)).status).toBe(200);
    expect((await fetch(`${origin}/metrics`)).status, 'metrics stay off the public proxy').toBe(404);
    stream.close();
  });
});
