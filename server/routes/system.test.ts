import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadreServer } from '../server.ts';
import { connectClient, waitSynced } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';

describe('health, readiness and metrics', () => {
  const token = 'a-monitoring-token-of-some-length';
  let server: CadreServer;
  beforeAll(async () => {
    server = await startTestServer({ metricsToken: token });
  });
  afterAll(() => server.close());

  it('is ready once the database answers, saying no relay is used by one instance alone', async () => {
    const response = await fetch(`${server.url}/api/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', relay: 'not-used' });
  });

  it('hides the metrics without the token, and counts sockets and committed updates with it', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);

    const seed = await seedWorkspace(server.url);
    const client = connectClient(server.url, seed.documentId, seed.facilitator.cookie);
    await waitSynced(client);
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^cadre_sync_connections 1$/m);
    expect(text).toMatch(/^cadre_rooms_loaded 1$/m);
    expect(text).toMatch(/^cadre_commit_seconds_count \d+$/m);
    client.provider.destroy();
  });
});
