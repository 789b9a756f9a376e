import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadreServer } from '../server.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const subscribe = (cookie: string, workspaceId: string) => subscribeToWorkspace(server.url, cookie, workspaceId);

describe('workspace events', () => {
  it('pushes published changes to every member and ends a removed member’s stream', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const drafter = addMember(server, workspaceId, 'drafter');
    const mine = await subscribe(facilitator.cookie, workspaceId);
    const theirs = await subscribe(drafter.client.cookie, workspaceId);
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    await waitFor(() => mine.isReady() && theirs.isReady(), 'both streams to open');

    server.services.events.publish(workspaceId, { resource: 'swot', action: 'created', id: 'item1' });
    await waitFor(() => mine.received.length === 1 && theirs.received.length === 1, 'both to receive the change');
    expect(theirs.received[0]).toMatchObject({ resource: 'swot', action: 'created', id: 'item1' });

    server.services.access.membershipChanged(workspaceId, drafter.user.id);
    await waitFor(() => theirs.isEnded(), 'the revoked stream to end');
    expect(mine.isEnded()).toBe(false);
    mine.close();
  });

  it('hides a workspace’s stream from non-members', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const outsider = (await seedWorkspace(server.url)).facilitator;
    const stream = await subscribe(outsider.cookie, workspaceId);
    expect(stream.status).toBe(404);
  });
});
